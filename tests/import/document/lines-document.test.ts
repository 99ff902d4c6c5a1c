// A text document's blocks (its lines) are built when first read, not on every import (issue 28):
// the layouts read a text document's text. The document must still read, spread, serialise and
// compare as the eager one, through decodeSource, the reading worker's answer and readImport.
import { describe, expect, it } from 'vitest';
import { decodeSource, decodeSourceInWorker, readSourceTask, type ReadSourceOptions } from '../../../src/import/document/read-source.ts';
import { linesDocument, linesOfText, readLayout, type Block, type SourceDocument } from '../../../src/import/layouts/index.ts';
import { stripXmlForbidden } from '../../../src/domain/strip-xml-forbidden.ts';
import { textFactsOf } from '../../../src/import/layouts/source-document.ts';
import { readImport } from '../../../src/app/import-document.ts';
import { loadCalendar } from '../../../src/store/calendar-file.ts';

/** A stand van zaken with a form feed (a line break the text loses as a character XML forbids) and another such character. */
const TEXT = [
  'Stand van zaken moties en toezeggingen',
  '',
  'Moties',
  '',
  'Motie van het lid Mutluer; De Tweede Kamer verzoekt de regering de Kamer voor de zomer\u0001 van 2026 te informeren.1',
  '',
  'SOCW De brief\fvolgt.',
  '',
  '1 Kamerstukken II 2024/25, 36000, nr. 12.',
  '',
].join('\n');

/** The document as it was built before: every line a block, each cleaned of what XML forbids. */
function eager(text: string): SourceDocument {
  const blocks: Block[] = linesOfText(text).map((block) => ({ ...block, text: stripXmlForbidden(block.text) }));
  return { format: 'text', text: stripXmlForbidden(text), blocks };
}

const inThisThread = (async (_task: string, input: unknown) => readSourceTask(input as Parameters<typeof readSourceTask>[0])) as NonNullable<ReadSourceOptions['runWorker']>;

describe('a text document with its lines built when first read', () => {
  it('reads, spreads, serialises and clones as the eager document', () => {
    const lazy = linesDocument(TEXT);
    const want = { format: 'text', text: TEXT, blocks: linesOfText(TEXT) };
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(want));
    expect({ ...lazy }).toEqual(want);
    expect(structuredClone(lazy)).toEqual(want);
    expect(lazy.blocks).toBe(lazy.blocks);
  });

  it('is what decodeSource and the reading worker give, cleaned as before', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const inProcess = await decodeSource(bytes, '.txt');
    const worker = await decodeSourceInWorker(bytes, '.txt', undefined, { runWorker: inThisThread });
    if (!inProcess.ok || !worker.ok) throw new Error('not read');
    expect(JSON.stringify(inProcess.document)).toBe(JSON.stringify(eager(TEXT)));
    expect(JSON.stringify(worker.document)).toBe(JSON.stringify(eager(TEXT)));
    expect(worker).toEqual(inProcess);
  });

  it('is read by readImport without its lines being built, to the same result as the eager document', () => {
    let built = 0;
    const lazy = linesDocument(TEXT, () => {
      built += 1;
      return linesOfText(TEXT);
    });
    const ctx = { calendar: loadCalendar(undefined), now: () => new Date('2025-11-01T10:00:00Z') };
    const read = readImport(ctx, lazy, { documentDate: '2025-10-01' });
    expect(read.ok).toBe(true);
    expect(built).toBe(0);
    expect(read).toEqual(readImport(ctx, { format: 'text', text: TEXT, blocks: linesOfText(TEXT) }, { documentDate: '2025-10-01' }));
    expect(lazy.blocks).toEqual(linesOfText(TEXT));
    expect(built).toBe(1);
  });

  it('carries what its decoder learned about a clean text\'s characters to the layouts, with the same result as the eager document', async () => {
    const clean = TEXT.replaceAll('\u0001', ' ').replaceAll('\f', ' ').replace('De brief', 'De ‘brief’ «één»');
    const read = await decodeSource(new TextEncoder().encode(clean), '.txt');
    if (!read.ok) throw new Error('not read');
    const wide = clean.indexOf('SOCW');
    expect(textFactsOf(read.document)).toEqual({ clean: true, wideLines: [wide, clean.indexOf('\n', wide)] });
    const ctx = { calendar: loadCalendar(undefined), now: () => new Date('2025-11-01T10:00:00Z') };
    const imported = readImport(ctx, read.document, { documentDate: '2025-10-01' });
    expect(imported.ok).toBe(true);
    expect(imported).toEqual(readImport(ctx, { format: 'text', text: clean, blocks: linesOfText(clean) }, { documentDate: '2025-10-01' }));
  });

  it('holds the table a caller sets as its blocks', () => {
    const lazy = linesDocument('Nummer;Omschrijving\n');
    lazy.blocks = [{ type: 'table', line: 1, rows: [['Nummer', 'Omschrijving', 'Verantwoordelijk'], ['1', 'De regering verzoekt een brief te sturen', 'SOCW']] }];
    const withTable: SourceDocument = { format: 'text', text: lazy.text, blocks: lazy.blocks };
    expect(readLayout(lazy, { today: '2025-05-01' })).toEqual(readLayout(withTable, { today: '2025-05-01' }));
    expect(readLayout(linesDocument('Nummer;Omschrijving\n'), { today: '2025-05-01' })).toEqual(readLayout({ format: 'text', text: 'Nummer;Omschrijving\n', blocks: linesOfText('Nummer;Omschrijving\n') }, { today: '2025-05-01' }));
  });
});

// decodeText answers both "binary?" and "anything XML forbids?" in one scan (issue 28): a text that
// scan finds clean is not stripped again. Every character must still be stripped as before.
describe('a text document holds no character XML forbids', () => {
  it('for a text with any one BMP character, or a pair of surrogates, in it', async () => {
    const { decodeText } = await import('../../../src/import/document/decode-text.ts');
    const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => c < '\uD800' || c > '\uDFFF');
    for (const c of [...characters, '\u{1F600}']) {
      const bytes = new TextEncoder().encode(`Motie van het lid Mutluer; De Tweede Kamer verzoekt${c} de regering.\n`);
      const decoded = decodeText(bytes);
      const read = await decodeSource(bytes, '.txt');
      if (!decoded) {
        expect(read.ok, `U+${(c.codePointAt(0) ?? 0).toString(16)}`).toBe(false);
        continue;
      }
      if (!read.ok) throw new Error(`not read: U+${(c.codePointAt(0) ?? 0).toString(16)}`);
      const want = stripXmlForbidden(decoded.text);
      if (read.document.text !== want) expect(read.document.text, `U+${(c.codePointAt(0) ?? 0).toString(16)}`).toBe(want);
    }
  });
});
