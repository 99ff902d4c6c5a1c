// What `/motie verwijder` and `motie verwijder` say of themselves in the help texts (src/verbs/verwijder/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const VERWIJDER_HELP = {
  slack:
    '• `/motie verwijder 12` — beheerders: per ongeluk toegevoegd, verbergen (terug met `/motie herstel 12`).',
  usage:
    'motie verwijder <id> [--door <naam>] [--json]   per ongeluk toegevoegd: verbergen (terug met motie herstel)',
} as const;
