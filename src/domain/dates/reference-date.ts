// Reference dates from a vergaderjaar: "Kamerstukken II 2022/23" -> 1 March 2023 (docs/DATES.md).
import { iso } from './calendar-date.ts';
import type { IsoDate } from './types.ts';

const VERGADERJAAR_RE = /(\d{2,4})\s*[/\u2013-]\s*(\d{2,4})/;
const SINGLE_YEAR_RE = /\b(\d{4})\b/;

/**
 * 1 March of the vergaderjaar's second year, or null when no vergaderjaar can be read.
 * Tolerates "2022/23", "2023-24", "2023/2024" and typos such as "202/25" (the second year wins).
 */
export function tryReferenceFromVergaderjaar(vj: string): IsoDate | null {
  const m = VERGADERJAAR_RE.exec(vj);
  if (m) {
    const first = m[1] as string;
    const second = m[2] as string;
    let year: number | null = null;
    if (second.length === 4) year = Number(second);
    else if (second.length === 2) {
      const century = first.length === 4 ? Math.floor(Number(first) / 100) * 100 : 2000;
      year = century + Number(second);
      // "1999/00" crosses a century.
      if (first.length === 4 && year <= Number(first)) year += 100;
    } else if (first.length === 4) year = Number(first) + 1;
    if (year !== null && year >= 1900 && year <= 2100) return iso(year, 3, 1);
  }
  const single = SINGLE_YEAR_RE.exec(vj);
  if (single) {
    const year = Number(single[1]) + 1;
    if (year >= 1900 && year <= 2100) return iso(year, 3, 1);
  }
  return null;
}

/**
 * 1 March of the vergaderjaar's second year: "2022/23" -> "2023-03-01". Throws a RangeError
 * when the text holds no vergaderjaar at all; use tryReferenceFromVergaderjaar for untrusted input.
 */
export function referenceFromVergaderjaar(vj: string): IsoDate {
  const ref = tryReferenceFromVergaderjaar(vj);
  if (ref === null) throw new RangeError(`No vergaderjaar in "${vj}"`);
  return ref;
}
