// The `/motie help` line of each verb of src/verbs/ (the CLI's usage lines are in cli-usage.nl.ts).
// No imports: `motie --help` loads it with the verbs list.

/** The `/motie help` line of each verb that lives in a slice (src/verbs/index.ts lists them). */
export const SLACK_HELP = {
  status: '• `/motie status` — alles wat openstaat voor de codes van dit kanaal: te laat, binnen 4 weken, later en zonder termijn. Ook: `/motie status SOCW`, `/motie status OCW`, `/motie status alles`; filters: `zonder termijn`, `later`, `moties`, `toezeggingen`, `afgerond`, `vervallen`, of een indiener (`/motie status Mutluer`).',
  kanaal: '• `/motie kanaal SOCW MOCW` — koppel dit kanaal aan bewindspersonen of ministeries; `/motie kanaal` toont de koppelingen, `/motie kanaal los SOCW` ontkoppelt.',
  termijn: '• `/motie termijn 12 eind maart 2026` — stel de termijn van #12 in, in gewone taal ("voor de zomer van 2026", "Q1 2026", "1-7-2026", "morgen"); `/motie termijn 12 geen` haalt de termijn weg.',
  afgerond: '• `/motie afgerond 12` — markeer #12 als afgerond (kan ook met de knop bij elk item); meer tegelijk: `/motie afgerond 6 7`, met de Kamerbrief: `/motie afgerond 7 met Kamerstuk 36222-45` of een link.',
  stand: '• `/motie stand 12 <tekst>` — zet de stand van zaken (meerdere regels mag); `/motie stand 12` toont hem, `/motie stand 12 leeg` wist hem (met *Ongedaan maken*); alles bewerken kan via het menu ⋯ → *Bewerken*.',
  heropen: '• `/motie heropen 12` — zet een afgerond of vervallen item weer open.',
  trekker: '• `/motie trekker 12 @naam` — wie het item trekt; `/motie trekker 12 niemand` haalt de trekker weg; `/motie status mijn` toont jouw items.',
  vervallen: '• `/motie vervallen 12` — het item vervalt: er komen geen herinneringen meer.',
  aanhouden: '• `/motie aanhouden 12 tot 1 maart 2026` — aangehouden: geen herinneringen tot die datum; `/motie aanhouden 12 uit` stopt het aanhouden.',
  verwijder: '• `/motie verwijder 12` — beheerders: per ongeluk toegevoegd, verbergen (terug met `/motie herstel 12`).',
  herstel: '• `/motie herstel 12` — beheerders: zet een verwijderd item terug.',
  zoek: '• `/motie zoek herstelrecht` — zoek in titels, teksten, de stand van zaken, indieners en Kamerstukken ("34843, nr. 79" of "34843-79").',
  nieuw: '• `/motie nieuw` — voeg een motie of toezegging toe.',
  overzicht: '• `/motie overzicht` — de stand van zaken van dit kanaal als Word-bestand in het kanaal; `/motie overzicht SOCW alles` ook met de afgeronde en vervallen items, `/motie overzicht afgerond` alleen de afgeronde; `/motie overzicht rappel` het concept-antwoord op het rappel van de Eerste Kamer.',
} as const;
