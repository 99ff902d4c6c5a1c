// Dutch sentences of editing an item, its statuses, its trekker, the change lines in a channel and
// the punctuality summary. Values that come from people are escaped by the caller or here.
import { formatDelayNl } from './duration.nl.ts';
import type { Punctuality } from '../domain/punctuality.ts';
import type { ItemStatus } from '../domain/items.ts';
import { escapeMrkdwn } from '../domain/escape-mrkdwn.ts';
import { readClosingReference } from '../domain/closing-reference.ts';

export const ITEM_TEXT = {
  usage: {
    stand: 'Geef een nummer en de stand van zaken, bijvoorbeeld `/motie stand 12 De brief gaat in maart naar de Kamer.`',
    trekker: 'Geef een nummer en een persoon, bijvoorbeeld `/motie trekker 12 @Sanne` (of `/motie trekker 12 niemand`).',
    heropen: 'Geef het nummer mee, bijvoorbeeld `/motie heropen 12`.',
    vervallen: 'Geef het nummer mee, bijvoorbeeld `/motie vervallen 12`.',
    aanhouden: 'Geef een nummer en een datum, bijvoorbeeld `/motie aanhouden 12 tot 1 maart 2026` (of `/motie aanhouden 12 uit`).',
    verwijder: 'Geef het nummer mee, bijvoorbeeld `/motie verwijder 12`.',
    herstel: 'Geef het nummer mee, bijvoorbeeld `/motie herstel 12`.',
    afgerond: 'Geef het nummer van de motie of toezegging mee (of meer nummers), bijvoorbeeld `/motie afgerond 6 7`, eventueel met de Kamerbrief: `/motie afgerond 7 met Kamerstuk 36222-45`.',
  },
  ownerNotAPerson: (typed: string) =>
    `“${escapeMrkdwn(typed.slice(0, 60))}” is geen persoon die ik herken. Typ @ en kies iemand uit de lijst, zodat Slack er een naam van maakt.`,
  statusTextSet: (id: number) => `📝 De stand van zaken van #${id} is bijgewerkt.`,
  statusTextTooLong: (id: number, length: number, max: number) =>
    `De stand van zaken voor #${id} is ${length.toLocaleString('nl-NL')} tekens lang; er passen er ${max.toLocaleString('nl-NL')} in. Er is niets veranderd: maak de tekst korter en probeer het opnieuw.`,
  statusTextCleared: (id: number) => `📝 De stand van zaken van #${id} is leeggemaakt.`,
  statusTextRestored: (id: number) => `↩️ De stand van zaken van #${id} is teruggezet.`,
  statusTextNotRestored: (id: number) => `De stand van zaken van #${id} is intussen weer gewijzigd; er is niets teruggezet.`,
  /** `/motie stand 12` without text: the current stand (escaped) and how to change or clear it. */
  statusTextShown: (id: number, text: string | null) =>
    `${text ? `*Stand van zaken van #${id}*\n${text}` : `#${id} heeft nog geen stand van zaken.`}\n\nWijzigen: \`/motie stand ${id} <nieuwe tekst>\`${text ? ` · leegmaken: \`/motie stand ${id} leeg\`` : ''}`,
  ownerSet: (id: number, owner: string) => `👤 <@${owner}> is nu trekker van #${id}.`,
  ownerCleared: (id: number) => `👤 #${id} heeft geen trekker meer.`,
  unchanged: (id: number) => `Er is niets veranderd aan #${id}.`,
  edited: (id: number) => `✏️ #${id} is bijgewerkt.`,
  lapsed: (id: number) => `⚪ #${id} is vervallen: er komen geen herinneringen meer.`,
  alreadyLapsed: (id: number) => `#${id} was al vervallen; er is niets veranderd.`,
  onHold: (id: number, until: string) => `⏸ #${id} is aangehouden tot ${until}: tot dan geen herinneringen.`,
  holdEnded: (id: number) => `▶️ #${id} wordt niet meer aangehouden; herinneringen gaan weer door.`,
  holdPast: 'Die datum is al geweest. Geef een datum in de toekomst, bijvoorbeeld `tot 1 maart 2026`.',
  holdUnreadable: (message: string) => `Die datum begrijp ik niet. ${escapeMrkdwn(message)}`,
  notOpen: (id: number) => `#${id} staat niet open; alleen open items kun je aanhouden.`,
  deleted: (id: number) => `🗑 #${id} is verwijderd. Per ongeluk? \`/motie herstel ${id}\` zet het terug.`,
  restored: (id: number) => `♻️ #${id} is teruggezet.`,
  notDeleted: (id: number) => `#${id} is niet verwijderd; er is niets veranderd.`,
  deleteNotAllowed: 'Verwijderen mogen alleen de beheerders van motiebot. Vraag het een beheerder; er is niets veranderd.',
  closingReferenceUnreadable:
    'Die Kamerbrief herken ik niet. Geef een Kamerstuk (`36222-45` of `36222, nr. 45`) of een link (`https://…`). Er is niets veranderd.',
  markedDoneWith: (id: number, reference: string) => `✅ #${id} is afgerond met ${reference}.`,
  tooManyNumbers: (max: number) => `Geef hoogstens ${max} nummers tegelijk.`,
  // Short lines posted once in the item's channel (a thread under the latest digest when there is one).
  change: {
    done: (id: number, title: string, by: string, reference: string | null) =>
      `✅ #${id} ${title} is afgerond door ${by}${reference ? ` met ${reference}` : ''}.`,
    reopened: (id: number, title: string, by: string) => `↩️ #${id} ${title} staat weer open (heropend door ${by}).`,
    term: (id: number, title: string, by: string, term: string) => `🗓 De termijn van #${id} ${title} is nu ${term} (door ${by}).`,
    statusText: (id: number, title: string, by: string, excerpt: string) =>
      `📝 Stand van zaken van #${id} ${title} bijgewerkt door ${by}: ${excerpt}`,
    lapsed: (id: number, title: string, by: string) => `⚪ #${id} ${title} is vervallen (door ${by}).`,
    onHold: (id: number, title: string, by: string, until: string) => `⏸ #${id} ${title} is aangehouden tot ${until} (door ${by}).`,
    deleted: (id: number, title: string, by: string) => `🗑 #${id} ${title} is verwijderd door ${by}.`,
    edited: (id: number, title: string, by: string, fields: string) => `✏️ #${id} ${title} is bijgewerkt door ${by}: ${fields}.`,
    restored: (id: number, title: string, by: string) => `♻️ #${id} ${title} is teruggezet door ${by}.`,
    owner: (id: number, title: string, by: string, owner: string | null) =>
      owner ? `👤 <@${owner}> is trekker van #${id} ${title} (door ${by}).` : `👤 #${id} ${title} heeft geen trekker meer (door ${by}).`,
    holdEnded: (id: number, title: string, by: string) => `▶️ #${id} ${title} wordt niet meer aangehouden (door ${by}).`,
    created: (id: number, title: string, by: string, kind: 'motie' | 'toezegging', term: string) =>
      `🆕 #${id} ${title} is toegevoegd door ${by} (${kind}, ${term}).`,
  },
  /** A Kamerbrief in a change line: the Kamerstuk, or a link. */
  reference: {
    /** The stored reference ("36222-45" or a URL) as mrkdwn: "Kamerstuk 36222, nr. 45" or a link, the URL unchanged. */
    mrkdwn: (stored: string): string => {
      const ref = readClosingReference(stored);
      return ref.kind === 'kamerstuk' ? `Kamerstuk ${ref.dossier}, nr. ${ref.number}` : `<${ref.url.replace(/[<>|]/g, encodeURIComponent)}|de Kamerbrief>`;
    },
    kamerstuk: (dossier: string, number: string) => `Kamerstuk ${dossier}, nr. ${number}`,
    letter: 'de Kamerbrief',
  },
  /** "titel", "titel en trekker", "titel, Kamerstuk en trekker" */
  fieldList: (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '—') : `${names.slice(0, -1).join(', ')} en ${names.at(-1) ?? ''}`),
  removedFromMessage: (id: number) => `🗑 #${id} is verwijderd.`,
  /** The ⋯ menu of an item (Slack: at most 75 characters each). */
  menu: {
    edit: 'Bewerken',
    term: 'Termijn wijzigen',
    remove: 'Verwijderen',
    reopen: 'Heropenen',
    /** Aanhouden, vervallen (and verwijderen) of an open item: one entry, in every message. */
    status: 'Aanhouden, vervallen…',
    details: 'Details',
    snooze: 'Herinner me volgende week',
  },
  undoButton: 'Ongedaan maken',
  deletedFromMenu: (id: number) => `🗑 #${id} is verwijderd. Per ongeluk? *Ongedaan maken* zet het terug.`,
  lapseCancelled: (id: number) => `#${id} blijft open.`,
  lapsedFromMenu: (id: number) => `⚪ #${id} is vervallen: er komen geen herinneringen meer. Per ongeluk? *Ongedaan maken* zet het weer open.`,
  /** The edit modal ("Bewerken" in the ⋯ menu). */
  edit: {
    title: (id: number) => `Bewerken #${id}`,
    submit: 'Opslaan',
    close: 'Annuleren',
    labelTitle: 'Korte titel',
    labelKind: 'Soort',
    labelStatusText: 'Stand van zaken',
    hintStatusText: 'Meerdere regels mag. Leeg laten: geen stand van zaken.',
    statusTextTooLong: (id: number) =>
      `De stand van zaken is te lang om hier te bewerken (meer dan 3.000 tekens); wijzig hem met \`/motie stand ${id} …\`. Hier blijft hij zoals hij is.`,
    labelKamerstuk: 'Kamerstuk',
    hintKamerstuk: 'Bijvoorbeeld 36222-45 of "Kamerstukken II 2024/25, 36222, nr. 45". Leeg laten: geen Kamerstuk.',
    labelCodes: 'Verantwoordelijk',
    hintCodes: "Eén of meer codes, gescheiden door komma's: SOCW, MOCW, MJenV …",
    labelSubmitters: 'Indieners',
    hintSubmitters: 'Eén naam per regel.',
    labelOwner: 'Trekker',
    hintOwner: 'Wie dit item trekt: die ziet het bovenaan in de App Home en wordt genoemd in herinneringen. Geen trekker meer: `/motie trekker N niemand`.',
    kindMotie: 'Motie',
    kindToezegging: 'Toezegging',
    savedTitle: 'Opgeslagen',
    saved: (id: number, fields: string) => `✏️ #${id} is bijgewerkt: ${fields}.`,
    unchangedTitle: 'Niets veranderd',
    /** The fields in Dutch, as the audit log names them. */
    field: {
      title: 'titel',
      text: 'verzoek',
      statusText: 'stand van zaken',
      kamerstuk: 'Kamerstuk',
      kind: 'soort',
      responsible: 'verantwoordelijk',
      submitters: 'indieners',
      owner: 'trekker',
    } as Record<string, string>,
    problem: {
      EDIT_TITLE_EMPTY: 'Geef een korte titel.',
      EDIT_TEXT_EMPTY: 'Beschrijf het verzoek of de toezegging.',
      EDIT_TOO_LONG: (max: number) => `Dit is te lang: hoogstens ${max} tekens.`,
      EDIT_SUBMITTERS_TOO_LONG: 'Te veel of te lange namen: hoogstens 30 indieners, elk hoogstens 100 tekens.',
      EDIT_KAMERSTUK_UNREADABLE:
        'Dit Kamerstuk herken ik niet. Schrijf het als 36222-45, "36222, nr. 45" of "Kamerstukken II 2024/25, 36222, nr. 45", of laat het veld leeg.',
      EDIT_CODES_EMPTY: 'Vul minstens één bewindspersoon in, bijvoorbeeld SOCW.',
      EDIT_CODE_UNKNOWN: (word: string) => `“${escapeMrkdwn(word)}” is geen code die ik ken. Gebruik bijvoorbeeld SOCW, MOCW of MJenV, gescheiden door komma's.`,
      EDIT_OWNER_INVALID: 'Kies een persoon uit de lijst.',
      EDIT_CODES_NOT_ALLOWED: (codes: string) =>
        `${codes} kun je hier niet aan dit item geven of ervan afhalen: dat kan in een kanaal dat aan die bewindspersoon gekoppeld is, of door een beheerder van motiebot. Er is niets opgeslagen.`,
    },
    /** A field this person changed was changed by someone else since they opened the form: nothing saved. */
    changedMeanwhile: (by: string | null) =>
      `Dit veld is intussen gewijzigd door ${by ?? 'iemand anders'}. Er is niets opgeslagen: bewaar je tekst, sluit dit venster en kies opnieuw Bewerken.`,
  },
  /** The modal for Aanhouden (with a date), Vervallen and Verwijderen. */
  statusModal: {
    title: (id: number) => `Status #${id}`,
    submit: 'Opslaan',
    close: 'Annuleren',
    labelChoice: 'Wat wil je?',
    hold: 'Aanhouden tot een datum: tot dan geen herinneringen',
    lapse: 'Vervallen: hoeft niet meer',
    remove: 'Verwijderen: per ongeluk toegevoegd',
    labelUntil: 'Aanhouden tot',
    hintUntil: 'In gewone taal: "1 maart 2026", "na het zomerreces". Leeg laten bij aanhouden: niet meer aanhouden.',
    currentHold: (until: string) => `Nu aangehouden tot ${until}.`,
    holdDateMissing: 'Geef een datum, bijvoorbeeld 1 maart 2026.',
    doneTitle: { hold: 'Aangehouden', holdEnded: 'Niet meer aangehouden', lapse: 'Vervallen', remove: 'Verwijderd' },
  },
  /** An item's row in a list (src/slack/blocks/item-row.ts). */
  row: {
    owner: (userId: string) => `trekker <@${userId}>`,
    onHold: (until: string) => `⏸ aangehouden tot ${until}`,
    /** A Tweede Kamer motie: the cabinet's appreciation in the debate ("Ontraden"). */
    appreciatie: (value: string) => `kabinetsappreciatie: ${value}`,
    /** The Kamer's own termijn, shown beside the item's term when the text named another (earlier) one. */
    kamerTermijn: (date: string) => `termijn van de Kamer: ${date}`,
    doneButton: 'Afgerond',
    confirmTitle: 'Afgerond?',
    confirmText: (id: number, title: string) => `Markeer #${id} als afgerond: ${title}`,
    confirmYes: 'Ja, afgerond',
    confirmNo: 'Annuleren',
    doneBy: (by: string, date: string) => `✅ Afgerond door ${by} op ${date}`,
    /** The state of an item that is no longer open, as its row shows it (a search result, a done list). */
    state: { done: '✅ afgerond', lapsed: '⚪ vervallen', deleted: '🗑 verwijderd' } satisfies Record<Exclude<ItemStatus, 'open'>, string>,
    lapsedBy: (by: string, date: string) => `⚪ Vervallen door ${by} op ${date}`,
    lapseQuestion: (id: number) => `*#${id} laten vervallen?* Er komen dan geen herinneringen meer over.`,
    lapseYes: 'Ja, laten vervallen',
    lapseNo: 'Annuleren',
    holdInstead: 'Aanhouden of verwijderen…',
  },
  /** "Details" of one item (src/slack/blocks/details.ts); values arrive escaped. */
  details: {
    status: (itemText: string, status: string) => `${itemText}\nStatus: *${status}*`,
    text: (text: string) => `*Verzoek/toezegging*\n${text}`,
    withKamerstuk: (dossier: string, number: string) => ` met Kamerstuk ${dossier}, nr. ${number}`,
    withLink: (link: string) => ` met ${link}`,
    done: (by: string | null, when: string | null, reference: string) => `✅ Afgerond${by ? ` door ${by}` : ''}${when ? ` op ${when}` : ''}${reference}`,
    statusText: (text: string) => `*Stand van zaken*\n${text}`,
    history: (lines: readonly string[]) => `Laatste wijzigingen:\n${lines.join('\n')}`,
    fallback: (id: number, title: string) => `Details van #${id}: ${title}`,
    modalTitle: (id: number) => `Details #${id}`,
  },
  /** `/motie nieuw`'s modal and the term modal (src/slack/blocks/modals.ts). */
  newItem: {
    title: 'Nieuwe motie/toezegging',
    submit: 'Toevoegen',
    close: 'Annuleren',
    labelKind: 'Soort',
    kindMotie: 'Motie',
    kindToezegging: 'Toezegging',
    labelText: 'Verzoek of toezegging',
    placeholderText: 'De Tweede Kamer verzoekt de regering …',
    labelTitle: 'Korte titel',
    hintTitle: 'Leeg laten: de eerste woorden van het verzoek.',
    labelCodes: 'Verantwoordelijk',
    hintCodes: "Eén of meer codes, gescheiden door komma's: SOCW, MOCW, MJenV …",
    labelTerm: 'Termijn',
    hintTerm: 'In gewone taal: "voor de zomer van 2026", "eind 2026", "Q1 2027", "1-7-2026".',
    labelKamerstuk: 'Kamerstuk',
    hintKamerstuk: 'Bijvoorbeeld 36222-45 of "Kamerstukken II 2024/25, 36222, nr. 45". Leeg laten: geen Kamerstuk.',
    labelSubmitters: 'Indieners',
    hintSubmitters: 'Eén naam per regel.',
    /** The codes field's hint in a channel linked to a ministry: the codes its items have. */
    hintCodesOfChannel: (codes: readonly string[]) => `Eén of meer codes, gescheiden door komma's. In dit kanaal: ${codes.join(', ')}.`,
  },
  termModal: {
    title: (id: number) => `Termijn #${id}`,
    submit: 'Opslaan',
    close: 'Annuleren',
    current: (text: string, date: string | null) => `Nu: ${text}${date ? ` → ${date}` : ' (nog geen datum)'}`,
    noTerm: 'Nu: geen termijn',
    label: 'Nieuwe termijn',
    hint: 'In gewone taal: "eind maart 2026", "voor het zomerreces", "Q2 2026". Leeg laten of "geen": geen termijn meer.',
  },
  /** The close button of a confirmation or details modal. */
  closeModal: 'Sluiten',
  mine: {
    header: 'Mijn moties en toezeggingen',
    none: 'Je bent van geen enkel item trekker. Word het met `/motie trekker 12 @jij` of in het menu *Bewerken*.',
    intro: (n: number) => `Je bent trekker van ${n === 1 ? '1 item' : `${n} items`}:`,
    more: (n: number) => `…en nog ${n} ${n === 1 ? 'ander' : 'andere'}. Typ \`/motie status mijn\` in een kanaal voor de hele lijst.`,
  },
  punctuality: {
    header: 'Tijdig geïnformeerd (laatste 12 maanden)',
    line: (p: Punctuality) =>
      `*${escapeMrkdwn(p.code)}*: ${p.onTime} op tijd · ${p.late} te laat${p.medianDelayDays !== null ? ` · mediaan ${formatDelayNl(p.medianDelayDays)}` : ''}`,
    none: 'Nog geen items afgerond in de laatste 12 maanden.',
  },
} as const;
