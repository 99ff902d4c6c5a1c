// cleanLines (rows-to-items.ts) reads a one-line cell as clean does, without splitting it into
// paragraphs and lines (issue 28): the same value as the full reading for every cell.
import { describe, expect, it } from 'vitest';
import { clean, cleanLines } from '../../../../src/import/layouts/read/rows-to-items.ts';

/** cleanLines as it was: every value split into paragraphs and lines. */
function fullCleanLines(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => clean(line))
        .filter((line) => line !== null)
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return text === '' ? null : text;
}

describe('cleanLines', () => {
  it('gives the full reading for every string of up to five of the characters that matter', () => {
    const alphabet = ['a', ' ', '\t', '\n', '\r', '\u00AD', '\u00A0'];
    const all = (length: number): string[] => (length === 0 ? [''] : all(length - 1).flatMap((rest) => alphabet.map((c) => rest + c)));
    let checked = 0;
    for (let length = 0; length <= 5; length += 1) {
      for (const text of all(length)) {
        const got = cleanLines(text);
        const want = fullCleanLines(text);
        if (got !== want) expect(got, JSON.stringify(text)).toBe(want);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(19_000);
    expect(cleanLines(null)).toBeNull();
    expect(cleanLines('  Loopt  nog\u00AD ')).toBe('Loopt nog');
    expect(cleanLines('Eerste  regel\r\ntweede\n\n derde ')).toBe('Eerste regel\ntweede\n\nderde');
  });
});
