// A weekday written before a date that does not fit it ("vrijdag 14 maart 2026": the 14th is a Saturday). The date
// counts, never the weekday (DATES.md: a weekday may stand before the date); this only notices the slip, so that
// `motie datum --uitleg` can say so and a person can check the source.
import { weekdayOf } from './calendar-date.ts';
import type { DateExpression, IsoDate } from './types.ts';
import { WEEKDAY_NAMES_NL } from './vocabulary.ts';

export interface WeekdayMismatch {
  /** The weekday as written ("vrijdag"). */
  written: (typeof WEEKDAY_NAMES_NL)[number];
  /** The weekday of the date that was read ("zaterdag"). */
  actual: (typeof WEEKDAY_NAMES_NL)[number];
  /** That date. */
  date: IsoDate;
}

/** A weekday word right before a day number and a month name: "vrijdag 14 maart", "vrijdag, 14 maart". */
const WEEKDAY_BEFORE_DAY = /\b(zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag),?\s+\d{1,2}(?:e|ste|de)?\s+[a-z]/i;

/** The day an expression names: its deadline, or its first day for a start ("vanaf", "na"). */
function dayOf(expression: DateExpression): IsoDate | null {
  if (expression.precision !== 'day') return null;
  return expression.relation === 'from' || expression.relation === 'after' ? expression.earliest : expression.deadline;
}

/** The weekday written before the expression's date when it is not that date's weekday; null when it fits or none is written. */
export function weekdayMismatch(expression: DateExpression): WeekdayMismatch | null {
  const written = WEEKDAY_BEFORE_DAY.exec(expression.text)?.[1]?.toLowerCase();
  if (written === undefined) return null;
  const date = dayOf(expression);
  if (date === null) return null;
  const actual = WEEKDAY_NAMES_NL[weekdayOf(date)];
  if (actual === undefined || actual === written) return null;
  return { written: written as WeekdayMismatch['written'], actual, date };
}
