// A person's decision that an import or the Tweede Kamer sync leaves alone: the status or term a
// person set differs from what the document or the register says. Codes with their values; the
// sentences are in src/texts/conflicts.nl.ts.
import type { IsoDate } from './dates/types.ts';
import type { ItemDeadline, ItemKind, ItemStatus } from './items.ts';

export const CONFLICT_CODES = ['STATUS_KEPT', 'TERM_KEPT', 'STATUS_KEPT_AFTER_REMOVAL', 'STATUS_TEXT_KEPT', 'TITLE_KEPT'] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Who says otherwise: an imported overview, the Tweede Kamer (moties) or the toezeggingenregister. */
export type ConflictSource = 'overview' | 'tk-motie' | 'tk-register';

interface ConflictBase {
  itemId: number;
  itemKind: ItemKind;
  /** The actor who made the decision that stays (stored form, see actor.ts). */
  setBy: string;
  source: ConflictSource;
}

export interface StatusConflict extends ConflictBase {
  /** STATUS_KEPT_AFTER_REMOVAL: the record was removed from the open data (incoming is then 'lapsed'). */
  code: 'STATUS_KEPT' | 'STATUS_KEPT_AFTER_REMOVAL';
  field: 'status';
  current: ItemStatus;
  incoming: ItemStatus;
}

export interface TermConflict extends ConflictBase {
  code: 'TERM_KEPT';
  field: 'deadline';
  /** The terms as "text (YYYY-MM-DD)" (the JSON contract of `motie import --json`). */
  current: string;
  incoming: string;
  currentTerm: ItemDeadline | null;
  incomingTerm: ItemDeadline | null;
}

/**
 * A stand van zaken that stays: a person wrote it and the register says otherwise (or the record
 * was removed), or an overview older than the text would replace it.
 */
export interface StatusTextConflict extends ConflictBase {
  code: 'STATUS_TEXT_KEPT';
  field: 'statusText';
  current: string | null;
  incoming: string | null;
  /** The day the kept text was written (Amsterdam). */
  writtenOn: IsoDate;
  /** The overview's date, when the overview is older than the kept text (an import); else null. */
  documentDate: IsoDate | null;
  /** The record was removed from the open data (the sync); the item lapses, the text stays. */
  removed: boolean;
}

/** A title a person wrote stays; the Tweede Kamer's own title (the motie's request, its dictum) is `incoming` (review6 LOW-3). */
export interface TitleConflict extends ConflictBase {
  code: 'TITLE_KEPT';
  field: 'title';
  current: string;
  incoming: string;
}

export type DecisionConflict = StatusConflict | TermConflict | StatusTextConflict | TitleConflict;

/** "eind 2024 (2024-12-31)", the words alone without a date, or "geen termijn". */
export function describeDeadline(deadline: ItemDeadline | null): string {
  if (!deadline) return 'geen termijn';
  return deadline.deadline ? `${deadline.text} (${deadline.deadline})` : deadline.text;
}

/** The conflict when a person's term differs from the one a document or the register gives. */
export function termConflict(base: ConflictBase, current: ItemDeadline | null, incoming: ItemDeadline | null): TermConflict {
  return {
    ...base,
    code: 'TERM_KEPT',
    field: 'deadline',
    current: describeDeadline(current),
    incoming: describeDeadline(incoming),
    currentTerm: current,
    incomingTerm: incoming,
  };
}
