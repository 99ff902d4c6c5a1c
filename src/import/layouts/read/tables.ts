// The tables of a document with their captions, each owned by the layout that scores it highest
// (its tableScore, in its own folder). readLayout reads them once per import and gives them to every
// layout's detect and to the chosen layout's rows (LayoutInput).
import { isLinesDocument, type SourceDocument, type TableBlock } from '../source-document.ts';
import { normaliseHeader, type ItemField } from './fields.ts';
import { contextOfTitles, readTable, type ReadTableResult, type TableContext } from './read-table.ts';

/** A table read with its header row. */
export type ReadTable = Extract<ReadTableResult, { ok: true }>;

/** A layout as the tables see it: its id and how sure it is that a table is one of its own (0 or absent: not at all). */
export interface TableClaimant<K extends string> {
  id: K;
  tableScore?: (table: ReadTable) => number;
}

export interface ReadTables<K extends string = string> {
  /** `kind`: the layout that owns the table; null for a table no column of which maps onto an item's text. */
  tables: { table: TableBlock; result: ReadTableResult; kind: K | null }[];
}

/** The table's header cells, normalised (normaliseHeader). */
export function headersOf(table: ReadTable): string[] {
  return table.header.headers.map(normaliseHeader);
}

/** The register numbers of a table's rows (its Nummer or reference column), blank ones left out. */
export function numbersOf(table: ReadTable): string[] {
  return table.rows.map((row) => row.reference ?? row.number ?? '').filter((value) => value !== '');
}

/** The layout that scores the table highest (the first of them on a tie), or null. */
function classify<K extends string>(result: ReadTableResult, claimants: readonly TableClaimant<K>[]): K | null {
  if (!result.ok) return null;
  let best: { id: K; score: number } | null = null;
  for (const claimant of claimants) {
    const score = claimant.tableScore?.(result) ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { id: claimant.id, score };
  }
  return best?.id ?? null;
}

/** Reads every table and has the layouts claim it; a table's caption is the short paragraphs just above it. */
export function readTables<K extends string>(document: SourceDocument, columns: ReadonlyMap<string, ItemField> | undefined, claimants: readonly TableClaimant<K>[]): ReadTables<K> {
  const out: ReadTables<K>['tables'] = [];
  // A text's lines hold no table (and are not built to learn that).
  if (isLinesDocument(document)) return { tables: out };
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
    out.push({ table: block, result, kind: classify(result, claimants) });
    recent = [];
  }
  return { tables: out };
}

/** Tables of the given kind (their rows in document order), and the date one of their titles states. */
export function rowsOfKind<K extends string>(read: ReadTables<K>, kind: K) {
  const rows = read.tables.flatMap((entry) => (entry.kind === kind && entry.result.ok ? entry.result.rows : []));
  const statedDate = read.tables.map((entry) => (entry.result.ok ? entry.result.context.date : null)).find((date) => date) ?? null;
  return { rows, statedDate };
}

/** Columns of the tables of this kind that no field was taken from, each with the line of its header row. */
export function unusedColumnsOfKind<K extends string>(read: ReadTables<K>, kind: K): { line: number; columns: string[] }[] {
  return read.tables.flatMap((entry) =>
    entry.kind === kind && entry.result.ok && entry.result.header.unused.length > 0
      ? [{ line: entry.table.line + entry.result.header.index, columns: entry.result.header.unused }]
      : [],
  );
}

/** The share of a document's readable tables that are of this kind (0 when it has none). */
export function shareOfKind<K extends string>(read: ReadTables<K>, kind: K): number {
  const readable = read.tables.filter((entry) => entry.kind !== null);
  if (readable.length === 0) return 0;
  return readable.filter((entry) => entry.kind === kind).length / readable.length;
}

