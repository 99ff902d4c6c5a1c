// The date parser's notes in Dutch: one sentence per DateNote code (why a deadline is what it is,
// "dag voor het zomerreces"). The date domain gives codes with their values; only this module words them.
import { formatDateNl } from '../domain/dates/format-date.ts';
import type { DateNote, DateNoteCode, NoteRecess, NoteSpan } from '../domain/dates/types.ts';

const RECESS_NL: Record<NoteRecess, string> = {
  voorjaarsreces: 'het voorjaarsreces',
  meireces: 'het meireces',
  zomerreces: 'het zomerreces',
  herfstreces: 'het herfstreces',
  kerstreces: 'het kerstreces',
};

const UNIT_NL: Record<NoteSpan['unit'], [one: string, more: string]> = {
  day: ['dag', 'dagen'],
  week: ['week', 'weken'],
  month: ['maand', 'maanden'],
  year: ['jaar', 'jaar'],
};

/** "3 weken", "1 maand", "een half jaar". */
function spanNl(span: NoteSpan): string {
  if (span.halfYear) return 'een half jaar';
  return `${span.n} ${UNIT_NL[span.unit][span.n === 1 ? 0 : 1]}`;
}

type Sentences = { [C in DateNoteCode]: (note: DateNote & { code: C }) => string };

/** One sentence per code (the type makes the table complete). */
const DATE_NOTE_TEXT: Sentences = {
  WORK_WEEK: () => 'maandag tot en met vrijdag van die week',
  VAGUE_ESTIMATE: (n) => `vage termijn, geschat op ${n.amount} ${n.unit === 'week' ? 'weken' : n.amount === 1 ? 'maand' : 'maanden'}`,
  WITHIN_AFTER_DAY: (n) => `${spanNl(n.span)} na ${formatDateNl(n.from)}`,
  WITHIN_AFTER_REFERENCE: (n) => `${spanNl(n.span)} na de referentiedatum`,
  DEPENDS_ON_EVENT: (n) => `hangt af van ${n.event}`,
  OFFSET_BEFORE: (n) => `${spanNl(n.span)} voor ${formatDateNl(n.base)}${n.anchor ? ` (${dateNoteNl(n.anchor)})` : ''}`,
  DAY_BEFORE_START: (n) => `dag voor de start (${formatDateNl(n.start)})`,
  FIRST_WHOLE_PERIOD_END: () => 'einde van de eerste hele periode na de referentiedatum',
  RECESS_FIRST_DAY: (n) => `eerste dag van ${RECESS_NL[n.recess]}`,
  RECESS_LAST_DAY: (n) => `laatste dag van ${RECESS_NL[n.recess]}`,
  DAY_BEFORE_RECESS: (n) => `dag voor ${RECESS_NL[n.recess]}`,
  RECESS_START: (n) => `begin van ${RECESS_NL[n.recess]}`,
  NEW_YEARS_EVE: () => 'oudejaarsdag',
  PRINSJESDAG: (n) => (n.estimated ? 'Prinsjesdag, derde dinsdag van september' : 'Prinsjesdag'),
  VERANTWOORDINGSDAG: () => 'Verantwoordingsdag, derde woensdag van mei',
  VOORJAARSNOTA: () => 'Voorjaarsnota: uiterlijk 1 juni',
  NAJAARSNOTA: () => 'Najaarsnota: uiterlijk 1 december',
  SPRING_DECISIONS: () => 'voorjaarsbesluitvorming: uitkomst bij de Voorjaarsnota, uiterlijk 1 juni',
  BEFORE_SPRING_DECISIONS: () => 'voor de voorjaarsbesluitvorming (maart)',
  AUGUST_DECISIONS: () => 'augustusbesluitvorming: uitkomst op Prinsjesdag',
  BEFORE_AUGUST_DECISIONS: () => 'voor de augustusbesluitvorming (augustus)',
  VOORJAARSNOTA_DEBATE: () => 'debat over de Voorjaarsnota, voor het zomerreces',
  BUDGET_DEBATE: (n) => `begrotingsbehandeling${n.ministry ? ` van ${n.ministry}` : ''}${n.estimated ? ', geschat op 31 oktober' : ''}`,
  MIDDLE_OF_PERIOD: () => 'midden van de periode',
  WEEK_AROUND: () => 'een week eromheen',
  NOT_BEFORE: () => 'niet eerder dan deze datum',
};

/** The note in Dutch ("3 weken voor 7 juli 2023 (eerste dag van het zomerreces)"). */
export function dateNoteNl(note: DateNote): string {
  const sentence = DATE_NOTE_TEXT[note.code] as (n: DateNote) => string;
  return sentence(note);
}

/** Whether the note's sentence already says the date is estimated (so no separate "schatting" is added). */
export function noteSaysEstimate(note: DateNote): boolean {
  switch (note.code) {
    case 'VAGUE_ESTIMATE':
      return true;
    case 'BUDGET_DEBATE':
      return note.estimated;
    case 'OFFSET_BEFORE':
      return note.anchor !== null && noteSaysEstimate(note.anchor);
    default:
      return false;
  }
}
