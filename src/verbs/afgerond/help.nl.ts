// What `/motie afgerond` and `motie afgerond` say of themselves in the help texts (src/verbs/afgerond/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const AFGEROND_HELP = {
  slack:
    '• `/motie afgerond 12` — markeer #12 als afgerond (kan ook met de knop bij elk item); meer tegelijk: `/motie afgerond 6 7`, met de Kamerbrief: `/motie afgerond 7 met Kamerstuk 36222-45` of een link.',
  usage:
    'motie afgerond <id> [--met <Kamerstuk of link>] [--door <naam>] [--json]   markeer als afgerond, eventueel met de Kamerbrief',
} as const;
