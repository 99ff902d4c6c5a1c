// "Doe alsof het vandaag is": the preview's clock. Without a pretend date it is the real clock;
// with one it is that day in Europe/Amsterdam at the real time of day, so a person sees the bot's
// listeners and jobs behave as on that day.
import { TZDate } from '@date-fns/tz';
import { amsterdamDate } from '../clock.ts';
import { TIMEZONE } from '../domain/dates/timezone.ts';
import type { IsoDate } from '../domain/dates/types.ts';

export interface PretendClock {
  now: () => Date;
  /** The pretend day, or null for the real one. */
  date: () => IsoDate | null;
  /** Sets the pretend day (null: back to the real one). Returns false for an invalid date. */
  set: (date: IsoDate | null) => boolean;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `day` in Amsterdam at the Amsterdam time of day of `real`. */
export function onDay(day: IsoDate, real: Date): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const here = new TZDate(real.getTime(), TIMEZONE);
  const at = new TZDate(y, m - 1, d, here.getHours(), here.getMinutes(), here.getSeconds(), here.getMilliseconds(), TIMEZONE);
  return new Date(at.getTime());
}

export function createPretendClock(realNow: () => Date = () => new Date()): PretendClock {
  let pretend: IsoDate | null = null;
  return {
    now: () => (pretend ? onDay(pretend, realNow()) : realNow()),
    date: () => pretend,
    set: (date) => {
      if (date !== null && !isIsoDate(date)) return false;
      pretend = date === null || date === amsterdamDate(realNow()) ? null : date;
      return true;
    },
  };
}
