// Every Dutch sentence the command line prints for the jobs (`motie herinner`, `motie digest`) and
// the Tweede Kamer sync (`motie sync tk`, `motie triage`). Usage lines live in usage.nl.ts beside it (a verb's: in its slice).
// Besides: the item commands, opening the database, termijn/nieuw, kanaal, datum and triage.
import type { Choice } from '../domain/dates/pick-deadline.ts';
import type { DateRole, RoleReason } from '../domain/dates/roles.ts';
import type { CheckDetail, CheckExpectation, FieldCheck } from '../app/check-tk.ts';
import type { MaintenanceErrorCode } from '../store/maintenance.ts';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** `motie herinner` and `motie digest`. */
export const CLI = {
  badDate: (raw: string) => `"${raw}" is geen datum; schrijf bijvoorbeeld 30-3-2026, 30 maart 2026, 2026-03-30 of morgen.`,
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
  /** The motie documents the run looked up and read (the counts of `--json`'s motieFiles); null when it did none of that. */
  motieFiles: (f: { read: number; notMotie: number; failed: number; gaveUp: number; lookedUp: number; lookedUpAgain: number; lookupFailed: number }, maxAttempts: number) => {
    const parts = [
      f.lookedUp > 0 ? `${n(f.lookedUp, 'motie', 'moties')} via de zaak opgezocht${f.lookedUpAgain > 0 ? ` (${f.lookedUpAgain} opnieuw: eerder nog zonder motiedocument)` : ''}` : null,
      f.lookupFailed > 0 ? `${n(f.lookupFailed, 'opzoeking', 'opzoekingen')} mislukt (volgende keer opnieuw)` : null,
      f.read > 0 ? `${n(f.read, 'motiebestand', 'motiebestanden')} gelezen` : null,
      f.notMotie > 0 ? `${n(f.notMotie, 'bestand', 'bestanden')} zonder motietekst` : null,
      f.failed > 0 ? `${n(f.failed, 'bestand', 'bestanden')} niet opgehaald (volgende keer opnieuw)` : null,
      f.gaveUp > 0 ? `${n(f.gaveUp, 'bestand', 'bestanden')} opgegeven na ${maxAttempts} pogingen` : null,
    ].filter((p): p is string => p !== null);
    return parts.length > 0 ? `Motiedocumenten (voor de titel uit het dictum): ${parts.join(', ')}.` : null;
  },
  firstSync: 'Dit was de eerste synchronisatie: kanalen krijgen één bericht met aantallen, geen bericht per item.',
  caughtUp: 'De feed is bijgewerkt tot nu.',
  incomplete: (msg: string) => `Nog niet klaar: ${msg}`,
  failed: (msg: string) => `De synchronisatie is mislukt: ${msg} De volgende keer gaat hij verder bij de laatste opgeslagen pagina.`,
  /** After a feed that could not be reached: what to check. */
  networkAdvice: (url: string) =>
    `Controleer of deze computer internet heeft en ${url} kan bereiken (in een browser of met curl). ` +
    'Achter een proxy of firewall: vraag toegang tot gegevens.tweedekamer.nl, of zet TK_SYNCFEED_URL op een adres dat wel bereikbaar is (zie .env.example).',
  retrying: (attempt: number, seconds: number) => `De Tweede Kamer antwoordt niet; poging ${attempt} over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}…`,
  conflict: (msg: string) => `! conflict   ${msg}`,
  change: (action: string, id: number, ref: string | null, fields: string[]) =>
    `${action === 'created' ? '+ nieuw     ' : action === 'closed' ? '✓ afgedaan  ' : action === 'lapsed' ? '- vervallen ' : '~ bijgewerkt'} #${id}${ref ? ` ${ref}` : ''}${fields.length > 0 && action === 'updated' ? ` (${fields.join(', ')})` : ''}`,
  unmapped: (value: string) => `Let op: geen ministerie bij "${value}" (zie src/domain/tk/ministries-data.json).`,
  unknownStatus: (value: string) => `Let op: onbekende status "${value}" in het register; het item blijft open.`,
  textCutOff: (record: string, field: string, limit: number) =>
    `Let op: ${field} van ${record} is langer dan ${limit.toLocaleString('nl-NL')} tekens; alleen de eerste ${limit.toLocaleString('nl-NL')} tekens zijn overgenomen.`,
  unknownBesluit: (value: string) => `Let op: onbekend besluit "${value}" bij een motie; motiebot telt het niet als aangenomen (zie src/domain/tk/read-besluit-soort.ts).`,
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
  triageNeverSynced: 'Geen moties in triage: deze database is nog nooit met de Tweede Kamer gesynchroniseerd. Haal eerst de moties en toezeggingen op met motie sync tk.',
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
  tkFacts: (kamerTermijn: string | null, appreciatie: string | null) =>
    `\n${[kamerTermijn ? `Termijn van de Kamer: ${kamerTermijn}` : null, appreciatie ? `Kabinetsappreciatie: ${appreciatie}` : null].filter(Boolean).join('\n')}`,
  historyHeader: '\nGeschiedenis:',
  statusTextTooLong: 'De stand van zaken is te lang (hoogstens 10.000 tekens).',
  unchanged: (id: number) => `Er is niets veranderd aan #${id}.`,
  statusTextSet: (id: number) => `De stand van zaken van #${id} is bijgewerkt.`,
  statusTextCleared: (id: number) => `De stand van zaken van #${id} is leeggemaakt.`,
  statusTextShown: (id: number, text: string | null) =>
    text ? `Stand van zaken van #${id}:\n${text}` : `#${id} heeft nog geen stand van zaken. Zet er een met: motie stand ${id} "<tekst>"`,
  ownerMissing: 'Geef de Slack-gebruiker (U0123ABCD) of "niemand", bijvoorbeeld: motie trekker 12 U0123ABCD',
  ownerInvalid: (typed: string) => `"${typed}" is geen Slack-gebruiker (zoals U0123ABCD).`,
  ownerSet: (id: number, owner: string) => `${owner} is trekker van #${id}.`,
  ownerCleared: (id: number) => `#${id} heeft geen trekker meer.`,
  holdDateMissing: 'Geef een datum, bijvoorbeeld: motie aanhouden 12 "1 maart 2027" (of "uit").',
} as const;

/** Opening the database (src/cli/db.ts). */
export const DB_TEXT = {
  missing: (path: string) =>
    `De database ${path} bestaat niet. Controleer het pad (--db of DATABASE_PATH); alleen "motie import", "motie kanaal", "motie nieuw" en "motie sync tk" maken een nieuwe database aan.`,
  created: (path: string) => `Nieuwe database aangemaakt: ${path}.`,
  dryRunOnMissing: (path: string) => `De database ${path} bestaat nog niet: de proef vergelijkt met een lege database en maakt geen bestand aan.`,
  cannotOpen: (path: string, reason: string) => `De database ${path} kan niet worden geopend: ${reason}`,
} as const;



/** `motie datum`. */
export const DATE_CLI = {
  usage: 'Gebruik: motie datum "<tekst>" [--ref JJJJ-MM-DD] [--uitleg] [--json], bijvoorbeeld: motie datum "voor de zomer van 2025".',
  badReference: (typed: string | null) => `Ongeldige referentiedatum ${typed === null ? '(leeg)' : `"${typed}"`}: schrijf bijvoorbeeld --ref 15-4-2025, --ref "15 april 2025" of --ref 2025-04-15.`,
  impossible: (problem: string) => `${problem} Controleer de datum.`,
  nothingFound: (text: string) => `Geen datumuitdrukking gevonden in "${text}".`,
  reference: (date: string) => `Referentiedatum: ${date}`,
  /** One expression; `role` says why a date that is not a term is not one. */
  expression: (explained: string, role: DateRole) =>
    `- ${explained}${role === 'deadline' || explained.includes('geen termijn') ? '' : ` (${DATE_ROLE[role]}, geen termijn)`}`,
  term: (explained: string | null) => (explained ? `Termijn: ${explained}` : 'Termijn: geen termijn (geen uitdrukking die een termijn geeft).'),
  /** The same words typed as a term (motie termijn, /motie termijn, the Termijn field) give another term; `past`: how far back it lies ("3 jaar"). */
  asTerm: (explained: string, past: string | null) =>
    `Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): ${explained}${past ? ` — die datum ligt ${past} in het verleden (motie termijn vraagt dan om --bevestig)` : ''}`,
  /** The same words typed as a term give none (`answer`: why, as `motie termijn` says it). */
  asTermRefused: (answer: string) => `Getypt als termijn (motie termijn, /motie termijn, het veld Termijn): ${answer}`,
  /** Words that read only as a term, one that already passed ("gisteren"): no term. */
  pastTerm: (explained: string, past: string) =>
    `Getypt als termijn: ${explained}. Die datum ligt ${past} in het verleden, dus dit is geen termijn; motie termijn zet een termijn in het verleden alleen met --bevestig.`,
} as const;

/** `motie datum --uitleg`: per expression its role with the rule behind it, and why it was or was not chosen. */
export const DATE_EXPLAIN = {
  role: (role: DateRole, reason: RoleReason) => `    rol: ${DATE_ROLE[role]}: ${ROLE_REASON[reason]}`,
  choice: (choice: Choice) => `    termijn: ${CHOICE[choice]}`,
  /** A weekday written before the date that does not fit it ("vrijdag 14 maart 2026"): the date counts. */
  weekday: (written: string, actual: string, date: string) =>
    `    let op: ${date} is een ${actual}, geen ${written}; de datum telt, niet de weekdag (controleer de bron)`,
} as const;

const ROLE_REASON: Record<RoleReason, string> = {
  term: 'een termwoord (voor, uiterlijk, binnen, in, bij, na, jaarlijks …) bindt wat de regering moet doen of de Kamer moet laten weten',
  consideration: 'staat in een overweging van de motie ("constaterende dat", "overwegende dat"): een feit, geen verzoek',
  'past-marker': '"jongstleden" erna: een datum in het verleden',
  'past-tense': 'de zin vertelt wat al gebeurd is (voltooide tijd)',
  since: '"sinds" of "uit": een referentiepunt',
  peildatum: 'een peildatum of referentiejaar',
  'date-of': '"van" ervoor: de datum van iets anders ("de brief van 3 mei")',
  'date-of-measure': 'de datum hoort bij de maatregel ("de einddatum van …")',
  'reference-word': 'een woord ervoor maakt het een referentiepunt ("gepubliceerd", "vastgesteld", "met")',
  milestone: '"tot", "per", "vanaf" of zonder einddatum: een mijlpaal, nooit een termijn',
  'past-date': 'lag al voor de datum van de tekst en geen termwoord bindt het',
  'measure-starts-ends': 'het moment waarop een maatregel ingaat, geldt of afloopt',
  'measure-period': 'de periode van de maatregel ("van 1 januari tot …")',
  'budget-year': 'een begrotingsjaar bij een bedrag',
  'others-rhythm': 'het ritme van een ander (bijvoorbeeld gemeenten die aan de provincie rapporteren), niet van de regering aan de Kamer',
  'relative-clause': 'het ritme staat in een bijzin over iets anders ("het aantal dat jaarlijks …")',
  rate: 'een aantal per periode, geen termijn',
  purpose: 'het doel of de inhoud van wat gevraagd wordt ("om … te", "zodat", "onderzoeken hoe"), niet de termijn van de regering',
  during: '"tijdens" of "tot": wanneer iets gebeurt, geen termijn',
  'budget-occasion': 'een begrotingsmoment als gelegenheid voor een beleidskeuze, zonder iets dat aan de Kamer wordt geleverd',
  'measure-year': 'het jaar waar de maatregel over gaat ("de accijnzen in 2015"), geen termijn voor de regering',
  'for-year': '"voor" na een zelfstandig naamwoord betekent hier "bestemd voor" ("het bedrag voor 2017")',
  'letter-outline': 'de brief beschrijft hier zijn eigen inhoud ("in deze brief ga ik in op …", "hieronder"): een onderwerp van deze brief, geen nieuwe belofte',
  'rhythm-detail': 'de maanden of dagen van het ritme ervoor ("tweemaal per jaar (in februari en in juli)"): het ritme telt, niet deze datum',
  'kamer-request': 'het verzoek is gericht aan de Kamer zelf (presidium, griffier, Kamervoorzitter), niet aan de regering',
  'kamer-procedure': 'de datum hoort bij de eigen planning van de Kamer (agenderen, inbreng, debat), niet bij een termijn van de regering',
  'cited-motie': 'de datum staat in het onderwerp van een andere motie die de tekst noemt, niet in een eigen termijn',
  'others-act': 'een ander dan de regering doet dit (bijvoorbeeld het RIVM of een onderzoekscommissie): geen termijn van de regering aan de Kamer',
  quoted: 'staat tussen aanhalingstekens: de naam van iets (een criterium, een titel) of de woorden van een ander, geen termijn van de regering',
  'each-case': 'zegt hoe snel elk geval van een soort moet worden afgehandeld (bijvoorbeeld elke aanvraag binnen een week), geen moment waarop iets af moet zijn',
  negated: '"niet" ervoor: juist niet de termijn ("niet in april maar in mei": de andere datum telt; "niet later dan" is wel een termijn)',
};

const CHOICE: Record<Choice, string> = {
  chosen: 'gekozen (regels 1 en 2: in een zin die informeert gaat voor, een harde termijn gaat voor een vage, dan de vroegste)',
  'not-a-term': 'niet gekozen: deze rol telt nooit als termijn',
  'no-date': 'niet gekozen: er valt nog geen datum uit te rekenen',
  'not-informing': 'niet gekozen: een andere termijn staat in een zin die de Kamer informeert of iets levert (regel 1)',
  softer: 'niet gekozen: een vage termijn telt alleen als er geen hardere is (regel 2)',
  later: 'niet gekozen: een andere termijn valt eerder of op dezelfde dag (regel 2)',
};

/** Why a date is not a term, in the words of `motie datum`. */
const DATE_ROLE: Record<DateRole, string> = {
  deadline: 'termijn',
  reference: 'referentiepunt',
  content: 'inhoud van de maatregel',
  milestone: 'mijlpaal',
};

/** `motie triage`: what the list says of an entry besides its title. */
export const TRIAGE_CLI = {
  needsCodes: (usage: string) => `Geef ook de codes op.\n\nGebruik: ${usage}`,
  submitters: (names: readonly string[]) => (names.length > 0 ? `ingediend door ${names.join(', ')}` : ''),
  candidates: (ministries: readonly string[]) => `mogelijk ministerie: ${ministries.join(', ')}`,
  assigned: (codes: readonly string[], by: string | null, itemId: number | null) => `toegewezen aan ${codes.join(', ')} door ${by ?? '?'} (#${itemId === null ? '?' : String(itemId)})`,
} as const;

const items = (count: number) => n(count, 'item', 'items');

/** `motie backup`: one sentence per MaintenanceError code, and the result. */
export const BACKUP_CLI = {
  failure: {
    SOURCE_MISSING: (source: string) => `De database ${source} bestaat niet; er is niets om te kopiëren.`,
    TARGET_EXISTS: (_source: string, target: string) => `${target} bestaat al. Kies een nieuwe bestandsnaam; een bestaande reservekopie overschrijf ik niet.`,
    SAME_FILE: () => 'De reservekopie kan niet hetzelfde bestand zijn als de database zelf.',
    TARGET_DIR_MISSING: (_source: string, target: string) => `De map voor ${target} bestaat niet.`,
    COPY_CORRUPT: (_source: string, _target: string, problem: string) => `De kopie is niet in orde en is weggegooid (${problem}). Draai "motie check" op de database.`,
  } satisfies Record<MaintenanceErrorCode, (source: string, target: string, problem: string) => string>,
  failed: (message: string) => `De reservekopie is mislukt: ${message}`,
  usage: 'Geef één bestandsnaam voor de reservekopie, bijvoorbeeld: motie backup /var/backups/motiebot-2025-09-15.db',
  made: (path: string, kilobytes: number, itemCount: number) =>
    `Reservekopie gemaakt: ${path} (${kilobytes} kB, ${items(itemCount)}). De kopie is gecontroleerd en in orde.`,
} as const;

/** `motie check`. */
export const CHECK_CLI = {
  ok: (path: string, itemCount: number) =>
    `De database ${path} is in orde: de integriteitscontrole is geslaagd en er zijn geen verwijzingen naar ontbrekende rijen (${items(itemCount)}).`,
  problems: (path: string) => `De database ${path} heeft problemen:`,
  integrity: (count: number) => `- De integriteitscontrole meldt ${n(count, 'fout', 'fouten')}:`,
  more: (count: number) => `    … en nog ${count}.`,
  foreignKeys: (count: number) => `- ${n(count, 'rij verwijst', 'rijen verwijzen')} naar een rij die niet bestaat:`,
  foreignKey: (table: string, rowid: number | null, parent: string) => `    tabel ${table}, rij ${rowid ?? '?'} → ontbrekende rij in ${parent}`,
  whatToDo: 'Stop de bot, zet de laatste goede reservekopie terug (zie RELIABILITY.md, "Durable store") of vraag de beheerder om hulp.',
  missing: (path: string) => `De database ${path} bestaat niet. Geef het pad met --db of DATABASE_PATH.`,
  unreadable: (path: string, message: string) => `De database ${path} is niet te lezen: ${message}. Het bestand is beschadigd of geen SQLite-database.`,
} as const;


/** What a valid value looks like, per expectation of `motie sync tk --check`. */
const CHECK_EXPECT: Record<CheckExpectation, string> = {
  guid: 'een GUID',
  'skiptoken-href': 'een href met skiptoken',
  'toezegging-term': '"toezegging"',
  'toezegging-element': 'een toezegging-element',
  boolean: 'true of false (hoofdletters maken niet uit)',
  timestamp: 'een tijdstip',
  'tz-number': 'TZjjjjmm-nnn',
  'function-title': 'een titel die motiebot kent ("Minister van …")',
  department: 'een departement dat motiebot kent',
  'register-status': 'Openstaand, (Deels) Afgedaan, (Deels) Voldaan of Vervallen',
  date: 'een datum',
  'date-or-none': 'een datum (0001-01-01: geen)',
  'feed-element': 'het element waar de feed naar heet',
  'dossier-number': 'een dossiernummer (cijfers)',
};

/** A field of `motie sync tk --check` as printed: the feed's own names, one label in Dutch. */
export function checkFieldNl(check: FieldCheck): string {
  return check.detail.code === 'UNKNOWN_ELEMENTS' ? 'onbekende elementen' : check.field;
}

/** What `motie sync tk --check` saw of one field, in Dutch. */
export function checkDetailNl(detail: CheckDetail): string {
  switch (detail.code) {
    case 'COUNTED': {
      const seen = `in ${detail.present} van ${detail.total} items`;
      const expect = detail.expect ? CHECK_EXPECT[detail.expect] : null;
      const validity =
        detail.invalid > 0
          ? `; ${detail.invalid} niet ${expect ?? 'leesbaar'}, bijvoorbeeld "${detail.example}"`
          : detail.present > 0 && expect
            ? `, ${expect}`
            : '';
      return `${seen}${validity}${detail.empty > 0 ? ` (${detail.empty} leeg)` : ''}`;
    }
    case 'NO_ITEMS':
      return 'geen items op deze pagina om te controleren';
    case 'UNKNOWN_ELEMENTS':
      return detail.names.length === 0 ? 'geen' : `${detail.names.join(', ')} (motiebot leest ze niet)`;
    case 'PAGE_ITEMS':
      return `${detail.count} items op de eerste pagina`;
    case 'NEXT_LINK':
      return detail.found === 'next' ? 'next aanwezig' : detail.found === 'resume' ? 'resume aanwezig (bijgewerkt)' : 'geen van beide: motiebot weet niet waar hij verder moet';
    case 'ODATA_DOCUMENTS':
      return detail.documents === null
        ? `de documenten van motie-zaak ${detail.zaak} konden niet worden gelezen: zonder TK_SYNC_DOCUMENTEN=aan blijft de titel van een motie zonder "over" "Motie <nummer> (<dossier>)"`
        : `${detail.documents} ${detail.documents === 1 ? 'document' : 'documenten'} van motie-zaak ${detail.zaak} gelezen`;
    case 'ODATA_METADATA':
      return detail.missing === null
        ? 'de beschrijving van de OData-dienst ($metadata) kon niet worden gelezen'
        : detail.missing.length === 0
          ? 'Zaak met zijn Documenten, en Id, Soort en ContentType van een Document, zoals motiebot ze opvraagt'
          : `de dienst kent ${detail.missing.join(', ')} niet: het opzoeken van het document van een motie zal mislukken (zonder TK_SYNC_DOCUMENTEN=aan blijft de titel van een motie zonder "over" "Motie <nummer> (<dossier>)")`;
  }
}

/** `motie import`: what it says around the overview's own problems (those are in texts/import.nl.ts). */
export const IMPORT_CLI = {
  noFile: (usage: string) => `Geef een of meer bestanden op.\n\nGebruik: ${usage}`,
  namedTwice: (first: string, again: string, usage: string) =>
    `Het bestand ${first} staat twee keer in de opdracht${first === again ? '' : ` (ook als ${again})`}; geef elk bestand één keer op. Er is niets ingelezen.\n\nGebruik: ${usage}`,
  /** Several files, some of which are not there to be read (each one is named in the lines above). */
  filesNotThere: (missing: number, count: number) =>
    `Er is niets geïmporteerd: ${missing === 1 ? 'een' : missing} van de ${count} bestanden ${missing === 1 ? 'is' : 'zijn'} niet te lezen (zie hierboven). Er is nog geen bestand ingelezen.`,
  /** Several files: which one a report or a failure is about. */
  fileHeader: (place: number, count: number, file: string) => `Bestand ${place} van ${count}: ${file}`,
  /** Several files, one of which failed: all or none. */
  noneOfTheFiles: (count: number) => `Geen van de ${count} bestanden is geïmporteerd: ze worden alleen samen geïmporteerd, of niet.`,
  total: (dryRun: boolean, files: number, created: number, updated: number, unchanged: number, conflicts: number) =>
    dryRun
      ? `\nProefimport van ${files} bestanden samen: ${importCounts(created, updated, unchanged, conflicts)}; er is niets opgeslagen.`
      : `\n${files} bestanden samen geïmporteerd: ${importCounts(created, updated, unchanged, conflicts)}.`,
  badDocumentDate: (typed: string) => `De documentdatum "${typed}" is geen geldige datum; schrijf bijvoorbeeld 1-4-2025, "1 april 2025" of 2025-04-01.`,
  columnsMissing: 'Geef bij --kolommen op welke kolom wat is, bijvoorbeeld --kolommen "Termijn=deadline,Onderwerp=title".',
  nothingImported: (errors: number) =>
    `Er is niets geïmporteerd: ${errors === 1 ? 'het overzicht bevat een fout' : `het overzicht bevat ${errors} fouten`} waardoor items onbetrouwbaar zijn.`,
  errorLine: (line: number, message: string) => `  regel ${line}: ${message}`,
  recognisedAs: (layout: string) => `Herkend als: ${layout}.`,
  documentDateToday: (date: string) =>
    `Documentdatum: ${date} (vandaag: het document noemt geen datum; is dat niet de datum van het overzicht, geef dan --document-date op).`,
  documentDateTitle: (date: string) => `Documentdatum: ${date} (de stand-per-datum in de titel van het overzicht).`,
  documentDateInferred: (date: string, mentioned: string, text: string, line: number) =>
    `Documentdatum ${date} is afgeleid uit het document: de nieuwste datum in het verleden die het noemt is ${mentioned} ("${text}", regel ${line}). Klopt dat niet, geef dan --document-date op.`,
  documentDate: (date: string) => `Documentdatum: ${date}.`,
  dryRunHeader: 'Proefimport (--dry-run): dit zou er veranderen.',
  created: (label: string, term: string) => `+ nieuw      ${label}\n             termijn: ${term}`,
  updated: (label: string, changes: readonly string[]) => `~ bijgewerkt ${label}\n             ${changes.join('; ')}`,
  conflict: (sentence: string) => `! conflict   ${sentence}`,
  warning: (line: number, message: string) => `Let op, regel ${line}: ${message}`,
  /** After the first lines of a long list: how many more there are and how to see them. */
  more: (count: number, what: 'wijzigingen' | 'conflicten' | 'waarschuwingen') =>
    `… en nog ${count} ${count === 1 ? { wijzigingen: 'wijziging', conflicten: 'conflict', waarschuwingen: 'waarschuwing' }[what] : what} (motie import --alles toont ze allemaal; --json geeft alles als JSON).`,
  summary: (dryRun: boolean, created: number, updated: number, unchanged: number, conflicts: number) => {
    const counts = importCounts(created, updated, unchanged, conflicts);
    return dryRun ? `\nProefimport: ${counts}; er is niets opgeslagen.` : `\nGeïmporteerd: ${counts}.`;
  },
} as const;

function importCounts(created: number, updated: number, unchanged: number, conflicts: number): string {
  return `${created} nieuw, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${n(conflicts, 'conflict', 'conflicten')}`;
}
