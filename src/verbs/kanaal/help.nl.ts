// What `/motie kanaal` and `motie kanaal` say of themselves in the help texts (src/verbs/kanaal/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const KANAAL_HELP = {
  slack:
    '• `/motie kanaal SOCW MOCW` — koppel dit kanaal aan bewindspersonen of ministeries; `/motie kanaal` toont de koppelingen, `/motie kanaal los SOCW` ontkoppelt.',
  usage:
    'motie kanaal [los] <CODE|MINISTERIE …> <kanaal-id> | <kanaal-id> | --list   koppel een kanaal (los: ontkoppel), of toon de koppelingen van één of alle kanalen',
} as const;
