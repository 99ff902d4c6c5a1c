// Issue 17.5: the encoding is decided from the whole file's evidence.
import { describe, expect, it } from 'vitest';
import { decodeText, utf8Evidence } from '../../../src/import/document/decode-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('encoding from the whole file', () => {
  it('reads UTF-8 with one stray 0xFF as UTF-8, replacing only that byte and naming its line', () => {
    const bytes = Buffer.concat([utf8('Het project ‘Stop Femicide!’\nregel twee '), Buffer.from([0xff]), utf8(' met één fout\n')]);
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded).toEqual({
      encoding: 'utf-8',
      text: 'Het project ‘Stop Femicide!’\nregel twee \uFFFD met één fout\n',
      invalidLines: [2],
      // U+FFFD, one of the characters looksBinary counts: looked at again.
      xmlSafe: false,
      // What the layouts' splitLines would look for: found already (issue 28).
      facts: { clean: true, wideLines: [0, 28, 29, 54] },
    });
  });

  it('still reads a Windows-1252 file (accents invalid as UTF-8 throughout) as Windows-1252', () => {
    const bytes = Uint8Array.from(Array.from('café crème\nreünie ‘x’').map((c) => ({ '‘': 0x91, '’': 0x92 })[c] ?? c.charCodeAt(0)));
    expect(decodeText(bytes)).toEqual({ encoding: 'windows-1252', text: 'café crème\nreünie ‘x’', invalidLines: [], xmlSafe: true, facts: { clean: true, wideLines: [11, 21] } });
  });

  it('counts well-formed sequences and invalid bytes', () => {
    expect(utf8Evidence(utf8('é‘€'))).toEqual({ valid: 3, invalid: 0, invalidLines: [] });
    expect(utf8Evidence(Uint8Array.from([0x61, 0x0a, 0xc3, 0x28, 0x0a, 0xed, 0xa0, 0x80]))).toEqual({ valid: 0, invalid: 4, invalidLines: [2, 3] });
  });
});
