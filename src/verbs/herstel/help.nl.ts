// What `/motie herstel` and `motie herstel` say of themselves in the help texts (src/verbs/herstel/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const HERSTEL_HELP = {
  slack:
    '• `/motie herstel 12` — beheerders: zet een verwijderd item terug.',
  usage:
    'motie herstel <id> [--door <naam>] [--json]   zet een verwijderd item terug',
} as const;
