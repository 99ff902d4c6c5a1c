// What the reminder and digest jobs read: only the items that can be in today's messages, not the
// whole table. An open item with a deadline after today + the longest lead time has no slot that has
// begun (src/domain/reminders/plan-reminders.ts), so it is never read.
import { and, asc, eq, gte, isNull, lt, lte, or } from 'drizzle-orm';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Item } from '../domain/items.ts';
import type { Db } from './db.ts';
import { hydrate } from './item-rows.ts';
import { items } from './schema.ts';

/**
 * Open items with a deadline on or before `until` (YYYY-MM-DD), oldest deadline first. A range
 * scan of the index items(status, deadline); items without a deadline date are not in the range.
 */
export function listReminderItems(db: Db, until: IsoDate): Item[] {
  const rows = db
    .select()
    .from(items)
    .where(and(eq(items.status, 'open'), lte(items.deadline, until)))
    .orderBy(asc(items.deadline), asc(items.id))
    .all();
  return hydrate(db, rows);
}

/**
 * What a digest can show: open items that are overdue, due on or before `until`, or have no
 * deadline date, and items done in [doneSince, doneUntil) (UTC ms). Items due later and items
 * done long ago are not read.
 */
export function listDigestItems(db: Db, until: IsoDate, doneSince: number, doneUntil: number): Item[] {
  const rows = db
    .select()
    .from(items)
    .where(
      or(
        and(eq(items.status, 'open'), or(isNull(items.deadline), lte(items.deadline, until))),
        and(eq(items.status, 'done'), gte(items.doneAt, doneSince), lt(items.doneAt, doneUntil)),
      ),
    )
    .orderBy(asc(items.id))
    .all();
  return hydrate(db, rows);
}
