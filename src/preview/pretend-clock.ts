// "Doe alsof het vandaag is": the preview's clock. Without a pretend date it is the real clock;
// with one it is that day in Europe/Amsterdam at the real time of day, so a person sees the bot's
// listeners and jobs behave as on that day.
import { amsterdamDate, sameTimeOnDay } from '../clock.ts';
import { isIsoDate, yearOf } from '../domain/dates/calendar-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';

export interface PretendClock {
  now: () => Date;
  /** The pretend day, or null for the real one. */
  date: () => IsoDate | null;
  /** Sets the pretend day (null: back to the real one). Returns false for an invalid date. */
  set: (date: IsoDate | null) => boolean;
}

/** A day one can pretend it is: an existing date from 1990 to 2100. */
export function isPretendDate(value: unknown): value is IsoDate {
  return isIsoDate(value) && yearOf(value) >= 1990 && yearOf(value) <= 2100;
}

/** `day` in Amsterdam at the Amsterdam time of day of `real`. */
export function onDay(day: IsoDate, real: Date): Date {
  return new Date(sameTimeOnDay(day, real));
}

export function createPretendClock(realNow: () => Date = () => new Date()): PretendClock {
  let pretend: IsoDate | null = null;
  return {
    now: () => (pretend ? onDay(pretend, realNow()) : realNow()),
    date: () => pretend,
    set: (date) => {
      if (date !== null && !isPretendDate(date)) return false;
      pretend = date === null || date === amsterdamDate(realNow()) ? null : date;
      return true;
    },
  };
}
