// Punctuality per bewindspersoon code: of the items informed (done) in the last twelve months, how
// many on time, how many late, and the median delay of the late ones. Pure: the informing date of
// each item (a calendar date in Amsterdam) and today are arguments.
import { addMonths, dayNumber } from './dates/calendar-date.ts';
import type { IsoDate } from './dates/types.ts';

export interface InformedItem {
  codes: readonly string[];
  /** The deadline date the item had when it was done. */
  deadline: IsoDate;
  /** The day the Kamer was informed (the item marked done). */
  informedOn: IsoDate;
}

export interface Punctuality {
  code: string;
  onTime: number;
  late: number;
  /** Median delay in days of the late items; null when none was late. */
  medianDelayDays: number | null;
}

/** The first day of the twelve-month window that ends on `today`. */
export function punctualitySince(today: IsoDate): IsoDate {
  return addMonths(today, -12);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : Math.round(((sorted[mid - 1] ?? upper) + upper) / 2);
}

/** Per code (sorted), over the items informed after `punctualitySince(today)` and not after today. */
export function computePunctuality(items: readonly InformedItem[], today: IsoDate): Punctuality[] {
  const since = punctualitySince(today);
  const byCode = new Map<string, { onTime: number; delays: number[] }>();
  for (const item of items) {
    if (item.informedOn <= since || item.informedOn > today) continue;
    const delay = dayNumber(item.informedOn) - dayNumber(item.deadline);
    for (const code of new Set(item.codes)) {
      let entry = byCode.get(code);
      if (!entry) byCode.set(code, (entry = { onTime: 0, delays: [] }));
      if (delay <= 0) entry.onTime += 1;
      else entry.delays.push(delay);
    }
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, e]) => ({ code, onTime: e.onTime, late: e.delays.length, medianDelayDays: median(e.delays) }));
}
