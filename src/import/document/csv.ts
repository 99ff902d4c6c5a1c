// CSV (Dutch Excel: ";" and Windows-1252; also "," and tab) → a table. The text is already
// decoded (decodeText decides the encoding from the whole file); the separator is the one most
// lines agree on.
import { parse } from 'csv-parse/sync';
import { restoreFormula } from '../../domain/export/csv-formula.ts';
import type { TableBlock } from '../layouts/index.ts';

const SEPARATORS = [';', '\t', ',', '|'] as const;

/** Count of `separator` outside double quotes in each of the first non-empty lines. */
function counts(lines: readonly string[], separator: string): number[] {
  return lines.map((line) => {
    let n = 0;
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === separator && !quoted) n += 1;
    }
    return n;
  });
}

/**
 * The text's records: its lines, except that a line break inside a quoted cell (a stand van zaken
 * of several lines, as Excel and motiebot's export write it) does not end one. A quote opens a cell
 * at the start of a line or after a possible separator. When a quoted cell never closes, the plain
 * lines (the parser then names the line of that quote).
 */
function recordsOf(text: string): string[] {
  if (!text.includes('"')) return text.split('\n');
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else quoted = false;
      }
      continue;
    }
    if (char === '\n') {
      records.push(text.slice(start, i));
      start = i + 1;
    } else if (char === '"' && atCellStart) {
      quoted = true;
    }
    atCellStart = char === '\n' || (SEPARATORS as readonly string[]).includes(char) || (atCellStart && (char === ' ' || char === '\r' || char === '\uFEFF'));
  }
  if (quoted) return text.split('\n');
  records.push(text.slice(start));
  return records;
}

/**
 * The separator of a CSV text, or null when the text does not look like one: most lines (title
 * rows above the header may differ) hold the same number, at least one, of it.
 */
export function sniffSeparator(text: string, strict: boolean): string | null {
  const lines = recordsOf(text.slice(0, 1_000_000)).filter((line) => line.trim() !== '').slice(0, 30);
  if (lines.length < 2) return null;
  let best: { separator: string; share: number } | null = null;
  for (const separator of SEPARATORS) {
    const perLine = counts(lines, separator);
    const tally = new Map<number, number>();
    for (const n of perLine) if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    const [mode, modeCount] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const share = modeCount / lines.length;
    const needed = strict ? (separator === ',' ? 0.8 : 0.6) : 0.3;
    if (mode >= (strict && separator === ',' ? 2 : 1) && share >= needed && (!best || share > best.share)) best = { separator, share };
  }
  return best?.separator ?? null;
}

export type CsvTableResult =
  | { ok: true; table: TableBlock }
  /** A quoted cell that never ends: `line` is where its opening quote is. */
  | { ok: false; code: 'CSV_QUOTE_NOT_CLOSED'; line: number }
  /** Any other malformation csv-parse reports, with the line it reached. */
  | { ok: false; code: 'CSV_MALFORMED'; line: number | null };

/**
 * The line of the opening quote of a quoted cell that is still open at the end of the text: a
 * quote opens a cell only at its start (after a separator or a line break), "" inside is an
 * escaped quote. csv-parse itself names only the last line it read.
 */
function unclosedQuoteLine(text: string, separator: string): number | null {
  let line = 1;
  let quoted = false;
  let openedAt = 0;
  let atCellStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i += 1;
        else quoted = false;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      openedAt = line;
    }
    atCellStart = char === separator || char === '\n' || (atCellStart && (char === ' ' || char === '\r' || char === '\uFEFF'));
  }
  return quoted ? openedAt : null;
}

export function parseCsv(text: string, separator: string): CsvTableResult {
  const body = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(body, {
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    });
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    if (code === 'CSV_QUOTE_NOT_CLOSED') return { ok: false, code: 'CSV_QUOTE_NOT_CLOSED', line: unclosedQuoteLine(body, separator) ?? lines ?? 1 };
    return { ok: false, code: 'CSV_MALFORMED', line: typeof lines === 'number' ? lines : null };
  }
  // restoreFormula: the apostrophe the export put before a formula-like cell comes off again.
  return { ok: true, table: { type: 'table', rows: records.map((row) => row.map((cell) => restoreFormula(cell.replace(/\r/g, '').trim()))), line: 1 } };
}
