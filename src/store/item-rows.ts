// Rows of `items` as the domain's Items: the one mapping (hydrate), used by every read of the store.
// Rows come from drizzle selects of the `items` table (schema.ts), or, for bulk reads, from raw SQL
// that selects ITEM_SELECT (every column under its drizzle key, built from the schema), run by
// selectItemRows. item-writes.ts writes them.
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { Actor } from '../domain/actor.ts';
import type { Item, ItemDeadline, KamerstukRef, Responsibility } from '../domain/items.ts';
import { prepared, quoted, type Connection } from './connection.ts';
import { items, responsibilities } from './schema.ts';

export type ItemRow = typeof items.$inferSelect;

const COLUMNS = Object.entries(getTableColumns(items) as Record<string, Column>);

/** Every column of `items` under its drizzle key (`"kamerstuk_dossier" AS "kamerstukDossier"`), for raw SQL. */
export const ITEM_SELECT = COLUMNS.map(([key, column]) => `${quoted(column.name)} AS ${quoted(key)}`).join(', ');

/** Columns whose stored value is not what drizzle reads (booleans are stored as 0 / 1). */
const CONVERTED = COLUMNS.filter(([, column]) => column.dataType !== 'string' && column.dataType !== 'number');

/**
 * Runs raw SQL that selects ITEM_SELECT (cached per connection) and gives its rows as drizzle
 * reads them: for bulk reads, where drizzle's own row mapping costs more than the query.
 */
export function selectItemRows(db: Connection, source: string, ...params: unknown[]): ItemRow[] {
  const rows = prepared(db, source).all(...params) as Record<string, unknown>[];
  for (const row of rows) {
    // The rows are this function's own (just read), so they are converted in place.
    for (const [key, column] of CONVERTED) {
      const value = row[key];
      if (value !== null && value !== undefined) row[key] = column.mapFromDriverValue(value);
    }
  }
  return rows as ItemRow[];
}

const RESPONSIBILITIES_OF = `SELECT ${quoted(responsibilities.itemId.name)} AS itemId, ${quoted(responsibilities.code.name)} AS code,
  ${quoted(responsibilities.ministry.name)} AS ministry FROM ${quoted(getTableName(responsibilities))}
  WHERE ${quoted(responsibilities.itemId.name)} IN (SELECT value FROM json_each(?)) ORDER BY ${quoted(responsibilities.id.name)}`;

/** The responsibilities of the items with these ids (a JSON array), per item in the order they were added. */
export function responsibilitiesByItem(db: Connection, idsJson: string): Map<number, Responsibility[]> {
  const byItem = new Map<number, Responsibility[]>();
  for (const r of prepared(db, RESPONSIBILITIES_OF).all(idsJson) as { itemId: number; code: string; ministry: string }[]) {
    const responsibility = { code: r.code, ministry: r.ministry };
    const list = byItem.get(r.itemId);
    if (list) list.push(responsibility);
    else byItem.set(r.itemId, [responsibility]);
  }
  return byItem;
}

/** Rows of `items` as domain items, each with its responsibilities (in the order they were added). */
export function hydrate(db: Connection, rows: readonly ItemRow[]): Item[] {
  if (rows.length === 0) return [];
  const byItem = responsibilitiesByItem(db, JSON.stringify(rows.map((row) => row.id)));
  return rows.map((row) => itemOfRow(row, byItem.get(row.id) ?? []));
}

/** An item's Kamerstuk from its three columns: none without a dossier and a number. */
export function kamerstukOfColumns(dossier: string | null, number: string | null, vergaderjaar: string | null): KamerstukRef | null {
  return dossier && number !== null ? { dossier, number, vergaderjaar } : null;
}

/** One row of `items` with its responsibilities as the domain's Item. */
export function itemOfRow(row: ItemRow, resp: Responsibility[], submitters?: string[]): Item {
  const kamerstuk = kamerstukOfColumns(row.kamerstukDossier, row.kamerstukNumber, row.kamerstukVergaderjaar);
  const deadline: ItemDeadline | null =
    row.deadlineText !== null
      ? {
          earliest: row.deadlineEarliest,
          deadline: row.deadline,
          text: row.deadlineText,
          basis: row.deadlineBasis ?? 'estimate',
          soft: row.deadlineSoft,
          source: row.deadlineSource ?? 'person',
        }
      : null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    text: row.text,
    submitters: submitters ?? (JSON.parse(row.submitters) as string[]),
    cs: row.cs,
    kamerstuk,
    reference: row.reference,
    status: row.status,
    statusText: row.statusText,
    partly: row.partly,
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
    kamerTermijn: row.kamerTermijn,
    kabinetsappreciatie: row.kabinetsappreciatie,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
