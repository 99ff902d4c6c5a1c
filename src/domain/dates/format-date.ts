// Dutch date formatting: "donderdag 3 juli 2025" / "3 juli 2025".
import { dayOf, monthOf, weekdayOf, yearOf } from './calendar-date.ts';
import type { IsoDate } from './types.ts';
import { MONTH_NAMES_NL, WEEKDAY_NAMES_NL } from './vocabulary.ts';

export function formatDateNl(iso: IsoDate, opts: { weekday?: boolean } = {}): string {
  const text = `${dayOf(iso)} ${MONTH_NAMES_NL[monthOf(iso) - 1] ?? ''} ${yearOf(iso)}`;
  return opts.weekday ? `${WEEKDAY_NAMES_NL[weekdayOf(iso)] ?? ''} ${text}` : text;
}
