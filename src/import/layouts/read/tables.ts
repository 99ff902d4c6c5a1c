// The tables of a document with their captions. readLayout reads them once per import and gives
// them to every layout's detect and to the chosen layout's rows (LayoutInput).
import type { SourceDocument, TableBlock } from '../source-document.ts';
import { normaliseHeader, type ItemField } from './fields.ts';
import { contextOfTitles, readTable, type ReadTableResult, type TableContext } from './read-table.ts';

export type TableKind = 'tk-register' | 'ek-register' | 'begroting-bijlage' | 'spreadsheet';

export interface ReadTables {
  tables: { table: TableBlock; result: ReadTableResult; kind: TableKind | null }[];
}

const TK_FIELDS = ['datumnakoming', 'datum nakoming', 'functie', 'aanmaakdatum', 'activiteitnummer', 'ministerie'];

function classify(result: ReadTableResult): TableKind | null {
  if (!result.ok) return null;
  const headers = result.header.headers.map(normaliseHeader);
  const numbers = result.rows.map((row) => row.reference ?? row.number ?? '').filter((value) => value !== '');
  const tz = numbers.filter((value) => /^TZ\d{6}-\d+$/.test(value.trim())).length;
  const ek = numbers.filter((value) => /^T\d{5}$/.test(value.trim())).length;
  if (tz > 0 && tz >= numbers.length / 2) return 'tk-register';
  if (headers.includes('nummer') && headers.includes('tekst') && headers.some((h) => TK_FIELDS.includes(h))) return 'tk-register';
  if (ek > 0 && ek >= numbers.length / 2) return 'ek-register';
  const fields = new Set(result.header.fields);
  const textHeader = headers[result.header.fields.indexOf('text')] ?? '';
  if (fields.has('kamerstuk') && fields.has('statusText') && textHeader.startsWith('omschrijving') && headers.includes('vindplaats')) {
    return 'begroting-bijlage';
  }
  return 'spreadsheet';
}

/** Reads every table; a table's caption is the short paragraphs just above it. */
export function readTables(document: SourceDocument, columns?: ReadonlyMap<string, ItemField>): ReadTables {
  const out: ReadTables['tables'] = [];
  const headings: string[] = [];
  let recent: string[] = [];
  let base: TableContext = { kind: null, status: null, ministry: null, date: null };
  for (const block of document.blocks) {
    if (block.type === 'paragraph') {
      if (block.text.length <= 250) {
        recent.push(block.text);
        if (recent.length > 3) recent = recent.slice(-3);
        if (block.heading !== undefined || headings.length < 3) headings.push(block.text);
      }
      continue;
    }
    base = contextOfTitles(headings.slice(0, 5), { kind: null, status: null, ministry: base.ministry, date: base.date });
    const result = readTable(block, { overrides: columns, titles: recent, base: { ...base, kind: null, status: null } });
    out.push({ table: block, result, kind: classify(result) });
    recent = [];
  }
  return { tables: out };
}

/** Tables of the given kind (their rows in document order), and the date one of their titles states. */
export function rowsOfKind(read: ReadTables, kind: TableKind) {
  const rows = read.tables.flatMap((entry) => (entry.kind === kind && entry.result.ok ? entry.result.rows : []));
  const statedDate = read.tables.map((entry) => (entry.result.ok ? entry.result.context.date : null)).find((date) => date) ?? null;
  return { rows, statedDate };
}

/** Columns of the tables of this kind that no field was taken from, each with the line of its header row. */
export function unusedColumnsOfKind(read: ReadTables, kind: TableKind): { line: number; columns: string[] }[] {
  return read.tables.flatMap((entry) =>
    entry.kind === kind && entry.result.ok && entry.result.header.unused.length > 0
      ? [{ line: entry.table.line + entry.result.header.index, columns: entry.result.header.unused }]
      : [],
  );
}

/** The share of a document's readable tables that are of this kind (0 when it has none). */
export function shareOfKind(read: ReadTables, kind: TableKind): number {
  const readable = read.tables.filter((entry) => entry.kind !== null);
  if (readable.length === 0) return 0;
  return readable.filter((entry) => entry.kind === kind).length / readable.length;
}

