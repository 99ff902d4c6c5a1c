// A table (spreadsheet, CSV, register export, Word or PDF table) → rows of fields. The header row
// is found among the first rows by its names (HEADER_SYNONYMS, or the person's --kolommen); rows
// above it are titles that may give every row its kind, status or ministry; rows holding only a
// section word ("Moties", "Afgedaan") do the same for the rows below them.
import type { ItemKind, ItemStatus } from '../../../domain/items.ts';
import type { TableBlock } from '../source-document.ts';
import { fieldOfHeader, type ItemField } from './fields.ts';
import type { LayoutRow } from './rows-to-items.ts';
import { findDate, kindOfTitle, kindOfWord, ministryOfName, readStatusWord, statusOfTitle } from './values.ts';

/** How many rows from the top a header may sit. */
const HEADER_SEARCH_ROWS = 25;

export interface TableContext {
  kind: ItemKind | null;
  status: ItemStatus | null;
  ministry: string | null;
  /** A date a title gives ("stand per 30 juni 2023"). */
  date: string | null;
}

export interface HeaderMatch {
  index: number;
  /** Column index → field. */
  fields: (ItemField | null)[];
  headers: string[];
  /** Headers (as written) of the columns no field was taken from: unknown names, or a field an earlier column took. */
  unused: string[];
}

export type ReadTableResult =
  | { ok: true; rows: LayoutRow[]; header: HeaderMatch; context: TableContext }
  | { ok: false; found: string[] };

function distinct(cells: readonly string[]): string[] {
  return [...new Set(cells.map((cell) => cell.trim()).filter((cell) => cell !== ''))];
}

/**
 * Whether a row is the header row again (a new page), its cells trimmed and in lower case, joined by
 * "|", as `headerKey`. toLowerCase never makes a string shorter (checked for every code point in
 * tests/import/layouts/read/table-header-repeat.test.ts): a row longer than the key is not lowered
 * to learn that (lowering every cell of 10,000 rows was 2 % of a sheet's import; issue 28).
 */
function repeatsHeader(trimmed: readonly string[], headerKey: string): boolean {
  let length = trimmed.length - 1;
  for (const cell of trimmed) length += cell.length;
  return length <= headerKey.length && trimmed.map((cell) => cell.toLowerCase()).join('|') === headerKey;
}

/** Column fields of a header row; a field taken by an earlier column is not taken again. */
function mapHeader(cells: readonly string[], overrides?: ReadonlyMap<string, ItemField>): (ItemField | null)[] {
  const taken = new Set<ItemField>();
  return cells.map((cell) => {
    const field = fieldOfHeader(cell, overrides);
    if (!field || field === 'ignore') return null;
    if (taken.has(field)) {
      // A second status column is the status text ("Status" and "Stand van zaken" side by side is the norm).
      if (field === 'status' && !taken.has('statusText')) {
        taken.add('statusText');
        return 'statusText';
      }
      if (field === 'term' && !taken.has('termDate')) {
        taken.add('termDate');
        return 'termDate';
      }
      return null;
    }
    taken.add(field);
    return field;
  });
}

function isHeader(fields: readonly (ItemField | null)[]): boolean {
  const set = new Set(fields.filter((field): field is ItemField => field !== null));
  return set.size >= 2 && (set.has('text') || set.has('title'));
}

/** The header of a table: the first of its top rows that names a text column and one more field. */
function findHeader(table: TableBlock, overrides?: ReadonlyMap<string, ItemField>): HeaderMatch | null {
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = table.rows[index] ?? [];
    const fields = mapHeader(cells, overrides);
    if (isHeader(fields)) {
      const headers = cells.map((cell) => cell.trim());
      // A column marked "ignore" (by --kolommen or by name) is left out on purpose, not unused.
      const unused = headers.filter((header, column) => header !== '' && fields[column] === null && fieldOfHeader(header, overrides) !== 'ignore');
      return { index, fields, headers, unused };
    }
  }
  return null;
}

export function contextOfTitles(titles: readonly string[], base?: TableContext): TableContext {
  const context: TableContext = { kind: base?.kind ?? null, status: base?.status ?? null, ministry: base?.ministry ?? null, date: base?.date ?? null };
  for (const title of titles) {
    context.kind = kindOfTitle(title) ?? context.kind;
    context.status = statusOfTitle(title) ?? context.status;
    context.ministry = ministryOfName(title) ?? context.ministry;
    const date = /\b(?:stand\s+(?:van\s+zaken\s+)?(?:per|op)|peildatum|datum|bijgewerkt\s+(?:op|tot))\b|\(\s*per\s+\d/i.test(title) ? findDate(title) : null;
    context.date = date ?? context.date;
  }
  return context;
}

/**
 * The one text of a row whose filled cells (trimmed) all say the same, else null: distinct(row)
 * when it has one value, without its arrays (readTable asks it of every row).
 */
function onlyValue(trimmed: readonly string[]): string | null {
  let value: string | null = null;
  for (const cell of trimmed) {
    if (cell === '') continue;
    if (value === null) value = cell;
    else if (cell !== value) return null;
  }
  return value;
}

/** A row that only names a section (its cells trimmed): one distinct text, a kind or a status title, no longer than a heading. */
function sectionOf(trimmed: readonly string[]): { kind: ItemKind | null; status: ItemStatus | null } | null {
  const value = onlyValue(trimmed);
  if (value === null) return null;
  if (value.length > 160) return null;
  const kind = kindOfWord(value) ?? kindOfTitle(value);
  const status = statusOfTitle(value) ?? (value.length <= 30 ? (readStatusWord(value)?.status ?? null) : null);
  return kind || status ? { kind, status } : null;
}

/**
 * Reads a table. `titles` are the paragraphs just above it (a Word or PDF table's caption);
 * `base` the context of the document (its ministry, its date).
 */
export function readTable(
  table: TableBlock,
  options: { overrides?: ReadonlyMap<string, ItemField>; titles?: readonly string[]; base?: TableContext } = {},
): ReadTableResult {
  const header = findHeader(table, options.overrides);
  if (!header) {
    const firstFilled = table.rows.find((row) => distinct(row).length >= 2) ?? table.rows.find((row) => distinct(row).length > 0) ?? [];
    return { ok: false, found: distinct(firstFilled) };
  }
  const titleRows = table.rows.slice(0, header.index).flatMap((row) => distinct(row));
  const context = contextOfTitles([...(options.titles ?? []), ...titleRows], options.base);
  let kind = context.kind;
  let status = context.status;
  const rows: LayoutRow[] = [];
  const headerKey = header.headers.map((cell) => cell.toLowerCase()).join('|');
  for (let index = header.index + 1; index < table.rows.length; index += 1) {
    const cells = table.rows[index] ?? [];
    // Each cell trimmed once for the three tests of the row (a 10,000-row table: issue 28).
    const trimmed = cells.map((cell) => cell.trim());
    if (trimmed.every((cell) => cell === '')) continue;
    if (repeatsHeader(trimmed, headerKey)) continue; // repeated header (a new page)
    const section = sectionOf(trimmed);
    if (section) {
      kind = section.kind ?? kind;
      status = section.status ?? status;
      continue;
    }
    const value = (field: ItemField): string | null => {
      const column = header.fields.indexOf(field);
      if (column < 0) return null;
      const cell = trimmed[column] ?? '';
      return cell === '' ? null : cell;
    };
    const text = value('text') ?? value('title') ?? '';
    if (text === '') continue;
    rows.push({
      line: table.line + index,
      text,
      title: header.fields.includes('text') ? value('title') : null,
      kind: value('kind'),
      kindDefault: kind,
      number: value('number'),
      reference: value('reference'),
      submitters: value('submitters'),
      kamerstuk: value('kamerstuk'),
      responsible: value('responsible'),
      ministry: value('ministry'),
      ministryDefault: context.ministry,
      term: value('term'),
      termDate: value('termDate'),
      status: value('status'),
      statusDefault: status,
      statusText: value('statusText'),
      date: value('date'),
      owner: value('owner'),
    });
  }
  return { ok: true, rows, header, context };
}
