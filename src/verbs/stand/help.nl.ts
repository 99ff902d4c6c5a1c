// What `/motie stand` and `motie stand` say of themselves in the help texts (src/verbs/stand/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const STAND_HELP = {
  slack:
    '• `/motie stand 12 <tekst>` — zet de stand van zaken (meerdere regels mag); `/motie stand 12` toont hem, `/motie stand 12 leeg` wist hem (met *Ongedaan maken*); alles bewerken kan via het menu ⋯ → *Bewerken*.',
  usage:
    'motie stand <id> ["<tekst>"|leeg] [--door <naam>] [--json]   zet de stand van zaken (leeg: wissen; zonder tekst: tonen)',
} as const;
