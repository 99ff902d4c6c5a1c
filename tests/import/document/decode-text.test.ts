import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { decodeText, utf8Evidence } from '../../../src/import/document/decode-text.ts';
import { extractPdfText } from '../../../src/import/document/pdf-text.ts';
import { decodeSource, readSource } from '../../../src/import/document/read-source.ts';
import { stripXmlForbidden } from '../../../src/domain/strip-xml-forbidden.ts';
import { worded } from '../../helpers/worded.ts';
import { parseStandVanZaken } from '../../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import { SAMPLE, SAMPLE_DATE } from '../layouts/stand-van-zaken/sample.ts';
import { makePdf } from './make-pdf.ts';

/** Windows-1252 bytes of a text (Latin-1 plus the curly quotes and dashes at 0x80–0x9F). */
function encodeWindows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '€': 0x80, '…': 0x85 };
  return Uint8Array.from(Array.from(text).map((char) => extra[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)));
}

function encodeUtf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (bigEndian) bytes.push(unit >> 8, unit & 0xff);
    else bytes.push(unit & 0xff, unit >> 8);
  }
  return Uint8Array.from(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function summary(text: string) {
  const result = parseStandVanZaken(text, { documentDate: SAMPLE_DATE });
  if (!result.ok) throw new Error(result.code);
  return result.items.map((i) => ({
    kind: i.kind,
    submitters: i.submitters,
    codes: i.responsible.map((r) => r.code),
    kamerstuk: i.kamerstuk,
    status: i.status,
    linkedTo: i.linkedTo,
    text: i.text,
    statusText: i.statusText,
  }));
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE), 'utf-8'],
    ['UTF-8 with a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]), 'utf-8'],
    ['Windows-1252', encodeWindows1252(SAMPLE), 'windows-1252'],
    ['UTF-16LE with a byte-order mark', encodeUtf16(SAMPLE, false, true), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', encodeUtf16(SAMPLE, true, true), 'utf-16be'],
    ['UTF-16LE without a byte-order mark', encodeUtf16(SAMPLE, false, false), 'utf-16le'],
    ['UTF-8 with CRLF', utf8(SAMPLE.replace(/\n/g, '\r\n')), 'utf-8'],
  ])('reads %s back to the same text', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text).toBe(SAMPLE);
  });

  it('keeps form feeds (page breaks) for the parser', () => {
    expect(decodeText(utf8('a\n\fb\r\n'))?.text).toBe('a\n\fb\n');
  });

  it('reads é, ë, «» and curly quotes from Windows-1252', () => {
    expect(decodeText(Uint8Array.from([0x63, 0x72, 0xe9, 0xeb, 0x72, 0x65, 0x6e, 0x20, 0xab, 0x91, 0x78, 0x92, 0xbb]))?.text).toBe(
      'creëren «‘x’»'.replace('creëren', 'créëren'),
    );
  });

  it('refuses a text with three of any control character but tab, line ends and form feed (or U+FFFD) among 50 letters, and keeps the others', () => {
    for (const code of [...Array.from({ length: 0x80 }, (_, i) => i), 0xfffd]) {
      if (code === 0) continue; // a zero byte is refused before (bytes with zeros, below)
      const c = String.fromCharCode(code);
      const text = `${'a'.repeat(25)}${c}${c}${c}${'a'.repeat(25)}`;
      const counted = (code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0xfffd;
      expect(decodeText(utf8(text)) === null, `U+${code.toString(16)}`).toBe(counted);
    }
  });

  it.each([
    ['bytes with zeros', Uint8Array.from([0x41, 0x00, 0x00, 0x07, 0x42, 0x00, 0xff, 0x00, 0x01, 0x02, 0x03])],
    ['control characters', Uint8Array.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42])],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeText(bytes)).toBeNull();
  });
});

describe('decodeSource (bytes of a text or PDF file)', () => {
  it('decodes the sample in every encoding to the same 14 items', async () => {
    const expected = summary(SAMPLE);
    expect(expected).toHaveLength(14);
    for (const bytes of [encodeWindows1252(SAMPLE), encodeUtf16(SAMPLE, false, true), utf8(SAMPLE.replace(/\n/g, '\r\n'))]) {
      const result = await decodeSource(bytes, '.txt');
      if (!result.ok) throw new Error(result.code);
      expect(summary(result.document.text)).toEqual(expected);
    }
  });

  it.each([
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]), 'DOCUMENT_BINARY'],
    ['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256), 'DOCUMENT_BINARY'],
    ['a damaged Word (docx) file', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'DOCUMENT_UNREADABLE'],
    ['an old Word (doc) file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'DOCUMENT_OFFICE'],
    ['a broken PDF', utf8('%PDF-1.7\nthis is not really a pdf\n%%EOF'), 'DOCUMENT_PDF_UNREADABLE'],
  ])('refuses %s with one Dutch sentence', async (_name, bytes, code) => {
    const result = worded(await decodeSource(bytes, ''));
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/^[A-Z][^\n]*\.$/);
  });

  it('refuses a PDF without text (a scan)', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => doc.on('end', () => { resolve(); }));
    doc.rect(50, 50, 100, 100).fill('#333333');
    doc.end();
    await done;
    const result = await decodeSource(new Uint8Array(Buffer.concat(chunks)), '.pdf');
    expect(result).toMatchObject({ ok: false, code: 'DOCUMENT_PDF_NO_TEXT' });
  });
});

describe('PDF overviews (extractPdfText)', () => {
  it('rebuilds the lines of a PDF made from the sample, with columns and raised footnote markers', async () => {
    const pdf = await makePdf(SAMPLE, { table: true, linesPerPage: 50 });
    const result = await extractPdfText(pdf);
    if (!result.ok) throw new Error(result.code);
    expect(result.pages).toBe(Math.ceil(SAMPLE.split("\n").length / 50));
    expect(result.text).toContain('hierover te informeren.1\n');
    expect(result.text).toContain('\nMOCW en SOCW De minister van OCW en zijn voorganger');
    expect(result.text).toContain('‘Ben je oké?’');
    expect(summary(result.text)).toEqual(summary(SAMPLE));
  });

  it('reads a PDF with page breaks at different places the same way', async () => {
    const pdf = await makePdf(SAMPLE, { linesPerPage: 23 });
    const result = await extractPdfText(pdf);
    if (!result.ok) throw new Error(result.code);
    const items = summary(result.text);
    expect(items.map((i) => [i.kind, i.codes, i.kamerstuk, i.status])).toEqual(
      summary(SAMPLE).map((i) => [i.kind, i.codes, i.kamerstuk, i.status]),
    );
  });
});

describe('readSource (a file on disk)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motiebot-read-'));

  it('reads a text file and a PDF file from disk', async () => {
    writeFileSync(join(dir, 'overzicht.txt'), encodeWindows1252(SAMPLE));
    writeFileSync(join(dir, 'overzicht.pdf'), await makePdf(SAMPLE));
    expect(await readSource(join(dir, 'overzicht.txt'))).toMatchObject({ ok: true, document: { format: 'text', text: SAMPLE }, encoding: 'windows-1252' });
    expect(await readSource(join(dir, 'overzicht.pdf'))).toMatchObject({ ok: true, document: { format: 'pdf' } });
  });

  it('says in Dutch when the file is missing or is a folder', async () => {
    expect(worded(await readSource(join(dir, 'bestaat-niet.txt')))).toMatchObject({
      ok: false,
      code: 'DOCUMENT_NOT_FOUND',
      message: `Het bestand ${join(dir, 'bestaat-niet.txt')} bestaat niet.`,
    });
    expect(await readSource(dir)).toMatchObject({ ok: false, code: 'DOCUMENT_UNREADABLE' });
  });

  it('reads an empty file as empty text (the parser refuses it)', async () => {
    writeFileSync(join(dir, 'leeg.txt'), '');
    const result = await readSource(join(dir, 'leeg.txt'));
    expect(result).toMatchObject({ ok: true, document: { text: '' } });
    expect(parseStandVanZaken(result.ok ? result.document.text : 'x', {})).toMatchObject({ ok: false, code: 'OVERVIEW_EMPTY' });
  });
});

describe('well-formed UTF-8 is told by the decoder itself (issue 28)', () => {
  // Pieces of well-formed and of malformed UTF-8 (overlong forms, surrogates, past U+10FFFF, lone and cut-off sequences).
  const PIECES = [
    [0x41], [0x0a], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80],
    [0xe0, 0xa0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80], [0x80], [0xbf], [0xe9], [0xc3], [0xe2, 0x82],
  ];
  it('decodes as UTF-8 without invalid lines exactly the bytes in which utf8Evidence finds no invalid byte', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let valid = 0;
    for (let i = 0; i < 3000; i += 1) {
      const bytes = new Uint8Array(Array.from({ length: 1 + next(8) }, () => PIECES[next(PIECES.length)] as number[]).flat());
      const evidence = utf8Evidence(bytes);
      const decoded = decodeText(bytes);
      if (evidence.invalid === 0) {
        valid += 1;
        expect(decoded).toMatchObject({ text: new TextDecoder().decode(bytes), encoding: 'utf-8', invalidLines: [] });
        // xmlSafe: said only of a text with nothing to strip.
        if (decoded?.xmlSafe) expect(stripXmlForbidden(decoded.text)).toBe(decoded.text);
      } else {
        expect(decoded === null || decoded.encoding === 'windows-1252' || decoded.invalidLines.length > 0).toBe(true);
      }
    }
    expect(valid).toBeGreaterThan(100);
  });
});

// decodeText reads every character once for its own question and the two the layouts' splitLines
// asks of a text (issue 28): its answers must be what those scans find.
describe('decodeText facts (one scan for three questions)', () => {
  // The definitions, written out: what decodeText looks at, what splitLines cleans, what linesOf keeps at two bytes.
  // eslint-disable-next-line no-control-regex
  const LOOKED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFD\uFFFE\uFFFF]/;
  // eslint-disable-next-line no-control-regex
  const CLEANED = /[\uFEFF\r\f\t\u00A0\u2000-\u200D\u202F\u205F\u2060\u3000\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
  // eslint-disable-next-line no-control-regex
  const WIDE = /[^\u0000-\u00FF]/;
  const PIECES = ['a', ' ', '\n', '\r', '\r\n', '\t', '\f', '\u0001', '\u000b', '\u007f', '\u0085', '\u00a0', 'é', '«', '‘', '’', '\u2000', '\u200b', '\u2028', '\u3000', '\ufeff', '\ufffd', '\uffff', '😀', '1'];

  function check(text: string) {
    const decoded = decodeText(utf8(text));
    if (!decoded) return;
    const name = JSON.stringify(text);
    const wideLines: number[] = [];
    let start = 0;
    for (const line of decoded.text.split('\n')) {
      if (WIDE.test(line)) wideLines.push(start, start + line.length);
      start += line.length + 1;
    }
    expect(decoded.xmlSafe, name).toBe(!LOOKED.test(decoded.text));
    expect(decoded.facts, name).toEqual({ clean: !CLEANED.test(decoded.text), wideLines });
  }

  it('are what the scans find, for every string of up to three pieces', () => {
    let level = [''];
    for (let length = 1; length <= 3; length += 1) {
      level = level.flatMap((start) => PIECES.map((piece) => start + piece));
      for (const text of level) check(`x${text}`);
    }
  });

  it('are what the scans find, for 3,000 longer texts of letters, line feeds and those pieces', () => {
    let seed = 28;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 3000; i += 1) {
      let text = 'x';
      for (let k = random(80); k > 0; k -= 1) text += random(3) === 0 ? (PIECES[random(PIECES.length)] as string) : random(6) === 0 ? '\n' : 'abc de'.charAt(random(6));
      check(text);
    }
  });
});
