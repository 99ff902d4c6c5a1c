// Turning an instant into the calendar date in Europe/Amsterdam. The domain only sees dates.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { TIMEZONE } from './domain/dates/timezone.ts';

export function amsterdamDate(instant: Date | number): string {
  return format(new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE), 'yyyy-MM-dd');
}

/** The instant (ms UTC) at which a calendar day starts in Europe/Amsterdam. */
export function amsterdamMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, TIMEZONE).getTime();
}

/** "YYYY-MM-DD HH:mm" in Europe/Amsterdam, for people. */
export function amsterdamDateTime(instant: Date | number): string {
  return format(new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE), 'yyyy-MM-dd HH:mm');
}
