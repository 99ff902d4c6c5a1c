// checkZip keeps the XML parts it inflated for the readers (issue 28), but not without bound (review8): a file of a few
// kB whose parts inflate to 256 MB held all of them alive while it was read (a 250 kB Word file: 185 -> 388 MB peak
// RSS). At most `maxPart` inflated bytes are kept, the first in archive order; the readers inflate any other part
// themselves, with the same blocks.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/import/document/docx.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { checkZip, zipEntry } from '../../../src/import/document/zip-limits.ts';
import { docxParagraph, makeRawDocx, makeZip } from '../../helpers/hostile-files.ts';

const filler = (bytes: number) => `<a>${'x'.repeat(bytes - 7)}</a>`;

describe('checkZip keeps at most maxPart inflated bytes of XML parts', () => {
  it('keeps the first parts that fit, in archive order, byte for byte as zipEntry inflates them', () => {
    const bytes = makeZip({ 'a.xml': filler(400), 'b.xml': filler(400), 'c.xml': filler(400), 'd.rels': filler(150) });
    const zip = checkZip(bytes, 100_000, 1_000);
    if (!zip.ok) throw new Error(zip.reason);
    expect([...zip.parts.keys()]).toEqual(['a.xml', 'b.xml', 'd.rels']);
    let kept = 0;
    for (const [name, data] of zip.parts) {
      kept += data.length;
      expect(Buffer.compare(data, zipEntry(bytes, name, 1_000)!)).toBe(0);
    }
    expect(kept).toBeLessThanOrEqual(1_000);
  });

  it('a Word file whose other parts fill the budget: its document is read from the archive, the same blocks', () => {
    const body = docxParagraph('Toezegging T03412') + docxParagraph('Tweede alinea');
    const plain = makeRawDocx(body);
    const part = (name: string) => zipEntry(plain, name, DEFAULT_LIMITS.maxPartBytes) ?? Buffer.alloc(0);
    const names = ['[Content_Types].xml', '_rels/.rels', 'customXml/item1.xml', 'word/document.xml'];
    // The same Word file with a hidden part before its document that takes what the budget leaves after the two
    // parts before it: the budget would have held the document instead.
    const hidden = part('word/document.xml').length + 20;
    const budget = part('[Content_Types].xml').length + part('_rels/.rels').length + hidden;
    const parts: Record<string, string | Buffer> = {};
    for (const name of names) parts[name] = name === 'customXml/item1.xml' ? filler(hidden) : part(name);
    const bytes = makeZip(parts);
    const zip = checkZip(bytes, DEFAULT_LIMITS.maxInflatedBytes, budget);
    if (!zip.ok) throw new Error(zip.reason);
    expect(zip.parts.has('customXml/item1.xml')).toBe(true);
    expect(zip.parts.has('word/document.xml')).toBe(false);
    const limits = { maxPartBytes: budget, maxParagraphChars: DEFAULT_LIMITS.maxParagraphChars };
    expect(readDocx(bytes, limits, zip.parts)).toEqual(readDocx(plain, limits));
    expect(readDocx(bytes, limits, zip.parts)).toEqual([
      { type: 'paragraph', text: 'Toezegging T03412', line: 1 },
      { type: 'paragraph', text: 'Tweede alinea', line: 2 },
    ]);
  });
});
