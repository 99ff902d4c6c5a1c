// Issue 13: parseTermInput returns a code with values (what was typed, the impossible day, the
// relation that gives no deadline) and the past-term check a span; the Dutch is in
// src/texts/dates.nl.ts, word for word what Slack and `motie termijn` answered before.
import { describe, expect, it } from 'vitest';
import { impossibleDateIn, parseTermInput, pastTermSpan, type TermInputProblem, type TermInputProblemCode } from '../../src/domain/dates/parse-term-input.ts';
import { impossibleDateNl, pastTermQuestionNl, TERM_EXAMPLES, TERM_INPUT_TEXT, termInputNl } from '../../src/texts/dates.nl.ts';
import type { DateNote } from '../../src/domain/dates/types.ts';

const TODAY = '2026-01-10';
const EXAMPLES = '"1-7-2026", "eind maart 2026", "voor de zomer van 2026", "Q3 2026" of "uiterlijk 15 september 2026"';

/** Per code: what is typed, the problem parseTermInput returns, and the answer. */
const SAMPLES: { [C in TermInputProblemCode]: [string, TermInputProblem & { code: C }, string] } = {
  DATE_UNRECOGNISED: [
    'ooit   eens',
    { code: 'DATE_UNRECOGNISED', input: 'ooit   eens' },
    `Ik herken geen datum in "ooit eens". Probeer bijvoorbeeld ${EXAMPLES}.`,
  ],
  DATE_IMPOSSIBLE: [
    'uiterlijk 31 februari 2026',
    { code: 'DATE_IMPOSSIBLE', impossible: { kind: 'no-such-day', written: '31 februari 2026', month: 2, year: 2026, days: 28 } },
    `"31 februari 2026" bestaat niet: februari 2026 heeft 28 dagen. Controleer de datum, bijvoorbeeld ${EXAMPLES}.`,
  ],
  DATE_NEGATED: [
    'niet in april',
    { code: 'DATE_NEGATED', text: 'in april' },
    `Geen termijn: "in april" staat er met "niet" ervoor, en dat is juist niet de termijn. Geef de datum waarop de Kamer wél uiterlijk geïnformeerd moet zijn, bijvoorbeeld ${EXAMPLES}.`,
  ],
  DATE_NO_DEADLINE: [
    'niet voor 1 mei 2026',
    { code: 'DATE_NO_DEADLINE', text: 'niet voor 1 mei 2026', relation: 'after', note: { code: 'NOT_BEFORE' } },
    `"niet voor 1 mei 2026" geeft geen termijn: dat is een vroegste datum (wanneer het op zijn vroegst kan), geen termijn. Geef een datum waarop de Kamer uiterlijk geïnformeerd moet zijn, bijvoorbeeld ${EXAMPLES}.`,
  ],
};

describe('answers to a typed term that sets no deadline', () => {
  it.each(Object.keys(TERM_INPUT_TEXT).map((code) => [code as TermInputProblemCode]))('%s: a code with values, and its Dutch answer', (code) => {
    const [typed, problem, answer] = SAMPLES[code];
    const parsed = parseTermInput(typed, TODAY);
    expect(parsed).toEqual({ ok: false, ...problem });
    expect(termInputNl(problem)).toBe(answer);
  });

  it('every code has a sample and an answer', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(TERM_INPUT_TEXT).sort());
    expect(TERM_EXAMPLES).toBe(EXAMPLES);
  });

  it('asks for a term when nothing was typed, and quotes a long input short', () => {
    expect(termInputNl({ code: 'DATE_UNRECOGNISED', input: '' })).toBe(`Geef een termijn op, bijvoorbeeld ${EXAMPLES}.`);
    const long = termInputNl({ code: 'DATE_UNRECOGNISED', input: 'x'.repeat(100) });
    expect(long).toContain(`"${'x'.repeat(59)}…"`);
  });

  it('names why each relation gives no deadline', () => {
    const reason = (relation: 'until' | 'from' | 'recurring' | 'within', note: DateNote | null = null) =>
      termInputNl({ code: 'DATE_NO_DEADLINE', text: 'X', relation, note });
    expect(reason('until')).toContain('"X" geeft geen termijn: dat is het einde van een periode, geen termijn.');
    expect(reason('from')).toContain(': dat is een begindatum, geen termijn.');
    expect(reason('recurring')).toContain(': er is geen eerstvolgende datum.');
    expect(reason('within', { code: 'DEPENDS_ON_EVENT', event: 'inwerkingtreding' })).toContain(': hangt af van inwerkingtreding.');
    expect(reason('within')).toContain(': de datum hangt af van een gebeurtenis.');
  });

  it('a month that does not exist', () => {
    const impossible = impossibleDateIn('13-13-2026');
    expect(impossible).toEqual({ kind: 'no-such-month', written: '13-13-2026', month: 13 });
    expect(impossible && impossibleDateNl(impossible)).toBe('"13-13-2026" bestaat niet: er is geen maand 13.');
    const noYear = impossibleDateIn('32 maart');
    expect(noYear && impossibleDateNl(noYear)).toBe('"32 maart" bestaat niet: maart heeft 31 dagen.');
  });
});

describe('the question before saving a past term', () => {
  it.each([
    ['1 januari 2023', { amount: 3, unit: 'year' }, 'Die datum ligt 3 jaar in het verleden; toch opslaan?'],
    ['1 december 2024', { amount: 1, unit: 'year' }, 'Die datum ligt 1 jaar in het verleden; toch opslaan?'],
    ['1 oktober 2025', { amount: 3, unit: 'month' }, 'Die datum ligt 3 maanden in het verleden; toch opslaan?'],
    ['1 december 2025', { amount: 1, unit: 'month' }, 'Die datum ligt 1 maand in het verleden; toch opslaan?'],
    ['9 januari 2026', { amount: 1, unit: 'day' }, 'Die datum ligt 1 dag in het verleden; toch opslaan?'],
  ] as const)('%s', (typed, span, question) => {
    const parsed = parseTermInput(typed, TODAY);
    if (!parsed.ok) throw new Error(parsed.code);
    expect(pastTermSpan(parsed.expression, TODAY)).toEqual(span);
    expect(pastTermQuestionNl(span)).toBe(question);
  });
});
