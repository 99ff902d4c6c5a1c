// Tables in a PDF whose columns stand side by side (pdfjs-dist positions): a line whose pieces
// are column headers (HEADER_SYNONYMS) sets the columns; the pieces of the lines below are put in
// the column they start in, and lines are rows — wrapped cell text joins its row while the gap to
// the line above is a normal line distance.
import { fieldOfHeader, type TableBlock } from '../layouts/index.ts';
import type { PositionedText } from './pdf-text.ts';

interface Chunk {
  x: number;
  end: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  chunks: Chunk[];
}

/** Pieces of one page → lines (top to bottom) of chunks (pieces closer than a word gap joined). */
function linesOf(pieces: readonly PositionedText[]): Line[] {
  const sorted = [...pieces].filter((p) => p.str.trim() !== '').sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { y: number; size: number; pieces: PositionedText[] }[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.max(line.size, piece.size) * 0.5) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  return lines.map((line) => {
    const ordered = [...line.pieces].sort((p, q) => p.x - q.x);
    const chunks: Chunk[] = [];
    for (const piece of ordered) {
      const last = chunks[chunks.length - 1];
      if (last && piece.x - last.end < piece.size * 1.2) {
        last.text += (piece.x - last.end > piece.size * 0.15 && !/\s$/.test(last.text) ? ' ' : '') + piece.str;
        last.end = Math.max(last.end, piece.x + piece.width);
      } else {
        chunks.push({ x: piece.x, end: piece.x + piece.width, text: piece.str });
      }
    }
    return { y: line.y, size: line.size, chunks: chunks.map((c) => ({ ...c, text: c.text.trim() })) };
  });
}

function headerColumns(line: Line): number[] | null {
  if (line.chunks.length < 2) return null;
  const fields = line.chunks.map((chunk) => fieldOfHeader(chunk.text));
  const known = fields.filter((field) => field !== null && field !== 'ignore');
  if (known.length < 2 || known.length < line.chunks.length - 1) return null;
  if (!fields.includes('text') && !fields.includes('title')) return null;
  return line.chunks.map((chunk) => chunk.x);
}

/** The tables of a PDF, one per header found (continuing over following pages). */
export function pdfTables(pages: readonly (readonly PositionedText[])[]): TableBlock[] {
  const tables: TableBlock[] = [];
  let current: { columns: number[]; header: string[]; rows: string[][]; lastY: number | null; usual: number; numberColumn: number } | null = null;
  const finish = () => {
    if (current && current.rows.length > 0) tables.push({ type: 'table', rows: [current.header, ...current.rows], line: 1 });
    current = null;
  };
  for (const pieces of pages) {
    const lines = linesOf(pieces);
    if (current) (current as { lastY: number | null }).lastY = null;
    for (const line of lines) {
      const columns = headerColumns(line);
      if (columns) {
        const header = line.chunks.map((chunk) => chunk.text);
        if (current?.header.join('|') === header.join('|')) continue; // repeated on a new page
        finish();
        const numberColumn = header.findIndex((text) => fieldOfHeader(text) === 'number' || fieldOfHeader(text) === 'reference');
        current = { columns, header, rows: [], lastY: line.y, usual: line.size * 1.25, numberColumn };
        continue;
      }
      if (!current) continue;
      const table = current;
      const cells = table.columns.map(() => '');
      for (const chunk of line.chunks) {
        let column = 0;
        for (const [c, x] of table.columns.entries()) if (chunk.x >= x - line.size * 0.6) column = c;
        const before = cells[column] ?? '';
        cells[column] = before === '' ? chunk.text : `${before} ${chunk.text}`;
      }
      const gap = table.lastY === null ? Infinity : table.lastY - line.y;
      const previous = table.rows[table.rows.length - 1];
      const newNumber = table.numberColumn >= 0 && cells[table.numberColumn] !== '';
      if (previous && gap <= table.usual * 1.35 && !newNumber) {
        cells.forEach((value, c) => {
          const before = previous[c] ?? '';
          if (value !== '') previous[c] = before === '' ? value : `${before} ${value}`;
        });
      } else {
        table.rows.push(cells);
      }
      table.lastY = line.y;
    }
  }
  finish();
  return tables;
}
