// What `/motie trekker` and `motie trekker` say of themselves in the help texts (src/verbs/trekker/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const TREKKER_HELP = {
  slack:
    '• `/motie trekker 12 @naam` — wie het item trekt; `/motie trekker 12 niemand` haalt de trekker weg; `/motie status mijn` toont jouw items.',
  usage:
    'motie trekker <id> <Slack-gebruiker U…|niemand> [--door <naam>] [--json]   wie het item trekt',
} as const;
