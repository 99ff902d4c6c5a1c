// Test helpers: real .xlsx, .docx and PDF files, generated with exceljs, docx and pdfkit.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

export async function makeXlsx(build: (sheet: ExcelJS.Worksheet) => void, name = 'Moties'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet(name));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export interface DocxTable {
  caption?: string;
  rows: (string | { text: string; merge?: 'restart' | 'continue'; span?: number })[][];
}

export async function makeDocx(parts: { heading?: string; paragraph?: string; table?: DocxTable }[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const part of parts) {
    if (part.heading) children.push(new Paragraph({ text: part.heading, heading: HeadingLevel.HEADING_1 }));
    if (part.paragraph) children.push(new Paragraph({ children: [new TextRun(part.paragraph)], alignment: AlignmentType.LEFT }));
    if (part.table) {
      if (part.table.caption) children.push(new Paragraph({ text: part.table.caption, heading: HeadingLevel.HEADING_2 }));
      children.push(
        new Table({
          rows: part.table.rows.map(
            (cells) =>
              new TableRow({
                children: cells.map((cell) => {
                  const spec = typeof cell === 'string' ? { text: cell } : cell;
                  return new TableCell({
                    children: spec.text.split('\n').map((line) => new Paragraph(line)),
                    ...(spec.merge ? { verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
                    ...(spec.span ? { columnSpan: spec.span } : {}),
                  });
                }),
              }),
          ),
        }),
      );
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A PDF with a table: each row's cells drawn side by side at the column's x, wrapped lines below. */
export async function makeTablePdf(options: {
  title: string;
  columns: { header: string; x: number; width: number }[];
  rows: string[][];
  pages?: number;
}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 20 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => { resolve(); }));
  doc.font('Helvetica').fontSize(9);
  const lineHeight = 11;
  doc.text(options.title, 20, 20, { lineBreak: false });
  let y = 50;
  for (const column of options.columns) doc.text(column.header, column.x, y, { lineBreak: false });
  y += lineHeight * 1.8;
  for (const row of options.rows) {
    let lines = 1;
    row.forEach((cell, index) => {
      const column = options.columns[index]!;
      const words = cell.split(' ');
      const wrapped: string[] = [];
      let line = '';
      for (const word of words) {
        const next = line === '' ? word : `${line} ${word}`;
        if (doc.widthOfString(next) > column.width && line !== '') {
          wrapped.push(line);
          line = word;
        } else line = next;
      }
      if (line !== '') wrapped.push(line);
      wrapped.forEach((text, k) => doc.text(text, column.x, y + k * lineHeight, { lineBreak: false }));
      lines = Math.max(lines, wrapped.length);
    });
    y += lines * lineHeight + lineHeight * 0.9;
  }
  for (let page = 1; page < (options.pages ?? 1); page += 1) {
    doc.addPage();
    doc.text(`Pagina ${page + 1}`, 20, 20, { lineBreak: false });
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
