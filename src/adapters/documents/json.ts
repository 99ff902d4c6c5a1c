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

/** A table of the records, or null when the text is no JSON with records. */
export function parseJsonTable(text: string): TableBlock | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const records = recordsOf(data);
  if (!records || records.length === 0) return null;
  const keys: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!keys.includes(key)) keys.push(key);
  return { type: 'table', rows: [keys, ...records.map((record) => keys.map((key) => cell(record[key])))], line: 1 };
}
