// The Word and Excel readers take the XML parts checkZip has already inflated (while it checked the
// archive for a bomb) instead of inflating them again (issue 28): the same bytes as zipEntry gives,
// and the same blocks.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/import/document/docx.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { readXlsx } from '../../../src/import/document/xlsx.ts';
import { checkZip, zipEntry } from '../../../src/import/document/zip-limits.ts';
import { docxParagraph, makeRawDocx, makeRawXlsx, makeZip, xlsxRow } from '../../helpers/hostile-files.ts';

const MAX_PART = DEFAULT_LIMITS.maxPartBytes;
const partsOf = (bytes: Uint8Array) => {
  const zip = checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, MAX_PART);
  if (!zip.ok) throw new Error(zip.reason);
  return zip.parts;
};

describe('checkZip keeps the XML parts it inflated', () => {
  it('gives every .xml and .rels part, byte for byte as zipEntry inflates it, and no other part', () => {
    const word = makeRawDocx(docxParagraph('Toezegging T03412'));
    const other = makeZip({ 'word/media/image1.png': Buffer.alloc(2000, 7), 'docProps/core.XML': '<a/>', '_rels/.rels': '<Relationships/>', 'leeg.xml': '' });
    for (const bytes of [word, makeRawXlsx(xlsxRow(1, { A: 'Nummer' }), ['gedeeld']), other]) {
      const parts = partsOf(bytes);
      const zip = checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, MAX_PART);
      const expected = zip.ok ? zip.names.filter((name) => /\.(xml|rels)$/i.test(name)) : [];
      expect([...parts.keys()]).toEqual(expected);
      for (const [name, data] of parts) expect(Buffer.compare(data, zipEntry(bytes, name, MAX_PART)!), name).toBe(0);
    }
    expect([...partsOf(other).keys()]).toEqual(['docProps/core.XML', '_rels/.rels', 'leeg.xml']);
  });

  it('the readers read the same blocks from those parts as from the archive, and read the parts given (not the archive again)', () => {
    const word = makeRawDocx(docxParagraph('Toezegging T03412') + docxParagraph('Tweede alinea'));
    const wordParts = partsOf(word);
    expect(readDocx(word, DEFAULT_LIMITS, wordParts)).toEqual(readDocx(word, DEFAULT_LIMITS));
    const otherText = new Map(wordParts);
    otherText.set('word/document.xml', zipEntry(makeRawDocx(docxParagraph('Uit de delen')), 'word/document.xml', MAX_PART)!);
    expect(readDocx(word, DEFAULT_LIMITS, otherText)).toEqual([{ type: 'paragraph', text: 'Uit de delen', line: 1 }]);

    const sheet = makeRawXlsx(xlsxRow(1, { A: 'Nummer', B: 'Omschrijving' }) + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>', ['T1']);
    const sheetParts = partsOf(sheet);
    const limits = { maxPartBytes: MAX_PART, maxRows: DEFAULT_LIMITS.maxRows, maxCells: DEFAULT_LIMITS.maxCells };
    expect(readXlsx(sheet, limits, sheetParts)).toEqual(readXlsx(sheet, limits));
    const otherStrings = new Map(sheetParts);
    otherStrings.set('xl/sharedStrings.xml', zipEntry(makeRawXlsx('', ['T2']), 'xl/sharedStrings.xml', MAX_PART)!);
    expect(readXlsx(sheet, limits, otherStrings)).toMatchObject([{ rows: [['Nummer', 'Omschrijving'], ['T2', '']] }]);
  });
});

describe('a deflated part is inflated into one buffer of the size the directory declares (issue 28)', () => {
  /** 200 kB of text (thirteen of zlib's 16 kB chunks), deflated. */
  const content = Buffer.from(Array.from({ length: 4000 }, (_, i) => `<w:p><w:r><w:t>Toezegging T${i}</w:t></w:r></w:p>`).join(''), 'utf8');
  /** The archive with the directory declaring `size` inflated bytes for its part. */
  function declaring(size: number): Uint8Array {
    const bytes = Buffer.from(makeZip({ 'word/document.xml': content }));
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(size, central + 24);
    return new Uint8Array(bytes);
  }

  it('gives the same bytes whatever size the directory declares, and refuses the same part past the limit', () => {
    for (const size of [content.length, 0, 1, 20_000, content.length - 1, content.length + 1, 2 * content.length, 0xffffffff]) {
      const bytes = declaring(size);
      const zip = checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, MAX_PART);
      expect(zip.ok && Buffer.compare(zip.parts.get('word/document.xml')!, content), String(size)).toBe(0);
      expect(Buffer.compare(zipEntry(bytes, 'word/document.xml', MAX_PART)!, content), String(size)).toBe(0);
      expect(checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, content.length - 1)).toEqual({ ok: false, reason: 'part-too-large', name: 'word/document.xml' });
      expect(zipEntry(bytes, 'word/document.xml', content.length - 1)).toBeNull();
      expect(checkZip(bytes, content.length - 1, MAX_PART)).toEqual({ ok: false, reason: 'bomb' });
    }
  });

  it('writes the declared size once: the part is a view of the one buffer zlib inflated into, not chunks joined', () => {
    const zip = checkZip(declaring(content.length), DEFAULT_LIMITS.maxInflatedBytes, MAX_PART);
    const part = zip.ok ? zip.parts.get('word/document.xml') : undefined;
    // zlib's buffer: the declared size and the byte that keeps an exact fit from a second buffer
    expect(part?.buffer.byteLength).toBe(content.length + 1);
    expect(zipEntry(declaring(content.length), 'word/document.xml', MAX_PART)?.buffer.byteLength).toBe(content.length + 1);
  });

  it('keeps no buffer larger than the part (and one of zlib’s chunks) when the directory declares more than the part holds', () => {
    // Kept by checkZip (up to maxPart of their length), views of larger buffers would hold far more
    // memory than counted: a 20 MB file of small parts each declaring 32 MB held 20 GB.
    for (const size of [content.length + 20_000, 2 * content.length, MAX_PART, 0xffffffff]) {
      const bytes = declaring(size);
      const zip = checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, MAX_PART);
      const part = zip.ok ? zip.parts.get('word/document.xml') : undefined;
      expect(part && Buffer.compare(part, content), String(size)).toBe(0);
      expect(part?.buffer.byteLength, String(size)).toBeLessThanOrEqual(content.length + 16_384);
      const entry = zipEntry(bytes, 'word/document.xml', MAX_PART);
      expect(entry && Buffer.compare(entry, content), String(size)).toBe(0);
      expect(entry?.buffer.byteLength, String(size)).toBeLessThanOrEqual(content.length + 16_384);
    }
  });
});
