// Mapping a row of `items` to the domain's Item: the one mapping, used by every read of the store.
import type { Actor } from '../domain/actor.ts';
import type { Item, ItemDeadline, KamerstukRef, Responsibility } from '../domain/items.ts';
import type { items } from './schema.ts';

export type ItemRow = typeof items.$inferSelect;

/** The columns of `items` under their drizzle names, for raw SQL that feeds toItem (with fromRawRow). */
export const ITEM_COLUMNS = `id, kind, title, text, submitters, cs, kamerstuk_dossier AS kamerstukDossier,
  kamerstuk_number AS kamerstukNumber, kamerstuk_vergaderjaar AS kamerstukVergaderjaar, reference, status,
  status_text AS statusText, status_set_by AS statusSetBy, deadline_earliest AS deadlineEarliest, deadline,
  deadline_text AS deadlineText, deadline_basis AS deadlineBasis, deadline_soft AS deadlineSoft,
  deadline_source AS deadlineSource, deadline_set_by AS deadlineSetBy, recurrence, linked_to AS linkedTo,
  source_document AS sourceDocument, source_position AS sourcePosition, done_at AS doneAt,
  done_by AS doneBy, closing_reference AS closingReference, owner, on_hold_until AS onHoldUntil,
  deadline_original AS deadlineOriginal, deadline_moves AS deadlineMoves, deleted_at AS deletedAt,
  deleted_by AS deletedBy, created_at AS createdAt, updated_at AS updatedAt`;

/** A row read with ITEM_COLUMNS: SQLite gives the boolean columns as 0 / 1. */
export type RawItemRow = Omit<ItemRow, 'cs' | 'deadlineSoft'> & { cs: number; deadlineSoft: number };

export function fromRawRow(row: RawItemRow): ItemRow {
  return { ...row, cs: row.cs === 1, deadlineSoft: row.deadlineSoft === 1 };
}

export function toItem(row: ItemRow, resp: Responsibility[]): Item {
  const kamerstuk: KamerstukRef | null =
    row.kamerstukDossier && row.kamerstukNumber
      ? { dossier: row.kamerstukDossier, number: row.kamerstukNumber, vergaderjaar: row.kamerstukVergaderjaar }
      : null;
  const deadline: ItemDeadline | null =
    row.deadlineText !== null
      ? {
          earliest: row.deadlineEarliest,
          deadline: row.deadline,
          text: row.deadlineText,
          basis: (row.deadlineBasis ?? 'estimate'),
          soft: row.deadlineSoft,
          source: row.deadlineSource ?? 'person',
        }
      : null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    submitters: JSON.parse(row.submitters) as string[],
    cs: row.cs,
    kamerstuk,
    reference: row.reference,
    status: row.status,
    statusText: row.statusText,
    deadline,
    recurrence: row.recurrence,
    linkedTo: row.linkedTo,
    responsible: resp,
    sourceDocument: row.sourceDocument,
    sourcePosition: row.sourcePosition,
    // The store wrote these from an Actor.
    statusSetBy: row.statusSetBy as Actor | null,
    deadlineSetBy: row.deadlineSetBy as Actor | null,
    doneAt: row.doneAt,
    doneBy: row.doneBy,
    closingReference: row.closingReference,
    owner: row.owner,
    onHoldUntil: row.onHoldUntil,
    deadlineOriginal: row.deadlineOriginal,
    deadlineMoves: row.deadlineMoves,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
