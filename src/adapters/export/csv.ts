// The overview as CSV in Dutch Excel's dialect: ";" between cells, CRLF between rows, cells in
// double quotes when they hold ";", quotes or line breaks. Encoding: UTF-8 with a byte-order mark.
// Dutch Excel opens a file with that mark as UTF-8 (without it, it assumes Windows-1252), and
// UTF-8 holds every character of the texts (ĳ, typographic quotes, accents) where Windows-1252
// would lose some. Each cell stays on one line, except the stand van zaken: its line breaks and
// paragraphs stay in the quoted cell (as Excel writes a cell with Alt+Enter), and the import keeps
// them (its separator sniffing reads such a cell as part of one record).
// A cell that a spreadsheet would take for a formula (it starts with =, +, -, @) is written with
// an apostrophe before it ("'=HYPERLINK(…)"), as OWASP advises against CSV injection, so that an
// item's text can never run as a formula in the reader's Excel. The import strips that apostrophe
// again (src/import/document/csv.ts), so the round trip gives the same text.
import { neutraliseFormula } from '../../domain/export/csv-formula.ts';
import { EXPORT_COLUMNS, type OverviewRow, type OverviewRows } from '../../domain/export/overview-rows.ts';
import { cellOf } from './xlsx.ts';

const BOM = '\uFEFF';

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function csvLine(row: OverviewRow): string {
  return EXPORT_COLUMNS.map((c) => quote(neutraliseFormula(c.key === 'statusText' ? cellOf(row, c.key) : cellOf(row, c.key).replace(/\s+/g, ' ').trim()))).join(';');
}

/** Rows encoded per this many: an export of 100,000 items never holds all its lines as strings. */
const CHUNK_ROWS = 1000;

/** The CSV file of these rows (moties, then toezeggingen), encoded a thousand rows at a time. */
export function writeOverviewCsv(overview: OverviewRows): Buffer {
  const chunks: Buffer[] = [Buffer.from(`${BOM}${EXPORT_COLUMNS.map((c) => quote(c.header)).join(';')}\r\n`, 'utf8')];
  let lines: string[] = [];
  const flush = () => {
    if (lines.length > 0) chunks.push(Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'));
    lines = [];
  };
  for (const rows of [overview.moties, overview.toezeggingen]) {
    for (const row of rows) {
      lines.push(csvLine(row));
      if (lines.length === CHUNK_ROWS) flush();
    }
  }
  flush();
  return Buffer.concat(chunks);
}
