// The clock's side of dates: which calendar day an instant is in Europe/Amsterdam, and the instant
// a day (or a time on it) starts there. Everything else about dates is the domain's date API
// (src/domain/dates/calendar-date.ts), which this module uses for the day's parts.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { dayOf, monthOf, yearOf } from './domain/dates/calendar-date.ts';
import { TIMEZONE } from './domain/dates/timezone.ts';
import type { IsoDate } from './domain/dates/types.ts';

function inAmsterdam(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE);
}

/** The calendar day of an instant in Europe/Amsterdam: "today" when given now. */
export function amsterdamDate(instant: Date | number): IsoDate {
  return format(inAmsterdam(instant), 'yyyy-MM-dd');
}

/** The instant (ms UTC) of a wall-clock time on a calendar day in Europe/Amsterdam. */
export function amsterdamInstant(date: IsoDate, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  return new TZDate(yearOf(date), monthOf(date) - 1, dayOf(date), hours, minutes, seconds, ms, TIMEZONE).getTime();
}

/** The instant (ms UTC) at which a calendar day starts in Europe/Amsterdam. */
export function amsterdamMidnight(date: IsoDate): number {
  return amsterdamInstant(date);
}

/** The same Amsterdam time of day as `instant`, on another calendar day (across DST). */
export function sameTimeOnDay(date: IsoDate, instant: Date | number): number {
  const here = inAmsterdam(instant);
  return amsterdamInstant(date, here.getHours(), here.getMinutes(), here.getSeconds(), here.getMilliseconds());
}

/** "YYYY-MM-DD HH:mm" in Europe/Amsterdam, for people. */
export function amsterdamDateTime(instant: Date | number): string {
  return format(inAmsterdam(instant), 'yyyy-MM-dd HH:mm');
}
