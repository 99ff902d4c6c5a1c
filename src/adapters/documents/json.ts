// JSON exports (the Tweede Kamer register through OData: {"value": [...]}, or a plain array of
// records) → one table: the keys of the records are the header.
import type { TableBlock } from '../../domain/layouts/index.ts';

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
  if (Array.isArray(value)) return value.map(cell).filter((v) => v !== '').join('; ');
  return '';
}

/**
 * A table of the records, or null when the text is no JSON with records. The header is the union
 * of the records' keys, collected in a Set: records that each bring their own keys made this
 * quadratic, and the table as wide as it is long; more than `maxKeys` keys refuse it (issue 22.5).
 */
export function parseJsonTable(text: string, maxKeys = 200): TableBlock | { refused: 'keys' } | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const records = recordsOf(data);
  if (!records || records.length === 0) return null;
  const keys = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      keys.add(key);
      if (keys.size > maxKeys) return { refused: 'keys' };
    }
  }
  const header = [...keys];
  return { type: 'table', rows: [header, ...records.map((record) => header.map((key) => cell(record[key])))], line: 1 };
}
