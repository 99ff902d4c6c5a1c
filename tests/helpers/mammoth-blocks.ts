// The Word reader motiebot used until the streaming reader (src/import/document/docx.ts):
// mammoth's HTML read into blocks, kept verbatim as the reference the new reader is compared with
// (tests/import/document/docx-reader.test.ts). mammoth builds a DOM of the whole document
// (700 MB for 10,000 rows), which is why it is no longer used for imports.
import mammoth from 'mammoth';
import type { Block } from '../../src/import/layouts/index.ts';
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

/** Blocks of mammoth's HTML. Exported for tests. */
function blocksOfHtml(html: string): Block[] {
  const blocks: Block[] = [];
  const tokens = html.match(/<[^>]+>|[^<]+/g) ?? [];
  let text = '';
  let heading: number | undefined;
  let tableDepth = 0;
  let rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let cell: Cell | null = null;
  let paragraph = 0;
  const flushParagraph = () => {
    const value = decodeEntities(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (value === '') return;
    paragraph += 1;
    if (cell) {
      cell.text = cell.text === '' ? value : `${cell.text}\n${value}`;
      return;
    }
    blocks.push(heading !== undefined ? { type: 'paragraph', text: value, line: paragraph, heading } : { type: 'paragraph', text: value, line: paragraph });
  };
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      text += token;
      continue;
    }
    const match = /^<\s*(\/?)\s*([a-z0-9]+)([^>]*)>/i.exec(token);
    if (!match) continue;
    const closing = match[1] === '/';
    const tag = (match[2] ?? '').toLowerCase();
    const attributes = match[3] ?? '';
    if (tag === 'br') {
      text += '\n';
      continue;
    }
    if (tag === 'table') {
      flushParagraph();
      if (!closing) {
        tableDepth += 1;
        if (tableDepth === 1) rows = [];
      } else {
        tableDepth -= 1;
        if (tableDepth === 0) {
          blocks.push({ type: 'table', rows: expandSpans(rows), line: paragraph + 1 });
          rows = [];
        }
      }
      continue;
    }
    if (tableDepth > 1) {
      if (/^(?:p|li|td|th|h[1-6])$/.test(tag) && closing) text += ' ';
      continue; // a table in a cell: its text joins the cell
    }
    if (tag === 'tr') {
      if (!closing) row = [];
      else if (row) {
        rows.push(row);
        row = null;
      }
      continue;
    }
    if (tag === 'td' || tag === 'th') {
      if (!closing) {
        const colspan = Number(/colspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
        const rowspan = Number(/rowspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
        cell = { text: '', colspan: Math.min(50, Math.max(1, colspan)), rowspan: Math.min(500, Math.max(1, rowspan)) };
      } else if (cell) {
        flushParagraph();
        row?.push(cell);
        cell = null;
      }
      continue;
    }
    if (/^(?:p|li|h[1-6])$/.test(tag)) {
      if (!closing) {
        flushParagraph();
        heading = tag.startsWith('h') ? Number(tag.slice(1)) : undefined;
      } else {
        flushParagraph();
        heading = undefined;
      }
    }
  }
  flushParagraph();
  return blocks;
}

function expandSpans(rows: Cell[][]): string[][] {
  const out: string[][] = [];
  const carried: { text: string; left: number }[] = []; // per column: a rowspan still covering it
  rows.forEach((cells) => {
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
  });
  return out;
}

export async function readDocxWithMammoth(bytes: Uint8Array): Promise<Block[]> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return blocksOfHtml(result.value);
}
