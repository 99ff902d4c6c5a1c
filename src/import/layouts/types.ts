// The one interface of every layout reader: detect → rows → items.
import type { ParliamentaryCalendar } from '../../domain/dates/calendar.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import type { ItemKind } from '../../domain/items.ts';
import type { ImportProblem, ParseStandVanZakenFailure, ParseStandVanZakenResult } from './import-item.ts';
import type { ReadTable, ReadTables } from './read/tables.ts';
import type { ParagraphBlock, SourceDocument } from './source-document.ts';
import type { ItemField } from './read/fields.ts';
import type { LayoutRow } from './read/rows-to-items.ts';

/** The layouts motiebot reads (their Dutch names and examples are in src/texts/import.nl.ts). */
export type LayoutId = 'stand-van-zaken' | 'begroting-bijlage' | 'ek-register' | 'tk-register' | 'spreadsheet';

export interface ReadLayoutOptions {
  documentDate?: IsoDate | null;
  today?: IsoDate | null;
  calendar?: ParliamentaryCalendar;
  /** --kolommen: normalised column header → field. */
  columns?: ReadonlyMap<string, ItemField>;
}

/** What a reader found: the rows of its items, or (the flat list) finished items. */
export type LayoutRows =
  | {
      ok: true;
      rows: LayoutRow[];
      defaultKind: ItemKind;
      /** A date the document states itself ("stand per 30 juni 2023"). */
      statedDate: IsoDate | null;
      problems?: ImportProblem[];
      /** The kind or ministry of a row is a guess when the row does not give it (a team's own sheet): report those. */
      reportGuesses?: boolean;
      /** The stand van zaken keeps its line breaks (a cell of an Excel or CSV sheet). */
      statusLines?: boolean;
    }
  | { ok: true; parsed: Extract<ParseStandVanZakenResult, { ok: true }> }
  | ParseStandVanZakenFailure;

/**
 * Why a document cannot be read (nothing of it is imported): the text reader's failures and the
 * layouts' own. The sentences are in src/texts/import.nl.ts.
 */
export type ReadLayoutFailure =
  | ParseStandVanZakenFailure
  /** The layout was recognised, but no row has a text. */
  | { ok: false; code: 'LAYOUT_NO_ITEMS'; layout: LayoutId }
  /** No reader recognises the document. */
  | { ok: false; code: 'LAYOUT_UNKNOWN' }
  /** A table, but none of its columns (`found`, as written) maps onto an item's text. */
  | { ok: false; code: 'LAYOUT_COLUMNS_UNMAPPED'; found: string[] }
  /** Neither given, nor stated, nor in the text, nor today. */
  | { ok: false; code: 'LAYOUT_NO_DOCUMENT_DATE' };

export type ReadLayoutFailureCode = ReadLayoutFailure['code'];

/** Every failure code, for the test that each has a sentence. */
export const READ_LAYOUT_FAILURE_CODES = [
  'OVERVIEW_EMPTY',
  'OVERVIEW_NOT_AN_OVERVIEW',
  'OVERVIEW_NO_ITEMS',
  'OVERVIEW_NO_DOCUMENT_DATE',
  'OVERVIEW_BAD_DOCUMENT_DATE',
  'LAYOUT_NO_ITEMS',
  'LAYOUT_UNKNOWN',
  'LAYOUT_COLUMNS_UNMAPPED',
  'LAYOUT_NO_DOCUMENT_DATE',
] as const satisfies readonly ReadLayoutFailureCode[];

/** Compiles only while READ_LAYOUT_FAILURE_CODES lists every code of ReadLayoutFailure. */
export const READ_LAYOUT_FAILURE_CODES_COMPLETE: Exclude<ReadLayoutFailureCode, (typeof READ_LAYOUT_FAILURE_CODES)[number]> extends never
  ? true
  : never = true;

/**
 * A document as every layout reads it: readLayout reads its tables once (readTables, with the
 * --kolommen columns) and its text's lines when a layout first asks, and gives the same input to
 * every layout's detect and to the chosen layout's rows.
 */
export interface LayoutInput {
  document: SourceDocument;
  tables: ReadTables<LayoutId>;
  /** The lines of the document's text as one-line paragraphs (linesOfText), read once. */
  lines: () => readonly ParagraphBlock[];
  /**
   * What a layout reads from the document for its detect and again for its rows (the flat list's
   * structure), read once per import: `read` runs the first time a `key` is asked for.
   */
  once: <T>(key: LayoutId, read: () => T) => T;
}

export interface LayoutReader {
  id: LayoutId;
  /**
   * How sure the layout is that a table (read with its header row) is one of its own: 0 or absent,
   * not at all. The layout that scores a table highest owns it (read/tables.ts).
   */
  tableScore?(table: ReadTable): number;
  /** How sure the reader is that the document has its layout: 0 (not at all) to 1. */
  detect(input: LayoutInput, options: ReadLayoutOptions): number;
  rows(input: LayoutInput, options: ReadLayoutOptions): LayoutRows;
}
