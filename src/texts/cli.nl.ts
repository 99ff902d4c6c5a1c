// Every Dutch sentence the command line prints for the jobs (`motie herinner`, `motie digest`) and
// the Tweede Kamer sync (`motie sync tk`, `motie triage`). Usage lines live in src/cli/specs.ts.

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `motie herinner` and `motie digest`. */
export const CLI = {
  badDate: (raw: string) => `"${raw}" is geen datum; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-03-30.`,
  needsToken:
    'Om berichten te versturen is een Slack-token nodig: zet SLACK_BOT_TOKEN (xoxb-…). Wil je alleen zien wat er verstuurd zou worden? Gebruik --dry-run.',
  dryRunHeader: (n: number, what: string) =>
    n === 0 ? `Niets te versturen (${what}).` : `Zou ${n} ${n === 1 ? 'bericht' : 'berichten'} versturen (${what}); er wordt niets vastgelegd:`,
  dryRunLine: (channel: string, text: string) => `  → ${channel}: ${text}`,
  leaseHeld: (until: string | null) =>
    'Een andere motiebot is hier al mee bezig; er is niets verstuurd.' +
    (until
      ? ` Is die motiebot gestopt of vastgelopen, dan vervalt zijn claim om ${until}; probeer het daarna opnieuw.`
      : ''),
  summary: (posted: number, pending: number, already: number) =>
    `${posted} ${posted === 1 ? 'bericht' : 'berichten'} verstuurd` +
    (pending ? `, ${pending} blijven staan voor de volgende ronde` : '') +
    (already ? ` (${already} waren al verstuurd)` : '') +
    '.',
  stoppedEarly: (reason: string) => `Gestopt voor alles verstuurd was: ${reason}. De rest gaat bij de volgende ronde mee.`,
  reasons: {
    'rate-limited': 'Slack vraagt om langer te wachten',
    network: 'Slack is niet bereikbaar',
    stopped: 'motiebot wordt afgesloten',
    'lease-lost': 'een andere motiebot heeft het overgenomen',
  } as Record<string, string>,
} as const;

/** `motie sync tk` and `motie triage`. */
export const TK_CLI = {
  unknownSource: (s: string) => `Onbekende bron "${s}". Gebruik: motie sync tk.`,
  badMaxPages: (s: string) => `--max-paginas "${s}" is geen positief geheel getal.`,
  skipped: (msg: string) => msg,
  summary: (r: { created: number; updated: number; closed: number; lapsed: number; unchanged: number; triage: number; outOfScope: number; pages: number }) =>
    `Tweede Kamer: ${n(r.created, 'nieuw item', 'nieuwe items')}, ${r.updated} bijgewerkt, ${r.closed} afgedaan, ${r.lapsed} vervallen, ${r.unchanged} ongewijzigd` +
    `${r.triage > 0 ? `, ${n(r.triage, 'motie', 'moties')} voor triage` : ''}${r.outOfScope > 0 ? `, ${r.outOfScope} voor andere ministeries overgeslagen` : ''} (${n(r.pages, 'pagina', "pagina's")}).`,
  firstSync: 'Dit was de eerste synchronisatie: kanalen krijgen één bericht met aantallen, geen bericht per item.',
  caughtUp: 'De feed is bijgewerkt tot nu.',
  incomplete: (msg: string) => `Nog niet klaar: ${msg}`,
  failed: (msg: string) => `De synchronisatie is mislukt: ${msg} De volgende keer gaat hij verder bij de laatste opgeslagen pagina.`,
  conflict: (msg: string) => `! conflict   ${msg}`,
  change: (action: string, id: number, ref: string | null, fields: string[]) =>
    `${action === 'created' ? '+ nieuw     ' : action === 'closed' ? '✓ afgedaan  ' : action === 'lapsed' ? '- vervallen ' : '~ bijgewerkt'} #${id}${ref ? ` ${ref}` : ''}${fields.length > 0 && action === 'updated' ? ` (${fields.join(', ')})` : ''}`,
  unmapped: (value: string) => `Let op: geen ministerie bij "${value}" (zie src/domain/tk/ministries-data.json).`,
  unknownStatus: (value: string) => `Let op: onbekende status "${value}" in het register; het item blijft open.`,
  noticesWaiting: (count: number) =>
    `${n(count, 'bericht wacht', 'berichten wachten')} op Slack; de bot plaatst ${count === 1 ? 'het' : 'ze'} bij zijn volgende synchronisatie (of zet SLACK_BOT_TOKEN).`,
  noticesPosted: (count: number) => `${n(count, 'bericht', 'berichten')} in Slack geplaatst.`,
  // --check
  checkHeader: (url: string) => `Controle van de SyncFeed (${url}); er wordt niets opgeslagen.`,
  checkField: (ok: boolean, field: string, detail: string) => `${ok ? 'OK     ' : 'AFWIJKT'} ${field}: ${detail}`,
  checkOk: 'De vorm van de feed klopt met wat motiebot verwacht.',
  checkBad: (count: number) => `${n(count, 'veld wijkt', 'velden wijken')} af van wat motiebot verwacht; controleer dit voordat je synchroniseert.`,
  checkFailed: (msg: string) => `De controle kon de feed niet lezen: ${msg}`,
  // triage
  triageEmpty: 'Geen moties in triage: bij elke aangenomen motie kon het ministerie worden afgeleid.',
  triageHeader: (count: number) => `${n(count, 'item wacht', 'items wachten')} op een ministerie. Wijs codes toe met: motie triage <nummer> <codes>, bijvoorbeeld motie triage 2023Z00933 MIenW.`,
  triageLine: (ref: string, title: string, hint: string) => `- ${ref} ${title}${hint ? `\n    ${hint}` : ''}`,
  triageNotFound: (id: string) => `${id} staat niet (meer) in de triage. Typ motie triage voor de lijst.`,
  triageBadCodes: (codes: string) => `"${codes}" bevat geen geldige code; schrijf bijvoorbeeld SOCW of MVWS,SOCW.`,
  triageAssigned: (ref: string, codes: string[], itemId: number) => `${ref} is toegewezen aan ${codes.join(', ')} (item #${itemId}).`,
} as const;

/** `motie list | show | stand | trekker | aanhouden …`: what the item commands say besides a result (texts/item-results.nl.ts). */
export const ITEM_CLI = {
  idMissing: (usage: string) => `Geef het nummer van een motie of toezegging, bijvoorbeeld: ${usage}`,
  example: {
    show: 'motie show 12',
    afgerond: 'motie afgerond 12',
    heropen: 'motie heropen 12',
    stand: 'motie stand 12 "De brief gaat in maart naar de Kamer."',
    trekker: 'motie trekker 12 U0123ABCD',
    vervallen: 'motie vervallen 12',
    aanhouden: 'motie aanhouden 12 "1 maart 2027"',
    verwijder: 'motie verwijder 12',
    herstel: 'motie herstel 12',
  },
  unknownStatus: (typed: string, choices: string) => `Onbekende status "${typed}": kies ${choices}.`,
  unknownTarget: (typed: string) => `"${typed}" is geen bewindspersoon (zoals SOCW) of ministerie (zoals OCW).`,
  noItems: 'Geen moties of toezeggingen gevonden.',
  count: (count: number) => `\n${count} ${count === 1 ? 'item' : 'items'}.`,
  noCodes: 'geen bewindspersoon',
  /** One item in `motie list` and at the top of `motie show`. */
  line: (id: number, status: string, origin: string, title: string, term: string, codes: string, kamerstuk: string | null) =>
    `#${id} [${status}] ${origin}: ${title}\n    termijn: ${term} · ${codes}${kamerstuk ? ` · ${kamerstuk}` : ''}`,
  text: (text: string) => `\nVerzoek/toezegging:\n${text}`,
  statusText: (text: string) => `\nStand van zaken:\n${text}`,
  historyHeader: '\nGeschiedenis:',
  statusTextTooLong: 'De stand van zaken is te lang (hoogstens 10.000 tekens).',
  unchanged: (id: number) => `Er is niets veranderd aan #${id}.`,
  statusTextSet: (id: number) => `De stand van zaken van #${id} is bijgewerkt.`,
  ownerMissing: 'Geef de Slack-gebruiker (U0123ABCD) of "niemand", bijvoorbeeld: motie trekker 12 U0123ABCD',
  ownerInvalid: (typed: string) => `"${typed}" is geen Slack-gebruiker (zoals U0123ABCD).`,
  ownerSet: (id: number, owner: string) => `${owner} is trekker van #${id}.`,
  ownerCleared: (id: number) => `#${id} heeft geen trekker meer.`,
  holdDateMissing: 'Geef een datum, bijvoorbeeld: motie aanhouden 12 "1 maart 2027" (of "uit").',
} as const;
