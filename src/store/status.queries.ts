// What /motie status, the digest and the Home tab count and list, answered by SQL so that a
// database with 100,000 items is never loaded whole.
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

export function statusCounts(db: Db, scope: Scope, today: IsoDate): StatusCounts {
  const until = soonUntil(today);
  const row = db
    .select({
      open: sql<number>`coalesce(sum(${items.status} = 'open'), 0)`,
      overdue: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} < ${today}), 0)`,
      soon: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} >= ${today} AND ${items.deadline} <= ${until}), 0)`,
      noTerm: sql<number>`coalesce(sum(${items.status} = 'open' AND ${items.deadline} IS NULL), 0)`,
      done: sql<number>`coalesce(sum(${items.status} = 'done'), 0)`,
    })
    .from(items)
    .where(responsibleCondition(scope.codes, scope.ministries))
    .get()!;
  return row;
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
  const where = and(
    responsibleCondition(scope.codes, scope.ministries),
    eq(items.status, 'open'),
    lte(items.deadline, soonUntil(today)),
  );
  const total = db.select({ n: sql<number>`count(*)` }).from(items).where(where).get()!.n;
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
