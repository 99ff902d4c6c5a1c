// Items, their responsibilities and their audit trail. Every change writes an audit entry in the
// same transaction; nothing above this file sees drizzle rows.
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../domain/actor.ts';
import type { Item, ItemStatus, Responsibility } from '../domain/items.ts';
import { nextOccurrence } from '../domain/recurrence.ts';
import { buildSearchQuery } from '../domain/search-query.ts';
import { inTransaction, type Db } from './db.ts';
import { prepareItemInserter, prepareItemUpdater } from './import.queries.ts';
import { toItem, type ItemRow } from './item-rows.ts';
import type { AuditContext, ItemPatch, NewItem } from './item-types.ts';
import { auditLog, items, responsibilities } from './schema.ts';
import { required } from '../domain/required.ts';

export type { AuditContext, ItemPatch, NewItem } from './item-types.ts';

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

export interface ItemFilter {
  /** Items for which one of these codes is responsible … */
  codes?: string[];
  /** … or one of these ministries. */
  ministries?: string[];
  status?: ItemStatus;
  ids?: number[];
  /** Full-text search (see domain/search-query.ts): title, text, status text, submitters, Kamerstuk, reference. */
  search?: string;
  limit?: number;
  /** Items whose trekker is this Slack user. */
  owner?: string;
}

const CHUNK = 900;

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}

function loadResponsibilities(db: Db, ids: number[]): Map<number, Responsibility[]> {
  const map = new Map<number, Responsibility[]>();
  for (const part of chunks(ids)) {
    const rows = db
      .select()
      .from(responsibilities)
      .where(inArray(responsibilities.itemId, part))
      .orderBy(asc(responsibilities.id))
      .all();
    for (const r of rows) {
      const list = map.get(r.itemId) ?? [];
      list.push({ code: r.code, ministry: r.ministry });
      map.set(r.itemId, list);
    }
  }
  return map;
}

/** Rows of `items` as domain items, with their responsibilities (for other queries of the store). */
export function hydrate(db: Db, rows: ItemRow[]): Item[] {
  const resp = loadResponsibilities(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toItem(r, resp.get(r.id) ?? []));
}

/** The SQL condition for "one of these codes or ministries is responsible". */
export function responsibleCondition(codes: string[] = [], ministries: string[] = []): SQL | undefined {
  if (codes.length === 0 && ministries.length === 0) return undefined;
  const parts: SQL[] = [];
  if (codes.length > 0) parts.push(inArray(responsibilities.code, codes));
  if (ministries.length > 0) parts.push(inArray(responsibilities.ministry, ministries));
  const [first, second] = parts;
  const where = second ? sql`(${first} OR ${second})` : required(first, 'responsible condition');
  return sql`${items.id} IN (SELECT ${responsibilities.itemId} FROM ${responsibilities} WHERE ${where})`;
}

export function listItems(db: Db, filter: ItemFilter = {}): Item[] {
  const conditions: (SQL | undefined)[] = [responsibleCondition(filter.codes, filter.ministries)];
  // Deleted items (added by mistake) are hidden unless asked for by status.
  conditions.push(filter.status ? eq(items.status, filter.status) : ne(items.status, 'deleted'));
  if (filter.owner) conditions.push(eq(items.owner, filter.owner));
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    conditions.push(inArray(items.id, filter.ids));
  }
  if (filter.search !== undefined) {
    // Full-text search through the items_fts index (trigram, accents and case ignored).
    const search = buildSearchQuery(filter.search);
    if (!search.ok) return [];
    conditions.push(sql`${items.id} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ${search.match})`);
  }
  let query = db
    .select()
    .from(items)
    .where(and(...conditions))
    .orderBy(sql`${items.deadline} IS NULL`, asc(items.deadline), asc(items.id))
    .$dynamic();
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return hydrate(db, query.all());
}

export function getItem(db: Db, id: number): Item | null {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = db.select().from(items).where(eq(items.id, id)).get();
  return row ? required(hydrate(db, [row])[0], `item ${id}`) : null;
}

export function writeAudit(
  db: Db,
  entry: Omit<AuditEntry, 'id' | 'context'> & { context?: AuditContext | null },
): void {
  db.insert(auditLog)
    .values({
      itemId: entry.itemId,
      actor: entry.actor,
      at: entry.at,
      action: entry.action,
      field: entry.field,
      oldValue: entry.oldValue,
      newValue: entry.newValue,
      context: entry.context ? JSON.stringify(entry.context) : null,
    })
    .run();
}

export function listAudit(db: Db, itemId: number): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.itemId, itemId))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all()
    .map((r) => ({ ...r, actor: r.actor as Actor, context: r.context ? (JSON.parse(r.context) as AuditContext) : null }));
}

export function createItem(db: Db, input: NewItem, actor: Actor, now: number, context?: AuditContext): Item {
  return inTransaction(db, () => {
    const id = prepareItemInserter(db).insert(input, actor, now, context);
    return required(getItem(db, id), `new item ${id}`);
  });
}

/**
 * Applies a patch, writing one audit entry per changed field. A person's change of status or
 * deadline (a person: domain/actor.ts isPerson) is remembered so later imports do not overwrite it.
 * Returns the updated item and the fields that changed (empty when nothing did).
 */
export function updateItem(
  db: Db,
  id: number,
  patch: ItemPatch,
  actor: Actor,
  now: number,
  context?: AuditContext,
): { item: Item; changed: string[] } | null {
  return inTransaction(db, () => {
    const before = getItem(db, id);
    if (!before) return null;
    const changed = prepareItemUpdater(db).update(before, patch, actor, now, context);
    return { item: changed.length > 0 || patch.sourcePosition !== undefined ? required(getItem(db, id), `item ${id}`) : before, changed };
  });
}

export type MarkDoneResult =
  | { ok: true; item: Item; movedTo: string | null }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_ALREADY_DONE'; item: Item | null };

/**
 * Marks an item done. A recurring item with a deadline stays open and moves to its next
 * occurrence instead; the audit log says so.
 */
export function markDone(
  db: Db,
  id: number,
  actor: Actor,
  now: number,
  context?: AuditContext,
  options: { closingReference?: string | null } = {},
): MarkDoneResult {
  return inTransaction(db, () => {
    const item = getItem(db, id);
    if (!item || item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND', item: null };
    if (item.status === 'done') return { ok: false, code: 'ITEM_ALREADY_DONE', item };
    const next =
      item.recurrence && item.deadline?.deadline ? nextOccurrence(item.deadline.deadline, item.recurrence) : null;
    if (next && item.deadline) {
      const nextEarliest = item.deadline.earliest ? nextOccurrence(item.deadline.earliest, required(item.recurrence, 'recurrence')) : null;
      const result = required(
        updateItem(
          db,
          id,
          { deadline: { ...item.deadline, earliest: nextEarliest, deadline: next }, nextOccurrence: true },
          actor,
          now,
          { ...context, reason: 'recurring item done: next occurrence' },
        ),
        `item ${id}`,
      );
      return { ok: true, item: result.item, movedTo: next };
    }
    const patch: ItemPatch = { status: 'done' };
    if (options.closingReference !== undefined) patch.closingReference = options.closingReference;
    const result = required(updateItem(db, id, patch, actor, now, context), `item ${id}`);
    return { ok: true, item: result.item, movedTo: null };
  });
}

export type ReopenResult =
  | { ok: true; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_DONE'; item: Item | null };

export function reopenItem(db: Db, id: number, actor: Actor, now: number, context?: AuditContext): ReopenResult {
  return inTransaction(db, () => {
    const item = getItem(db, id);
    if (!item || item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND', item: null };
    if (item.status === 'open') return { ok: false, code: 'ITEM_NOT_DONE', item };
    const result = required(updateItem(db, id, { status: 'open' }, actor, now, context), `item ${id}`);
    return { ok: true, item: result.item };
  });
}

/** The id of the item's latest audit entry (0 when none): identifies one change, for sending its line once. */
export function latestAuditId(db: Db, itemId: number): number {
  return db.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)` }).from(auditLog).where(eq(auditLog.itemId, itemId)).get()?.id ?? 0;
}

export function countItems(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(items).get()?.n ?? 0;
}
