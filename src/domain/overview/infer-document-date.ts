// TEMPORARY stub until the date parser lands.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import type { IsoDate } from '../dates/types.ts';
import type { SourceLine } from './normalise-text.ts';

export function inferDocumentDate(
  _lines: readonly SourceLine[],
  _options: { calendar?: ParliamentaryCalendar; today: IsoDate | null },
): { date: IsoDate; text: string; line: number } | null {
  return null;
}
