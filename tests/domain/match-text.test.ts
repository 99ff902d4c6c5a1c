import { describe, expect, it } from 'vitest';
import { gramCodeRuns, gramCounts, gramOfCode, prepareMatchText } from '../../src/domain/match-text.ts';

describe('gramCodeRuns (the trigrams the import matcher indexes, as numbers)', () => {
  const texts = [
    '',
    'a',
    'ab',
    'De minister stuurt dit najaar een brief over femicide bij de gemeenten.',
    'Vóór het debat: één café, coördinatie en België (zo’n 12,5 %).',
    'Straße, Øresund, Łódź, İstanbul, Ħal Far, þorp, 東京都 and ΑΘΗΝΑ',
    // Letters outside the Basic Multilingual Plane: two code units each, as `trigrams` slices them.
    '𝒜𝒷𝒸 𝔡𝔢 and 𐐀𐐁 at the end 𝒜',
    'aaaa aaaa aaaa',
  ];

  it.each(texts)('counts the same trigrams as gramCounts, in code order, each code standing for one trigram: %s', (text) => {
    const prepared = prepareMatchText(text);
    const { codes, counts, size } = gramCodeRuns(prepared);
    // Ascending, each code once, one count per code; as many trigrams as the normalised text has characters.
    expect([...codes]).toEqual([...new Set(codes)].sort((a, b) => a - b));
    expect(counts.length).toBe(codes.length);
    expect(size).toBe(prepared.normalised.length);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(size);
    // One code per trigram: each decodes to its trigram, with its count.
    const decoded = new Map([...codes].map((code, i) => [gramOfCode(code), counts[i]]));
    expect(decoded.size).toBe(codes.length);
    expect(decoded).toEqual(new Map(gramCounts(prepareMatchText(text))));
  });
});
