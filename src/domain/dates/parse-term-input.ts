// parseTermInput: a term typed by a person (Slack, CLI) -> the one expression that sets a deadline.
import type { ParliamentaryCalendar } from './calendar.ts';
import { parseDates } from './parse-dates.ts';
import type { DateExpression, IsoDate } from './types.ts';

export type ParseTermInputResult =
  | { ok: true; expression: DateExpression }
  | { ok: false; code: 'DATE_UNRECOGNISED' | 'DATE_NO_DEADLINE'; message: string };

const EXAMPLES = '"1-7-2026", "eind maart 2026", "voor de zomer van 2026", "Q3 2026" of "uiterlijk 15 september 2026"';

function reasonWithoutDeadline(e: DateExpression): string {
  switch (e.relation) {
    case 'until':
      return 'dat is het einde van een periode, geen termijn';
    case 'from':
      return 'dat is een begindatum, geen termijn';
    case 'after':
      return 'dat zegt alleen wanneer het op zijn vroegst kan';
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
