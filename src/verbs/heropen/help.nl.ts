// What `/motie heropen` and `motie heropen` say of themselves in the help texts (src/verbs/heropen/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const HEROPEN_HELP = {
  slack:
    '• `/motie heropen 12` — zet een afgerond of vervallen item weer open.',
  usage:
    'motie heropen <id> [--door <naam>] [--json]   zet een afgerond of vervallen item weer open',
} as const;
