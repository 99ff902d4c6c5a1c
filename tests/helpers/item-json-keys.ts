// The fields of the one item JSON shape every `motie … --json` answer uses (README, "Item JSON"),
// sorted: tests compare Object.keys(item).sort() with it.
export const ITEM_JSON_KEYS: readonly string[] = [
  'basis', 'closingReference', 'cs', 'deadline', 'deadlineMoves', 'deadlineOriginal', 'deadlineText', 'doneAt', 'doneBy', 'earliest', 'id',
  'kabinetsappreciatie', 'kamerTermijn', 'kamerstuk', 'kind', 'linkedTo', 'ministries', 'onHoldUntil', 'owner', 'partly', 'recurrence', 'reference',
  'responsible', 'soft', 'status', 'statusText', 'submitters', 'text', 'title',
];
