// The overview as a Word document (`docx`): the sample's layout as paragraphs — a title, the
// headings "Moties" and "Toezeggingen", per item the request with a superscript footnote marker,
// its status, the codes in bold before the stand van zaken, and the footnote with the Kamerstuk.
// Mammoth (the import's Word reader) turns it back into the same lines the text export has, so
// the flat-list reader reads it as the same items.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { statusLine, termLine, tkFactsLine } from '../../domain/export/format-overview-text.ts';
import type { OverviewExport, OverviewRow } from '../../domain/export/overview-rows.ts';
import { EXPORT_DOCUMENT } from '../../texts/export.nl.ts';

// TextRun takes a string or options; typed as options, `bold` and `italics` are the run's, not
// String.prototype's deprecated methods of the same name.
const run = (options: IRunOptions) => new TextRun(options);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map(oneLine).filter((p) => p !== '');

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
      const [first = '', ...rest] = paragraphsOf(row.statusText);
      children.push(new Paragraph({ children: [run({ text: row.codes, bold: true }), new TextRun(first ? ` ${first}` : '')] }));
      for (const p of rest) children.push(new Paragraph({ children: [new TextRun(p)] }));
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
