// What `/motie overzicht` and `motie overzicht` say of themselves in the help texts (src/verbs/overzicht/verb.ts).
// No imports: `motie --help` loads it with the verbs list.
export const OVERZICHT_HELP = {
  slack:
    '• `/motie overzicht` — de stand van zaken van dit kanaal als Word-bestand in het kanaal; `/motie overzicht SOCW alles` ook met de afgeronde en vervallen items, `/motie overzicht afgerond` alleen de afgeronde; `/motie overzicht rappel` het concept-antwoord op het rappel van de Eerste Kamer.',
  usage:
    'motie overzicht [SOCW …] [alles|afgerond] [--code SOCW …] [--status open|afgerond|alles] [--format docx|xlsx|csv|md] [--rappel EK] --out <bestand> [--overschrijf] [--json]   de stand van zaken als Word, Excel, CSV of tekst (open items; afgerond: alleen de afgeronde; alles: ook afgerond en vervallen); met --rappel EK het concept-antwoord op het rappel van de Eerste Kamer (docx of xlsx)',
} as const;
