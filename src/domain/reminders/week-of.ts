// The week a weekly message belongs to: the Monday of the ISO week.
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { IsoDate } from '../dates/types.ts';

export function weekOf(date: IsoDate): IsoDate {
  return format(startOfISOWeek(parseISO(date)), 'yyyy-MM-dd');
}
