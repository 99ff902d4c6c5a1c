// A weekday written before a date that does not fit it ("vrijdag 14 maart 2026": the 14th is a Saturday). The date
// counts, never the weekday (DATES.md: a weekday may stand before the date); this only notices the slip, so that
// `motie datum --uitleg` can say so and a person can check the source.
import { addDays, dayOf as dayOfMonth, weekdayOf } from './calendar-date.ts';
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
const WEEKDAY_BEFORE_DAY = new RegExp(`\\b(${WEEKDAY_NAMES_NL.join('|')}),?\\s+(\\d{1,2})(?:e|ste|de)?\\s+[a-z]`, 'i');

/**
 * The day the weekday stands before: of the days the expression holds (its deadline, its first day, the day before that
 * for "na", the day after its deadline for an exclusive end), the one with the day number written after the weekday. A
 * range's or week's first weekday names its first day ("van maandag 2 juni tot en met vrijdag 6 juni", "in de week van
 * maandag 2 juni"), "na vrijdag 6 juni" the 6th, not the 7th its term starts on (review 13). Null when none has it.
 */
function namedDay(expression: DateExpression, day: number): IsoDate | null {
  if (expression.precision !== 'day') return null;
  const { deadline, earliest } = expression;
  const candidates = [deadline, earliest, earliest === null ? null : addDays(earliest, -1), deadline === null ? null : addDays(deadline, 1)];
  return candidates.find((date): date is IsoDate => date !== null && dayOfMonth(date) === day) ?? null;
}

/** The weekday written before the expression's date when it is not that date's weekday; null when it fits or none is written. */
export function weekdayMismatch(expression: DateExpression): WeekdayMismatch | null {
  const found = WEEKDAY_BEFORE_DAY.exec(expression.text);
  const written = found?.[1]?.toLowerCase();
  if (written === undefined) return null;
  const date = namedDay(expression, Number(found?.[2]));
  if (date === null) return null;
  const actual = WEEKDAY_NAMES_NL[weekdayOf(date)];
  if (actual === undefined || actual === written) return null;
  return { written: written as WeekdayMismatch['written'], actual, date };
}
