// The reading worker posts a Word or Excel document's table rows in parts of about 8,192 cells and
// answers with the tables without their rows (issue 28: one 14 MB message per 10,000-row file made
// malloc keep such sizes, and ten files in one import peaked at 342 MiB). The importing thread puts
// the rows back: the document is the one an in-process read gives, also when a part holds the end
// of one table and the start of the next.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSource, decodeSourceInWorker, readSource, readSourceTask, type ReadSourceOptions } from '../../../src/import/document/read-source.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { tempDir } from '../../helpers/db.ts';
import { docxParagraph, makeRawDocx, makeRawXlsx, xlsxRow } from '../../helpers/hostile-files.ts';

const cellXml = (text: string) => `<w:tc>${docxParagraph(text)}</w:tc>`;
const tableXml = (rows: readonly (readonly string[])[]) => `<w:tbl>${rows.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl>`;
const rowsOf = (count: number, width: number, tag: string) =>
  Array.from({ length: count }, (_, r) => Array.from({ length: width }, (_, c) => `${tag} rij ${r + 1} kolom ${c + 1}${c === 1 ? ' – één' : ''}`));

/** Two tables of 1,500 × 3 and 1,200 × 4 cells (a part ends inside the second), with paragraphs around and between them. */
function twoTables(): Uint8Array {
  return makeRawDocx(
    docxParagraph('Overzicht toezeggingen') + tableXml(rowsOf(1500, 3, 'A')) + docxParagraph('Tweede deel') + tableXml(rowsOf(1200, 4, 'B')) + docxParagraph('Slot'),
  );
}

/** A worker runner that runs the read task in this thread, handing each part it posts to onPart (as runTask does); `drop` leaves that part out. */
function inThisThread(parts: unknown[][][], drop: number | null = null): NonNullable<ReadSourceOptions['runWorker']> {
  return (async (_task: string, input: unknown, options: { onPart?: (part: unknown) => void }) =>
    readSourceTask(input as Parameters<typeof readSourceTask>[0], (part) => {
      parts.push(part);
      if (parts.length - 1 !== drop) options.onPart?.(part);
    })) as NonNullable<ReadSourceOptions['runWorker']>;
}

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the reading worker posts table rows in parts (issue 28)', () => {
  it('posts rows in parts, the tables without them; the importing thread rebuilds the same document', async () => {
    const bytes = twoTables();
    const parts: unknown[][][] = [];
    const answer = await readSourceTask({ bytes: bytes.slice(), extension: '.docx', limits: DEFAULT_LIMITS }, (part) => parts.push(part));
    expect(answer).toMatchObject({ ok: true, textOfBlocks: true, rowsPosted: [1500, 1200] });
    expect(answer.ok && answer.document.blocks.flatMap((b) => (b.type === 'table' ? [b.rows.length] : []))).toEqual([0, 0]);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat().length).toBe(2700);
    // one part holds the last rows of the first table and the first of the second
    expect(parts.some((part) => part.some((row) => row.length === 3) && part.some((row) => row.length === 4))).toBe(true);
    const viaParts = await decodeSourceInWorker(bytes.slice(), '.docx', DEFAULT_LIMITS, { runWorker: inThisThread([]) });
    const inProcess = await decodeSource(bytes.slice(), '.docx');
    expect(viaParts).toEqual(inProcess);
    expect(inProcess.ok && inProcess.document.blocks.map((b) => (b.type === 'table' ? b.rows.length : b.text))).toEqual(['Overzicht toezeggingen', 1500, 'Tweede deel', 1200, 'Slot']);
  });

  it('gives the same document through the real worker, Word and Excel', async () => {
    const word = twoTables();
    const wordPath = join(dir, 'tabellen.docx');
    writeFileSync(wordPath, word);
    expect(await readSource(wordPath)).toEqual(await decodeSource(word, '.docx'));
    const sheet = makeRawXlsx(rowsOf(3000, 3, 'C').map((row, r) => xlsxRow(r + 1, { A: row[0] ?? '', B: row[1] ?? '', C: row[2] ?? '' })).join(''));
    const sheetPath = join(dir, 'tabel.xlsx');
    writeFileSync(sheetPath, sheet);
    const read = await readSource(sheetPath);
    expect(read).toEqual(await decodeSource(sheet, '.xlsx'));
    expect(read.ok && read.document.blocks.map((b) => b.type === 'table' && b.rows.length)).toEqual([3000]);
  });

  it('refuses a read whose posted rows do not add up (a part lost) as unreadable, logged', async () => {
    const lines: string[] = [];
    const record = (...msg: unknown[]) => {
      lines.push(msg.map(String).join(' '));
    };
    const read = await decodeSourceInWorker(twoTables(), '.docx', DEFAULT_LIMITS, { runWorker: inThisThread([], 1), log: { debug: record, info: record, warn: record, error: record } });
    expect(read).toEqual({ ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'worker-failed' });
    expect(lines.join('\n')).toMatch(/posted \d+ rows for 2 tables/);
  });
});
