// Tiny Office, PDF and JSON files that cost gigabytes to read (issue 22.5): only cells that exist
// are read, every zip part and the cells and paragraphs in it are counted before a reader builds
// them, a PDF page's text pieces are streamed and capped, and a JSON export's columns are
// collected in linear time and capped. Each refusal is one Dutch message, and `motie import`
// writes nothing. Files are generated here, small on disk (tests/helpers/hostile-files.ts); where
// the real size would be slow to generate, the limit is lowered instead (the code path is the same).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/import/document/read-source.ts';
import { worded } from '../../helpers/worded.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { importCommand } from '../../../src/cli/commands/import.ts';
import type { CliIo } from '../../../src/cli/types.ts';
import { closeDb, openDb } from '../../../src/store/db.ts';
import { dumpDb, tempDir } from '../../helpers/db.ts';
import { docxParagraph, makeManyPiecesPdf, makeRawDocx, makeRawXlsx, makeWideJson, xlsxRow } from '../../helpers/hostile-files.ts';

const header = xlsxRow(1, { A: 'Soort', B: 'Omschrijving', C: 'Termijn', D: 'Status' });
const row2 = xlsxRow(2, { A: 'Toezegging', B: 'De minister stuurt een brief over de bekostiging', C: '1 oktober 2025', D: 'Openstaand' });

describe('hostile Office, PDF and JSON files (issue 22.5)', () => {
  it('reads an ordinary 2 kB spreadsheet with one formatted empty row at row 1,048,576 as its two rows', async () => {
    const bytes = makeRawXlsx(header + row2 + '<row r="1048576" ht="30" customHeight="1"/>');
    expect(bytes.length).toBeLessThan(4096);
    const source = await decodeSource(bytes, '.xlsx');
    expect(source.ok && source.document.blocks).toEqual([
      expect.objectContaining({ type: 'table', rows: [['Soort', 'Omschrijving', 'Termijn', 'Status'], ['Toezegging', 'De minister stuurt een brief over de bekostiging', '1 oktober 2025', 'Openstaand']] }),
    ]);
  });

  it('keeps empty rows between rows with values (positions hold) without reading cells that do not exist', async () => {
    const source = await decodeSource(makeRawXlsx(xlsxRow(1, { A: 'a' }) + xlsxRow(4, { C: 'c' })), '.xlsx');
    expect(source.ok && source.document.blocks[0]).toMatchObject({ rows: [['a', '', ''], ['', '', ''], ['', '', ''], ['', '', 'c']] });
  });

  it('refuses a workbook with values at A1048576 and XFD1 in one Dutch sentence', async () => {
    const bytes = makeRawXlsx(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="XFD1" t="inlineStr"><is><t>b</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>c</t></is></c></row>',
    );
    expect(worded(await decodeSource(bytes, '.xlsx'))).toEqual({
      ok: false,
      code: 'DOCUMENT_TOO_MANY_ROWS',
      message: 'Dit Excel-bestand heeft een waarde op rij 1048576; de bot leest hoogstens 100000 rijen uit één bestand (haal weg wat onder het overzicht staat). Er is niets geïmporteerd. Splits het overzicht in kleinere bestanden: motie import leest ze samen, in één opdracht (motie import deel-1.xlsx deel-2.xlsx …).',
    });
  });

  it('refuses a shared string larger than one part may be, before exceljs reads it', async () => {
    const bytes = makeRawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', [Buffer.alloc(3 * 1024 * 1024, 0x61)]);
    expect(bytes.length).toBeLessThan(20_000);
    const result = await decodeSource(bytes, '.xlsx', { ...DEFAULT_LIMITS, maxPartBytes: 2 * 1024 * 1024 });
    expect(worded(result)).toMatchObject({ ok: false, code: 'DOCUMENT_PART_TOO_LARGE', message: expect.stringMatching(/^Het onderdeel xl\/sharedStrings\.xml .* pakt uit tot meer dan 2 MB; .* Er is niets geïmporteerd\.$/) });
  });

  it('refuses a sheet with more cells than the limit, counted in its XML', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const result = await decodeSource(makeRawXlsx(rows), '.xlsx', { ...DEFAULT_LIMITS, maxCells: 2000 });
    expect(worded(result)).toEqual({ ok: false, code: 'DOCUMENT_TOO_MANY_CELLS', message: 'Dit Excel-bestand heeft 3000 cellen; de bot leest er hoogstens 2000 uit één bestand. Er is niets geïmporteerd. Splits het overzicht in kleinere bestanden: motie import leest ze samen, in één opdracht (motie import deel-1.xlsx deel-2.xlsx …).' });
  });

  it('refuses a Word document with more paragraphs than the limit, before mammoth reads it', async () => {
    const bytes = makeRawDocx(docxParagraph('Motie van het lid X over iets.').repeat(1500));
    const result = await decodeSource(bytes, '.docx', { ...DEFAULT_LIMITS, maxParagraphs: 1000 });
    expect(worded(result)).toEqual({ ok: false, code: 'DOCUMENT_TOO_MANY_PARAGRAPHS', message: "Dit Word-bestand heeft 1500 alinea's; de bot leest er hoogstens 1000 uit één bestand. Er is niets geïmporteerd. Splits het overzicht in kleinere bestanden: motie import leest ze samen, in één opdracht (motie import deel-1.docx deel-2.docx …)." });
  });

  it('refuses a one-page PDF whose text comes in more pieces than a page may have (streamed, cancelled at the limit)', async () => {
    const result = await decodeSource(makeManyPiecesPdf(3000), '.pdf', { ...DEFAULT_LIMITS, maxPiecesPerPage: 1000 });
    expect(worded(result)).toMatchObject({ ok: false, code: 'DOCUMENT_TOO_MANY_PIECES', message: expect.stringMatching(/^Pagina 1 van dit PDF-bestand brengt de tekst op meer dan 1000 losse stukjes/) });
  });

  it('refuses a JSON export whose records each bring their own keys, without building the table', async () => {
    expect(worded(await decodeSource(new TextEncoder().encode(makeWideJson(5000)), '.json'))).toEqual({
      ok: false,
      code: 'DOCUMENT_TOO_WIDE',
      message: 'De records in dit JSON-bestand hebben samen meer dan 200 verschillende velden; zo ziet een export van het register er niet uit. Er is niets geïmporteerd.',
    });
  });

  it('motie import of such a file answers the one Dutch sentence and writes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'hoeken.xlsx');
    writeFileSync(path, makeRawXlsx('<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>c</t></is></c></row>'));
    const dbPath = join(dir, 'cli.db');
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date('2025-05-01T08:00:00Z'), env: {}, dbPath };
    const dump = () => {
      const db = openDb(dbPath);
      try {
        return dumpDb(db);
      } finally {
        closeDb(db);
      }
    };
    const before = dump();
    const code = await importCommand.run({ positional: [path], flags: {} }, io);
    expect(code).not.toBe(0);
    expect(err.join('\n')).toContain('Dit Excel-bestand heeft een waarde op rij 1048576');
    expect(dump()).toBe(before);
  });
});
