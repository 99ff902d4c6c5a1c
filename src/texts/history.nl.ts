// Who did what and when, in Dutch sentences: an item's history (Slack's Details, `motie show`) and
// the actor named in a conflict notice. "Termijn verschoven van 3 juli 2025 naar eind 2025
// (31 december 2025) door @piet, 12 mei 2026 om 14:03."
import { describeActor, PREVIEW_USER_ID } from '../domain/actor.ts';
import type { ClosingReference } from '../domain/closing-reference.ts';
import { STATUS_LABEL } from '../domain/status-words.ts';
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { HistoryEvent, HistoryEventCode, HistoryEventOf, TermValue } from '../domain/history.ts';
import { parsePeriod } from '../domain/recurrence.ts';
import { documentNumberLink } from '../domain/kamerbrief/letter-link.ts';

/**
 * How names, channels and links are written: Slack mrkdwn (SLACK_STYLE in src/slack/blocks/mrkdwn.ts)
 * or plain text (PLAIN_STYLE, the command line).
 */
export interface TextStyle {
  /** A Slack user: `<@U…>` in Slack, "Slack-gebruiker U…" on the command line. */
  user(userId: string): string;
  channel(channelId: string): string;
  link(url: string, label: string): string;
  /** Text that came from a person or a document. */
  quote(text: string): string;
  /** The same, cut to at most `max` characters as written (escapes included). */
  excerpt(text: string, max: number): string;
}

export const PLAIN_STYLE: TextStyle = {
  // The preview's own user has no Slack name to look up: say who it is, not its internal id.
  user: (id) => (id === PREVIEW_USER_ID ? 'jij (in de voorbeeldomgeving)' : `Slack-gebruiker ${id}`),
  channel: (id) => `kanaal ${id}`,
  link: (url) => url,
  quote: (text) => text,
  excerpt: (text, max) => truncate(text, max),
};

/** Who made a change, as a person reads it ("<@U1>", "Piet", "de import van een overzicht"). */
export function actorNl(actor: string, style: TextStyle): string {
  const who = describeActor(actor);
  switch (who.kind) {
    case 'slack':
      return style.user(who.userId);
    case 'cli':
      return who.name ? style.quote(who.name) : 'iemand op de opdrachtregel';
    case 'import':
      return 'de import van een overzicht';
    case 'preview':
      return 'de voorbeeldomgeving';
    case 'tk-sync':
      return 'de synchronisatie met de Tweede Kamer';
    case 'system':
      return 'motiebot';
  }
}

/** "12 mei 2026 om 14:03" from "2026-05-12 14:03" (Amsterdam time, clock.ts amsterdamDateTime); other text as given. */
export function whenNl(dateTime: string): string {
  const m = /^(?<date>\d{4}-\d{2}-\d{2})(?: (?<time>\d{2}:\d{2}))?$/.exec(dateTime);
  const date = m?.groups?.date;
  if (!date) return dateTime;
  const time = m.groups?.time;
  return `${formatDateNl(date)}${time ? ` om ${time}` : ''}`;
}

/** "eind 2025 (31 december 2025)", "31 december 2025", "na de zomer (nog geen datum)". */
export function termNl(term: TermValue, style: TextStyle): string {
  if (!term.date) return `${style.quote(term.text)} (nog geen datum)`;
  const date = formatDateNl(term.date);
  if (term.text === term.date || term.text === date) return date;
  return `${style.quote(term.text)} (${date})`;
}

/** At most `max` characters, cut on a word when it can be, with an ellipsis. */
function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`;

function periodNl(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.months === 0) return p.years === 1 ? 'elk jaar' : `elke ${p.years} jaar`;
  if (p.years === 0) return p.months === 1 ? 'elke maand' : `elke ${p.months} maanden`;
  return `elke ${p.years} jaar en ${p.months} maanden`;
}

function referenceNl(reference: ClosingReference, style: TextStyle): string {
  return reference.kind === 'kamerstuk' ? `Kamerstuk ${reference.dossier}, nr. ${reference.number}` : style.link(reference.url, 'de Kamerbrief');
}

/** A document number with the link that opens it ("2025D21406 (https://…)"; in Slack the number is the link). */
function kamerbriefNl(nummer: string, style: TextStyle): string {
  const url = documentNumberLink(nummer);
  if (!url) return style.quote(nummer);
  const linked = style.link(url, style.quote(nummer));
  return linked === url ? `${style.quote(nummer)} (${url})` : linked;
}

const excerpt = (text: string, style: TextStyle) => `“${style.excerpt(text, 80)}”`;

type Phrases = { [C in HistoryEventCode]: (event: HistoryEventOf<C>, style: TextStyle) => string };

/** What happened, one phrase per event code (the type makes the table complete). */
export const HISTORY_PHRASE: Phrases = {
  CREATED: (e) => `Toegevoegd${e.kind ? ` als ${e.kind}` : ''}${e.codes.length > 0 ? ` voor ${list(e.codes)}` : ''}`,
  DONE: () => 'Afgerond',
  REOPENED: () => 'Heropend',
  LAPSED: () => 'Vervallen verklaard',
  DELETED: () => 'Verwijderd',
  RESTORED: () => 'Teruggezet na verwijderen',
  STATUS_CHANGED: (e) => `Status gewijzigd${e.from ? ` van ${STATUS_LABEL[e.from]}` : ''}${e.to ? ` naar ${STATUS_LABEL[e.to]}` : ''}`,
  TERM_SET: (e, s) => `Termijn gezet op ${termNl(e.to, s)}`,
  TERM_MOVED: (e, s) => `Termijn verschoven van ${termNl(e.from, s)} naar ${termNl(e.to, s)}`,
  TERM_CHANGED: (e, s) => `Termijn gewijzigd van ${termNl(e.from, s)} naar ${termNl(e.to, s)}`,
  TERM_CLEARED: (e, s) => `Termijn weggehaald (was ${termNl(e.from, s)})`,
  HOLD_SET: (e) => `Aangehouden tot ${formatDateNl(e.until)}`,
  HOLD_ENDED: () => 'Niet meer aangehouden',
  OWNER_SET: (e, s) => `${s.user(e.owner)} is trekker geworden`,
  OWNER_CLEARED: () => 'Trekker weggehaald',
  PARTLY_SET: () => 'Deels afgedaan',
  PARTLY_CLEARED: () => 'Niet meer deels afgedaan',
  STATUS_TEXT_SET: (e, s) => `Stand van zaken bijgewerkt: ${excerpt(e.text, s)}`,
  STATUS_TEXT_CLEARED: () => 'Stand van zaken leeggemaakt',
  TITLE_CHANGED: (e, s) => `Titel gewijzigd in ${excerpt(e.to, s)}`,
  TEXT_CHANGED: () => 'Tekst van het verzoek of de toezegging gewijzigd',
  CLOSING_REFERENCE_SET: (e, s) => `Kamerbrief vastgelegd: ${referenceNl(e.reference, s)}`,
  CLOSING_REFERENCE_CLEARED: () => 'Kamerbrief weggehaald',
  RESPONSIBLE_CHANGED: (e) =>
    e.from.length > 0 ? `Bewindspersonen gewijzigd van ${list(e.from)} naar ${list(e.to) || 'geen'}` : `Bewindspersonen gezet op ${list(e.to) || 'geen'}`,
  KIND_CHANGED: (e) => `Soort gewijzigd in ${e.to}`,
  SUBMITTERS_CHANGED: (e, s) => (e.to.length > 0 ? `Indieners gewijzigd in ${s.quote(list(e.to))}` : 'Indieners weggehaald'),
  KAMERSTUK_CHANGED: (e, s) => (e.to ? `Kamerstuk vastgelegd: ${s.quote(e.to)}` : 'Kamerstuk weggehaald'),
  REFERENCE_CHANGED: (e, s) => (e.to ? `Registernummer vastgelegd: ${s.quote(e.to)}` : 'Registernummer weggehaald'),
  RECURRENCE_CHANGED: (e) => (e.to ? `Komt terug: ${periodNl(e.to)}` : 'Komt niet meer terug'),
  SOURCE_DOCUMENT_CHANGED: (e, s) => (e.to ? `Brondocument: ${s.excerpt(e.to, 80)}` : 'Brondocument weggehaald'),
  LINKED_TO_CHANGED: (e) => (e.to !== null ? `Samen behandeld met #${e.to}` : 'Niet meer samen behandeld met een ander item'),
  SNOOZED: (e, s) => `Herinneringen in ${s.channel(e.channel)} uitgesteld tot ${formatDateNl(e.until)}`,
  TK_NEW: (e, s) => `Toegevoegd uit de open data van de Tweede Kamer${e.reference ? ` (${s.quote(e.reference)})` : ''}`,
  TK_AFGEDAAN: (e, s) =>
    `Afgedaan volgens het toezeggingenregister${e.kamerbrieven.length > 0 ? ` (${e.kamerbrieven.length === 1 ? 'Kamerbrief' : 'Kamerbrieven'} ${list(e.kamerbrieven.map((k) => kamerbriefNl(k, s)))})` : ''}`,
  IMPORTED: (e) => `Overzicht geïmporteerd: ${e.created} nieuw, ${e.updated} bijgewerkt`,
  TK_FIRST_SYNC: () => 'Eerste synchronisatie met de Tweede Kamer',
  CHANNEL_LINKED: (e, s) => `${s.channel(e.channel)} gekoppeld aan ${s.quote(e.target)}`,
  CHANNEL_UNLINKED: (e, s) => `${s.channel(e.channel)} losgekoppeld van ${s.quote(e.target)}`,
  LETTER_ANSWERED: (e, s) => {
    const letter = e.documentNummer ? `Kamerbrief ${s.quote(e.documentNummer)}` : 'Voorgestelde Kamerbrief';
    return e.answer === 'done' ? `${letter}: afgerond met deze brief` : e.answer === 'partly' ? `${letter}: deels afgedaan` : `${letter}: hoort er niet bij`;
  },
  UNKNOWN: () => 'Gewijzigd',
};

/** The phrase of one event (dispatches on its code). */
export function historyPhrase(event: HistoryEvent, style: TextStyle): string {
  const phrase = HISTORY_PHRASE[event.code] as (e: HistoryEvent, s: TextStyle) => string;
  return phrase(event, style);
}

/** "Termijn verschoven van … naar … door <@U1>, 12 mei 2026 om 14:03." */
export function historySentence(event: HistoryEvent, actor: string, dateTime: string, style: TextStyle): string {
  return `${historyPhrase(event, style)} door ${actorNl(actor, style)}, ${whenNl(dateTime)}.`;
}
