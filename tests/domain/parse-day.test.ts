// One day typed in a flag or a field, and the day words in a typed term ("morgen").
import { describe, expect, it } from 'vitest';
import { parseTermInput } from '../../src/domain/dates/parse-term-input.ts';
import { parseDay } from '../../src/domain/parse-day.ts';

const TODAY = '2025-04-15';

describe('parseDay', () => {
  it.each([
    ['2025-04-01', '2025-04-01'],
    ['1-4-2025', '2025-04-01'],
    ['01/04/2025', '2025-04-01'],
    ['1 april 2025', '2025-04-01'],
    ['vandaag', TODAY],
    ['Morgen', '2025-04-16'],
    ['overmorgen', '2025-04-17'],
    ['gisteren', '2025-04-14'],
    ['31-02-2025', null],
    ['2025-13-01', null],
    ['1 juni', null],
    ['ooit', null],
    // A two-digit year is read as 20xx: "99" would be 2099, a typo rather than a day for a flag.
    ['31-12-99', null],
    ['1-4-2035', '2035-04-01'],
    ['1-4-2036', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDay(text, TODAY)).toBe(expected);
  });
});

describe('a typed term with a day word', () => {
  it.each([
    ['morgen', '2025-04-16'],
    ['overmorgen', '2025-04-17'],
    ['vandaag', TODAY],
  ])('"%s" is that day', (text, deadline) => {
    const read = parseTermInput(text, TODAY);
    expect(read.ok && read.expression).toMatchObject({ deadline, basis: 'explicit', soft: false, text });
  });
});
