// The shapes of item writes: a new item, a patch, and the audit context stored with each change.
// Written by item-writes.ts; items.queries.ts re-exports them for the layers above the store.
import type { Actor } from '../domain/actor.ts';
import type { ItemDeadline, ItemKind, ItemStatus, KamerstukRef, Responsibility } from '../domain/items.ts';

/** Slack channel, message ts, document … stored as JSON with the entry. */
export type AuditContext = Record<string, string | number | null | undefined>;

/** One entry of the audit log. */
export interface AuditEntry {
  id: number;
  itemId: number | null;
  actor: Actor;
  at: number;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  context: AuditContext | null;
}

export interface NewItem {
  kind: ItemKind;
  title: string;
  text: string;
  submitters?: string[];
  cs?: boolean;
  kamerstuk?: KamerstukRef | null;
  /** Register number ("T01237", "TZ202412-116") or Eerste Kamer dossier reference. */
  reference?: string | null;
  status?: ItemStatus;
  statusText?: string | null;
  /** Open, but partly done ("Deels afgedaan"). */
  partly?: boolean;
  deadline?: ItemDeadline | null;
  recurrence?: string | null;
  linkedTo?: number | null;
  responsible: Responsibility[];
  sourceDocument?: string | null;
  sourcePosition?: number | null;
  /** When an item created as done was done (an import: the document's date); default now. */
  doneAt?: number | null;
  /** Moties: the Kamer's termijn and the cabinet's appreciation. */
  kamerTermijn?: string | null;
  kabinetsappreciatie?: string | null;
}

/** Fields an update may change. `deadline: null` clears the term. */
export interface ItemPatch {
  title?: string;
  text?: string;
  submitters?: string[];
  status?: ItemStatus;
  statusText?: string | null;
  /** Open, but partly done ("Deels afgedaan"). */
  partly?: boolean;
  deadline?: ItemDeadline | null;
  kamerstuk?: KamerstukRef | null;
  reference?: string | null;
  recurrence?: string | null;
  linkedTo?: number | null;
  sourceDocument?: string | null;
  sourcePosition?: number | null;
  responsible?: Responsibility[];
  kind?: ItemKind;
  /** The trekker (Slack user id); null: nobody. */
  owner?: string | null;
  /** Aangehouden until this date; null: not on hold. */
  onHoldUntil?: string | null;
  /** The Kamerbrief the item was closed with ("36222-45" or a URL). */
  closingReference?: string | null;
  /** Moties: the Kamer's termijn and the cabinet's appreciation (the sync keeps them). */
  kamerTermijn?: string | null;
  kabinetsappreciatie?: string | null;
  /** The deadline change is the next occurrence of a recurring item, not a postponement. */
  nextOccurrence?: boolean;
}
