// Turning an instant into the calendar date in Europe/Amsterdam. The domain only sees dates.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { TIMEZONE } from './config.ts';

export function amsterdamDate(instant: Date | number): string {
  return format(new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE), 'yyyy-MM-dd');
}

/** "YYYY-MM-DD HH:mm" in Europe/Amsterdam, for people. */
export function amsterdamDateTime(instant: Date | number): string {
  return format(new TZDate(typeof instant === 'number' ? instant : instant.getTime(), TIMEZONE), 'yyyy-MM-dd HH:mm');
}
