// parseTermInput: a term typed by a person (Slack, CLI) -> the one expression that sets a deadline.
import { daysBetween, daysInMonth, yearOf } from './calendar-date.ts';
import type { ParliamentaryCalendar } from './calendar.ts';
import { parseDates } from './parse-dates.ts';
import type { DateExpression, IsoDate } from './types.ts';

export type ParseTermInputResult =
  | { ok: true; expression: DateExpression }
  | { ok: false; code: 'DATE_UNRECOGNISED' | 'DATE_NO_DEADLINE' | 'DATE_IMPOSSIBLE'; message: string };

const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['januari', 1], ['jan', 1], ['februari', 2], ['feb', 2], ['febr', 2], ['maart', 3], ['mrt', 3], ['april', 4], ['apr', 4],
  ['mei', 5], ['juni', 6], ['jun', 6], ['juli', 7], ['jul', 7], ['augustus', 8], ['aug', 8], ['september', 9], ['sep', 9],
  ['sept', 9], ['oktober', 10], ['okt', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
const MONTH_LABEL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** Days a month can have: with a year exactly, without one the most it ever has (29 February). */
function maxDay(month: number, year: number | null): number {
  return year === null ? (month === 2 ? 29 : daysInMonth(2024, month)) : daysInMonth(year, month);
}

function monthDays(month: number, year: number | null): string {
  const days = maxDay(month, year);
  return `${MONTH_LABEL[month - 1] ?? ''}${year === null ? '' : ` ${year}`} heeft ${days} dagen`;
}

/**
 * A day that does not exist in what a person typed ("31 februari 2026", "30-02-2026", "32 maart",
 * "13-13-2026"): a Dutch explanation, so that the date is refused instead of read as a month.
 */
export function impossibleDateIn(text: string): string | null {
  const lower = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const named = /\b(\d{1,2})(?:e|ste|de)?\s+([a-z]+)\.?(?:\s+(\d{4}))?/g;
  for (let m = named.exec(lower); m; m = named.exec(lower)) {
    const month = MONTH_NUMBERS.get(m[2] as string);
    if (month === undefined) continue;
    const day = Number(m[1]);
    const year = m[3] ? Number(m[3]) : null;
    if (day < 1 || day > maxDay(month, year)) return `"${m[0].trim()}" bestaat niet: ${monthDays(month, year)}.`;
  }
  const numeric = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b|\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
  for (let m = numeric.exec(lower); m; m = numeric.exec(lower)) {
    const [day, month, year] = m[1] ? [Number(m[1]), Number(m[3]), Number(m[4])] : [Number(m[7]), Number(m[6]), Number(m[5])];
    if (month < 1 || month > 12) return `"${m[0]}" bestaat niet: er is geen maand ${month}.`;
    if (day < 1 || day > daysInMonth(year, month)) return `"${m[0]}" bestaat niet: ${monthDays(month, year)}.`;
  }
  return null;
}

/**
 * A term a person typed that lies in the past: the question to ask before saving it
 * ("Die datum ligt 3 jaar in het verleden; toch opslaan?"), or null when it is not past.
 */
export function pastTermQuestion(expression: DateExpression, today: IsoDate): string | null {
  const deadline = expression.deadline;
  if (deadline === null || deadline >= today) return null;
  const days = daysBetween(deadline, today);
  let span: string;
  if (days >= 365) {
    const years = Math.max(1, yearOf(today) - yearOf(deadline) - (today.slice(5) < deadline.slice(5) ? 1 : 0));
    span = `${years} jaar`;
  } else if (days >= 31) {
    const months = Math.floor(days / 30.44);
    span = `${months} ${months === 1 ? 'maand' : 'maanden'}`;
  } else span = `${days} ${days === 1 ? 'dag' : 'dagen'}`;
  return `Die datum ligt ${span} in het verleden; toch opslaan?`;
}

const EXAMPLES = '"1-7-2026", "eind maart 2026", "voor de zomer van 2026", "Q3 2026" of "uiterlijk 15 september 2026"';

function reasonWithoutDeadline(e: DateExpression): string {
  switch (e.relation) {
    case 'until':
      return 'dat is het einde van een periode, geen termijn';
    case 'from':
      return 'dat is een begindatum, geen termijn';
    case 'after':
      return 'dat is een vroegste datum (wanneer het op zijn vroegst kan), geen termijn';
    case 'recurring':
      return 'er is geen eerstvolgende datum';
    default:
      return e.note ?? 'de datum hangt af van een gebeurtenis';
  }
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

/** What a person typed, quoted back without flooding the answer. */
function quote(input: string): string {
  const clean = input.replace(/\s+/g, ' ');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

export function parseTermInput(text: string, reference: IsoDate, calendar?: ParliamentaryCalendar): ParseTermInputResult {
  const input = text.trim();
  if (input === '') {
    return { ok: false, code: 'DATE_UNRECOGNISED', message: `Geef een termijn op, bijvoorbeeld ${EXAMPLES}.` };
  }
  const impossible = impossibleDateIn(input);
  if (impossible) return { ok: false, code: 'DATE_IMPOSSIBLE', message: `${impossible} Controleer de datum, bijvoorbeeld ${EXAMPLES}.` };
  const exprs = parseWithFallback(input, reference, calendar);
  const usable = exprs.filter((e) => e.deadline !== null && e.relation !== 'until' && e.relation !== 'from');
  if (usable.length === 0) {
    const first = exprs[0];
    if (first) {
      return {
        ok: false,
        code: 'DATE_NO_DEADLINE',
        message: `"${first.text}" geeft geen termijn: ${reasonWithoutDeadline(first)}. Geef een datum waarop de Kamer uiterlijk geïnformeerd moet zijn, bijvoorbeeld ${EXAMPLES}.`,
      };
    }
    return { ok: false, code: 'DATE_UNRECOGNISED', message: `Ik herken geen datum in "${quote(input)}". Probeer bijvoorbeeld ${EXAMPLES}.` };
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
