// Issue 28: tokenize lower-cases a text with capitals once, whole, and reads each word's text out of that at the word's
// offsets. That is exact only when lower-casing kept every character where it was: these tests hold it to lower-casing
// each word on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/domain/dates/tokens.ts';

describe('tokenize reads capitalised words out of the text lower-cased once (issue 28)', () => {
  it('no character gets shorter lower-cased, so a lower-cased text as long as its source has every character in place', () => {
    // toLowerCase maps character by character (the final sigma only chooses between two of one length): when no
    // character gets shorter, a text that kept its length had none get longer either.
    const shorter: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().length < ch.length) shorter.push(cp);
    }
    expect(shorter).toEqual([]);
  });

  it('gives each word of ASCII letters its letters lower-cased, also beside letters that lengthen lower-cased ("İ")', () => {
    const words = (text: string) => tokenize(text).filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words('İstanbul: de Kamer in Juni 2025')).toEqual(['istanbul', 'de', 'kamer', 'in', 'juni']);
    expect(words('De Kamer İ Voor Juni')).toEqual(['de', 'kamer', 'i', 'voor', 'juni']);
    expect(words('ΣΑΣ Kamer Voorjaar')).toEqual(['σασ', 'kamer', 'voorjaar']);
  });

  it('gives every word of ASCII letters in any text what lower-casing its own letters gives', () => {
    const char = fc.constantFrom(...'aAbBkKmMzZ  -.,1920'.split(''), 'İ', 'ẞ', 'Σ', 'É', 'ñ', '\u00ad', '\n', '𐐀', 'ǅ', 'ﬀ');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
        for (const t of tokenize(text)) {
          const source = text.slice(t.start, t.end);
          if (t.kind === 'word' && /^[A-Za-z]+$/.test(source)) expect(t.text).toBe(source.toLowerCase());
        }
      }),
      { numRuns: 3000 },
    );
  });
});
