// What the reminder and digest jobs read: only the items that can be in today's messages, not the
// whole table. An open item with a deadline after today + the longest lead time has no slot that has
// begun (src/domain/reminders/plan-reminders.ts), so it is never read. Given the channel links, only
// the items some link routes to are read: a team that links a few codes of a database of 100,000
// items plans over its own items, not over all of them (issue 28: less work beside the bot's loop).
import { and, asc, gte, inArray, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Item } from '../domain/items.ts';
import type { RouteLink } from '../domain/reminders/types.ts';
import { prepared, type Db } from './db.ts';
import { hydrate } from './item-rows.ts';
import { statusIs } from './items.queries.ts';
import { items, responsibilities } from './schema.ts';

/**
 * The distinct values of an indexed responsibilities column, in index order: one index seek per
 * value (the next value after the last), not a walk over every responsibility. SELECT DISTINCT
 * walked all 110,000 at 100,000 items, 7-10 ms twice per plan, a fifth of a warm plan beside the
 * bot's thread (issue 28). The columns are NOT NULL, so a NULL ends the walk (or is an empty table).
 */
function distinctValues(db: Db, column: 'code' | 'ministry'): string[] {
  const sql = `WITH RECURSIVE v(x) AS (SELECT min(${column}) FROM responsibilities UNION ALL SELECT (SELECT min(${column}) FROM responsibilities WHERE ${column} > v.x) FROM v WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL`;
  return prepared(db, sql).pluck().all() as string[];
}

/**
 * The condition "some link routes the item" (domain/reminders/route-item.ts: a responsibility whose
 * code is linked, or whose ministry is), on the stored spellings: the distinct codes and ministries
 * are few and read from their indexes, and compared case-insensitively as routeItem does. Null:
 * every item is routed (no condition needed); false: none is.
 */
function routedCondition(db: Db, links: readonly RouteLink[]): SQL | null | false {
  const linked = (kind: RouteLink['targetKind']) => new Set(links.filter((l) => l.targetKind === kind).map((l) => l.target.toLowerCase()));
  const linkedCodes = linked('code');
  const linkedMinistries = linked('ministry');
  const codes = distinctValues(db, 'code');
  const ministries = distinctValues(db, 'ministry');
  const routedCodes = codes.filter((c) => linkedCodes.has(c.toLowerCase()));
  const routedMinistries = ministries.filter((m) => linkedMinistries.has(m.toLowerCase()));
  if (routedCodes.length === codes.length || routedMinistries.length === ministries.length) return null;
  if (routedCodes.length === 0 && routedMinistries.length === 0) return false;
  const which = or(
    routedCodes.length > 0 ? inArray(responsibilities.code, routedCodes) : undefined,
    routedMinistries.length > 0 ? inArray(responsibilities.ministry, routedMinistries) : undefined,
  );
  return inArray(items.id, db.select({ id: responsibilities.itemId }).from(responsibilities).where(which));
}

/**
 * Open items with a deadline on or before `until` (YYYY-MM-DD), oldest deadline first. A range
 * scan of the index items(status, deadline); items without a deadline date are not in the range.
 */
export function listReminderItems(db: Db, until: IsoDate, links?: readonly RouteLink[]): Item[] {
  const routed = links ? routedCondition(db, links) : null;
  if (routed === false) return [];
  const rows = db
    .select()
    .from(items)
    .where(and(statusIs('open'), lte(items.deadline, until), routed ?? undefined))
    .orderBy(asc(items.deadline), asc(items.id))
    .all();
  return hydrate(db, rows);
}

/**
 * What a digest can show: open items that are overdue, due on or before `until`, or have no
 * deadline date, and items done in [doneSince, doneUntil) (UTC ms). Items due later and items
 * done long ago are not read.
 */
export function listDigestItems(db: Db, until: IsoDate, doneSince: number, doneUntil: number, links?: readonly RouteLink[]): Item[] {
  const routed = links ? routedCondition(db, links) : null;
  if (routed === false) return [];
  const rows = db
    .select()
    .from(items)
    .where(
      and(
        or(
          and(statusIs('open'), or(isNull(items.deadline), lte(items.deadline, until))),
          and(statusIs('done'), gte(items.doneAt, doneSince), lt(items.doneAt, doneUntil)),
        ),
        routed ?? undefined,
      ),
    )
    .orderBy(asc(items.id))
    .all();
  return hydrate(db, rows);
}
