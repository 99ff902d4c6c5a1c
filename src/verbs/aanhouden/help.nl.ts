// What `/motie aanhouden` and `motie aanhouden` say of themselves in the help texts (src/verbs/aanhouden/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const AANHOUDEN_HELP = {
  slack:
    '• `/motie aanhouden 12 tot 1 maart 2026` — aangehouden: geen herinneringen tot die datum; `/motie aanhouden 12 uit` stopt het aanhouden.',
  usage:
    'motie aanhouden <id> "<datum>"|uit [--door <naam>] [--json]   aangehouden: geen herinneringen tot die datum',
} as const;
