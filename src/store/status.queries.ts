// What /motie status, the digest and the Home tab count and list, answered by SQL so that a
// database with 100,000 items is never loaded whole.
import { and, asc, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { IsoDate } from '../domain/dates/types.ts';
import { dueBounds, type DueGroup, type StatusCounts } from '../domain/due.ts';
import type { Item, ItemKind } from '../domain/items.ts';
import { STATUS_GROUPS, type StatusGroup } from '../domain/status-filter.ts';
import { prepared, type Db } from './db.ts';
import { getItemsById, listItems, responsibleCondition, statusIs } from './items.queries.ts';
import { items } from './schema.ts';

/** Codes and ministries to include; both empty means everything. */
export interface Scope {
  codes: string[];
  ministries: string[];
}

/**
 * The due rule (src/domain/due.ts) as a condition on items.deadline, with its parameters: the
 * only place the store says what "te laat", "binnen 4 weken" and "later" are. Counts, lists and
 * pages all use it, so they agree with each other and with dueOf.
 */
function groupWhere(group: DueGroup, today: IsoDate): { sql: string; params: string[] } {
  const { soonThrough } = dueBounds(today);
  // Aangehouden (dueGroupOf): on hold until after today is 'later', whatever the deadline.
  const notHeld = '(on_hold_until IS NULL OR on_hold_until <= ?)';
  switch (group) {
    case 'overdue':
      return { sql: `deadline < ? AND ${notHeld}`, params: [today, today] };
    case 'soon':
      return { sql: `deadline >= ? AND deadline <= ? AND ${notHeld}`, params: [today, soonThrough, today] };
    case 'later':
      return { sql: '(deadline > ? OR on_hold_until > ?)', params: [soonThrough, today] };
    case 'none':
      return { sql: `deadline IS NULL AND ${notHeld}`, params: [today] };
  }
}

/** The select list of StatusCounts over rows with `status` and `deadline`, and its parameters. */
function countColumns(today: IsoDate): { sql: string; params: string[] } {
  const params: string[] = [];
  const sum = (name: keyof StatusCounts, group: DueGroup) => {
    const where = groupWhere(group, today);
    params.push(...where.params);
    return `coalesce(sum(status = 'open' AND ${where.sql}), 0) AS ${name}`;
  };
  const sql = [
    `coalesce(sum(status = 'open'), 0) AS open`,
    sum('overdue', 'overdue'),
    sum('soon', 'soon'),
    sum('later', 'later'),
    sum('noTerm', 'none'),
    `coalesce(sum(status = 'done'), 0) AS done`,
  ].join(', ');
  return { sql, params };
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
  if (memo?.version !== version || memo.entries.size >= MEMO_ENTRIES) {
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
  // Status, deadline and hold come from the covering (id, status, deadline, on_hold_until) index:
  // a scope reads its ids from it, no scope reads it whole; never the (large) rows.
  const from = filter ? `items INDEXED BY items_id_status_deadline_idx WHERE ${filter.sql}` : 'items INDEXED BY items_id_status_deadline_idx';
  const counts = countColumns(today);
  const source = `SELECT ${counts.sql} FROM ${from}`;
  return prepared(db, source).get(...counts.params, ...(filter?.params ?? [])) as StatusCounts;
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
  // Overdue or soon: an open item with a deadline on or before the last "binnen 4 weken" day, not on hold.
  const until = dueBounds(today).soonThrough;
  const filter = scopeFilter(scope);
  const total = filter
    ? (prepared(
        db,
        `SELECT count(*) AS n FROM items INDEXED BY items_id_status_deadline_idx
         WHERE ${filter.sql} AND status = 'open' AND deadline <= ? AND (on_hold_until IS NULL OR on_hold_until <= ?)`,
      ).get(...filter.params, until, today) as { n: number }).n
    : (prepared(db, "SELECT count(*) AS n FROM items WHERE status = 'open' AND deadline <= ? AND (on_hold_until IS NULL OR on_hold_until <= ?)").get(until, today) as {
        n: number;
      }).n;
  const where = and(
    responsibleCondition(scope.codes, scope.ministries),
    statusIs('open'),
    lte(items.deadline, until),
    or(isNull(items.onHoldUntil), lte(items.onHoldUntil, today)),
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
  return { items: ids.flatMap((id) => byId.get(id) ?? []), total };
}

/** Items done in [from, to) (UTC ms), newest first, at most `limit`; and how many there were. */
export function doneBetween(db: Db, scope: Scope, from: number, to: number, limit: number): { items: Item[]; total: number } {
  const where = and(
    responsibleCondition(scope.codes, scope.ministries),
    statusIs('done'),
    gte(items.doneAt, from),
    lt(items.doneAt, to),
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(items).where(where).get()?.n ?? 0;
  const ids = db
    .select({ id: items.id })
    .from(items)
    .where(where)
    .orderBy(sql`${items.doneAt} DESC`)
    .limit(limit)
    .all()
    .map((r) => r.id);
  const byId = new Map(listItems(db, { ids }).map((i) => [i.id, i]));
  return { items: ids.flatMap((id) => byId.get(id) ?? []), total };
}

export interface CodeCounts extends StatusCounts {
  code: string;
}

/** Counts per bewindspersoon code (an item with two codes counts for both). */
export function statusByCode(db: Db, today: IsoDate): CodeCounts[] {
  const counts = countColumns(today);
  return prepared(
    db,
    `SELECT r.code AS code, ${counts.sql}
     FROM responsibilities r JOIN items ON items.id = r.item_id
     GROUP BY r.code ORDER BY r.code`,
  ).all(...counts.params) as CodeCounts[];
}

/**
 * What a status list shows: a scope, optionally only moties or toezeggingen, only the items of
 * some indieners (exact names as stored), only some groups of open items, or the done items.
 */
export interface StatusQuery {
  scope: Scope;
  kind?: ItemKind | null;
  /** Exact submitter names; an item matches when one of its submitters is among them. */
  submitters?: string[] | null;
  groups?: readonly StatusGroup[];
  done?: boolean;
  /** The lapsed items instead of the open ones ("vervallen"), most recently lapsed first. */
  lapsed?: boolean;
  /** Moties with this kabinetsappreciatie only ("Ontraden"), compared case-insensitively. */
  appreciatie?: string | null;
}

/** The scope, kind and submitter conditions as raw SQL on `items` (always a valid WHERE part). */
function queryFilter(query: StatusQuery): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const scope = scopeFilter(query.scope);
  if (scope) {
    parts.push(scope.sql);
    params.push(...scope.params);
  }
  if (query.kind) {
    parts.push('kind = ?');
    params.push(query.kind);
  }
  if (query.submitters) {
    if (query.submitters.length === 0) parts.push('0');
    else {
      parts.push(`EXISTS (SELECT 1 FROM json_each(items.submitters) WHERE json_each.value IN (${query.submitters.map(() => '?').join(', ')}))`);
      params.push(...query.submitters);
    }
  }
  if (query.appreciatie) {
    parts.push('lower(kabinetsappreciatie) = lower(?)');
    params.push(query.appreciatie);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** Counts of the items a status query is about (its groups and `done` aside). */
export function statusQueryCounts(db: Db, query: StatusQuery, today: IsoDate): StatusCounts {
  if (!query.kind && !query.submitters && !query.appreciatie) return statusCounts(db, query.scope, today);
  const key = JSON.stringify(['qcounts', query.scope.codes, query.scope.ministries, query.kind ?? null, query.submitters ?? null, query.appreciatie ?? null, today]);
  return {
    ...remembered(db, key, () => {
      const filter = queryFilter(query);
      const counts = countColumns(today);
      return prepared(db, `SELECT ${counts.sql} FROM items WHERE ${filter.sql}`).get(...counts.params, ...filter.params) as StatusCounts;
    }),
  };
}

/** The order of each group of open items in a list. */
const GROUP_ORDER: Record<StatusGroup, string> = { overdue: 'deadline, id', soon: 'deadline, id', later: 'deadline, id', none: 'id' };

const GROUP_COUNT: Record<StatusGroup, keyof StatusCounts> = { overdue: 'overdue', soon: 'soon', later: 'later', none: 'noTerm' };

export interface StatusListPage {
  /** The items of the page, in list order; each open item with its group. */
  items: { item: Item; group: StatusGroup | 'done' | 'lapsed' }[];
  /** How many items the whole list has. */
  total: number;
  counts: StatusCounts;
  /** The page starts in the middle of a group. */
  continues: boolean;
}

/**
 * One page of a status list: the open items group by group (te laat, most overdue first; binnen
 * 4 weken; later; zonder termijn), or the done items (most recently done first). Each group is
 * read in index order and only as far as the page reaches; the counts come from the same
 * conditions, so the list and the counts always agree.
 */
export function statusListPage(db: Db, query: StatusQuery, today: IsoDate, offset: number, limit: number): StatusListPage {
  const counts = statusQueryCounts(db, query, today);
  const filter = queryFilter(query);
  // Which ids the page shows is remembered until the database changes (issue 28): at 100,000
  // items that choice was a third of a /motie status answer's time on the bot's thread (2.2 of
  // 7.3 ms: the group's ids walked in deadline order against the scope's item ids). The items
  // themselves are read afresh.
  const key = JSON.stringify(['page', filter.sql, filter.params, query.lapsed ?? false, query.done ?? false, query.groups ?? null, today, offset, limit]);
  const { picked, total, continues } = remembered(db, key, () => pickPage(db, query, filter, counts, today, offset, limit));
  // One prepared statement for any page (listItems built and prepared its SQL again for every
  // answer, 0.6 ms at 100,000 items; issue 28); a deleted item is left out, as listItems does.
  const byId = getItemsById(db, picked.map((p) => p.id));
  return {
    items: picked.flatMap((p) => {
      const item = byId.get(p.id);
      return item && item.status !== 'deleted' ? [{ item, group: p.group }] : [];
    }),
    total,
    counts,
    continues,
  };
}

/** The ids a status list page shows, in order, with the list's total and whether the page starts inside a group. */
function pickPage(
  db: Db,
  query: StatusQuery,
  filter: { sql: string; params: (string | number)[] },
  counts: StatusCounts,
  today: IsoDate,
  offset: number,
  limit: number,
): { picked: readonly { id: number; group: StatusGroup | 'done' | 'lapsed' }[]; total: number; continues: boolean } {
  const picked: { id: number; group: StatusGroup | 'done' | 'lapsed' }[] = [];
  let total: number;
  let continues = false;
  if (query.lapsed) {
    continues = offset > 0;
    // The lapsed items (few) from the index of the items that are not open, each checked against the
    // scope's list; without INDEXED BY SQLite probes the scope's items one by one (issue 28).
    const count = `SELECT count(*) AS n FROM items INDEXED BY items_status_done_idx WHERE ${filter.sql} AND status = 'lapsed'`;
    total = (prepared(db, count).get(...filter.params) as { n: number }).n;
    const rows = prepared(
      db,
      `SELECT id FROM items WHERE ${filter.sql} AND status = 'lapsed' ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?`,
    ).all(...filter.params, limit, offset) as { id: number }[];
    picked.push(...rows.map((r) => ({ id: r.id, group: 'lapsed' as const })));
  } else if (query.done) {
    continues = offset > 0;
    total = counts.done;
    const rows = prepared(
      db,
      `SELECT id FROM items WHERE ${filter.sql} AND status = 'done' ORDER BY done_at IS NULL, done_at DESC, id DESC LIMIT ? OFFSET ?`,
    ).all(...filter.params, limit, offset) as { id: number }[];
    picked.push(...rows.map((r) => ({ id: r.id, group: 'done' as const })));
  } else {
    const groups = STATUS_GROUPS.filter((g) => !query.groups || query.groups.length === 0 || query.groups.includes(g));
    total = groups.reduce((n, g) => n + counts[GROUP_COUNT[g]], 0);
    let skip = offset;
    let room = limit;
    for (const group of groups) {
      const size = counts[GROUP_COUNT[group]];
      if (room <= 0) break;
      if (skip >= size) {
        skip -= size;
        continue;
      }
      if (picked.length === 0 && skip > 0) continues = true;
      const condition = groupWhere(group, today);
      const rows = prepared(
        db,
        `SELECT id FROM items WHERE ${filter.sql} AND status = 'open' AND ${condition.sql} ORDER BY ${GROUP_ORDER[group]} LIMIT ? OFFSET ?`,
      ).all(...filter.params, ...condition.params, room, skip) as { id: number }[];
      picked.push(...rows.map((r) => ({ id: r.id, group })));
      room -= rows.length;
      skip = 0;
    }
  }
  return { picked, total, continues };
}

/** Every distinct submitter name (for resolving "/motie status Mutluer"). */
export function listSubmitterNames(db: Db): string[] {
  return remembered(db, 'submitters', () =>
    (prepared(db, 'SELECT DISTINCT json_each.value AS name FROM items, json_each(items.submitters) ORDER BY 1').all() as { name: string }[]).map(
      (r) => r.name,
    ),
  ).slice();
}

/** One code of an item informed (marked done) in a period: when, and the deadline it had. */
export interface InformedRow {
  readonly code: string;
  readonly deadline: IsoDate;
  /** When it was marked done (UTC ms). */
  readonly doneAt: number;
}

/**
 * The same (read-only) array while the database does not change, so a caller may remember what it
 * computes from it by the array (the punctuality of /motie status; issue 28).
 * The items of a scope marked done in [from, to) (UTC ms) that had a deadline, one row per code:
 * what punctuality is computed from. Only items a person or the CLI marked done count (done_by
 * set): an imported "afgerond" carries the overview's date, not the day the Kamer was informed.
 * Reads a range of the (status, done_at, deadline) index, so the cost follows the items done in
 * the period, not the size of the database.
 */
export function informedBetween(db: Db, scope: Scope, from: number, to: number): readonly InformedRow[] {
  const key = JSON.stringify(['informed', scope.codes, scope.ministries, from, to]);
  return remembered(db, key, () => {
    const parts: string[] = [];
    const params: string[] = [];
    if (scope.codes.length > 0) {
      parts.push(`r.code IN (${scope.codes.map(() => '?').join(', ')})`);
      params.push(...scope.codes);
    }
    if (scope.ministries.length > 0) {
      parts.push(`r.ministry IN (${scope.ministries.map(() => '?').join(', ')})`);
      params.push(...scope.ministries);
    }
    const source = `SELECT r.code AS code, i.deadline AS deadline, i.done_at AS doneAt
      FROM items i INDEXED BY items_status_done_idx
      JOIN responsibilities r ON r.item_id = i.id
      WHERE i.status = 'done' AND i.done_at >= ? AND i.done_at < ? AND i.deadline IS NOT NULL AND i.done_by IS NOT NULL
      ${parts.length > 0 ? `AND (${parts.join(' OR ')})` : ''}`;
    return prepared(db, source).all(from, to, ...params) as InformedRow[];
  });
}
