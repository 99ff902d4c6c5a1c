// Bad input everywhere, pure domain: the date parser, pickDeadline, parseTermInput and the
// stand-van-zaken parser take any string without throwing and answer within bounds, with Dutch messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/domain/dates/calendar-date.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { parseDates, parseTermInput, pickDeadline } from '../../src/domain/dates/index.ts';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { readFailureNl } from '../../src/texts/import.nl.ts';
import { termInputNl } from '../../src/texts/dates.nl.ts';
import { DUTCH_WORDS, FUZZ_SEED, HOSTILE_STRINGS, hostileString } from './hostile.ts';

const REFERENCE = '2025-09-15';
const RUNS = { seed: FUZZ_SEED, numRuns: 400 };

function checkExpressions(input: string, found: ReturnType<typeof parseDates>): void {
  for (const e of found) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.text).toBe(input.slice(e.start, e.end));
    if (e.earliest !== null) expect(isIsoDate(e.earliest), e.earliest).toBe(true);
    if (e.deadline !== null) expect(isIsoDate(e.deadline), e.deadline).toBe(true);
  }
}

describe('fuzz: dates', () => {
  it('parseDates never throws and returns spans of the input with valid dates', () => {
    for (const s of HOSTILE_STRINGS) checkExpressions(s, parseDates(s, { reference: REFERENCE }));
    fc.assert(
      fc.property(hostileString, (s) => {
        checkExpressions(s, parseDates(s, { reference: REFERENCE, calendar: defaultCalendar }));
      }),
      RUNS,
    );
  });

  it('pickDeadline never throws and picks null or a valid deadline', () => {
    fc.assert(
      fc.property(hostileString, fc.option(hostileString), (request, status) => {
        const chosen = pickDeadline({ request, requestReference: REFERENCE, status, statusReference: REFERENCE, calendar: defaultCalendar });
        if (chosen) {
          expect(chosen.deadline === null || isIsoDate(chosen.deadline)).toBe(true);
          expect(['request', 'status']).toContain(chosen.source);
        }
      }),
      RUNS,
    );
  });

  it('parseTermInput answers every string with an expression that has a deadline or a Dutch message', () => {
    const check = (s: string) => {
      const result = parseTermInput(s, REFERENCE, defaultCalendar);
      if (result.ok) {
        expect(result.expression.deadline === null || isIsoDate(result.expression.deadline)).toBe(true);
      } else {
        expect(termInputNl(result)).toMatch(DUTCH_WORDS);
        expect(termInputNl(result).length).toBeLessThan(s.length + 500);
      }
    };
    for (const s of HOSTILE_STRINGS) check(s);
    fc.assert(fc.property(hostileString, check), RUNS);
  });

  // How fast a huge input is parsed is measured in `npm run bench`, not asserted here: this test
  // pins that such an input is read completely (no cut-off, no throw) within the test timeout.
  it('a huge input is parsed completely and its first term stays primary', () => {
    const huge = `verzoekt de regering voor de zomer van 2026 ${'en eind maart 2026 of Q3 2026 '.repeat(3000)}`;
    const parsed = parseDates(huge, { reference: REFERENCE });
    expect(parsed.length).toBeGreaterThanOrEqual(6001);
    expect(parsed[0]?.text).toBe('voor de zomer van 2026');
    expect(parseTermInput(huge.slice(0, 2000), REFERENCE)).toBeDefined();
  });
});

describe('fuzz: stand van zaken', () => {
  const rowish = fc
    .array(
      fc.oneof(
        hostileString,
        fc.constantFrom('Moties', 'Toezeggingen', 'SOCW', 'MOCW', 'Stand van zaken', 'Afgedaan', 'Kamerstuk 34843, nr. 79', '1)', 'Motie van het lid Mutluer'),
      ),
      { maxLength: 30 },
    )
    .map((lines) => lines.join('\n'));

  it('parseStandVanZaken never throws and fails with a Dutch message', () => {
    const check = (text: string) => {
      const result = parseStandVanZaken(text, { today: REFERENCE });
      if (!result.ok) {
        expect(readFailureNl(result)).toMatch(DUTCH_WORDS);
      } else {
        for (const item of result.items) {
          expect(item.responsible.length).toBeGreaterThan(0);
          if (item.deadline?.deadline) expect(isIsoDate(item.deadline.deadline)).toBe(true);
        }
      }
    };
    for (const s of HOSTILE_STRINGS) check(s);
    fc.assert(fc.property(rowish, check), { seed: FUZZ_SEED, numRuns: 300 });
  });

  it('a bad document date is refused in Dutch', () => {
    for (const documentDate of ['2025-02-30', '1; DROP TABLE items', '<!channel>', '']) {
      const result = parseStandVanZaken('Moties\nSOCW tekst', { documentDate });
      if (documentDate) expect(result).toMatchObject({ ok: false, code: 'OVERVIEW_BAD_DOCUMENT_DATE' });
      if (!result.ok) expect(readFailureNl(result)).toMatch(DUTCH_WORDS);
    }
  });
});
