// The overview as an Excel workbook (exceljs): one sheet, a header row with the column names the
// import's spreadsheet reader knows, then the moties and the toezeggingen, one row each. The
// Kamerstuk column holds the whole reference ("Kamerstukken II 2022/23, 34843, nr. 79"), so the
// vergaderjaar survives; the stand van zaken keeps its paragraphs and line breaks in the cell.
import ExcelJS from 'exceljs';
import { paragraphLines } from '../../domain/export/format-overview-text.ts';
import { EXPORT_COLUMNS, type OverviewExport, type OverviewRow } from '../../domain/export/overview-rows.ts';
import { EXPORT_DOCUMENT } from '../../texts/export.nl.ts';

/** The value of a table cell for a row and column (shared by the Excel and CSV writers). */
export function cellOf(row: OverviewRow, key: (typeof EXPORT_COLUMNS)[number]['key']): string {
  switch (key) {
    case 'kind':
      return row.kind === 'motie' ? EXPORT_DOCUMENT.kindMotie : EXPORT_DOCUMENT.kindToezegging;
    case 'kamerstuk':
      return row.footnote ? row.footnote.replace(/\.$/, '') : '';
    case 'statusText':
      return paragraphLines(row.statusText)
        .map((lines) => lines.join('\n'))
        .join('\n\n');
    default:
      return row[key];
  }
}

const WIDTHS: Record<(typeof EXPORT_COLUMNS)[number]['key'], number> = {
  kind: 12, request: 70, submitters: 22, kamerstuk: 34, codes: 16, statusLabel: 11, statusText: 90, term: 24, termDate: 12, kabinetsappreciatie: 18, kamerTermijn: 12,
};

export async function writeOverviewXlsx(overview: OverviewExport, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motiebot';
  workbook.title = title;
  const sheet = workbook.addWorksheet(EXPORT_DOCUMENT.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of [...overview.moties, ...overview.toezeggingen]) {
    const added = sheet.addRow(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c.key, cellOf(row, c.key)])));
    added.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
