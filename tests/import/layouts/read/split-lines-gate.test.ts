// splitLines skips its eight replacements when one scan finds none of the characters they change,
// and findFootnoteMarkers walks its global regex with exec instead of matchAll: both must give
// exactly what the full versions give.
import { describe, expect, it } from 'vitest';
import { cleanText, findFootnoteMarkers, splitLines, stripFootnoteMarkers } from '../../../../src/import/layouts/read/normalise-text.ts';

/** splitLines as it was before the gate: every replacement on every text. */
function fullSplitLines(text: string): { no: number; raw: string; text: string }[] {
  const cleaned = cleanText(text);
  return cleaned.split('\n').map((line, index) => {
    const raw = line.trimEnd();
    return { no: index + 1, raw, text: raw.trim() };
  });
}

const ALPHABET = ['a', ' ', '\n', '\r', '\f', '\t', '\uFEFF', '\u00A0', '\u200B', '\u0000'];

function* strings(length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const rest of strings(length - 1)) for (const c of ALPHABET) yield rest + c;
}

describe('splitLines', () => {
  it('gives what the full clean-up gives for every character of the BMP, at the start, inside and at the end', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const c = String.fromCharCode(code);
      for (const text of [`${c}a b`, `a${c}b`, `a b${c}`]) {
        const got = splitLines(text);
        const want = fullSplitLines(text);
        if (JSON.stringify(got) !== JSON.stringify(want)) expect(got, `U+${code.toString(16)} in ${JSON.stringify(text)}`).toEqual(want);
      }
    }
  });

  it('gives what the full clean-up gives for every string of up to four of the characters that matter', () => {
    let checked = 0;
    for (let length = 0; length <= 4; length += 1) {
      for (const text of strings(length)) {
        expect(splitLines(text), JSON.stringify(text)).toEqual(fullSplitLines(text));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe('findFootnoteMarkers', () => {
  const texts = [
    'De regering wordt verzocht12 te rapporteren.3',
    'Zie de brief van 20254. en "de motie"7 en (het debat)8',
    'Geen markering 12 hier, 3,5 ook niet, 2025.',
    'een lange lijst1000 en nog een1001',
    '',
  ];
  /** The markers as matchAll on a fresh copy of the pattern finds them. */
  const reference = (text: string): number[] => {
    const pattern = /(?=\d)(?<=\p{Ll}|[)»’”'"?!%]|(?<!\d)\.|(?<![\d.,])\d{4}\.)(\d{1,5})(?![\d\p{L}]|[.,]\d)/gu;
    return [...text.matchAll(pattern)].map((m) => Number(m[1]));
  };

  it('finds what matchAll finds, call after call and after a strip', () => {
    expect(findFootnoteMarkers(texts[0] ?? '')).toEqual([12, 3]);
    for (let round = 0; round < 2; round += 1) {
      for (const text of texts) {
        expect(findFootnoteMarkers(text), text).toEqual(reference(text));
        stripFootnoteMarkers(text, new Set([12]));
        expect(findFootnoteMarkers(text), text).toEqual(reference(text));
      }
    }
  });
});
