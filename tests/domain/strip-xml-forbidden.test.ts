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
