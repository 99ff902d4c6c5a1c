import { describe, expect, it } from 'vitest';
import { gramCodeCounts, gramCounts, gramOfCode, prepareMatchText } from '../../src/domain/match-text.ts';

describe('gramCodeCounts (the trigrams the import matcher indexes, as numbers)', () => {
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

  it.each(texts)('counts the same trigrams as gramCounts, each code standing for one trigram: %s', (text) => {
    const prepared = prepareMatchText(text);
    const byCode = gramCodeCounts(prepared);
    const decoded = new Map([...byCode].map(([code, count]) => [gramOfCode(code), count]));
    // One code per trigram: as many codes as distinct trigrams, and each decodes to its trigram.
    expect(byCode.size).toBe(decoded.size);
    expect(decoded).toEqual(new Map(gramCounts(prepareMatchText(text))));
  });
});
