// Which reminders are due today. Pure: items, links, the sent log, snoozes and today in; a list of
// messages out. The sent log decides what already went out; nothing here reads a clock.
//
// Every open item with a deadline D has a row of "slots": one at D - L for each lead time L
// (28, 7, 0 days by default) and then one every 7 days after the deadline (D + 7, D + 14 …) while it
// stays open. On a given day only the latest slot that has begun counts: after downtime the
// missed earlier slots are skipped, and that latest slot goes out once per channel. Its key
// carries the deadline (lead reminders) or the start of the overdue week (D + 7n), so moving
// the deadline starts a fresh set of reminders.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { IsoDate } from '../dates/types.ts';
import type { Item } from '../items.ts';
import { keyOf } from './key-of.ts';
import { indexLinks, routeItem } from './route-item.ts';
import type { MessageKey, PlannedReminder, RouteLink, SentRecord, SnoozeRecord } from './types.ts';

export const OVERDUE_EVERY_DAYS = 7;

export interface PlanRemindersInput {
  items: readonly Item[];
  links: readonly RouteLink[];
  /** Sent-log rows with a due date on or after `sentLogHorizon(today)`; older rows do not matter. */
  sent: readonly SentRecord[];
  /** Snoozes; those whose `until` is today or earlier no longer hold. */
  snoozes: readonly SnoozeRecord[];
  today: IsoDate;
  /** Lead times in days before the deadline (28, 7, 0); order and duplicates do not matter. */
  leadDays: readonly number[];
}

interface Slot {
  kind: 'lead' | 'overdue';
  leadDays: number | null;
  what: string;
  dueDate: IsoDate;
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The latest slot of an item with deadline `deadline` that has begun on `today`, or null. */
export function latestSlot(deadline: IsoDate, today: IsoDate, leadDays: readonly number[]): Slot | null {
  const days = differenceInCalendarDays(parseISO(deadline), parseISO(today));
  const overdueWeeks = days < 0 ? Math.floor(-days / OVERDUE_EVERY_DAYS) : 0;
  if (overdueWeeks >= 1) {
    const start = iso(addDays(parseISO(deadline), overdueWeeks * OVERDUE_EVERY_DAYS));
    return { kind: 'overdue', leadDays: null, what: 'overdue', dueDate: start };
  }
  // Lead slots that have begun: D - L <= today, i.e. L >= days. The latest is the smallest such L.
  let lead: number | null = null;
  for (const l of leadDays) {
    if (l >= days && (lead === null || l < lead)) lead = l;
  }
  if (lead === null) return null;
  return { kind: 'lead', leadDays: lead, what: `reminder:${lead}`, dueDate: deadline };
}

/** The oldest due date the planner can still need from the sent log. */
export function sentLogHorizon(today: IsoDate): IsoDate {
  return iso(addDays(parseISO(today), -OVERDUE_EVERY_DAYS));
}

export function planReminders(input: PlanRemindersInput): PlannedReminder[] {
  const { today } = input;
  const routing = indexLinks(input.links);
  const state = new Map<string, SentRecord['state']>();
  for (const row of input.sent) state.set(keyOf(row), row.state);
  const snoozed = new Set<string>();
  for (const s of input.snoozes) if (s.until > today) snoozed.add(`${s.itemId}\u0000${s.channelId}`);

  const planned: PlannedReminder[] = [];
  for (const item of input.items) {
    const deadline = item.deadline?.deadline;
    if (item.status !== 'open' || !deadline) continue;
    const slot = latestSlot(deadline, today, input.leadDays);
    if (!slot) continue;
    const days = differenceInCalendarDays(parseISO(deadline), parseISO(today));
    for (const channelId of routeItem(item, routing)) {
      if (snoozed.has(`${item.id}\u0000${channelId}`)) continue;
      const key: MessageKey = { what: slot.what, itemId: item.id, channelId, dueDate: slot.dueDate };
      const was = state.get(keyOf(key));
      if (was === 'sent') continue;
      planned.push({
        key,
        kind: slot.kind,
        leadDays: slot.leadDays,
        days,
        deadline,
        item,
        channelId,
        retry: was === 'pending',
      });
    }
  }
  return planned.sort(
    (a, b) =>
      (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0) ||
      (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
      a.item.id - b.item.id,
  );
}
