// The floor of an import, for the per-layout rows: the same file read with the same library
// (text: split into paragraphs; CSV: csv-parse; Excel: exceljs; Word: mammoth) and its rows
// inserted raw into SQLite in one transaction, nothing parsed, matched or audited. Plain Node,
// like the CLI it is compared with.
// Several files (as `motie import` of several files): read one after the other in this one process,
// all their rows inserted in one transaction.
//   node bench/import-floor.mjs <file> [<file> ...] <db>
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import Database from 'better-sqlite3';

const args = process.argv.slice(2);
const dbPath = args.at(-1) ?? '';
const files = args.slice(0, -1);
if (files.length === 0) throw new Error('import-floor: usage: import-floor.mjs <file> [<file> ...] <db>');

/** The rows of one file, read with the library the layout's users would reach for. */
async function rowsOf(/** @type {string} */ file) {
  const bytes = readFileSync(file);
  /** @type {string[][]} */
  let rows;
  switch (extname(file)) {
    case '.txt': {
      const paragraphs = bytes.toString('utf8').split('\n\n');
      rows = [];
      for (let i = 0; i + 1 < paragraphs.length; i += 2) rows.push([paragraphs[i], paragraphs[i + 1]]);
      break;
    }
    case '.csv': {
      const { parse } = await import('csv-parse/sync');
      rows = /** @type {string[][]} */ (parse(bytes.toString('utf8'), { delimiter: ';', relax_column_count: true }));
      break;
    }
    case '.xlsx': {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes);
      /** @type {string[][]} */
      const sheetRows = [];
      workbook.worksheets[0]?.eachRow((row) => {
        const cells = /** @type {unknown[]} */ (row.values);
        sheetRows.push(cells.slice(1).map((v) => (typeof v === 'string' ? v : '')));
      });
      rows = sheetRows;
      break;
    }
    case '.docx': {
      const { default: mammoth } = await import('mammoth');
      const html = (await mammoth.convertToHtml({ buffer: bytes })).value;
      rows = html.split('<tr>').slice(1).map((tr) => tr.split('<td>').slice(1).map((td) => td.replace(/<[^>]+>/g, '')));
      break;
    }
    default:
      throw new Error(`import-floor: no reader for ${file}`);
  }
  return rows;
}

const db = new Database(dbPath);
db.pragma('journal_mode = WAL');
db.exec('CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, text TEXT NOT NULL, status TEXT)');
const insert = db.prepare('INSERT INTO items (text, status) VALUES (?, ?)');
let count = 0;
// One transaction over all files; each file's rows are inserted once it is read (the readers are async).
db.exec('BEGIN');
for (const file of files) {
  const rows = await rowsOf(file);
  for (const row of rows) insert.run(row.slice(0, -1).join(' '), row.at(-1) ?? null);
  count += rows.length;
}
db.exec('COMMIT');
db.close();
process.stdout.write(`BENCH-RESULT ${JSON.stringify({ code: 0, rows: count, peakRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
