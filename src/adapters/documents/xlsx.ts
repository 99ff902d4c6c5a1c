// Excel (.xlsx, through exceljs) → one table per worksheet. Date cells become YYYY-MM-DD, rich
// text and hyperlinks their text, formulas their result; a merged cell repeats its value in
// every cell it covers (exceljs gives the master's value).
import ExcelJS from 'exceljs';
import { utcDayOf } from '../../domain/dates/calendar-date.ts';
import type { TableBlock } from '../../domain/layouts/index.ts';

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

export async function readXlsx(bytes: Uint8Array): Promise<TableBlock[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const tables: TableBlock[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') return;
    const rows: string[][] = [];
    const columns = Math.min(sheet.columnCount, 200);
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= columns; c += 1) cells.push(cellText(row.getCell(c).value).replace(/\r/g, '').trim());
      rows.push(cells);
    }
    tables.push({ type: 'table', rows, line: 1, sheet: sheet.name });
  });
  return tables;
}
