// One day typed by a person in a flag or a field (--document-date, --ref, --at): ISO, Dutch order
// ("15-4-2025", "15/04/2025"), written out ("15 april 2025"), or a day word ("vandaag", "morgen").
// Pure: today is an argument.
import { addDays } from './dates/calendar-date.ts';
import { DAY_WORDS } from './dates/parse-term-input.ts';
import type { IsoDate } from './dates/types.ts';
import { parseDateCell } from './layouts/values.ts';

/** The day `text` names, or null when it names no (real) day. */
export function parseDay(text: string, today: IsoDate): IsoDate | null {
  const input = text.trim();
  const offset = DAY_WORDS[input.toLowerCase()];
  if (offset !== undefined) return addDays(today, offset);
  return parseDateCell(input);
}
