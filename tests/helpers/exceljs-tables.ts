// The Excel reader motiebot used until the streaming reader (src/import/document/xlsx.ts):
// exceljs' Workbook model, kept verbatim as the reference the new reader is compared with
// (tests/import/document/xlsx-reader.test.ts). exceljs builds a model of every cell (290 MB and
// 5 s for 10,000 rows), which is why it is no longer used for imports.
import ExcelJS from 'exceljs';
import { utcDayOf } from '../../src/domain/dates/calendar-date.ts';
import type { TableBlock } from '../../src/import/layouts/index.ts';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : utcDayOf(value); // Excel dates carry no zone: exceljs gives midnight UTC of the cell's day
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('text' in value && typeof value.text === 'object') return cellText(value.text);
    if ('error' in value) return '';
  }
  return '';
}

/** The columns read of a sheet (the rest is ignored, as before). */
const MAX_COLUMNS = 200;

/** A sheet with a value below `maxRows`: refused (issue 22.5). */
export interface XlsxTooManyRows {
  refused: 'rows';
  row: number;
}

/**
 * Reads only the rows and cells that exist (exceljs' rowCount counts a formatted empty row at
 * 1,048,576, and asking for every cell up to it built millions of objects); rows between them
 * stay empty rows, so positions hold. A value below row `maxRows` refuses the file.
 */
export async function readXlsxWithExceljs(bytes: Uint8Array, maxRows = 100_000): Promise<TableBlock[] | XlsxTooManyRows> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const tables: TableBlock[] = [];
  const refused: XlsxTooManyRows[] = [];
  workbook.eachSheet((sheet) => {
    if (refused.length > 0 || sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    const found: { number: number; cells: Map<number, string> }[] = [];
    let width = 0;
    let beyond = 0; // the last row below maxRows that holds a value
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells = new Map<number, string>();
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column > MAX_COLUMNS) return;
        const text = cellText(cell.value).replace(/\r/g, '').trim();
        if (text !== '') cells.set(column, text);
      });
      if (cells.size === 0) return;
      if (number > maxRows) {
        beyond = Math.max(beyond, number);
        return;
      }
      width = Math.max(width, ...cells.keys());
      found.push({ number, cells });
    });
    if (beyond > 0) {
      refused.push({ refused: 'rows', row: beyond });
      return;
    }
    const rows: string[][] = [];
    const last = found.at(-1)?.number ?? 0;
    let next = 0;
    for (let r = 1; r <= last; r += 1) {
      const row = found[next]?.number === r ? found[next++] : undefined;
      rows.push(Array.from({ length: width }, (_, c) => row?.cells.get(c + 1) ?? ''));
    }
    tables.push({ type: 'table', rows, line: 1, sheet: sheet.name });
  });
  return refused[0] ?? tables;
}
