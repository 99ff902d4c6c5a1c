// The one interface of every layout reader: detect → rows → items.
import type { ParliamentaryCalendar } from '../dates/calendar.ts';
import type { IsoDate } from '../dates/types.ts';
import type { ItemKind } from '../items.ts';
import type { OverviewProblem, ParseOverviewResult } from '../overview/types.ts';
import type { SourceDocument } from './document.ts';
import type { ItemField } from './fields.ts';
import type { LayoutRow } from './rows-to-items.ts';

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
      problems?: OverviewProblem[];
    }
  | { ok: true; parsed: Extract<ParseOverviewResult, { ok: true }> }
  | { ok: false; code: string; message: string };

export interface LayoutReader {
  id: LayoutId;
  /** Dutch name, as `motie import` reports it. */
  name: string;
  /** One line: what such a document looks like (README, the unknown-layout message). */
  example: string;
  /** How sure the reader is that the document has its layout: 0 (not at all) to 1. */
  detect(document: SourceDocument, options: ReadLayoutOptions): number;
  rows(document: SourceDocument, options: ReadLayoutOptions): LayoutRows;
}
