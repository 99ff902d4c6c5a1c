// The output model of the Dutch date parser (see docs/DATES.md, copied from the shared spec).
// Calendar dates are `YYYY-MM-DD` strings in Europe/Amsterdam; nothing here carries a time of day.

export type IsoDate = string; // YYYY-MM-DD

export type Relation =
  | 'on'
  | 'by'
  | 'in'
  | 'around'
  | 'after'
  | 'until'
  | 'from'
  | 'within'
  | 'recurring';

export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'event' | 'vague';

export type Basis = 'explicit' | 'rule' | 'calendar' | 'estimate';

export interface Recurrence {
  /** ISO 8601 period: P1Y, P4Y, P6M, P3M, P1M */
  period: string;
  /** The next occurrence's deadline (YYYY-MM-DD). */
  next: IsoDate | null;
}

export interface DateExpression {
  /** The span, verbatim, relation word included. */
  text: string;
  /** Offsets in the input string (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  relation: Relation;
  earliest: IsoDate | null;
  deadline: IsoDate | null;
  precision: Precision;
  basis: Basis;
  soft: boolean;
  recurrence: Recurrence | null;
  /**
   * Optional reason for the computed deadline (a code with its values; src/texts/date-notes.nl.ts words it,
   * e.g. "dag voor het zomerreces"), used by explainDate. Not part of the stored model.
   */
  note?: DateNote;
}

/** The recesses a note can name (the calendar's RecessName; kept here so types.ts imports nothing). */
export type NoteRecess = 'voorjaarsreces' | 'meireces' | 'zomerreces' | 'herfstreces' | 'kerstreces';

/** A count of time units, as the words gave it ("drie weken", "een half jaar"). */
export interface NoteSpan {
  n: number;
  unit: 'day' | 'week' | 'month' | 'year';
  /** "een half jaar" / "een halfjaar" as written (n = 6 months). */
  halfYear?: true;
}

/**
 * Why a deadline (or an anchor's day) is what it is: one code per reason, with its values. The date
 * domain writes no Dutch; src/texts/date-notes.nl.ts renders every code.
 */
export type DateNote =
  /** "week 12": Monday through Friday of that week. */
  | { code: 'WORK_WEEK' }
  /** "zo spoedig mogelijk": a vague term, estimated as a number of weeks or months after the reference date. */
  | { code: 'VAGUE_ESTIMATE'; amount: number; unit: 'week' | 'month' }
  /** "binnen een maand na 1 juli 2026". */
  | { code: 'WITHIN_AFTER_DAY'; span: NoteSpan; from: IsoDate }
  /** "binnen drie maanden": counted from the reference date. */
  | { code: 'WITHIN_AFTER_REFERENCE'; span: NoteSpan }
  /** "binnen drie maanden na inwerkingtreding": `event` is the text's own words. */
  | { code: 'DEPENDS_ON_EVENT'; event: string }
  /** "drie weken voor het zomerreces": `span` before `base`, with the note of the day counted from. */
  | { code: 'OFFSET_BEFORE'; span: NoteSpan; base: IsoDate; anchor: DateNote | null }
  /** "voor de start van het schooljaar op 1 september": the day before that start. */
  | { code: 'DAY_BEFORE_START'; start: IsoDate }
  /** "jaarlijks": the end of the first whole period after the reference date. */
  | { code: 'FIRST_WHOLE_PERIOD_END' }
  | { code: 'RECESS_FIRST_DAY'; recess: NoteRecess }
  | { code: 'RECESS_LAST_DAY'; recess: NoteRecess }
  | { code: 'DAY_BEFORE_RECESS'; recess: NoteRecess }
  /** The start of a recess an offset counts back from ("begin van het zomerreces"). */
  | { code: 'RECESS_START'; recess: NoteRecess }
  | { code: 'NEW_YEARS_EVE' }
  /** `estimated`: the calendar has no date, the rule (third Tuesday of September) gave it. */
  | { code: 'PRINSJESDAG'; estimated: boolean }
  | { code: 'VERANTWOORDINGSDAG' }
  | { code: 'VOORJAARSNOTA' }
  | { code: 'NAJAARSNOTA' }
  | { code: 'SPRING_DECISIONS' }
  | { code: 'BEFORE_SPRING_DECISIONS' }
  | { code: 'AUGUST_DECISIONS' }
  | { code: 'BEFORE_AUGUST_DECISIONS' }
  | { code: 'VOORJAARSNOTA_DEBATE' }
  /** `ministry`: the code the words named, or null; `estimated`: the calendar has no date (31 October). */
  | { code: 'BUDGET_DEBATE'; ministry: string | null; estimated: boolean }
  | { code: 'MIDDLE_OF_PERIOD' }
  /** "rond 1 juli": a week either side of the day. */
  | { code: 'WEEK_AROUND' }
  /** "niet voor 1 mei": the earliest date, never a deadline. */
  | { code: 'NOT_BEFORE' };

export type DateNoteCode = DateNote['code'];

/** The informing deadline chosen for an item (or a single text). */
export interface ChosenDeadline extends DateExpression {
  /** Which text it came from. */
  source: 'request' | 'status';
}
