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
   * Optional short Dutch reason for the computed deadline ("dag voor het zomerreces"),
   * used by explainDate. Not part of the stored model.
   */
  note?: string;
}

/** The informing deadline chosen for an item (or a single text). */
export interface ChosenDeadline extends DateExpression {
  /** Which text it came from. */
  source: 'request' | 'status';
}
