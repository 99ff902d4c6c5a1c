// The planning tasks run in a worker thread (src/worker/entry.ts, started by plan-off-loop.ts):
// open the database file read-only, plan inside one read transaction (one consistent snapshot,
// while the bot goes on writing through WAL), post the messages in parts, close.
import type { IsoDate } from '../domain/dates/types.ts';
import { closeDb, openDb, type Db } from '../store/db.ts';
import type { PlanTaskInput } from './plan-off-loop.ts';
import { planDigestMessages } from './run-digest.ts';
import { planReminderMessages, type ReminderPlanInput } from './run-reminders.ts';

/**
 * Messages per posted part: small enough that the bot deserialises one in about a millisecond (a
 * reminder is about 2 KB structured-cloned, an overdue message with its items up to some 30 KB;
 * 75 reminders took 3 ms warm and up to 8 ms in the bot's turn, issue 28). The worker posts the
 * next part once the bot has acknowledged the last (src/worker/entry.ts).
 */
export const PLAN_PART_SIZE = 25;

function planReadOnly<T>(path: string, plan: (db: Db) => T[], post: (part: T[]) => void): number {
  const db = openDb(path, { readonly: true });
  try {
    const planned = db.$client.transaction(() => plan(db))();
    for (let i = 0; i < planned.length; i += PLAN_PART_SIZE) post(planned.slice(i, i + PLAN_PART_SIZE));
    return planned.length;
  } finally {
    closeDb(db);
  }
}

export function planDigestTask(input: PlanTaskInput & { today: IsoDate }, post: (part: unknown[]) => void): number {
  return planReadOnly(input.path, (db) => planDigestMessages(db, input.today), post);
}

export function planRemindersTask(input: PlanTaskInput & ReminderPlanInput, post: (part: unknown[]) => void): number {
  return planReadOnly(input.path, (db) => planReminderMessages(db, input), post);
}
