// The overview parser's output model: items read from a stand-van-zaken document, and the
// problems found on the way (each with its 1-based line number, a code and the values its
// Dutch sentence needs: the sentences are in src/texts/import.nl.ts).
import type { IsoDate } from '../../domain/dates/types.ts';
import type { CappedField } from '../../domain/item-limits.ts';
import type { ItemDeadline, ItemKind, ItemStatus, KamerstukRef, Responsibility } from '../../domain/items.ts';

export type ImportProblemSeverity = 'error' | 'warning';

/**
 * What a problem is about, per code: the values its sentence needs (src/texts/import.nl.ts
 * writes the sentence). `kind` is the item's kind; `itemLine` the line the item starts on when
 * the problem's own line is another one (its status line).
 */
export type ImportProblemDetail =
  | { code: 'OVERVIEW_ITEM_NO_RESPONSIBLE'; kind: ItemKind }
  | { code: 'OVERVIEW_ITEM_NO_TEXT'; kind: ItemKind }
  | { code: 'OVERVIEW_ITEM_NO_STATUS'; kind: ItemKind; itemLine: number }
  | { code: 'OVERVIEW_ITEM_NO_SUBMITTERS'; kind: ItemKind }
  | { code: 'OVERVIEW_ITEM_NO_KAMERSTUK'; kind: ItemKind }
  /** `kamerstuk` as dossier-number ("36410-12"); `firstLine`: the item that has it first. */
  | { code: 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK'; kind: ItemKind; kamerstuk: string; firstLine: number }
  | { code: 'OVERVIEW_LINK_TARGET_MISSING'; kind: ItemKind; itemLine: number; direction: 'above' | 'below' }
  /** `text`: the footnote as written. */
  | { code: 'OVERVIEW_FOOTNOTE_UNREADABLE'; footnote: number; text: string }
  /** `written`: the vergaderjaar as the footnote writes it ("202/25"); `read`: as read ("2024/25"). */
  | { code: 'OVERVIEW_FOOTNOTE_REPAIRED'; footnote: number; written: string; read: string }
  /** `bewindspersoon`: the code as written (SXYZ). */
  | { code: 'OVERVIEW_UNKNOWN_CODE'; bewindspersoon: string }
  /** `text`: the skipped line. */
  | { code: 'OVERVIEW_LINE_SKIPPED'; text: string }
  | { code: 'OVERVIEW_ROW_UNCLEAR' }
  /**
   * The request text was read against an assumed reference date: `expression` is the first date
   * expression in it; `vergaderjaar` the one most items share, or null when read from the document date.
   */
  | { code: 'OVERVIEW_REFERENCE_ASSUMED'; kind: ItemKind; expression: string; vergaderjaar: string | null }
  | { code: 'LAYOUT_ROW_CUT_OFF'; kind: ItemKind }
  /** A text longer than the item may hold (ITEM_LIMITS): cut to `limit`; `length` as written (submitters: names). */
  | { code: 'LAYOUT_TEXT_CUT_OFF'; kind: ItemKind; field: CappedField; length: number; limit: number }
  /** `term`: the term as written. */
  | { code: 'LAYOUT_TERM_UNREADABLE'; term: string }
  /** `written`: the status cell as written; `status`: what the item was recorded as. */
  | { code: 'LAYOUT_STATUS_UNKNOWN'; kind: ItemKind; written: string; status: ItemStatus }
  /** `columns`: the headers (as written) of a table's columns the import does not use. */
  | { code: 'LAYOUT_COLUMNS_UNUSED'; columns: string[] }
  /** The kind of `count` rows was derived from their text (no Soort column or cell): `lines` lists them. */
  | { code: 'LAYOUT_KIND_GUESSED'; count: number; lines: number[]; moties: number; toezeggingen: number }
  /** `count` rows name no bewindspersoon or ministry: they were given `ministry`, which the document's title names. */
  | { code: 'LAYOUT_MINISTRY_GUESSED'; count: number; lines: number[]; ministry: string };

export type ImportProblemCode = ImportProblemDetail['code'];

/** Every problem code, for the test that each has a sentence. */
export const IMPORT_PROBLEM_CODES = [
  'OVERVIEW_ITEM_NO_RESPONSIBLE',
  'OVERVIEW_ITEM_NO_TEXT',
  'OVERVIEW_ITEM_NO_STATUS',
  'OVERVIEW_ITEM_NO_SUBMITTERS',
  'OVERVIEW_ITEM_NO_KAMERSTUK',
  'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK',
  'OVERVIEW_LINK_TARGET_MISSING',
  'OVERVIEW_FOOTNOTE_UNREADABLE',
  'OVERVIEW_FOOTNOTE_REPAIRED',
  'OVERVIEW_UNKNOWN_CODE',
  'OVERVIEW_LINE_SKIPPED',
  'OVERVIEW_ROW_UNCLEAR',
  'OVERVIEW_REFERENCE_ASSUMED',
  'LAYOUT_ROW_CUT_OFF',
  'LAYOUT_TEXT_CUT_OFF',
  'LAYOUT_TERM_UNREADABLE',
  'LAYOUT_STATUS_UNKNOWN',
  'LAYOUT_COLUMNS_UNUSED',
  'LAYOUT_KIND_GUESSED',
  'LAYOUT_MINISTRY_GUESSED',
] as const satisfies readonly ImportProblemCode[];

/** Compiles only while IMPORT_PROBLEM_CODES lists every code of ImportProblemDetail. */
export const IMPORT_PROBLEM_CODES_COMPLETE: Exclude<ImportProblemCode, (typeof IMPORT_PROBLEM_CODES)[number]> extends never ? true : never = true;

/** A problem found while reading an overview: where, how bad, and what (a code with its values). */
export type ImportProblem = ImportProblemDetail & {
  /** 1-based line number in the (normalised) document text. */
  line: number;
  /** `error`: the document cannot be imported reliably. `warning`: imported, but worth a look. */
  severity: ImportProblemSeverity;
  /** 1-based position of the item it concerns, when it concerns one. */
  item?: number;
};

export interface ImportItem {
  /** 1-based order in the document. */
  position: number;
  /** Line on which the item starts. */
  line: number;
  kind: ItemKind;
  title: string;
  /** The request (motie) or promise (toezegging): de-hyphenated, footnote markers removed. */
  text: string;
  submitters: string[];
  cs: boolean;
  responsible: Responsibility[];
  /** The "stand van zaken" column, de-hyphenated, footnote markers removed. */
  statusText: string | null;
  status: ItemStatus;
  /** Open, but the document says it is partly done ("Deels afgedaan"). */
  partly: boolean;
  /** The item's own Kamerstuk: from the footnote of its request text. */
  kamerstuk: KamerstukRef | null;
  /** Register number ("T01237", "TZ202412-116"), when the layout has one. */
  reference: string | null;
  /** Kamerstukken cited by the status text (letters that reported on the item). */
  statusReferences: KamerstukRef[];
  /** Position of the item this one is handled together with. */
  linkedTo: number | null;
  deadline: ItemDeadline | null;
  /** Where the deadline came from: the item's own texts, or the item it is linked to. */
  deadlineFrom: 'own' | 'linked' | 'cleared' | null;
  /** ISO 8601 period when the promise recurs (P4Y). */
  recurrence: string | null;
  /** The reference date used for the request text, and why. */
  requestReference: IsoDate;
  requestReferenceFrom: 'vergaderjaar' | 'document';
}

/** Why a text is no overview at all (nothing of it can be imported); the sentences are in src/texts/import.nl.ts. */
export type ParseStandVanZakenFailure =
  | { ok: false; code: 'OVERVIEW_EMPTY' }
  /** No motie or toezegging in it, not even a heading. */
  | { ok: false; code: 'OVERVIEW_NOT_AN_OVERVIEW' }
  /** Headings or rows, but no item with a responsible code and a status text. */
  | { ok: false; code: 'OVERVIEW_NO_ITEMS' }
  /** No past date in the text to take as the document date, and none given. */
  | { ok: false; code: 'OVERVIEW_NO_DOCUMENT_DATE' }
  /** `documentDate`: the given date as written. */
  | { ok: false; code: 'OVERVIEW_BAD_DOCUMENT_DATE'; documentDate: string };

export type ParseStandVanZakenResult =
  | {
      ok: true;
      items: ImportItem[];
      problems: ImportProblem[];
      documentDate: IsoDate;
      documentDateInferred: boolean;
      /** Not given, but stated by the document itself ("Stand per 15 september 2025", an export of motiebot). */
      documentDateStated?: boolean;
      /** When inferred: the newest past date the document mentions, its verbatim expression and line. */
      documentDateSource: { mentioned: IsoDate; text: string; line: number } | null;
    }
  | ParseStandVanZakenFailure;
