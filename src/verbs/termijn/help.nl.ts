// What `/motie termijn` and `motie termijn` say of themselves in the help texts (src/verbs/termijn/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const TERMIJN_HELP = {
  slack:
    '• `/motie termijn 12 eind maart 2026` — stel de termijn van #12 in, in gewone taal ("voor de zomer van 2026", "Q1 2026", "1-7-2026", "morgen"); `/motie termijn 12 geen` haalt de termijn weg.',
  usage:
    'motie termijn <id> <termijn> [--bevestig] [--door <naam>] [--json]   zet de termijn (--bevestig: ook in het verleden), bijvoorbeeld: motie termijn 12 eind maart 2026',
} as const;
