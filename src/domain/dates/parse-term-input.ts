// parseTermInput: a term typed by a person (Slack, CLI) -> the one expression that sets a deadline.
import { addDays, daysBetween, daysInMonth, yearOf } from './calendar-date.ts';
import type { ParliamentaryCalendar } from './calendar.ts';
import { parseDates } from './parse-dates.ts';
import { negatedBefore } from './roles.ts';
import type { DateExpression, DateNote, IsoDate } from './types.ts';

/**
 * A day that does not exist in what a person typed: `written` as typed ("31 februari 2026");
 * either the month does not exist, or it has only `days` days (`year` null: in any year).
 */
export type ImpossibleDate =
  | { kind: 'no-such-month'; written: string; month: number }
  | { kind: 'no-such-day'; written: string; month: number; year: number | null; days: number };

/**
 * Why a typed term sets no deadline (src/texts/dates.nl.ts words it). `input`: what was typed
 * ('' when nothing was); `text`: the expression that was read; `note`: the date parser's own note on it (a code).
 */
export type TermInputProblem =
  | { code: 'DATE_UNRECOGNISED'; input: string }
  | { code: 'DATE_IMPOSSIBLE'; impossible: ImpossibleDate }
  | { code: 'DATE_NO_DEADLINE'; text: string; relation: DateExpression['relation']; note: DateNote | null }
  /** Every term typed is negated ("niet in april"): none is meant, so none is read. `text`: the first, without its "niet". */
  | { code: 'DATE_NEGATED'; text: string };

export type TermInputProblemCode = TermInputProblem['code'];

export type ParseTermInputResult = { ok: true; expression: DateExpression } | ({ ok: false } & TermInputProblem);

/** A failed parse as the problem alone (without `ok`), for results that carry it. */
export function termProblem(failure: TermInputProblem & { ok: false }): TermInputProblem {
  const { ok: _ok, ...problem } = failure;
  return problem;
}

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1], ['februari', 2], ['feb', 2], ['febr', 2], ['maart', 3], ['mrt', 3], ['april', 4], ['apr', 4],
  ['mei', 5], ['juni', 6], ['jun', 6], ['juli', 7], ['jul', 7], ['augustus', 8], ['aug', 8], ['september', 9], ['sep', 9],
  ['sept', 9], ['oktober', 10], ['okt', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Days a month can have: with a year exactly, without one the most it ever has (29 February). */
function maxDay(month: number, year: number | null): number {
  return year === null ? (month === 2 ? 29 : daysInMonth(2024, month)) : daysInMonth(year, month);
}

/**
 * A day that does not exist in what a person typed ("31 februari 2026", "30-02-2026", "32 maart",
 * "13-13-2026"), so that the date is refused instead of read as a month; null when there is none.
 */
export function impossibleDateIn(text: string): ImpossibleDate | null {
  const lower = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const named = /\b(\d{1,2})(?:e|ste|de)?\s+([a-z]+)\.?(?:\s+(\d{4}))?/g;
  for (let m = named.exec(lower); m; m = named.exec(lower)) {
    const month = MONTH_NUMBERS.get(m[2] as string);
    if (month === undefined) continue;
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    if (day < 1 || day > maxDay(month, year)) return { kind: 'no-such-day', written: m[0].trim(), month, year, days: maxDay(month, year) };
  }
  const numeric = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b|\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
  for (let m = numeric.exec(lower); m; m = numeric.exec(lower)) {
    const [day, month, year] = m[1] ? [Number(m[1]), Number(m[3]), Number(m[4])] : [Number(m[7]), Number(m[6]), Number(m[5])];
    if (month < 1 || month > 12) return { kind: 'no-such-month', written: m[0], month };
    if (day < 1 || day > daysInMonth(year, month)) return { kind: 'no-such-day', written: m[0], month, year, days: daysInMonth(year, month) };
  }
  return null;
}

/** How long ago a past term is: whole years, else months, else days. */
export interface PastSpan {
  amount: number;
  unit: 'year' | 'month' | 'day';
}

/**
 * A term a person typed that lies in the past: how far (to ask before saving it, "Die datum ligt
 * 3 jaar in het verleden; toch opslaan?"), or null when it is not past.
 */
export function pastTermSpan(expression: DateExpression, today: IsoDate): PastSpan | null {
  const deadline = expression.deadline;
  if (deadline === null || deadline >= today) return null;
  const days = daysBetween(deadline, today);
  if (days >= 365) {
    return { amount: Math.max(1, yearOf(today) - yearOf(deadline) - (today.slice(5) < deadline.slice(5) ? 1 : 0)), unit: 'year' };
  }
  if (days >= 31) return { amount: Math.floor(days / 30.44), unit: 'month' };
  return { amount: days, unit: 'day' };
}

function parseWithFallback(text: string, reference: IsoDate, calendar?: ParliamentaryCalendar): DateExpression[] {
  const options = { reference, ...(calendar ? { calendar } : {}) };
  const direct = parseDates(text, options);
  if (direct.length > 0) return direct;
  // A bare period typed by a person ("maart 2026", "zomer", "Q3") reads as "in …".
  const prefixed = parseDates(`in ${text}`, options);
  return prefixed
    .filter((e) => e.end > 3)
    .map((e) => {
      const start = Math.max(0, e.start - 3);
      const end = e.end - 3;
      return { ...e, start, end, text: text.slice(start, end) };
    });
}

/** Days from the reference a person means by a day word ("morgen" is the day after the reference). */
export const DAY_WORDS: Readonly<Record<string, number>> = { eergisteren: -2, gisteren: -1, vandaag: 0, morgen: 1, overmorgen: 2 };

export function parseTermInput(text: string, reference: IsoDate, calendar?: ParliamentaryCalendar): ParseTermInputResult {
  const input = text.trim();
  if (input === '') {
    return { ok: false, code: 'DATE_UNRECOGNISED', input };
  }
  const dayWord = DAY_WORDS[input.toLowerCase()];
  if (dayWord !== undefined) {
    // "morgen": a day, as typed by a person (a document never says it of a term).
    const day = addDays(reference, dayWord);
    const expression: DateExpression = { text: input, start: 0, end: input.length, relation: 'on', earliest: null, deadline: day, precision: 'day', basis: 'explicit', soft: false, recurrence: null };
    return { ok: true, expression };
  }
  const impossible = impossibleDateIn(input);
  if (impossible) return { ok: false, code: 'DATE_IMPOSSIBLE', impossible };
  const exprs = parseWithFallback(input, reference, calendar);
  const withDeadline = exprs.filter((e) => e.deadline !== null && e.relation !== 'until' && e.relation !== 'from');
  // A negated term is not the one meant ("niet in april maar in mei" is May), as in running text; when every term is
  // negated ("niet in april") none is meant: no term, and the answer says why.
  const affirmed = withDeadline.filter((e) => !negatedBefore(input.slice(0, e.start)));
  const first = withDeadline[0];
  if (affirmed.length === 0 && first) return { ok: false, code: 'DATE_NEGATED', text: first.text };
  const usable = affirmed;
  if (usable.length === 0) {
    const read = exprs[0];
    if (read) {
      return { ok: false, code: 'DATE_NO_DEADLINE', text: read.text, relation: read.relation, note: read.note ?? null };
    }
    return { ok: false, code: 'DATE_UNRECOGNISED', input };
  }
  // The expression covering most of the input; on a tie the earliest deadline.
  let best = usable[0] as DateExpression;
  for (const e of usable) {
    const longer = e.end - e.start > best.end - best.start;
    const tie = e.end - e.start === best.end - best.start && (e.deadline as string) < (best.deadline as string);
    if (longer || tie) best = e;
  }
  return { ok: true, expression: best };
}
