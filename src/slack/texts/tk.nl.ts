// Every Dutch sentence of the Tweede Kamer sync: `motie sync tk`, `motie triage`, and what the
// channels are told (Afgedaan, new items, the first sync's counts).

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const TK_CLI = {
  usageTriage:
    'motie triage [<nummer> <codes>] [--door naam] [--alle] [--json]   moties waarvan het ministerie niet zeker is: tonen, of codes toewijzen (motie triage 2023Z00933 SOCW,MVWS)',
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

/** What channels are told. */
export const TK_NOTICE = {
  afgedaan: (what: string, kamerbrieven: readonly string[]) =>
    `✅ ${what}: Afgedaan volgens het toezeggingenregister${kamerbrieven.length > 0 ? `, ${kamerbrieven.length === 1 ? 'Kamerbrief' : 'Kamerbrieven'} ${kamerbrieven.join(', ')}` : ''}.`,
  created: (what: string, term: string) => `🆕 Nieuw uit de Tweede Kamer: ${what}. Termijn: ${term}.`,
  firstSync: (toezeggingen: number, moties: number) =>
    `📥 motiebot volgt nu de open data van de Tweede Kamer. Voor dit kanaal: ${n(toezeggingen, 'toezegging', 'toezeggingen')} en ${n(moties, 'aangenomen motie', 'aangenomen moties')}. ` +
    'Typ /motie status voor de lijst; nieuwe items en afgedane toezeggingen meld ik voortaan hier.',
  ministryRule: (explanation: string) => `Ministerie afgeleid uit ${explanation}`,
} as const;

/** The triage section of the App Home tab (admins only). */
export const TK_HOME = {
  triageHeader: (count: number) => `*Triage: ${n(count, 'item wacht', 'items wachten')} op een ministerie*`,
  triageMore: (count: number) => `…en nog ${count}.`,
  triageHint: 'Het ministerie kon niet met zekerheid worden afgeleid. Wijs de codes eenmaal toe met `motie triage <nummer> <codes>`, bijvoorbeeld `motie triage 2023Z00933 MIenW`.',
} as const;
