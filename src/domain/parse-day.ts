// One day typed by a person in a flag or a field (--document-date, --ref, --at): ISO, Dutch order
// ("15-4-2025", "15/04/2025"), written out ("15 april 2025"), or a day word ("vandaag", "morgen").
// Pure: today is an argument.
import { addDays } from './dates/calendar-date.ts';
import { DAY_WORDS } from './dates/parse-term-input.ts';
import type { IsoDate } from './dates/types.ts';
import { parseDateCell } from '../import/layouts/read/values.ts';

/** A day this many years after today is a typo (a two-digit "99" read as 2099), not a day in a flag. */
const MAX_YEARS_AHEAD = 10;

/** The day `text` names, or null when it names no (real) day or one implausibly far ahead. */
export function parseDay(text: string, today: IsoDate): IsoDate | null {
  const input = text.trim();
  const offset = DAY_WORDS[input.toLowerCase()];
  if (offset !== undefined) return addDays(today, offset);
  const day = parseDateCell(input);
  if (day === null) return null;
  return Number(day.slice(0, 4)) - Number(today.slice(0, 4)) > MAX_YEARS_AHEAD ? null : day;
}
