// The overview parser's output model: items read from a stand-van-zaken document, and the
// problems found on the way (each with its 1-based line number and a Dutch explanation).
import type { IsoDate } from '../dates/types.ts';
import type { ItemDeadline, ItemKind, ItemStatus, KamerstukRef, Responsibility } from '../items.ts';

export type OverviewProblemSeverity = 'error' | 'warning';

export type OverviewProblemCode =
  | 'OVERVIEW_ITEM_NO_RESPONSIBLE'
  | 'OVERVIEW_ITEM_NO_TEXT'
  | 'OVERVIEW_ITEM_NO_STATUS'
  | 'OVERVIEW_ITEM_NO_SUBMITTERS'
  | 'OVERVIEW_ITEM_NO_KAMERSTUK'
  | 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK'
  | 'OVERVIEW_LINK_TARGET_MISSING'
  | 'OVERVIEW_FOOTNOTE_MISSING'
  | 'OVERVIEW_FOOTNOTE_UNREADABLE'
  | 'OVERVIEW_FOOTNOTE_REPAIRED'
  | 'OVERVIEW_UNKNOWN_CODE'
  | 'OVERVIEW_LINE_SKIPPED'
  | 'OVERVIEW_ROW_UNCLEAR'
  | 'OVERVIEW_REFERENCE_ASSUMED'
  | 'LAYOUT_ROW_CUT_OFF'
  | 'LAYOUT_TERM_UNREADABLE'
  | 'LAYOUT_STATUS_UNKNOWN'
  | 'LAYOUT_ROW_EMPTY_TEXT'
  | 'DOCUMENT_INVALID_BYTES';

export interface OverviewProblem {
  /** 1-based line number in the (normalised) document text. */
  line: number;
  code: OverviewProblemCode;
  /** `error`: the document cannot be imported reliably. `warning`: imported, but worth a look. */
  severity: OverviewProblemSeverity;
  /** One Dutch sentence (or two) for the person importing. */
  message: string;
  /** 1-based position of the item it concerns, when it concerns one. */
  item?: number;
}

export interface OverviewItem {
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
  deadlineFrom: 'own' | 'linked' | null;
  /** ISO 8601 period when the promise recurs (P4Y). */
  recurrence: string | null;
  /** The reference date used for the request text, and why. */
  requestReference: IsoDate;
  requestReferenceFrom: 'vergaderjaar' | 'document';
}

export type ParseOverviewFailureCode =
  | 'OVERVIEW_EMPTY'
  | 'OVERVIEW_NOT_AN_OVERVIEW'
  | 'OVERVIEW_NO_ITEMS'
  | 'OVERVIEW_NO_DOCUMENT_DATE'
  | 'OVERVIEW_BAD_DOCUMENT_DATE';

export type ParseOverviewResult =
  | {
      ok: true;
      items: OverviewItem[];
      problems: OverviewProblem[];
      documentDate: IsoDate;
      documentDateInferred: boolean;
      /** When inferred: the newest past date the document mentions, its verbatim expression and line. */
      documentDateSource: { mentioned: IsoDate; text: string; line: number } | null;
    }
  | { ok: false; code: ParseOverviewFailureCode; message: string; line?: number };
