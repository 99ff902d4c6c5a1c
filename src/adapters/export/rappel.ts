// The draft answer to the Eerste Kamer's rappel as Word (one table) and Excel (one sheet), in the
// Eerste Kamer's columns. Both read back through `motie import` as the same items: the table's
// T-numbers make it an Eerste Kamer register, and its headers are import headers.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';
import ExcelJS from 'exceljs';
import { RAPPEL_COLUMNS, type RappelRow } from '../../domain/export/rappel-rows.ts';
import { RAPPEL_DOCUMENT } from '../../texts/export.nl.ts';

// TextRun takes a string or options; typed as options, `bold` and `italics` are the run's, not
// String.prototype's deprecated methods of the same name.
const run = (options: IRunOptions) => new TextRun(options);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map(oneLine).filter((p) => p !== '');

/** Column widths in twentieths of a point (docx) and characters (Excel). */
const WIDTHS = { number: [1100, 10], title: [2600, 40], status: [1300, 14], deadline: [1400, 18], statusText: [3400, 80], expected: [1400, 18] } as const;

function cell(text: string, width: number, bold = false): TableCell {
  const paragraphs = paragraphsOf(text);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: (paragraphs.length > 0 ? paragraphs : ['']).map((p) => new Paragraph({ children: [run({ text: p, bold })] })),
  });
}

export async function writeRappelDocx(rows: readonly RappelRow[], title: string): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: RAPPEL_COLUMNS.map((c) => cell(c.header, WIDTHS[c.key][0], true)) });
  const body = rows.map((row) => new TableRow({ children: RAPPEL_COLUMNS.map((c) => cell(row[c.key], WIDTHS[c.key][0])) }));
  const document = new Document({
    creator: 'motiebot',
    title: oneLine(title),
    description: RAPPEL_DOCUMENT.description,
    sections: [
      {
        properties: { page: { size: { orientation: 'landscape', width: 16838, height: 11906 } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(title))] }),
          new Paragraph({ children: [run({ text: RAPPEL_DOCUMENT.intro, italics: true })] }),
          new Table({ rows: [header, ...body], width: { size: 11200, type: WidthType.DXA } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function writeRappelXlsx(rows: readonly RappelRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'motiebot';
  workbook.title = title;
  const sheet = workbook.addWorksheet(RAPPEL_DOCUMENT.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RAPPEL_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: WIDTHS[c.key][1] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(Object.fromEntries(RAPPEL_COLUMNS.map((c) => [c.key, row[c.key]])));
    added.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
