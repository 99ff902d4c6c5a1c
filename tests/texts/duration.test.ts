import { describe, expect, it } from 'vitest';
import { formatDelayNl, formatDurationNl } from '../../src/texts/duration.nl.ts';

describe('formatDurationNl', () => {
  it.each([
    { days: 1, expected: '1 dag' },
    { days: 5, expected: '5 dagen' },
    { days: 13, expected: '13 dagen' },
    { days: 14, expected: '2 weken' },
    { days: 16, expected: 'ruim 2 weken' },
    { days: 20, expected: 'bijna 3 weken' },
    { days: 35, expected: '5 weken' },
    { days: 60, expected: 'bijna 9 weken' },
    { days: 61, expected: '2 maanden' },
    { days: 75, expected: 'ruim 2 maanden' },
    { days: 148, expected: 'bijna 5 maanden' },
    { days: 340, expected: 'bijna 1 jaar' },
    { days: 365, expected: '1 jaar' },
    { days: 420, expected: 'ruim 1 jaar' },
    { days: 548, expected: 'anderhalf jaar' },
    { days: 700, expected: 'bijna 2 jaar' },
    { days: 1124, expected: 'ruim 3 jaar' },
    { days: 1280, expected: '3,5 jaar' },
    { days: 1400, expected: 'bijna 4 jaar' },
    { days: 3653, expected: '10 jaar' },
  ])('$days days → $expected', ({ days, expected }) => {
    expect(formatDurationNl(days)).toBe(expected);
  });

  it('never says more than 13 dagen', () => {
    for (let d = 14; d < 5000; d++) expect(formatDurationNl(d)).not.toMatch(/dag/);
  });
});

describe('formatDelayNl', () => {
  it.each([
    { days: 0, expected: 'op tijd' },
    { days: 1, expected: '1 dag te laat' },
    { days: 35, expected: '5 weken te laat' },
    { days: 1124, expected: 'ruim 3 jaar te laat' },
  ])('$days days → $expected', ({ days, expected }) => {
    expect(formatDelayNl(days)).toBe(expected);
  });
});
