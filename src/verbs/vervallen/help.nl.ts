// What `/motie vervallen` and `motie vervallen` say of themselves in the help texts (src/verbs/vervallen/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const VERVALLEN_HELP = {
  slack:
    '• `/motie vervallen 12` — het item vervalt: er komen geen herinneringen meer.',
  usage:
    'motie vervallen <id> [--door <naam>] [--json]   het item vervalt: geen herinneringen meer',
} as const;
