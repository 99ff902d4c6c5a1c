// "Herinner me volgende week": no reminders about an item in one channel until a week from today;
// its term stays as it is. The store writes the snooze and its audit entry in one transaction.
import { amsterdamDate } from '../clock.ts';
import { addDays } from '../domain/dates/calendar-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { snoozeItem } from '../store/snoozes.queries.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

/** How long a snooze lasts. */
const SNOOZE_DAYS = 7;

export type SnoozeRemindersResult = { ok: true; code: 'ITEM_SNOOZED'; until: IsoDate } | { ok: false; code: 'ITEM_NOT_FOUND' };

export function snoozeReminders(ctx: AppContext, itemId: number, channelId: string, request: ChangeRequest): SnoozeRemindersResult {
  const until = addDays(amsterdamDate(ctx.now()), SNOOZE_DAYS);
  const result = snoozeItem(ctx.db, itemId, channelId, until, request.actor, ctx.now().getTime(), request.context);
  return result.ok ? { ok: true, code: 'ITEM_SNOOZED', until } : { ok: false, code: 'ITEM_NOT_FOUND' };
}
