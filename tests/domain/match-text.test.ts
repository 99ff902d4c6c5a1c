import { describe, expect, it } from 'vitest';
import { asciiNormalisedLength, bucketsShareAtLeast, gramBuckets, gramCodeRuns, gramCounts, gramMask, gramOfCode, gramsOutsideMoreThan, normaliseForMatching, prepareMatchText } from '../../src/domain/match-text.ts';

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

describe('asciiNormalisedLength (the pair search measures a plain ASCII text without normalising it)', () => {
  it('is the normalised length of every ASCII text of up to four code units, and of long random ones', () => {
    // Every code unit below 128 in the short texts would be 128^4; these stand for every kind of one:
    // letters of both cases, digits, space, tab, control characters, punctuation and the last ones.
    const units = ['a', 'Z', '0', '9', ' ', '\t', '\u0000', '\u001f', '_', '-', '.', '~', '\u007f', '@', '[', '`', '{'];
    const texts = [''];
    for (let length = 1; length <= 4; length += 1) {
      for (const text of texts.filter((t) => t.length === length - 1)) for (const unit of units) texts.push(text + unit);
    }
    let seed = 17;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i += 1) texts.push(Array.from({ length: Math.floor(rnd() * 80) }, () => String.fromCharCode(Math.floor(rnd() * 128))).join(''));
    expect(texts.length).toBeGreaterThan(80000);
    expect(texts.filter((text) => asciiNormalisedLength(text) !== normaliseForMatching(text).length)).toEqual([]);
  });

  it('is -1 for a text with any code unit of 128 or more (normalising can change its length)', () => {
    for (const text of ['\u0080', 'caf\u00e9', 'e\u0301', '\ufb01', 'a\u00bd', '\u{1d518}', 'abc\u00ff']) expect(asciiNormalisedLength(text)).toBe(-1);
  });
});

describe('gramsOutsideMoreThan (the pair search turns a candidate away before preparing its text)', () => {
  it("counts a text's trigram occurrences outside another's mask, from the normalised text or the plain ASCII one, as gramCodeRuns counts them", () => {
    let seed = 29;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const WORDS = ['de', 'minister', 'Kamer', 'brief', 'Café', 'ﬁnanciën', 'a', 'ab', '12', '!', ' , ', 'Straße', '😀', 'x'];
    const text = () => Array.from({ length: Math.floor(rnd() * 12) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(rnd() < 0.5 ? ' ' : '-');
    let checked = 0;
    for (let round = 0; round < 400; round += 1) {
      const query = prepareMatchText(text());
      const other = prepareMatchText(text());
      const mask = gramMask(gramCodeRuns(query));
      // The occurrences of `other` whose trigram is not in `query`: at most the ones outside the mask.
      const runs = gramCodeRuns(other);
      const queryCodes = new Set(gramCodeRuns(query).codes);
      let notInQuery = 0;
      runs.codes.forEach((code, i) => {
        if (!queryCodes.has(code)) notInQuery += runs.counts[i] ?? 0;
      });
      for (let limit = -1; limit <= runs.size + 1; limit += 1) {
        const fromNormalised = gramsOutsideMoreThan(other.normalised, false, mask, limit);
        // Never more outside the mask than outside the query (the mask may hold more), and none outside for the query itself.
        if (fromNormalised) expect(notInQuery).toBeGreaterThan(limit);
        expect(gramsOutsideMoreThan(query.normalised, false, mask, Math.max(limit, 0))).toBe(false);
        const raw = Array.from(other.normalised).every((c) => c.charCodeAt(0) < 128) ? text() : null;
        if (raw !== null && asciiNormalisedLength(raw) >= 0) {
          const prepared = prepareMatchText(raw);
          expect(gramsOutsideMoreThan(raw, true, mask, limit)).toBe(gramsOutsideMoreThan(prepared.normalised, false, mask, limit));
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('with a mask of no trigram, every occurrence is outside', () => {
    const none = gramMask(gramCodeRuns(prepareMatchText('')));
    for (const text of ['a', 'De minister, 12 brieven.', '  x  y  ']) {
      const size = prepareMatchText(text).normalised.length;
      expect(gramsOutsideMoreThan(text, true, none, size - 1)).toBe(true);
      expect(gramsOutsideMoreThan(text, true, none, size)).toBe(false);
    }
  });
});

describe('gramBuckets (the pair search turns a pair away before sorting and merging trigrams)', () => {
  it('never turns away a pair that shares the needed trigrams: the bucket bound is at least the shared count', () => {
    let seed = 31;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const WORDS = ['de', 'minister', 'Kamer', 'brief', 'Café', 'ﬁnanciën', 'a', 'ab', '12', '!', ' , ', 'Straße', '😀', 'x', 'najaar', 'gemeenten'];
    const text = () => Array.from({ length: Math.floor(rnd() * 30) }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
    let passed = 0;
    let turnedAway = 0;
    for (let round = 0; round < 400; round += 1) {
      const a = prepareMatchText(text());
      // Half of the pairs alike: the same text with a word changed.
      const b = prepareMatchText(rnd() < 0.5 ? text() : `${a.normalised} brief`);
      const x = gramCodeRuns(a);
      const y = gramCodeRuns(b);
      const yCounts = new Map<number, number>();
      y.codes.forEach((code, i) => yCounts.set(code, y.counts[i] ?? 0));
      let shared = 0;
      x.codes.forEach((code, i) => (shared += Math.min(x.counts[i] ?? 0, yCounts.get(code) ?? 0)));
      // At the shared count the bound always allows the pair; above it, it may turn it away.
      expect(bucketsShareAtLeast(gramBuckets(a), gramBuckets(b), shared)).toBe(true);
      if (bucketsShareAtLeast(gramBuckets(a), gramBuckets(b), shared + 1)) passed += 1;
      else turnedAway += 1;
    }
    expect(passed).toBeGreaterThan(0);
    expect(turnedAway).toBeGreaterThan(0);
  });

  it('counts every trigram occurrence once: the buckets of a text sum to its normalised length', () => {
    for (const text of ['', 'a', 'De minister, 12 brieven.', 'Vóór het debat: één café 😀']) {
      const prepared = prepareMatchText(text);
      expect(gramBuckets(prepared).reduce((sum, count) => sum + count, 0)).toBe(prepared.normalised.length);
    }
  });
});
