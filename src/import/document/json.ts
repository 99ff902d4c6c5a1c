// JSON exports (the Tweede Kamer register through OData: {"value": [...]}, or a plain array of
// records) → one table: the keys of the records are the header.
import type { TableBlock } from '../layouts/index.ts';

function recordsOf(data: unknown): Record<string, unknown>[] | null {
  if (Array.isArray(data)) return data.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null && !Array.isArray(entry));
  if (typeof data === 'object' && data !== null) {
    for (const value of Object.values(data)) {
      if (Array.isArray(value) && value.some((entry) => typeof entry === 'object' && entry !== null)) return recordsOf(value);
    }
  }
  return null;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  // Nesting is bounded before parsing (nestingTooDeep), so this recursion is too.
  if (Array.isArray(value)) return value.map(cell).filter((v) => v !== '').join('; ');
  return '';
}

/** Deeper than any register export: `[{"key": [[…]]}]` is 4 levels. */
const MAX_JSON_DEPTH = 64;

/** The 1-based line where the JSON text first nests deeper than `max` arrays and objects, or null. Strings are skipped. */
function nestingTooDeep(text: string, max: number): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) line += 1;
    if (inString) {
      if (char === 0x5c) i += 1; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > max) return line;
    } else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return null;
}

/** The 1-based line of a JSON syntax error, from V8's message ("… at position 123" or "(line 3 column 5)"). */
function errorLine(text: string, error: unknown): number | null {
  const message = (error as Error).message;
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return text.slice(0, Number(position[1])).split('\n').length;
  return null;
}

export type JsonTableResult =
  | { ok: true; table: TableBlock }
  /** More than `maxKeys` different keys across the records (issue 22.5). */
  | { ok: false; code: 'JSON_TOO_MANY_KEYS' }
  /** No JSON with records (another format, or JSON without a list of records). */
  | { ok: false; code: 'JSON_NO_RECORDS' }
  | { ok: false; code: 'JSON_TOO_DEEP'; line: number; max: number }
  | { ok: false; code: 'JSON_INVALID'; line: number | null };

/**
 * A table of the records; JSON nested too deeply or not well-formed, with its line; or no records.
 * The header is the union of the records' keys, collected in a Set: records that each bring their
 * own keys made this quadratic, and the table as wide as it is long; more than `maxKeys` keys
 * refuse it (issue 22.5).
 */
export function parseJsonTable(text: string, maxKeys = 200): JsonTableResult {
  const deep = nestingTooDeep(text, MAX_JSON_DEPTH);
  if (deep !== null) return { ok: false, code: 'JSON_TOO_DEEP', line: deep, max: MAX_JSON_DEPTH };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'JSON_INVALID', line: errorLine(text, error) };
  }
  const records = recordsOf(data);
  if (!records || records.length === 0) return { ok: false, code: 'JSON_NO_RECORDS' };
  const keys = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      keys.add(key);
      if (keys.size > maxKeys) return { ok: false, code: 'JSON_TOO_MANY_KEYS' };
    }
  }
  const header = [...keys];
  return { ok: true, table: { type: 'table', rows: [header, ...records.map((record) => header.map((key) => cell(record[key])))], line: 1 } };
}
