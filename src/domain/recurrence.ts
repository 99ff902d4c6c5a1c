// Moving a recurring item to its next occurrence.
import { addMonths, addYears } from './dates/calendar-date.ts';
import type { IsoDate } from './dates/types.ts';
import type { Item, ItemDeadline } from './items.ts';

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

/**
 * What marking an item done does: a recurring item with a deadline stays open and moves to its next
 * occurrence (earliest date and deadline each one period on); any other item is done.
 */
export function whenDone(item: Pick<Item, 'recurrence' | 'deadline'>): { kind: 'done' } | { kind: 'next'; deadline: ItemDeadline; movedTo: IsoDate } {
  const { recurrence, deadline } = item;
  const next = recurrence && deadline?.deadline ? nextOccurrence(deadline.deadline, recurrence) : null;
  if (!recurrence || !deadline || !next) return { kind: 'done' };
  const earliest = deadline.earliest ? nextOccurrence(deadline.earliest, recurrence) : null;
  return { kind: 'next', deadline: { ...deadline, earliest, deadline: next }, movedTo: next };
}
