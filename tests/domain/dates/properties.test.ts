import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/domain/dates/calendar-date.ts';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import type { DateExpression } from '../../../src/domain/dates/types.ts';
import { MONTH_NAMES_NL } from '../../../src/domain/dates/vocabulary.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const refArb = fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => isoOf(y, m, d));

/** Fragments that exercise the grammar: relation words, cores, numbers, punctuation, PDF breaks. */
const FRAGMENTS = [
  'voor', 'vóór', 'uiterlijk', 'op', 'in', 'na', 'tot', 'tot en met', 't/m', 'per', 'vanaf', 'rond', 'bij', 'met', 'binnen',
  'over', 'tussen', 'en', 'van', 'de', 'het', 'dit', 'deze', 'volgend', 'komend', 'vorig', 'jaar', 'jaarlijks', 'elk', 'om',
  'begin', 'medio', 'eind', 'einde', 'halverwege', 'zomer', 'najaar', 'voorjaar', 'winter', 'lente', 'herfst', 'zomerreces',
  'kerstreces', 'meireces', 'Prinsjesdag', 'Voorjaarsnota', 'begroting', 'begrotingsbehandeling', 'debat', 'OCW', 'Q1', 'K4',
  'eerste', 'tweede', 'kwartaal', 'helft', 'maand', 'maanden', 'weken', 'dagen', 'drie', 'een', 'zo', 'spoedig', 'mogelijk',
  'z.s.m.', 'direct', 'jaarwisseling', 'periode', 'eerstvolgende', '(', ')', ',', '.', '-', '/', '-\n', '\n', ' ',
  'januari', 'februari', 'juni', 'juli', 'sept.', 'jan', 'mei', 'maandag', '1', '15', '29', '31', '2', '12', '2023',
  '2024', '2025', '2099', '1900', '2022/23', '2023-24', '1-7-2025', '2025-07-01', '36 200', 'nr.',
];

const dutchish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }).map((parts) => parts.join(' '));

function checkInvariants(input: string, found: DateExpression[]): void {
  let previousEnd = 0;
  for (const e of found) {
    expect(e.start).toBeGreaterThanOrEqual(previousEnd);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.text).toBe(input.slice(e.start, e.end));
    previousEnd = e.end;
    if (e.earliest !== null) expect(isIsoDate(e.earliest)).toBe(true);
    if (e.deadline !== null) expect(isIsoDate(e.deadline)).toBe(true);
    if (e.earliest !== null && e.deadline !== null) expect(e.earliest <= e.deadline).toBe(true);
    if (e.recurrence) expect(e.relation).toBe('recurring');
  }
}

describe('parseDates properties', () => {
  it('never throws and gives valid spans on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), refArb, (input, ref) => {
        checkInvariants(input, parseDates(input, { reference: ref }));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), refArb, (input, ref) => {
        checkInvariants(input, parseDates(input, { reference: ref }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps earliest <= deadline and valid spans on Dutch-like word salad', () => {
    fc.assert(
      fc.property(dutchish, refArb, (input, ref) => {
        checkInvariants(input, parseDates(input, { reference: ref }));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds something in the salad often enough for the property to mean something', () => {
    const samples = fc.sample(fc.tuple(dutchish, refArb), { numRuns: 500, seed: 42 });
    const withExpressions = samples.filter(([input, ref]) => parseDates(input, { reference: ref }).length > 0).length;
    expect(withExpressions).toBeGreaterThan(100);
  });

  it('gives explicit dates independent of the reference date within the same year', () => {
    const explicit = fc
      .tuple(
        fc.integer({ min: 2016, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(
          'uiterlijk {d} {month} {y}',
          'op {d} {month} {y}',
          'voor {d}-{m}-{y}',
          'in {month} {y}',
          'voor {month} {y}',
          'eind {month} {y}',
          'in Q{q} {y}',
          'in het najaar van {y}',
          'voor de zomer van {y}',
          'eind {y}',
          'in de eerste helft van {y}',
          'tot {month} {y}',
          'per {d} {month} {y}',
          'bij de Voorjaarsnota {y}',
          'voor het kerstreces van {y}',
        ),
      )
      .map(([y, m, d, q, template]) =>
        template
          .replace('{y}', String(y))
          .replace('{m}', String(m))
          .replace('{d}', String(d))
          .replace('{q}', String(q))
          .replace('{month}', MONTH_NAMES_NL[m - 1]!),
      );
    fc.assert(
      fc.property(explicit, fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 365 }), (text, year, a, b) => {
        const refA = isoOf(year, Math.min(12, Math.ceil(a / 31)), Math.min(28, (a % 28) + 1));
        const refB = isoOf(year, Math.min(12, Math.ceil(b / 31)), Math.min(28, (b % 28) + 1));
        const [x] = parseDates(text, { reference: refA });
        const [y] = parseDates(text, { reference: refB });
        expect(x).toBeDefined();
        expect(x!.text).toBe(text);
        expect({ relation: y!.relation, deadline: y!.deadline, basis: y!.basis, precision: y!.precision }).toEqual({
          relation: x!.relation,
          deadline: x!.deadline,
          basis: x!.basis,
          precision: x!.precision,
        });
        if (x!.relation !== 'by' && x!.relation !== 'on') expect(y!.earliest).toBe(x!.earliest);
      }),
      { numRuns: 1000 },
    );
  });
});
