// The clock's side of dates: which calendar day an instant is in Europe/Amsterdam, and the instant
// a day (or a time on it) starts there. Everything else about dates is the domain's date API
// (src/domain/dates/calendar-date.ts), which this module uses for the day's parts.
import { TZDate } from '@date-fns/tz';
import { dayOf, iso, monthOf, yearOf } from './domain/dates/calendar-date.ts';
import { TIMEZONE } from './domain/dates/timezone.ts';
import type { IsoDate } from './domain/dates/types.ts';

function inAmsterdam(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE);
}

/** `digits` of a non-negative whole number, zeros in front (as date-fns' format writes them). */
function padded(n: number, digits: number): string {
  return String(n).padStart(digits, '0');
}

/**
 * "yyyy-MM-dd" of a TZDate's wall-clock day, written as date-fns' format writes it (the year of
 * the era: 1 - y for y <= 0). date-fns' format, with its tokens and its English locale, was a
 * fifth of the code every command loads with this module (issue 28).
 */
function dayText(date: TZDate): string {
  const year = date.getFullYear();
  if (Number.isNaN(year)) throw new RangeError('Invalid time value');
  return iso(year > 0 ? year : 1 - year, date.getMonth() + 1, date.getDate());
}

const HOUR_MS = 3_600_000;
/** The Amsterdam day of each UTC hour asked for lately (bounded: cleared when it holds a few months). */
const dayOfHour = new Map<number, IsoDate>();

/**
 * The calendar day of an instant in Europe/Amsterdam: "today" when given now. Since 1970 Amsterdam
 * is a whole number of hours from UTC (CET, CEST), so every instant of one UTC hour is on the same
 * Amsterdam day: that day is worked out once per hour (a TZDate and a format took 20-30 µs, on
 * every Slack request and for every entry of a TK sync; issue 28). Earlier instants, when
 * Amsterdam was 19 or 20 minutes ahead, are worked out each time.
 */
export function amsterdamDate(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!(ms >= 0)) return dayText(inAmsterdam(instant));
  const hour = Math.floor(ms / HOUR_MS);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    day = dayText(inAmsterdam(hour * HOUR_MS));
    if (dayOfHour.size >= 4096) dayOfHour.clear();
    dayOfHour.set(hour, day);
  }
  return day;
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
  const date = inAmsterdam(instant);
  return `${dayText(date)} ${padded(date.getHours(), 2)}:${padded(date.getMinutes(), 2)}`;
}

/** Waits `ms` milliseconds, or less when `signal` aborts (then it resolves at once, never rejects). */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
