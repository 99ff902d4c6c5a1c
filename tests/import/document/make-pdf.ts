// Test helper: a PDF of a text document, written with pdfkit's standard Helvetica (WinAnsi).
// With `table`, it imitates a real overview: the code column and the status text are drawn as
// separate pieces on one baseline (the status first, so extraction must order them by x), and
// footnote markers at the end of a line are raised and smaller, as superscripts are.
import PDFDocument from 'pdfkit';

const CODE_COLUMN = /^((?:[MS](?:OCW|SZW|VWS|JenV))(?:\s+en\s+[MS](?:OCW|SZW|VWS|JenV))*)\s+(.*)$/;
const END_MARKER = /^(.*[.\p{Ll}])(\d{1,2})\s*$/u;

export async function makePdf(
  text: string,
  options: { linesPerPage?: number; fontSize?: number; table?: boolean } = {},
): Promise<Uint8Array> {
  const fontSize = options.fontSize ?? 8;
  const lineHeight = fontSize * 1.3;
  const linesPerPage = options.linesPerPage ?? 50;
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 20, autoFirstPage: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => { resolve(); }));
  doc.font('Helvetica').fontSize(fontSize);
  let row = 0;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const pageBreak = rawLine.startsWith('\f');
    const line = rawLine.replace(/[\f\t]/g, ' ').trim();
    if ((pageBreak && row > 0) || row >= linesPerPage) {
      doc.addPage();
      row = 0;
    }
    const y = 20 + row * lineHeight;
    row += 1;
    if (line === '') continue;
    const columns = options.table ? CODE_COLUMN.exec(line) : null;
    const marker = options.table ? END_MARKER.exec(line) : null;
    if (columns?.[1] && columns[2]) {
      doc.text(columns[2], 90, y, { lineBreak: false });
      doc.text(columns[1], 20, y, { lineBreak: false });
    } else if (marker?.[1] && marker[2]) {
      doc.text(marker[1], 20, y, { lineBreak: false });
      const x = 20 + doc.widthOfString(marker[1]);
      doc.fontSize(fontSize * 0.6).text(marker[2], x, y - fontSize * 0.25, { lineBreak: false }).fontSize(fontSize);
    } else {
      doc.text(line, 20, y, { lineBreak: false });
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
