// The week a weekly message belongs to: the Monday of the ISO week.
import { format, parseISO, startOfISOWeek } from 'date-fns';
import type { IsoDate } from '../dates/types.ts';

export function weekOf(date: IsoDate): IsoDate {
  return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
}
