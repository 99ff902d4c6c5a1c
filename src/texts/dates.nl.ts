// A term a person typed, in Dutch: why it sets no deadline (one sentence per code the date parser's
// parseTermInput returns), a day that does not exist, and the question before saving a past term.
import type { ImpossibleDate, PastSpan, TermInputProblem, TermInputProblemCode } from '../domain/dates/parse-term-input.ts';
import type { DateExpression, DateNote } from '../domain/dates/types.ts';
import { dateNoteNl } from './date-notes.nl.ts';

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The terms people can type, as examples in every refusal. */
export const TERM_EXAMPLES = '"1-7-2026", "eind maart 2026", "voor de zomer van 2026", "Q3 2026" of "uiterlijk 15 september 2026"';

/** What a person typed, quoted back without flooding the answer. */
function quote(input: string): string {
  const clean = input.replace(/\s+/g, ' ');
  return clean.length > 60 ? `${clean.slice(0, 59)}…` : clean;
}

/** "\"31 februari 2026\" bestaat niet: februari 2026 heeft 28 dagen." */
export function impossibleDateNl(impossible: ImpossibleDate): string {
  if (impossible.kind === 'no-such-month') return `"${impossible.written}" bestaat niet: er is geen maand ${impossible.month}.`;
  const month = MONTH_NAMES[impossible.month - 1] ?? '';
  return `"${impossible.written}" bestaat niet: ${month}${impossible.year === null ? '' : ` ${impossible.year}`} heeft ${impossible.days} dagen.`;
}

/** Why an expression that was read gives no deadline. */
function reasonWithoutDeadline(relation: DateExpression['relation'], note: DateNote | null): string {
  switch (relation) {
    case 'until':
      return 'dat is het einde van een periode, geen termijn';
    case 'from':
      return 'dat is een begindatum, geen termijn';
    case 'after':
      return 'dat is een vroegste datum (wanneer het op zijn vroegst kan), geen termijn';
    case 'recurring':
      return 'er is geen eerstvolgende datum';
    default:
      return note ? dateNoteNl(note) : 'de datum hangt af van een gebeurtenis';
  }
}

type Sentences = { [C in TermInputProblemCode]: (problem: TermInputProblem & { code: C }) => string };

/** One answer per reason a typed term sets no deadline (the type makes the table complete). */
export const TERM_INPUT_TEXT: Sentences = {
  DATE_UNRECOGNISED: (p) =>
    p.input.trim() === ''
      ? `Geef een termijn op, bijvoorbeeld ${TERM_EXAMPLES}.`
      : `Ik herken geen datum in "${quote(p.input.trim())}". Probeer bijvoorbeeld ${TERM_EXAMPLES}.`,
  DATE_IMPOSSIBLE: (p) => `${impossibleDateNl(p.impossible)} Controleer de datum, bijvoorbeeld ${TERM_EXAMPLES}.`,
  DATE_NEGATED: (p) =>
    `Geen termijn: "${p.text}" staat er met "niet" ervoor, en dat is juist niet de termijn. Geef de datum waarop de Kamer wél uiterlijk geïnformeerd moet zijn, bijvoorbeeld ${TERM_EXAMPLES}.`,
  DATE_NO_DEADLINE: (p) =>
    `"${p.text}" geeft geen termijn: ${reasonWithoutDeadline(p.relation, p.note)}. Geef een datum waarop de Kamer uiterlijk geïnformeerd moet zijn, bijvoorbeeld ${TERM_EXAMPLES}.`,
};

/** The answer to a typed term that sets no deadline. */
export function termInputNl(problem: TermInputProblem): string {
  const sentence = TERM_INPUT_TEXT[problem.code] as (p: TermInputProblem) => string;
  return sentence(problem);
}

const SPAN_UNIT: Record<PastSpan['unit'], [one: string, more: string]> = {
  year: ['jaar', 'jaar'],
  month: ['maand', 'maanden'],
  day: ['dag', 'dagen'],
};

/** "3 jaar", "1 dag": how far a past term lies back. */
export function pastSpanNl(span: PastSpan): string {
  const [one, more] = SPAN_UNIT[span.unit];
  return `${span.amount} ${span.amount === 1 ? one : more}`;
}

/** "Die datum ligt 3 jaar in het verleden; toch opslaan?" */
export function pastTermQuestionNl(span: PastSpan): string {
  return `Die datum ligt ${pastSpanNl(span)} in het verleden; toch opslaan?`;
}
