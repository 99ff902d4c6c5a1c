// The domain's view of a tracked motie or toezegging. The store maps its rows to these types.
import type { Actor } from './actor.ts';
import type { Basis, IsoDate } from './dates/types.ts';

export type ItemKind = 'motie' | 'toezegging';
/** 'deleted': added by mistake and soft-deleted (hidden everywhere; an admin can undo it). */
export type ItemStatus = 'open' | 'done' | 'lapsed' | 'deleted';

export interface KamerstukRef {
  dossier: string; // "34843", "36200-VIII"; an Eerste Kamer dossier "34122", "22112/31544"
  number: string; // "79"; an Eerste Kamer letter "CK"; '' for an Eerste Kamer dossier alone
  vergaderjaar: string | null; // "2022/23"
}

export interface ItemDeadline {
  earliest: IsoDate | null;
  deadline: IsoDate | null;
  /** The verbatim expression ("voor de zomer van 2025"). */
  text: string;
  basis: Basis;
  soft: boolean;
  /** Where the term came from: the request text, the status text, or a person. */
  /** 'kamer': the Kamer's own termijn of a motie (zaak/termijn), used when the text names none. */
  source: 'request' | 'status' | 'person' | 'kamer';
}

export interface Responsibility {
  /** Bewindspersoon code: SOCW, MOCW, MJenV … */
  code: string;
  /** Ministry: OCW, JenV … (the code without its first letter). */
  ministry: string;
}

export interface Item {
  id: number;
  kind: ItemKind;
  title: string;
  text: string;
  submitters: string[];
  cs: boolean;
  kamerstuk: KamerstukRef | null;
  /** Register number as written ("T01237", "TZ202412-116") or an Eerste Kamer dossier reference. */
  reference: string | null;
  status: ItemStatus;
  statusText: string | null;
  deadline: ItemDeadline | null;
  /** ISO 8601 period (P1Y, P4Y) when the item recurs. */
  recurrence: string | null;
  linkedTo: number | null;
  responsible: Responsibility[];
  sourceDocument: string | null;
  sourcePosition: number | null;
  /** Set when a person (Slack or CLI) decided the status; imports do not overwrite it. */
  statusSetBy: Actor | null;
  /** Set when a person set the deadline; imports do not overwrite it. */
  deadlineSetBy: Actor | null;
  doneAt: number | null; // UTC ms
  // Fields added in round 2; optional so that items built elsewhere (fixtures, plans) need not name them.
  /** Who marked the item done. */
  doneBy?: string | null;
  /** The Kamerbrief it was closed with: a Kamerstuk ("36222-45") or a URL. */
  closingReference?: string | null;
  /** The trekker: Slack user id of the person who owns the item. */
  owner?: string | null;
  /** Aangehouden: no reminders before this date. */
  onHoldUntil?: IsoDate | null;
  /** The first deadline, kept once a person moved it. */
  deadlineOriginal?: string | null;
  /** How often a person moved the deadline. */
  deadlineMoves?: number;
  /** Open, but partly done ("Deels afgedaan" in the overview it came from); false when not said. */
  partly?: boolean;
  /** Moties: the Kamer's own term for the follow-up (zaak/termijn). */
  kamerTermijn?: IsoDate | null;
  /** Moties: the cabinet's appreciation ("Ontraden", "Oordeel Kamer", …). */
  kabinetsappreciatie?: string | null;
  /** Soft-deleted (added by mistake) at this instant; such items are hidden everywhere. */
  deletedAt?: number | null;
  /**
   * Who last wrote the stand van zaken, from the audit trail, and on which day (Amsterdam): read
   * for the import and the Tweede Kamer sync only (undefined elsewhere). `person`: a person typed
   * it (Slack or the command line), so the sync never overwrites it; an import, the sync or the
   * item's creation wrote it otherwise.
   */
  statusTextOrigin?: StatusTextOrigin | null;
  /**
   * Who last changed the status and the term, and on which day (the audit trail; null: never
   * changed since creation). Read for the import only: an older overview never replaces a newer
   * status or term an import set (issue 22.2).
   */
  statusOrigin?: StatusTextOrigin | null;
  deadlineOrigin?: StatusTextOrigin | null;
  /** Who last changed "deels afgedaan" (a person's Kamerbrief answer "Deels"), and when. */
  partlyOrigin?: StatusTextOrigin | null;
  createdAt: number; // UTC ms
  updatedAt: number; // UTC ms
}

export interface StatusTextOrigin {
  /** The actor as stored (actor.ts). */
  actor: string;
  person: boolean;
  on: IsoDate;
}

/** "34843-79" as used in JSON output and matching. */
export function formatKamerstukKey(ref: KamerstukRef): string {
  // An Eerste Kamer dossier without a letter ("34122") is the dossier alone.
  return ref.number === '' ? ref.dossier : `${ref.dossier}-${ref.number}`;
}

/** "Kamerstuk 34843, nr. 79 (2022/23)" for people. */
export function formatKamerstuk(ref: KamerstukRef): string {
  const year = ref.vergaderjaar ? ` (${ref.vergaderjaar})` : '';
  return `Kamerstuk ${ref.dossier}${ref.number === '' ? '' : `, nr. ${ref.number}`}${year}`;
}
