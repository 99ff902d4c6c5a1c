// How long an item's texts may be, wherever they come from: a person's edit is refused past
// these; an imported row or a synced register record is cut to them with a warning naming the
// row or record (issue 22.8), so no 24 MB cell reaches the database, the exports or the date reader.

/** Characters per field (a submitter's name: NAME; the list: at most `submitters` names). */
export const ITEM_LIMITS = { title: 300, text: 10_000, statusText: 10_000, submitters: 30, submitterName: 100 } as const;

/** A text field that can be cut. */
export type CappedField = 'title' | 'text' | 'statusText' | 'submitters';

/** A text cut to its limit: which field, how long it was, how much of it is kept. */
export interface CutText {
  field: CappedField;
  length: number;
  limit: number;
}

/** The first `limit` characters (never half a surrogate pair). */
export function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end).trimEnd();
}

interface CappableItem {
  title: string;
  text: string;
  statusText: string | null;
  submitters: string[];
}

/** The item with every text within ITEM_LIMITS, and what was cut (empty: nothing). Never mutates. */
export function capItemTexts<T extends CappableItem>(item: T): { item: T; cut: CutText[] } {
  const cut: CutText[] = [];
  const field = (name: 'title' | 'text' | 'statusText', value: string, limit: number) => {
    if (value.length <= limit) return value;
    cut.push({ field: name, length: value.length, limit });
    return capText(value, limit);
  };
  const title = field('title', item.title, ITEM_LIMITS.title);
  const text = field('text', item.text, ITEM_LIMITS.text);
  const statusText = item.statusText === null ? null : field('statusText', item.statusText, ITEM_LIMITS.statusText);
  let submitters = item.submitters;
  if (submitters.length > ITEM_LIMITS.submitters || submitters.some((name) => name.length > ITEM_LIMITS.submitterName)) {
    cut.push({ field: 'submitters', length: submitters.length, limit: ITEM_LIMITS.submitters });
    submitters = submitters.slice(0, ITEM_LIMITS.submitters).map((name) => capText(name, ITEM_LIMITS.submitterName));
  }
  if (cut.length === 0) return { item, cut };
  return { item: { ...item, title, text, statusText, submitters }, cut };
}
