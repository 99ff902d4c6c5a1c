// CSV injection (issue 22.11): what the export writes for a cell a spreadsheet would run, and
// that the import's restoreFormula gives every text back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../../src/domain/export/csv-formula.ts';

describe('neutraliseFormula / restoreFormula', () => {
  it.each([
    ['=HYPERLINK("https://example.org";"klik")', `'=HYPERLINK("https://example.org";"klik")`],
    ['+31 6 1234 5678', "'+31 6 1234 5678"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ["'=al neutraal", "''=al neutraal"],
    ["''-twee", "'''-twee"],
    ['De brief gaat in maart = klaar', 'De brief gaat in maart = klaar'],
    ["'citaat'", "'citaat'"],
    ['', ''],
  ])('%j is written as %j and read back as it was', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written);
    expect(restoreFormula(written)).toBe(text);
  });

  it('every text survives the round trip, and no written cell starts with a formula character (property)', () => {
    const texts = fc.oneof(fc.string(), fc.string().map((s) => `=${s}`), fc.string().map((s) => `'${s}`), fc.constantFrom("'", "''=", "'@", '-', '+'));
    fc.assert(
      fc.property(texts, (text) => {
        const written = neutraliseFormula(text);
        expect(written).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreFormula(written)).toBe(text);
      }),
      { seed: 22_11, numRuns: 2000 },
    );
  });
});
