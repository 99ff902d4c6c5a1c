// The Tweede Kamer sync's own tables: the cursor per SyncFeed category (tk_feeds) and the last
// version of every entity read (tk_records), with the item it made and its triage state.
import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Item, ItemKind, Responsibility } from '../domain/items.ts';
import type { TitleSource } from '../domain/tk/types.ts';
import { prepared, type Db } from './db.ts';
import { getItemsById, withStatusTextOrigins } from './items.queries.ts';
import { tkFeeds, tkRecords } from './schema.ts';
import { required } from '../domain/required.ts';

export interface TkFeedState {
  category: string;
  cursor: string | null;
  pages: number;
  caughtUpAt: number | null;
  firstCompletedAt: number | null;
}

export function getTkFeed(db: Db, category: string): TkFeedState | null {
  const row = db.select().from(tkFeeds).where(eq(tkFeeds.category, category)).get();
  return row ? { category: row.category, cursor: row.cursor, pages: row.pages, caughtUpAt: row.caughtUpAt, firstCompletedAt: row.firstCompletedAt } : null;
}

/** Whether any SyncFeed category was ever read into this database (a cursor stored, or caught up once). */
export function hasTkSynced(db: Db): boolean {
  return db.select({ category: tkFeeds.category }).from(tkFeeds).limit(1).get() !== undefined;
}

/** Stores where to resume (call it in the transaction that committed the page's entries). */
export function saveTkCursor(db: Db, category: string, cursor: string | null, now: number): void {
  db.insert(tkFeeds)
    .values({ category, cursor, pages: 1, updatedAt: now })
    .onConflictDoUpdate({ target: tkFeeds.category, set: { cursor, pages: sql`${tkFeeds.pages} + 1`, updatedAt: now } })
    .run();
}

/** The feed said it is caught up; the first time, the first complete run is recorded too. */
export function markTkCaughtUp(db: Db, category: string, now: number): { first: boolean } {
  const before = getTkFeed(db, category);
  db.insert(tkFeeds)
    .values({ category, cursor: null, pages: 0, caughtUpAt: now, firstCompletedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: tkFeeds.category,
      set: { caughtUpAt: now, firstCompletedAt: sql`coalesce(${tkFeeds.firstCompletedAt}, ${now})`, updatedAt: now },
    })
    .run();
  return { first: !before?.firstCompletedAt };
}

export interface TkRecordRow {
  entityId: string;
  category: string;
  bijgewerkt: string | null;
  deleted: boolean;
  parentId: string | null;
  data: Record<string, unknown>;
  itemId: number | null;
  ministryRule: string | null;
  triage: 'pending' | 'assigned' | null;
  triageCodes: string[] | null;
  triageBy: string | null;
  updatedAt: number;
}

function toRecordRow(row: typeof tkRecords.$inferSelect): TkRecordRow {
  return {
    ...row,
    data: JSON.parse(row.data) as Record<string, unknown>,
    triageCodes: row.triageCodes ? (JSON.parse(row.triageCodes) as string[]) : null,
  };
}

/**
 * The statements the sync runs for every entry, built and prepared once per connection: building
 * and preparing them on each call was half of a recorded month's sync (issue 28).
 */
function prepareRecordStatements(db: Db) {
  const updatable = {
    category: sql.placeholder('category'),
    bijgewerkt: sql.placeholder('bijgewerkt'),
    deleted: sql.placeholder('deleted'),
    parentId: sql.placeholder('parentId'),
    data: sql.placeholder('data'),
    itemId: sql.placeholder('itemId'),
    ministryRule: sql.placeholder('ministryRule'),
    triage: sql.placeholder('triage'),
    updatedAt: sql.placeholder('updatedAt'),
  };
  return {
    record: db.select().from(tkRecords).where(eq(tkRecords.entityId, sql.placeholder('entityId'))).prepare(),
    children: db
      .select()
      .from(tkRecords)
      .where(and(eq(tkRecords.parentId, sql.placeholder('parentId')), eq(tkRecords.category, sql.placeholder('category')), eq(tkRecords.deleted, false)))
      .prepare(),
    upsert: db
      .insert(tkRecords)
      .values({ entityId: sql.placeholder('entityId'), ...updatable })
      // The row as it would have been inserted (SQLite's `excluded`): every column but the key.
      .onConflictDoUpdate({
        target: tkRecords.entityId,
        set: Object.fromEntries(Object.keys(updatable).map((key) => [key, sql.raw(`excluded.${tkRecords[key as keyof typeof updatable].name}`)])),
      })
      .prepare(),
  };
}

const recordStatements = new WeakMap<Db, ReturnType<typeof prepareRecordStatements>>();

function statementsOf(db: Db): ReturnType<typeof prepareRecordStatements> {
  let statements = recordStatements.get(db);
  if (!statements) {
    statements = prepareRecordStatements(db);
    recordStatements.set(db, statements);
  }
  return statements;
}

export function getTkRecord(db: Db, entityId: string): TkRecordRow | null {
  const row = statementsOf(db).record.get({ entityId });
  return row ? toRecordRow(row) : null;
}

export function upsertTkRecord(db: Db, record: Omit<TkRecordRow, 'triageCodes' | 'triageBy'> & { triageCodes?: string[] | null; triageBy?: string | null }): void {
  const values = {
    entityId: record.entityId,
    category: record.category,
    bijgewerkt: record.bijgewerkt,
    deleted: record.deleted,
    parentId: record.parentId,
    data: JSON.stringify(record.data),
    itemId: record.itemId,
    ministryRule: record.ministryRule,
    triage: record.triage,
    updatedAt: record.updatedAt,
  };
  // Bound as they are: a placeholder's value does not pass through the column's mapping.
  statementsOf(db).upsert.run({ ...values, deleted: values.deleted ? 1 : 0 });
}

/** Items of `kind` that no register record made or matched: what a new record may match (an overview import's items). */
export function listTkCandidates(db: Db, kind: ItemKind): Item[] {
  const ids = prepared(db, 'SELECT id FROM items WHERE kind = ? AND id NOT IN (SELECT item_id FROM tk_records WHERE item_id IS NOT NULL) ORDER BY id').all(
    kind,
  ) as { id: number }[];
  const map = getItemsById(db, ids.map((r) => r.id));
  // With who wrote their stand van zaken: the sync never overwrites a person's text.
  return withStatusTextOrigins(db, ids.map((r) => map.get(r.id)).filter((i): i is Item => i !== undefined));
}

/**
 * The item (not deleted) another register record with this nummer already belongs to, or null:
 * two register entries with one nummer are one item (issue 22.18).
 */
export function findTkLinkedItem(db: Db, kind: ItemKind, reference: string): number | null {
  const row = prepared(
    db,
    "SELECT id FROM items WHERE reference = ? AND kind = ? AND status <> 'deleted' AND id IN (SELECT item_id FROM tk_records WHERE item_id IS NOT NULL) ORDER BY id LIMIT 1",
  ).get(reference.trim(), kind) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The rule that derived an item's ministry ("functie", "ministerie", "begroting", "triage"), with its explanation. */
export function getTkOrigin(
  db: Db,
  itemId: number,
): { entityId: string; category: string; ministryRule: string | null; reference: string | null; titleFrom: TitleSource | null; fileGaveUpAfter: number | null } | null {
  const row = db.select().from(tkRecords).where(eq(tkRecords.itemId, itemId)).get();
  if (!row) return null;
  const data = JSON.parse(row.data) as { reference?: string | null; draft?: { titleFrom?: TitleSource } };
  // The motie's file (or the lookup of its Document) failed too often and is no longer tried (review6 LOW-2).
  const gaveUp = db
    .select({ attempts: sql<number | null>`json_extract(${tkRecords.data}, '$.attempts')` })
    .from(tkRecords)
    .where(and(eq(tkRecords.parentId, row.entityId), inArray(tkRecords.category, ['motieFile', 'motieLookup']), sql`json_extract(${tkRecords.data}, '$.state') = 'gave-up'`))
    .get();
  return { entityId: row.entityId, category: row.category, ministryRule: row.ministryRule, reference: data.reference ?? null, titleFrom: data.draft?.titleFrom ?? null, fileGaveUpAfter: gaveUp ? (gaveUp.attempts ?? 0) : null };
}

export interface TriageEntry {
  entityId: string;
  category: string;
  data: Record<string, unknown>;
  state: 'pending' | 'assigned';
  codes: string[] | null;
  by: string | null;
  itemId: number | null;
}

export function listTriage(db: Db, state: 'pending' | 'assigned' | 'all' = 'pending'): TriageEntry[] {
  const where = state === 'all' ? isNotNull(tkRecords.triage) : eq(tkRecords.triage, state);
  return db
    .select()
    .from(tkRecords)
    .where(and(where, eq(tkRecords.deleted, false)))
    .orderBy(tkRecords.updatedAt, tkRecords.entityId)
    .all()
    .map((row) => ({
      entityId: row.entityId,
      category: row.category,
      data: JSON.parse(row.data) as Record<string, unknown>,
      state: required(row.triage, `triage state of ${row.entityId}`),
      codes: row.triageCodes ? (JSON.parse(row.triageCodes) as string[]) : null,
      by: row.triageBy,
      itemId: row.itemId,
    }));
}

/** Records that a person assigned codes to a record in triage, and the item made for it. */
export function setTriageAssigned(db: Db, entityId: string, responsible: readonly Responsibility[], by: string, itemId: number, now: number): void {
  db.update(tkRecords)
    .set({ triage: 'assigned', triageCodes: JSON.stringify(responsible.map((r) => r.code)), triageBy: by, itemId, ministryRule: `triage door ${by}`, updatedAt: now })
    .where(eq(tkRecords.entityId, entityId))
    .run();
}

export interface TkAuditEvent {
  id: number;
  itemId: number | null;
  action: string;
  newValue: string | null;
  at: number;
}

/** The sync's announcement entries (tk-afgedaan, tk-new, tk-first-sync) since `since` (ms UTC). */
export function listTkEvents(db: Db, actions: readonly string[], since: number): TkAuditEvent[] {
  return prepared(
    db,
    `SELECT id, item_id AS itemId, action, new_value AS newValue, at FROM audit_log
     WHERE action IN (SELECT value FROM json_each(?)) AND at >= ? ORDER BY at, id`,
  ).all(JSON.stringify(actions), since) as TkAuditEvent[];
}

/** Items the sync made or matched, by kind: what the first sync's counts per channel are made of. */
export function listTkItemIds(db: Db): { itemId: number; category: string }[] {
  return prepared(db, 'SELECT item_id AS itemId, category FROM tk_records WHERE item_id IS NOT NULL AND deleted = 0').all() as {
    itemId: number;
    category: string;
  }[];
}

/** Live (not deleted) records hanging off `parentId` in one category. */
export function listTkChildren(db: Db, parentId: string, category: string): TkRecordRow[] {
  return statementsOf(db).children.all({ parentId, category }).map(toRecordRow);
}

/** Sets what a record made: its item, the rule that derived its ministry, its triage state. */
export function setTkRecordOutcome(db: Db, entityId: string, outcome: { itemId: number | null; ministryRule: string | null; triage: 'pending' | 'assigned' | null; data?: Record<string, unknown> }, now: number): void {
  // Prepared once per connection, like the record statements above (it runs for every motie a page touches).
  prepared(db, 'UPDATE tk_records SET item_id = ?, ministry_rule = ?, triage = ?, data = coalesce(?, data), updated_at = ? WHERE entity_id = ?').run(
    outcome.itemId,
    outcome.ministryRule,
    outcome.triage,
    outcome.data ? JSON.stringify(outcome.data) : null,
    now,
    entityId,
  );
}

/**
 * Live records of `category` whose `data.state` is one of `states`, fewest `data.attempts` first
 * (a file that keeps failing never holds back a new one), at most `limit`; with `updatedBefore`, only
 * those last written at or before that moment (UTC ms: a lookup to ask again after a while).
 */
export function listTkRecordsInState(db: Db, category: string, states: readonly string[], limit: number, updatedBefore?: number): TkRecordRow[] {
  const rows = db
    .select()
    .from(tkRecords)
    .where(
      and(
        eq(tkRecords.category, category),
        eq(tkRecords.deleted, false),
        inArray(sql`json_extract(${tkRecords.data}, '$.state')`, [...states]),
        updatedBefore === undefined ? undefined : lte(tkRecords.updatedAt, updatedBefore),
      ),
    )
    .orderBy(sql`coalesce(json_extract(${tkRecords.data}, '$.attempts'), 0)`, tkRecords.updatedAt)
    .limit(limit)
    .all();
  return rows.map(toRecordRow);
}
