// Snoozes: "Herinner me volgende week". No reminders for an item in one channel before a date;
// the deadline itself does not change.
import type { Actor } from '../domain/actor.ts';
import { and, eq, gt } from 'drizzle-orm';
import { isIsoDate } from '../domain/dates/calendar-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { inTransaction, type Db } from './db.ts';
import { writeAudit, type AuditContext } from './items.queries.ts';
import { items, snoozes } from './schema.ts';

export interface Snooze {
  itemId: number;
  channelId: string;
  /** No reminders in this channel before this date. */
  until: IsoDate;
  by: string;
  createdAt: number;
}

export type SnoozeResult =
  | { ok: true; snooze: Snooze; previousUntil: IsoDate | null }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'SNOOZE_BAD_DATE' };

/**
 * Snoozes reminders for (item, channel) until `until` (YYYY-MM-DD), replacing an earlier snooze
 * of the same pair. Writes an audit entry in the same transaction.
 */
export function snoozeItem(
  db: Db,
  itemId: number,
  channelId: string,
  until: IsoDate,
  actor: Actor,
  now: number,
  context?: AuditContext,
): SnoozeResult {
  if (!isIsoDate(until)) {
    return { ok: false, code: 'SNOOZE_BAD_DATE' };
  }
  return inTransaction(db, () => {
    const exists = db.select({ id: items.id }).from(items).where(eq(items.id, itemId)).get();
    if (!exists) return { ok: false, code: 'ITEM_NOT_FOUND' } as const;
    const before = db
      .select({ until: snoozes.until })
      .from(snoozes)
      .where(and(eq(snoozes.itemId, itemId), eq(snoozes.channelId, channelId)))
      .get();
    db.insert(snoozes)
      .values({ itemId, channelId, until, by: actor, createdAt: now })
      .onConflictDoUpdate({
        target: [snoozes.itemId, snoozes.channelId],
        set: { until, by: actor, createdAt: now },
      })
      .run();
    writeAudit(db, {
      itemId,
      actor,
      at: now,
      action: 'snooze',
      field: channelId,
      oldValue: before?.until ?? null,
      newValue: until,
      context,
    });
    return {
      ok: true,
      snooze: { itemId, channelId, until, by: actor, createdAt: now },
      previousUntil: before?.until ?? null,
    } as const;
  });
}

/** Snoozes that still hold on `today` (until after today): what the planner needs. */
export function listActiveSnoozes(db: Db, today: IsoDate): Snooze[] {
  return db
    .select({
      itemId: snoozes.itemId,
      channelId: snoozes.channelId,
      until: snoozes.until,
      by: snoozes.by,
      createdAt: snoozes.createdAt,
    })
    .from(snoozes)
    .where(gt(snoozes.until, today))
    .all();
}
