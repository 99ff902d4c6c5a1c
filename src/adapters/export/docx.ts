// The overview as a Word document (`docx`): the sample's layout as paragraphs — a title, the
// headings "Moties" and "Toezeggingen", per item the request with a superscript footnote marker,
// its status, the codes in bold before the stand van zaken (a line break inside one of its
// paragraphs as a Word line break), and the footnote with the Kamerstuk. The import's Word reader
// turns it back into the same lines the text export has, so the flat-list reader reads it as the
// same items.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { paragraphLines, statusLine, termLine, tkFactsLine } from '../../domain/export/format-overview-text.ts';
import type { OverviewExport, OverviewRow } from '../../domain/export/overview-rows.ts';
import { EXPORT_DOCUMENT } from '../../texts/export.nl.ts';

// TextRun takes a string or options; typed as options, `bold` and `italics` are the run's, not
// String.prototype's deprecated methods of the same name.
const run = (options: IRunOptions) => new TextRun(options);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The further lines of a paragraph of the stand van zaken, each after a line break (w:br), which the import reads back as one. */
const lineRuns = (lines: readonly string[]) => lines.map((text) => run({ text, break: 1 }));

/** `dateLine`: "Stand per 15 september 2025", the document date a re-import reads. */
export async function writeOverviewDocx(overview: OverviewExport, title: string, dateLine: string): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(oneLine(title))] }),
    new Paragraph({ children: [new TextRun(dateLine)] }),
    new Paragraph({ children: [run({ text: EXPORT_DOCUMENT.columnsLine, italics: true, color: '666666' })] }),
  ];
  let footnote = 0;
  const section = (heading: string, rows: readonly OverviewRow[]) => {
    if (rows.length === 0) return;
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(heading)] }));
    for (const row of rows) {
      let request = oneLine(row.request);
      let note: string | null = null;
      const runs: TextRun[] = [];
      if (row.footnote) {
        footnote += 1;
        if (/[\p{L}\p{N})]$/u.test(request)) request += '.';
        note = `${footnote} ${row.footnote}`;
      }
      runs.push(new TextRun(request));
      if (note) runs.push(new TextRun({ text: String(footnote), superScript: true }));
      children.push(new Paragraph({ spacing: { before: 240 }, children: runs }));
      children.push(new Paragraph({ children: [run({ text: statusLine(row), italics: true })] }));
      const term = termLine(row);
      if (term) children.push(new Paragraph({ children: [run({ text: term, italics: true })] }));
      const facts = tkFactsLine(row);
      if (facts) children.push(new Paragraph({ children: [run({ text: facts, italics: true })] }));
      const [first = [], ...rest] = paragraphLines(row.statusText);
      const [firstLine = '', ...more] = first;
      children.push(new Paragraph({ children: [run({ text: row.codes, bold: true }), new TextRun(firstLine ? ` ${firstLine}` : ''), ...lineRuns(more)] }));
      for (const [line = '', ...others] of rest) children.push(new Paragraph({ children: [new TextRun(line), ...lineRuns(others)] }));
      if (note) children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: note, size: 16 })] }));
    }
  };
  section(EXPORT_DOCUMENT.moties, overview.moties);
  section(EXPORT_DOCUMENT.toezeggingen, overview.toezeggingen);
  const document = new Document({
    creator: 'motiebot',
    title: oneLine(title),
    description: EXPORT_DOCUMENT.description,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
