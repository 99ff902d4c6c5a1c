// What a person types as a term: impossible days refused (never read as their month), "niet
// voor" refused as a term, and a term in the past turned into a question.
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { impossibleDateIn, parseTermInput, pastTermSpan } from '../../../src/domain/dates/parse-term-input.ts';
import { impossibleDateNl, pastTermQuestionNl, termInputNl } from '../../../src/texts/dates.nl.ts';

const TODAY = '2026-01-10';

describe('impossible dates', () => {
  it.each([
    ['31 februari 2026', '"31 februari 2026" bestaat niet: februari 2026 heeft 28 dagen.'],
    ['30-02-2026', '"30-02-2026" bestaat niet: februari 2026 heeft 28 dagen.'],
    ['32 maart', '"32 maart" bestaat niet: maart heeft 31 dagen.'],
    ['31 april 2026', '"31 april 2026" bestaat niet: april 2026 heeft 30 dagen.'],
    ['uiterlijk 29 februari 2027', '"29 februari 2027" bestaat niet: februari 2027 heeft 28 dagen.'],
    ['2026-02-30', '"2026-02-30" bestaat niet: februari 2026 heeft 28 dagen.'],
    ['13-13-2026', '"13-13-2026" bestaat niet: er is geen maand 13.'],
  ])('%s is refused with a Dutch reason', (typed, reason) => {
    const impossible = impossibleDateIn(typed);
    expect(impossible && impossibleDateNl(impossible)).toBe(reason);
    const parsed = parseTermInput(typed, TODAY);
    expect(parsed).toMatchObject({ ok: false, code: 'DATE_IMPOSSIBLE' });
    expect(parsed.ok ? '' : termInputNl(parsed)).toContain(reason);
  });

  it.each(['29 februari 2028', '29 februari', '31 maart 2026', '30-04-2026', '2026-12-31', 'Q1 2026', 'artikel 32 van de wet'])('%s is possible', (typed) => {
    expect(impossibleDateIn(typed)).toBeNull();
  });

  it('is never rounded to its month in running text', () => {
    expect(parseDates('De Kamer wordt uiterlijk 31 februari 2026 geïnformeerd.', { reference: TODAY })).toEqual([]);
    expect(parseDates('De Kamer wordt uiterlijk februari 2026 geïnformeerd.', { reference: TODAY }).map((e) => e.deadline)).toEqual(['2026-02-28']);
  });
});

describe('"niet voor" as a typed term', () => {
  it.each(['niet voor 1 mei 2026', 'niet eerder dan 1 mei 2026', 'niet vóór 1 mei 2026'])('%s is refused: an earliest date is no term', (typed) => {
    const parsed = parseTermInput(typed, TODAY);
    expect(parsed).toMatchObject({ ok: false, code: 'DATE_NO_DEADLINE' });
    expect(parsed.ok ? '' : termInputNl(parsed)).toContain('vroegste datum');
  });

  it('while "voor 1 mei 2026" is a term', () => {
    expect(parseTermInput('voor 1 mei 2026', TODAY)).toMatchObject({ ok: true, expression: { deadline: '2026-05-01' } });
  });
});

describe('a term in the past asks for confirmation', () => {
  const question = (typed: string) => {
    const parsed = parseTermInput(typed, TODAY);
    if (!parsed.ok) throw new Error(termInputNl(parsed));
    const span = pastTermSpan(parsed.expression, TODAY);
    return span && pastTermQuestionNl(span);
  };

  it.each([
    ['1 januari 2023', 'Die datum ligt 3 jaar in het verleden; toch opslaan?'],
    ['1 oktober 2025', 'Die datum ligt 3 maanden in het verleden; toch opslaan?'],
    ['1 januari 2026', 'Die datum ligt 9 dagen in het verleden; toch opslaan?'],
    ['9 januari 2026', 'Die datum ligt 1 dag in het verleden; toch opslaan?'],
  ])('%s', (typed, expected) => {
    expect(question(typed)).toBe(expected);
  });

  it.each(['10 januari 2026', 'eind maart 2026', 'voor de zomer'])('%s (today or later) asks nothing', (typed) => {
    expect(question(typed)).toBeNull();
  });
});
