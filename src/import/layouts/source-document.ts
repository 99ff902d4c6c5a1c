// The decoded form of any overview file, as the layout readers see it: paragraphs (with their
// heading level) and tables (rows of cell texts), in document order. The adapters in
// src/import/document/ build it from text, PDF, Word, Excel, CSV and JSON; nothing here
// knows a file format.

export type SourceFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'csv' | 'json';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** 1-based line (text, PDF) or paragraph number (Word) where it starts. */
  line: number;
  /** 1–6 for a heading, absent for body text. */
  heading?: number;
  /** A Word paragraph with line breaks (w:br): its lines; `text` is them joined by a space. */
  lines?: string[];
}

export interface TableBlock {
  type: 'table';
  /** Cell texts, row by row; a merged cell repeats its value in every cell it covers. */
  rows: string[][];
  /** 1-based number of the first row in the source (spreadsheet row, line of a CSV). */
  line: number;
  /** The worksheet's name, for spreadsheets. */
  sheet?: string;
}

export type Block = ParagraphBlock | TableBlock;

export interface SourceDocument {
  format: SourceFormat;
  /** The whole text as lines (text and PDF files; for other formats the paragraphs joined). */
  text: string;
  blocks: Block[];
}

/**
 * The text of a document's blocks (Word, Excel): a blank line between paragraphs and between tables,
 * a table row by row, its cells on lines of their own. With `hardBreaks`, a paragraph with `lines`
 * gives them on lines of their own, every line but the last ending in a hard break (`\`), which
 * the flat-list reader reads back as a line break of the stand van zaken.
 */
export function textOfBlocks(blocks: readonly Block[], hardBreaks = false): string {
  return blocks
    .map((block) => {
      if (block.type === 'table') return block.rows.map((row) => row.filter((c) => c !== '').join('\n')).join('\n\n');
      return hardBreaks && block.lines ? block.lines.join('\\\n') : block.text;
    })
    .join('\n\n');
}

/**
 * The paragraphs of a plain text: lines separated by blank lines, joined with spaces. A line for
 * which `alone` is true is a paragraph of its own (a table title or header run into the text); a
 * line for which `breakBefore` is true (given the lines of the paragraph so far) starts a new one.
 */
export function paragraphsOfText(
  text: string,
  alone?: (line: string) => boolean,
  breakBefore?: (line: string, current: readonly string[]) => boolean,
): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  let current: string[] = [];
  let start = 0;
  const lines = lineBreaksOnly(text).split('\n');
  const flush = () => {
    if (current.length > 0) out.push({ type: 'paragraph', text: singleSpaced(current.join(' ')).trim(), line: start });
    current = [];
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      flush();
      return;
    }
    if (alone?.(line)) {
      flush();
      out.push({ type: 'paragraph', text: line.replace(/\s+/g, ' '), line: index + 1 });
      return;
    }
    if (current.length > 0 && breakBefore?.(line, current)) flush();
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  flush();
  return out;
}

/** The text with every CR, CRLF and form feed as a line feed (tested first: most texts have none). */
function lineBreaksOnly(text: string): string {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lines.includes('\f') ? lines.replace(/\f/g, '\n') : lines;
}

/** Every run of white space as one space. Most lines have single spaces only: nothing to collapse, and a 100,000-line file reads faster. */
function singleSpaced(text: string): string {
  return /[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** The lines of a plain text as one-line paragraphs (empty lines left out). */
export function linesOfText(text: string): ParagraphBlock[] {
  const out: ParagraphBlock[] = [];
  const lines = lineBreaksOnly(text).split('\n');
  // One pass, and a block only for a line with text: half the lines of an overview are empty (issue 28).
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index] as string;
    if (raw === '') continue;
    const line = singleSpaced(raw).trim();
    if (line !== '') out.push({ type: 'paragraph', text: line, line: index + 1 });
  }
  return out;
}

/**
 * What the decoder of a text learned about its characters while it read them all (decodeText), for
 * the layouts that split the text into lines (normalise-text splitLines), which then need not read
 * them all again (issue 28).
 */
export interface TextFacts {
  /** The text holds no character splitLines cleans (normalise-text needsCleaning). */
  clean: boolean;
  /** [start, end) of every line that holds a character outside Latin-1, in text order, as a flat list (start, end, start, end, …). */
  wideLines: readonly number[];
}

/** The facts (see linesDocument) of the documents that were given them. */
const TEXT_FACTS = new WeakMap<SourceDocument, TextFacts>();

/** The documents linesDocument made whose blocks are still their text's lines: no tables among them. */
const LINES_ONLY = new WeakSet<SourceDocument>();

/**
 * A text document whose blocks are its text's lines (`lines`, linesOfText unless given), built
 * when first read. The layouts that read a text document read its text, not its blocks: a
 * 10,000-item text had 95,000 line blocks built (and cleaned) for nothing (issue 28). Reading,
 * spreading or serialising the document gives exactly the eager document; setting its blocks
 * replaces them. `facts`: what the text's decoder learned about its characters, kept for the
 * layouts that split the text into lines (textFactsOf).
 */
export function linesDocument(text: string, lines: () => Block[] = () => linesOfText(text), facts?: TextFacts): SourceDocument {
  let blocks: Block[] | undefined;
  const document: SourceDocument = {
    format: 'text',
    text,
    get blocks(): Block[] {
      return (blocks ??= lines());
    },
    set blocks(value: Block[]) {
      blocks = value;
      LINES_ONLY.delete(document);
    },
  };
  LINES_ONLY.add(document);
  if (facts) TEXT_FACTS.set(document, facts);
  return document;
}

/** The facts linesDocument was given about the document's text (see there), if any. */
export function textFactsOf(document: SourceDocument): TextFacts | undefined {
  return TEXT_FACTS.get(document);
}

/**
 * Whether `document` is a linesDocument: its blocks (built or not) are its text's lines, so they
 * hold no table and need not be built to learn that.
 */
export function isLinesDocument(document: SourceDocument): boolean {
  return LINES_ONLY.has(document);
}
