// TEMPORARY stub until the date parser lands.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import type { IsoDate } from '../dates/types.ts';
import type { OverviewItem, OverviewProblem } from './types.ts';

export function resolveDeadlines(
  items: readonly OverviewItem[],
  options: { documentDate: IsoDate; calendar?: ParliamentaryCalendar; fallbackVergaderjaar: string | null },
): { items: OverviewItem[]; problems: OverviewProblem[] } {
  return { items: items.map((item) => ({ ...item, requestReference: options.documentDate })), problems: [] };
}
