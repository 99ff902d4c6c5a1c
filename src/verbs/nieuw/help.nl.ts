// What `/motie nieuw` and `motie nieuw` say of themselves in the help texts (src/verbs/nieuw/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const NIEUW_HELP = {
  slack:
    '• `/motie nieuw` — voeg een motie of toezegging toe.',
  usage:
    'motie nieuw "<verzoek of toezegging>" --verantwoordelijk <CODE[,CODE]> [--soort motie|toezegging] [--titel <titel>] [--termijn <termijn> [--bevestig]] [--kamerstuk <36222-45>] [--indieners "<naam>;<naam>"] [--door <naam>] [--json]   voeg een item toe',
} as const;
