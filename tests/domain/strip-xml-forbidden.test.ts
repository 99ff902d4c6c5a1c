// Characters XML 1.0 forbids (issue 22.12) go; every character XML allows stays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripXmlForbidden } from '../../src/domain/strip-xml-forbidden.ts';

/** XML 1.0's Char production. */
const XML_CHAR = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('stripXmlForbidden', () => {
  it.each([
    ['a\u0001b', 'ab'],
    ['a\u0000b\u0008c\u000bd\u000ce\u001ff', 'abcdef'],
    ['voor\uffffbereiding\ufffe', 'voorbereiding'],
    ['half \ud800 een paar \udc00', 'half  een paar '],
    ['tab\tregel\nterug\r', 'tab\tregel\nterug\r'],
    ['ĳ € “aanhalingstekens” 😀 \u007f \u0085', 'ĳ € “aanhalingstekens” 😀 \u007f \u0085'],
  ])('%j → %j', (text, expected) => {
    expect(stripXmlForbidden(text)).toBe(expected);
  });

  it('removes exactly the forbidden code units, whatever stands around them (every UTF-16 code unit, alone and in a pair)', () => {
    // The reference: the Char production itself, one code point at a time.
    const reference = (text: string) => Array.from(text, (c) => (XML_CHAR.test(c) ? c : '')).join('');
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const c = String.fromCharCode(unit);
      for (const text of [c, `a${c}b`, `${c}\ud83d\ude00`, `\ud83d\ude00${c}`, `\ud83d${c}`, `${c}\ude00`]) {
        const stripped = stripXmlForbidden(text);
        if (stripped !== reference(text)) expect({ unit: unit.toString(16), text, stripped }).toEqual({ unit: unit.toString(16), text, stripped: reference(text) });
      }
    }
  });

  it('leaves only characters XML allows, and changes nothing in a text without forbidden ones (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const stripped = stripXmlForbidden(text);
        expect(stripped).toMatch(XML_CHAR);
        if (XML_CHAR.test(text)) expect(stripped).toBe(text);
      }),
      { seed: 22_12, numRuns: 2000 },
    );
  });
});
