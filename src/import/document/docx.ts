// Word (.docx) → headings, paragraphs and real tables, read as a stream (issue 22.5 / 28): the
// parts a layout reader needs (word/document.xml, the footnotes and endnotes, the style names for
// headings) are inflated one at a time and parsed with a SAX parser, so memory grows with the
// text, not with a DOM of the document (mammoth built one: 700 MB for 10,000 rows).
//
// The result is what the earlier mammoth-based reader gave (tests/import/document/
// docx-reader.test.ts compares the two on every Word file the tests make): a paragraph per
// non-empty Word paragraph (whitespace collapsed, a line break becomes a space), headings from
// the styles Heading 1–6 (by id or name), a footnote or endnote reference as "[n]" and the
// referenced notes as paragraphs at the end ("… ↑"), and tables with merged cells (gridSpan,
// vMerge) repeating their text in every cell they cover; a table inside a cell joins that cell's
// text. A body paragraph (not a heading, not in a table or a note) with line breaks also has its
// `lines`, which the flat-list reader reads as lines of the stand van zaken; its text is mammoth's.
// As mammoth did: deleted text, field codes (w:fldSimple) and drawings are left out,
// a text box's paragraphs follow the paragraph that holds it. Unlike mammoth, a w:sym symbol (a Wingdings
// tick) is left out rather than mapped to Unicode.
import type { Block } from '../layouts/index.ts';
import { withXmlParser, type XmlHandler, type XmlParse } from './xml-stream.ts';
import { zipEntry } from './zip-limits.ts';

/** What reading one Word document may hold (DocumentLimits gives the part cap). */
export interface DocxLimits {
  /** Bytes one part may inflate to. */
  maxPartBytes: number;
  /** Characters of one paragraph; the rest is left out (the import cuts item texts far shorter, with a warning). */
  maxParagraphChars: number;
}

// ---------------------------------------------------------------------------------------------
// Blocks: the state machine of the earlier reader, fed with element events instead of HTML.

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  /** Whether a paragraph keeps its lines (the body's paragraphs: not the notes). */
  keepLines = true;
  private text = '';
  private heading: number | undefined;
  private tableDepth = 0;
  private rows: Cell[][] = [];
  private row: Cell[] | null = null;
  private cell: Cell | null = null;
  private paragraph = 0;

  constructor(private readonly maxChars: number) {}

  addText(value: string): void {
    if (this.text.length < this.maxChars) this.text += value.length > this.maxChars ? value.slice(0, this.maxChars) : value;
  }

  private flush(): void {
    const raw = this.text;
    const value = collapsed(raw.includes(LINE_BREAK) ? raw.replaceAll(LINE_BREAK, '\n') : raw);
    this.text = '';
    if (value === '') return;
    this.paragraph += 1;
    if (this.cell) {
      this.cell.text = this.cell.text === '' ? value : `${this.cell.text}\n${value}`;
      return;
    }
    if (this.heading !== undefined) {
      this.blocks.push({ type: 'paragraph', text: value, line: this.paragraph, heading: this.heading });
      return;
    }
    const lines = this.keepLines && raw.includes(LINE_BREAK) ? linesOf(raw) : [];
    this.blocks.push(lines.length > 1 ? { type: 'paragraph', text: value, line: this.paragraph, lines } : { type: 'paragraph', text: value, line: this.paragraph });
  }

  /** p, li, h1–h6 (`heading`), and the end of one. */
  paragraphStart(heading: number | undefined): void {
    if (this.tableDepth > 1) return;
    this.flush();
    this.heading = heading;
  }

  paragraphEnd(): void {
    if (this.tableDepth > 1) {
      this.addText(' ');
      return;
    }
    this.flush();
    this.heading = undefined;
  }

  tableStart(): void {
    this.flush();
    this.tableDepth += 1;
    if (this.tableDepth === 1) this.rows = [];
  }

  tableEnd(): void {
    this.flush();
    this.tableDepth -= 1;
    if (this.tableDepth === 0) {
      this.blocks.push({ type: 'table', rows: expandSpans(this.rows), line: this.paragraph + 1 });
      this.rows = [];
    }
  }

  rowStart(): void {
    if (this.tableDepth === 1) this.row = [];
  }

  rowEnd(): void {
    if (this.tableDepth !== 1 || !this.row) return;
    this.rows.push(this.row);
    this.row = null;
  }

  cellStart(colspan: number, rowspan: number): void {
    if (this.tableDepth !== 1) return;
    this.cell = { text: '', colspan: Math.min(50, Math.max(1, colspan)), rowspan: Math.min(500, Math.max(1, rowspan)) };
  }

  cellEnd(): void {
    if (this.tableDepth > 1) {
      this.addText(' ');
      return;
    }
    if (!this.cell) return;
    this.flush();
    this.row?.push(this.cell);
    this.cell = null;
  }

  end(): Block[] {
    this.flush();
    return this.blocks;
  }
}

/** A Word line break (w:br) in a paragraph's text; the text reads it as a space, a paragraph's `lines` split at it. */
const LINE_BREAK = '\uFDD1';

/**
 * Whether a text has something `collapsed` changes: whitespace other than a space, two spaces, or
 * a space at either end. Almost no cell has, and the test costs a third of the replacement.
 */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** The text with each run of whitespace one space, trimmed (`\s` is exactly the whitespace trim() removes). */
function collapsed(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function linesOf(raw: string): string[] {
  return raw
    .split(LINE_BREAK)
    .map(collapsed)
    .filter((line) => line !== '');
}

function expandSpans(rows: Cell[][]): string[][] {
  const out: string[][] = [];
  const carried: { text: string; left: number }[] = []; // per column: a rowspan still covering it
  for (const cells of rows) {
    const line: (string | undefined)[] = []; // sparse: a column under a colspan may stay empty
    let column = 0;
    const place = () => {
      for (let span = carried[column]; span && span.left > 0; span = carried[column]) {
        line[column] = span.text;
        span.left -= 1;
        column += 1;
      }
    };
    for (const c of cells) {
      place();
      for (let k = 0; k < c.colspan; k += 1) {
        line[column] = c.text;
        if (c.rowspan > 1) carried[column] = { text: c.text, left: c.rowspan - 1 };
        column += 1;
      }
    }
    place();
    out.push(Array.from(line, (value) => value ?? ''));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word XML → items. Paragraphs outside tables go to the builder as they end; a table is kept as a
// small tree until it ends (a vertical merge is known only from the rows below).

/** A note reference inside a paragraph's text: numbered when the paragraph is written, as mammoth did. */
const NOTE_MARK = '\uFDD0';
/** NOTE_MARK or LINE_BREAK: a document's own text never keeps them. */
const OUR_MARKS = /[\uFDD0\uFDD1]/;

interface Paragraph {
  kind: 'p';
  /** 1–6 for a heading; 0 for a list item; undefined for a plain paragraph. */
  heading: number | undefined;
  list: boolean;
  text: string;
  /** Something mammoth would write (text, a tab, a break, a note reference, a bookmark). */
  content: boolean;
  notes: Note[];
}

interface Note {
  type: 'footnote' | 'endnote';
  id: string;
}

interface TableItem {
  kind: 'table';
  rows: RowItem[];
  /** Something other than a row directly in the table: mammoth then merged no cells. */
  irregular: boolean;
}

interface RowItem {
  cells: CellItem[];
  deleted: boolean;
  irregular: boolean;
}

interface CellItem {
  colSpan: number;
  vMerge: boolean | null;
  rowSpan: number;
  items: Item[];
}

type Item = Paragraph | TableItem;

/**
 * A paragraph's notes, a paragraph frame's extras and a table cell's items until it has one: most
 * have none (a cell one), and a 10,000-row table kept an empty array of each per cell until the
 * table ended (issue 28). Never pushed to: the first one replaces it.
 */
const NO_NOTES: Note[] = [];
const NO_ITEMS: Item[] = [];

interface ParagraphFrame {
  kind: 'paragraph';
  paragraph: Paragraph;
  styleId: string | null;
  numId: string | undefined;
  level: string | undefined;
  deleted: boolean;
  /** Paragraphs and tables of a text box in this paragraph: they follow it. */
  extras: Item[];
}

type Frame =
  | { kind: 'body' }
  | { kind: 'note'; items: Item[] }
  | ParagraphFrame
  | { kind: 'table'; table: TableItem }
  | { kind: 'row'; row: RowItem }
  | { kind: 'cell'; cell: CellItem }
  | { kind: 'pass' };

/** Elements whose children are read as if they stood in their place. */
const PASS_THROUGH = new Set([
  'w:hyperlink',
  'w:ins',
  'w:customXml',
  'w:smartTag',
  'w:moveTo',
  'w:object',
  'w:pict',
  'v:roundrect',
  'v:shape',
  'v:textbox',
  'w:txbxContent',
  'v:group',
  'v:rect',
  'w:moveFromRangeStart',
  'w:moveFromRangeEnd',
  'w:moveToRangeStart',
  'w:moveToRangeEnd',
  'w:sdtContent',
]);

const HEADING_IDS: Record<string, number> = { Heading1: 1, Heading2: 2, Heading3: 3, Heading4: 4, Heading5: 5, Heading6: 6, Heading: 1 };

function headingOf(styleId: string | null, styleNames: ReadonlyMap<string, string>): number | undefined {
  if (styleId === null) return undefined;
  const byId = HEADING_IDS[styleId];
  if (byId !== undefined) return byId;
  const name = styleNames.get(styleId)?.toLowerCase();
  if (name === undefined) return undefined;
  if (name === 'heading') return 1;
  const match = /^heading ([1-6])$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** What numbering.xml defines: enough to tell a list item (mammoth's <li>) from a paragraph. */
interface Numbering {
  /** numId → the levels (ilvl) its abstract numbering defines. */
  levels: Map<string, Set<string>>;
  /** Paragraph styles a numbering level names (a list by style). */
  styles: Map<string, string>;
}

/** mammoth's readNumberingProperties, reduced to "is it a list item at level 0–4". */
function isListItem(frame: ParagraphFrame, numbering: Numbering): boolean {
  let level: string | undefined;
  if (frame.level !== undefined && frame.numId !== undefined) level = numbering.levels.get(frame.numId)?.has(frame.level) ? frame.level : undefined;
  else if (frame.styleId !== null && numbering.styles.has(frame.styleId)) level = numbering.styles.get(frame.styleId);
  else if (frame.numId !== undefined) level = numbering.levels.get(frame.numId)?.has('0') ? '0' : undefined;
  return level !== undefined && Number(level) <= 4;
}

function readNumbering(parseXml: XmlParse, data: Buffer | null): Numbering {
  const numbering: Numbering = { levels: new Map(), styles: new Map() };
  if (!data) return numbering;
  const abstracts = new Map<string, Set<string>>();
  const nums: [string, string][] = [];
  let abstract: Set<string> | null = null;
  let level: string | null = null;
  let num: string | null = null;
  parseXml(data, {
    open(name, attribute) {
      if (name === 'w:abstractNum') {
        abstract = new Set();
        abstracts.set(attribute('w:abstractNumId') ?? '', abstract);
      } else if (name === 'w:lvl' && abstract) {
        level = attribute('w:ilvl') ?? null;
        if (level !== null) abstract.add(level);
      } else if (name === 'w:pStyle' && level !== null) {
        const style = attribute('w:val');
        if (style !== undefined && !numbering.styles.has(style)) numbering.styles.set(style, level);
      } else if (name === 'w:num') num = attribute('w:numId') ?? null;
      else if (name === 'w:abstractNumId' && num !== null) nums.push([num, attribute('w:val') ?? '']);
    },
    close(name) {
      if (name === 'w:abstractNum') abstract = null;
      else if (name === 'w:lvl') level = null;
      else if (name === 'w:num') num = null;
    },
    text() {},
  });
  for (const [id, abstractId] of nums) numbering.levels.set(id, abstracts.get(abstractId) ?? new Set());
  return numbering;
}

/**
 * Reads the body of word/document.xml, or the notes of footnotes.xml / endnotes.xml, into items.
 * `emit` gets each finished top-level item (the body is never held whole); `note` each note.
 */
class WordReader implements XmlHandler {
  private readonly frames: Frame[] = [];
  /** Depth inside an element that is left out whole (and its children). */
  private skip = 0;
  private inText = false;
  /** A paragraph whose mark was deleted: its content joins the next paragraph. */
  private carried: { text: string; content: boolean; notes: Note[]; extras: Item[] } | null = null;
  private noteId = '';
  private readonly stack: string[] = [];

  constructor(
    private readonly styleNames: ReadonlyMap<string, string>,
    private readonly numbering: Numbering,
    private readonly maxChars: number,
    private readonly emit: (item: Item) => void,
    private readonly notePart: { note: (id: string, items: Item[]) => void } | null = null,
  ) {}

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** The paragraph being read (the innermost), if any. */
  private paragraphFrame(): ParagraphFrame | null {
    for (let i = this.frames.length - 1; i >= 0; i -= 1) {
      const frame = this.frames[i];
      if (frame?.kind === 'paragraph') return frame;
      if (frame?.kind === 'table' || frame?.kind === 'row' || frame?.kind === 'cell') return null;
    }
    return null;
  }

  /** The nearest frame that is not a pass-through wrapper. */
  private structural(): Frame | undefined {
    for (let i = this.frames.length - 1; i >= 0; i -= 1) {
      const frame = this.frames[i];
      if (frame && frame.kind !== 'pass') return frame;
    }
    return undefined;
  }

  private place(item: Item): void {
    for (let i = this.frames.length - 1; i >= 0; i -= 1) {
      const frame = this.frames[i];
      if (!frame || frame.kind === 'pass') continue;
      if (frame.kind === 'paragraph') {
        if (frame.extras === NO_ITEMS) frame.extras = [item];
        else frame.extras.push(item);
      }
      else if (frame.kind === 'cell') {
        // Most cells hold one paragraph: an array of one (24 bytes), not an empty array pushed to
        // (room for 17: 152 bytes), 10 MB of the reading worker's heap by the end of a 10,000-row table.
        if (frame.cell.items === NO_ITEMS) frame.cell.items = [item];
        else frame.cell.items.push(item);
      }
      else if (frame.kind === 'note') frame.items.push(item);
      else if (frame.kind === 'body') this.emit(item);
      // directly in a table or row: not a place for a paragraph (mammoth's output was not a table then either)
      return;
    }
  }

  private appendText(value: string): void {
    const frame = this.paragraphFrame();
    if (!frame) return;
    const paragraph = frame.paragraph;
    if (value.length > 0) paragraph.content = true;
    if (paragraph.text.length >= this.maxChars) return;
    paragraph.text += value.length > this.maxChars ? value.slice(0, this.maxChars) : value;
  }

  open(name: string, attribute: (name: string) => string | undefined): void {
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (this.skip > 0) {
      this.skip += 1;
      return;
    }
    const frame = this.top();
    // Properties: only what changes the text or the structure is read.
    if (parent === 'w:pPr') {
      const paragraph = this.paragraphFrame();
      if (name === 'w:pStyle' && paragraph) paragraph.styleId = attribute('w:val') ?? null;
      else if (name === 'w:numPr' && paragraph) return; // its w:numId is read below
      else if (name === 'w:rPr') return;
      else this.skip = 1;
      return;
    }
    if (parent === 'w:numPr') {
      const paragraph = this.paragraphFrame();
      if (name === 'w:numId' && paragraph) paragraph.numId = attribute('w:val');
      if (name === 'w:ilvl' && paragraph) paragraph.level = attribute('w:val');
      this.skip = 1;
      return;
    }
    if (parent === 'w:rPr' && this.stack[this.stack.length - 3] === 'w:pPr') {
      const paragraph = this.paragraphFrame();
      if (name === 'w:del' && paragraph) paragraph.deleted = true;
      this.skip = 1;
      return;
    }
    if (parent === 'w:trPr') {
      if (name === 'w:del' && frame?.kind === 'row') frame.row.deleted = true;
      this.skip = 1;
      return;
    }
    if (parent === 'w:tcPr') {
      if (frame?.kind === 'cell') {
        if (name === 'w:gridSpan') {
          const value = attribute('w:val');
          frame.cell.colSpan = value ? parseInt(value, 10) : 1;
        } else if (name === 'w:vMerge') {
          const value = attribute('w:val');
          frame.cell.vMerge = value === 'continue' || !value;
        }
      }
      this.skip = 1;
      return;
    }
    switch (name) {
      case 'w:document':
      case 'w:body':
      case 'w:footnotes':
      case 'w:endnotes':
      case 'w:r':
        return;
      case 'w:footnote':
      case 'w:endnote': {
        const type = attribute('w:type');
        if (!this.notePart || type === 'separator' || type === 'continuationSeparator') {
          this.skip = 1;
          return;
        }
        this.noteId = attribute('w:id') ?? '';
        this.frames.push({ kind: 'note', items: [] });
        return;
      }
      case 'w:pPr':
      case 'w:trPr':
      case 'w:tcPr':
        if (frame?.kind === 'paragraph' || frame?.kind === 'row' || frame?.kind === 'cell') return;
        this.skip = 1;
        return;
      case 'w:p': {
        const carried = this.carried;
        this.carried = null;
        this.frames.push({
          kind: 'paragraph',
          paragraph: { kind: 'p', heading: undefined, list: false, text: carried?.text ?? '', content: carried?.content ?? false, notes: carried?.notes ?? NO_NOTES },
          styleId: null,
          numId: undefined,
          level: undefined,
          deleted: false,
          extras: carried?.extras ?? NO_ITEMS,
        });
        return;
      }
      case 'w:t':
        this.inText = true;
        return;
      case 'w:tab':
        this.appendText('\t');
        return;
      case 'w:noBreakHyphen':
        this.appendText('\u2011');
        return;
      case 'w:softHyphen':
        this.appendText('\u00AD');
        return;
      case 'w:br': {
        const type = attribute('w:type');
        if (type === undefined || type === 'textWrapping') this.appendText(LINE_BREAK);
        return;
      }
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const paragraph = this.paragraphFrame();
        if (paragraph) {
          const note: Note = { type: name === 'w:footnoteReference' ? 'footnote' : 'endnote', id: attribute('w:id') ?? '' };
          if (paragraph.paragraph.notes === NO_NOTES) paragraph.paragraph.notes = [note];
          else paragraph.paragraph.notes.push(note);
          paragraph.paragraph.content = true;
          paragraph.paragraph.text += NOTE_MARK;
        }
        return;
      }
      case 'w:bookmarkStart': {
        if (attribute('w:name') === '_GoBack') return;
        const paragraph = this.paragraphFrame();
        if (paragraph) paragraph.paragraph.content = true;
        this.markIrregular();
        return;
      }
      case 'w:tbl':
        this.markIrregular();
        this.frames.push({ kind: 'table', table: { kind: 'table', rows: [], irregular: false } });
        return;
      case 'w:tr':
        this.frames.push({ kind: 'row', row: { cells: [], deleted: false, irregular: false } });
        return;
      case 'w:tc':
        this.frames.push({ kind: 'cell', cell: { colSpan: 1, vMerge: null, rowSpan: 1, items: NO_ITEMS } });
        return;
      case 'w:sdt':
        this.frames.push({ kind: 'pass' });
        return;
      case 'mc:AlternateContent':
        this.frames.push({ kind: 'pass' });
        return;
      case 'mc:Fallback':
        if (parent === 'mc:AlternateContent') this.frames.push({ kind: 'pass' });
        else this.skip = 1;
        return;
      default:
        if (PASS_THROUGH.has(name)) {
          this.frames.push({ kind: 'pass' });
          return;
        }
        this.skip = 1; // anything else is left out with its children, as mammoth did
    }
  }

  /** A paragraph or table directly in a table or row. */
  private markIrregular(): void {
    const frame = this.structural();
    if (frame?.kind === 'table') frame.table.irregular = true;
    if (frame?.kind === 'row') frame.row.irregular = true;
  }

  close(name: string): void {
    this.stack.pop();
    if (this.skip > 0) {
      this.skip -= 1;
      return;
    }
    switch (name) {
      case 'w:t':
        this.inText = false;
        return;
      case 'w:p': {
        const frame = this.frames.pop();
        if (frame?.kind !== 'paragraph') return;
        const paragraph = frame.paragraph;
        if (frame.deleted) {
          this.carried = { text: paragraph.text, content: paragraph.content, notes: paragraph.notes, extras: frame.extras };
          return;
        }
        paragraph.heading = headingOf(frame.styleId, this.styleNames);
        paragraph.list = isListItem(frame, this.numbering);
        if (this.structural()?.kind === 'table' || this.structural()?.kind === 'row') this.markIrregular();
        this.place(paragraph);
        for (const extra of frame.extras) this.place(extra);
        return;
      }
      case 'w:tbl': {
        const frame = this.frames.pop();
        if (frame?.kind === 'table') this.place(frame.table);
        return;
      }
      case 'w:tr': {
        const frame = this.frames.pop();
        const table = this.top();
        if (frame?.kind === 'row' && !frame.row.deleted && table?.kind === 'table') table.table.rows.push(frame.row);
        return;
      }
      case 'w:tc': {
        const frame = this.frames.pop();
        const row = this.top();
        if (frame?.kind === 'cell' && row?.kind === 'row') row.row.cells.push(frame.cell);
        return;
      }
      case 'w:footnote':
      case 'w:endnote': {
        const frame = this.frames.pop();
        if (frame?.kind === 'note' && this.notePart) this.notePart.note(this.noteId, frame.items);
        return;
      }
      default:
        if (PASS_THROUGH.has(name) || name === 'w:sdt' || name === 'mc:AlternateContent' || name === 'mc:Fallback') this.frames.pop();
    }
  }

  text(value: string): void {
    if (this.inText && this.skip === 0) this.appendText(OUR_MARKS.test(value) ? value.replaceAll(NOTE_MARK, '').replaceAll(LINE_BREAK, '') : value);
  }

  start(): this {
    this.frames.push({ kind: 'body' });
    return this;
  }
}

/** mammoth's calculateRowSpans: a continuing cell is removed and the cell above spans it. */
function mergeRows(table: TableItem): RowItem[] {
  const rows = table.rows;
  if (table.irregular || rows.some((row) => row.irregular)) return rows;
  const columns = new Map<number, CellItem>();
  let merged = false;
  for (const row of rows) {
    let index = 0;
    for (const cell of row.cells) {
      const above = columns.get(index);
      if (cell.vMerge && above) {
        above.rowSpan += 1;
        merged = true;
      } else {
        columns.set(index, cell);
        cell.vMerge = false;
      }
      index += cell.colSpan;
    }
  }
  // Without a continuing cell every vMerge is false now: nothing to leave out.
  return merged ? rows.map((row) => ({ ...row, cells: row.cells.filter((cell) => !cell.vMerge) })) : rows;
}

/** Writes items to the builder in document order, numbering note references as they come. */
class Writer {
  private number = 1;
  readonly references: Note[] = [];

  constructor(private readonly builder: BlockBuilder) {}

  item(item: Item): void {
    if (item.kind === 'p') {
      this.builder.paragraphStart(item.heading);
      this.builder.addText(this.numbered(item));
      this.builder.paragraphEnd();
      return;
    }
    this.builder.tableStart();
    for (const row of mergeRows(item)) {
      this.builder.rowStart();
      for (const cell of row.cells) {
        const colSpan = Number.isFinite(cell.colSpan) ? cell.colSpan : 1;
        this.builder.cellStart(colSpan, cell.rowSpan);
        for (const inner of cell.items) this.item(inner);
        this.builder.cellEnd();
      }
      this.builder.rowEnd();
    }
    this.builder.tableEnd();
  }

  private numbered(paragraph: Paragraph): string {
    if (paragraph.notes.length === 0) return paragraph.text;
    let next = 0;
    return paragraph.text.replaceAll(NOTE_MARK, () => {
      const note = paragraph.notes[next++];
      if (note) this.references.push(note);
      return `[${this.number++}]`;
    });
  }

  /** The referenced notes at the end, each as a list item ending in "↑" (a reference inside a note is numbered, not listed). */
  notes(notes: ReadonlyMap<string, Item[]>): void {
    const referenced = this.references.slice();
    this.builder.keepLines = false;
    for (const reference of referenced) {
      const items = notes.get(`${reference.type}-${reference.id}`);
      if (!items) continue;
      this.builder.paragraphStart(undefined); // <li>
      const written = items.filter((item) => item.kind === 'table' || item.content);
      const last = written[written.length - 1];
      // The back link is a non-fresh <p>: it joins a last plain paragraph, else stands alone.
      const joins = last?.kind === 'p' && last.heading === undefined && !last.list ? last : null;
      for (const item of joins ? written.slice(0, -1) : written) this.item(item);
      this.builder.paragraphStart(undefined);
      this.builder.addText(`${joins ? this.numbered(joins) : ''} ↑`);
      this.builder.paragraphEnd();
      this.builder.paragraphEnd(); // </li>
    }
  }
}

function relationshipTargets(parseXml: XmlParse, data: Buffer | null): Map<string, string> {
  const targets = new Map<string, string>();
  if (!data) return targets;
  parseXml(data, {
    open(name, attribute) {
      if (name !== 'relationships:Relationship') return;
      const type = attribute('Type')?.split('/').pop();
      const target = attribute('Target');
      if (type && target && !targets.has(type)) targets.set(type, target);
    },
    close() {},
    text() {},
  });
  return targets;
}

function partPath(base: string, target: string | undefined, fallback: string): string {
  if (target === undefined) return fallback;
  if (target.startsWith('/')) return target.slice(1);
  const parts = `${base}${target}`.split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function readStyleNames(parseXml: XmlParse, data: Buffer | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!data) return names;
  let current: string | null = null;
  parseXml(data, {
    open(name, attribute) {
      if (name === 'w:style') current = attribute('w:type') === 'paragraph' ? (attribute('w:styleId') ?? null) : null;
      else if (name === 'w:name' && current !== null && !names.has(current)) names.set(current, attribute('w:val') ?? '');
    },
    close(name) {
      if (name === 'w:style') current = null;
    },
    text() {},
  });
  return names;
}

/** `inflated`: parts checkZip inflated with the same part limit (zipEntry). */
export function readDocx(bytes: Uint8Array, limits: DocxLimits, inflated?: ReadonlyMap<string, Buffer>): Block[] {
  return withXmlParser((parseXml) => readDocxWith(parseXml, bytes, limits, inflated));
}

function readDocxWith(parseXml: XmlParse, bytes: Uint8Array, limits: DocxLimits, inflated?: ReadonlyMap<string, Buffer>): Block[] {
  const entry = (path: string) => zipEntry(bytes, path, limits.maxPartBytes, inflated);
  const main = partPath('', relationshipTargets(parseXml, entry('_rels/.rels')).get('officeDocument'), 'word/document.xml');
  const document = entry(main) ?? entry('word/document.xml');
  if (!document) throw new Error('docx: no main document part');
  const base = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const related = relationshipTargets(parseXml, entry(`${base}_rels/${main.slice(base.length)}.rels`));
  const part = (type: string) => entry(partPath(base, related.get(type), `word/${type}.xml`));
  const styleNames = readStyleNames(parseXml, part('styles'));
  const numbering = readNumbering(parseXml, part('numbering'));

  const builder = new BlockBuilder(limits.maxParagraphChars);
  const writer = new Writer(builder);
  const body = new WordReader(styleNames, numbering, limits.maxParagraphChars, (item) => {
    writer.item(item);
  }).start();
  parseXml(document, body);
  if (writer.references.length > 0) {
    const notes = new Map<string, Item[]>();
    for (const type of ['footnote', 'endnote'] as const) {
      const data = part(`${type}s`);
      if (!data) continue;
      const reader = new WordReader(styleNames, numbering, limits.maxParagraphChars, () => {}, {
        note: (id, items) => {
          if (!notes.has(`${type}-${id}`)) notes.set(`${type}-${id}`, items);
        },
      });
      parseXml(data, reader);
    }
    writer.notes(notes);
  }
  return builder.end();
}
