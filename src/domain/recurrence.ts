// Moving a recurring item to its next occurrence.
import { addMonths, addYears } from './dates/calendar-date.ts';
import type { IsoDate } from './dates/types.ts';

/** Parses P1Y / P4Y / P6M / P3M / P1M; null for anything else. */
export function parsePeriod(period: string): { years: number; months: number } | null {
  const m = /^P(?:(\d{1,2})Y)?(?:(\d{1,2})M)?$/.exec(period);
  if (!m || (!m[1] && !m[2])) return null;
  const years = Number(m[1] ?? 0);
  const months = Number(m[2] ?? 0);
  if (years === 0 && months === 0) return null;
  return { years, months };
}

/** The next occurrence of a date with the given period (the period added once). */
export function nextOccurrence(date: IsoDate, period: string): IsoDate | null {
  const p = parsePeriod(period);
  if (!p) return null;
  return addMonths(addYears(date, p.years), p.months);
}
