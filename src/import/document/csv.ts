// CSV (Dutch Excel: ";" and Windows-1252; also "," and tab) → a table. The text is already
// decoded (decodeText decides the encoding from the whole file); the separator is the one most
// lines agree on.
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
 * The first `count` records of the text with more than white space: recordsOf's, filtered. A text
 * without quotes has its lines as records, and only as many are read as are needed (a 7 MB text was
 * split whole for its first lines; issue 28).
 */
function firstRecords(text: string, count: number): string[] {
  const records: string[] = [];
  if (text.includes('"')) {
    for (const record of recordsOf(text)) if (record.trim() !== '' && records.length < count) records.push(record);
    return records;
  }
  for (let start = 0; records.length < count; ) {
    const end = text.indexOf('\n', start);
    const record = end < 0 ? text.slice(start) : text.slice(start, end);
    if (record.trim() !== '') records.push(record);
    if (end < 0) break;
    start = end + 1;
  }
  return records;
}

/**
 * The separator of a CSV text, or null when the text does not look like one: most lines (title
 * rows above the header may differ) hold the same number, at least one, of it.
 */
export function sniffSeparator(text: string, strict: boolean): string | null {
  const lines = firstRecords(text.slice(0, 1_000_000), 30);
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

/**
 * The record delimiter csv-parse settles on at `at` (a line break outside quotes, the first it
 * meets): Windows "\r\n", else "\n", else "\r"; null when there is none at `at`.
 */
function recordDelimiterAt(text: string, at: number): string | null {
  const char = text.charCodeAt(at);
  if (char === 13) return text.charCodeAt(at + 1) === 10 ? '\r\n' : '\r';
  return char === 10 ? '\n' : null;
}

/**
 * The records csv-parse reads from `text` with the options parseCsv gives it, for the texts it
 * reads without a doubt; null for the others (a quote that is not closed, or not followed by a
 * separator or a line break; a byte-order mark; a lone surrogate: csv-parse reads UTF-8 bytes),
 * which csv-parse then reads itself. csv-parse took about 240 ms of a 10,000-item CSV (7 MB) cold,
 * this about 30 (issue 28); tests/import/document/csv-fast.test.ts holds the two to each other.
 * As csv-parse: the record delimiter is the first line break outside quotes ("\r\n", "\n" or
 * "\r"; any other line break is a character of its field); a quote opens a quoted field only at
 * the start of a field, anywhere else it is a character (relax_quotes); "" in a quoted field is
 * one quote; a record ends at the record delimiter, and the text's end adds no empty record.
 */
export function csvRecords(text: string, separator: string): string[][] | null {
  if (separator.length !== 1 || separator === '"' || separator === '\r' || separator === '\n') return null;
  // (String.prototype.isWellFormed: Node 20 has it, this TypeScript lib does not name it.)
  if (text.charCodeAt(0) === 0xfeff || !(text as string & { isWellFormed(): boolean }).isWellFormed()) return null;
  const records: string[][] = [];
  const length = text.length;
  let delimiter: string | null = null;
  let record: string[] = [];
  let pos = 0;
  /** Where the next record delimiter is (the text's length when there is none), once looked up. */
  let nextDelimiter = -1;
  for (;;) {
    // At the start of a field.
    if (pos >= length) {
      // A separator just before the end gives an empty last field; after a record delimiter (or
      // in an empty text) nothing follows.
      if (record.length > 0) {
        record.push('');
        records.push(record);
      }
      return records;
    }
    let value: string;
    if (text.charCodeAt(pos) === 34) {
      value = '';
      let from = pos + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return null;
        if (quote + 1 < length && text.charCodeAt(quote + 1) === 34) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        pos = quote + 1;
        break;
      }
      if (pos >= length) {
        record.push(value);
        records.push(record);
        return records;
      }
      if (text[pos] === separator) {
        record.push(value);
        pos += 1;
        continue;
      }
      // After the closing quote: the record delimiter (found here when it is the first line break), else csv-parse's doubt.
      if (delimiter === null) delimiter = recordDelimiterAt(text, pos);
      else if (!text.startsWith(delimiter, pos)) return null;
      if (delimiter === null) return null;
      record.push(value);
      records.push(record);
      record = [];
      pos += delimiter.length;
      continue;
    }
    // An unquoted field: up to the next separator or record delimiter.
    let end: number;
    if (delimiter === null) {
      end = pos;
      while (end < length && text[end] !== separator && recordDelimiterAt(text, end) === null) end += 1;
      if (end < length && text[end] !== separator) delimiter = recordDelimiterAt(text, end);
    } else {
      // The next record delimiter is looked up once per record, not once per field.
      if (nextDelimiter < pos) {
        nextDelimiter = text.indexOf(delimiter, pos);
        if (nextDelimiter === -1) nextDelimiter = length;
      }
      const nextSeparator = text.indexOf(separator, pos);
      end = nextSeparator === -1 ? nextDelimiter : Math.min(nextSeparator, nextDelimiter);
    }
    record.push(text.slice(pos, end));
    if (end >= length) {
      records.push(record);
      return records;
    }
    if (text[end] === separator) {
      pos = end + 1;
      continue;
    }
    records.push(record);
    record = [];
    pos = end + (delimiter as string).length;
  }
}

/**
 * The table of a CSV text: csvRecords' reading, else csv-parse's, loaded only then (a text import
 * loads this module too, and csv-parse's 70 KB were a tenth of what it loaded; issue 28).
 */
export async function parseCsv(text: string, separator: string): Promise<CsvTableResult> {
  const body = text.replace(/^\uFEFF/, '');
  const fast = csvRecords(body, separator);
  if (fast) return { ok: true, table: tableOf(fast) };
  const { parse } = await import('csv-parse/sync');
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
  return { ok: true, table: tableOf(records) };
}

function tableOf(records: readonly (readonly string[])[]): TableBlock {
  // restoreFormula: the apostrophe the export put before a formula-like cell comes off again.
  return { type: 'table', rows: records.map((row) => row.map((cell) => restoreFormula(cell.replace(/\r/g, '').trim()))), line: 1 };
}
