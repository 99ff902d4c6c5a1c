// What /motie status, the digest and the Home tab count and list, answered by SQL so that a
// database with 100,000 items is never loaded whole.
import type Database from 'better-sqlite3';
import { addDays, format, parseISO } from 'date-fns';
import { and, asc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { IsoDate } from '../domain/dates/types.ts';
import { SOON_DAYS } from '../domain/describe-item.ts';
import type { Item } from '../domain/items.ts';
import type { Db } from './db.ts';
import { listItems, responsibleCondition } from './items.queries.ts';
import { items, responsibilities } from './schema.ts';

/** Codes and ministries to include; both empty means everything. */
export interface Scope {
  codes: string[];
  ministries: string[];
}

export interface StatusCounts {
  open: number;
  overdue: number;
  soon: number;
  noTerm: number;
  done: number;
}

function soonUntil(today: IsoDate): IsoDate {
  return format(addDays(parseISO(today), SOON_DAYS), 'yyyy-MM-dd');
}

/** Prepared statements per connection: preparing costs more than running these small queries. */
const statements = new WeakMap<Db, Map<string, Database.Statement>>();

function prepared(db: Db, source: string): Database.Statement {
  let byDb = statements.get(db);
  if (!byDb) {
    byDb = new Map();
    statements.set(db, byDb);
  }
  let statement = byDb.get(source);
  if (!statement) {
    statement = db.$client.prepare(source);
    byDb.set(source, statement);
  }
  return statement;
}

/**
 * `items.id IN (the items of the scope)` for raw SQL, read from the (code, item_id) and
 * (ministry, item_id) indexes; null for everything.
 */
function scopeFilter(scope: Scope): { sql: string; params: string[] } | null {
  const parts: string[] = [];
  const params: string[] = [];
  if (scope.codes.length > 0) {
    parts.push(`code IN (${scope.codes.map(() => '?').join(', ')})`);
    params.push(...scope.codes);
  }
  if (scope.ministries.length > 0) {
    parts.push(`ministry IN (${scope.ministries.map(() => '?').join(', ')})`);
    params.push(...scope.ministries);
  }
  if (parts.length === 0) return null;
  return { sql: `id IN (SELECT item_id FROM responsibilities WHERE ${parts.join(' OR ')})`, params };
}

/**
 * Answers remembered per connection until the database changes. The version is this
 * connection's total_changes() (its own writes) with PRAGMA data_version (commits by any other
 * connection: the CLI, another bot process), so a remembered answer is always the answer the
 * query would give now. Nothing is remembered inside a transaction, which may still roll back.
 */
interface Memo {
  version: string;
  entries: Map<string, unknown>;
}

const memos = new WeakMap<Db, Memo>();
const MEMO_ENTRIES = 64;

function remembered<T>(db: Db, key: string, compute: () => T): T {
  if (db.$client.inTransaction) return compute();
  const row = prepared(db, 'SELECT total_changes() AS changes, data_version AS data FROM pragma_data_version()').get() as {
    changes: number;
    data: number;
  };
  const version = `${row.changes}:${row.data}`;
  let memo = memos.get(db);
  if (!memo || memo.version !== version || memo.entries.size >= MEMO_ENTRIES) {
    memo = { version, entries: new Map() };
    memos.set(db, memo);
  }
  if (memo.entries.has(key)) return memo.entries.get(key) as T;
  const value = compute();
  memo.entries.set(key, value);
  return value;
}

export function statusCounts(db: Db, scope: Scope, today: IsoDate): StatusCounts {
  const key = JSON.stringify(['counts', scope.codes, scope.ministries, today]);
  const counts = remembered(db, key, () => computeStatusCounts(db, scope, today));
  return { ...counts };
}

function computeStatusCounts(db: Db, scope: Scope, today: IsoDate): StatusCounts {
  const filter = scopeFilter(scope);
  // A scope reads status and deadline from the covering (id, status, deadline) index; without a
  // scope, the (status, deadline) index is scanned.
  const from = filter ? `items INDEXED BY items_id_status_deadline_idx WHERE ${filter.sql}` : 'items';
  const source = `SELECT
      coalesce(sum(status = 'open'), 0) AS open,
      coalesce(sum(status = 'open' AND deadline < ?), 0) AS overdue,
      coalesce(sum(status = 'open' AND deadline >= ? AND deadline <= ?), 0) AS soon,
      coalesce(sum(status = 'open' AND deadline IS NULL), 0) AS noTerm,
      coalesce(sum(status = 'done'), 0) AS done
    FROM ${from}`;
  return prepared(db, source).get(today, today, soonUntil(today), ...(filter?.params ?? [])) as StatusCounts;
}

/**
 * One page of the items that need attention: overdue first (most overdue first), then those due
 * within four weeks; `total` counts them all.
 */
export function attentionPage(
  db: Db,
  scope: Scope,
  today: IsoDate,
  offset: number,
  limit: number,
): { items: Item[]; total: number } {
  const key = JSON.stringify(['attention', scope.codes, scope.ministries, today, offset, limit]);
  const page = remembered(db, key, () => computeAttentionPage(db, scope, today, offset, limit));
  return { items: [...page.items], total: page.total };
}

function computeAttentionPage(
  db: Db,
  scope: Scope,
  today: IsoDate,
  offset: number,
  limit: number,
): { items: Item[]; total: number } {
  const until = soonUntil(today);
  const filter = scopeFilter(scope);
  const total = filter
    ? (prepared(
        db,
        `SELECT count(*) AS n FROM items INDEXED BY items_id_status_deadline_idx
         WHERE ${filter.sql} AND status = 'open' AND deadline <= ?`,
      ).get(...filter.params, until) as { n: number }).n
    : (prepared(db, "SELECT count(*) AS n FROM items WHERE status = 'open' AND deadline <= ?").get(until) as { n: number }).n;
  const where = and(
    responsibleCondition(scope.codes, scope.ministries),
    eq(items.status, 'open'),
    lte(items.deadline, until),
  );
  // Walks the (status, deadline) index in order and stops after the page.
  const ids = db
    .select({ id: items.id })
    .from(items)
    .where(where)
    .orderBy(asc(items.deadline), asc(items.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  const byId = new Map(listItems(db, { ids }).map((i) => [i.id, i]));
  return { items: ids.map((id) => byId.get(id)!).filter(Boolean), total };
}

/** Items done in [from, to) (UTC ms), newest first, at most `limit`; and how many there were. */
export function doneBetween(db: Db, scope: Scope, from: number, to: number, limit: number): { items: Item[]; total: number } {
  const where = and(
    responsibleCondition(scope.codes, scope.ministries),
    eq(items.status, 'done'),
    gte(items.doneAt, from),
    lt(items.doneAt, to),
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(items).where(where).get()!.n;
  const ids = db
    .select({ id: items.id })
    .from(items)
    .where(where)
    .orderBy(sql`${items.doneAt} DESC`)
    .limit(limit)
    .all()
    .map((r) => r.id);
  const byId = new Map(listItems(db, { ids }).map((i) => [i.id, i]));
  return { items: ids.map((id) => byId.get(id)!).filter(Boolean), total };
}

export interface CodeCounts extends StatusCounts {
  code: string;
}

/** Counts per bewindspersoon code (an item with two codes counts for both). */
export function statusByCode(db: Db, today: IsoDate): CodeCounts[] {
  const until = soonUntil(today);
  return db
    .select({
      code: responsibilities.code,
      open: sql<number>`coalesce(sum(${items.status} = 'open'), 0)`,
      overdue: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} < ${today}), 0)`,
      soon: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} >= ${today} AND ${items.deadline} <= ${until}), 0)`,
      noTerm: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} IS NULL), 0)`,
      done: sql<number>`coalesce(sum(${items.status} = 'done'), 0)`,
    })
    .from(responsibilities)
    .innerJoin(items, eq(items.id, responsibilities.itemId))
    .groupBy(responsibilities.code)
    .orderBy(asc(responsibilities.code))
    .all();
}
