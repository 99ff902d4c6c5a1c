// Which reminders are due today. Pure: items, links, the sent log, snoozes and today in; a list of
// messages out. The sent log decides what already went out; nothing here reads a clock.
//
// Lead reminders are one message per item and channel. Overdue reminders are grouped: one message
// per channel per run, listing every item whose overdue slot is owed there today, each with its
// own sent-log key (so exactly-once, catch-up and crashes work per item as before).
//
// Every open item with a deadline D has a row of "slots": one at D - L for each lead time L
// (28, 7, 0 days by default) and then one every 7 days after the deadline (D + 7, D + 14 …) while it
// stays open. On a given day only the latest slot that has begun counts: after downtime the
// missed earlier slots are skipped, and that latest slot goes out once per channel. Its key
// carries the deadline (lead reminders) or the start of the overdue week (D + 7n), so moving
// the deadline starts a fresh set of reminders.
import { addDays, compareDates } from '../dates/calendar-date.ts';
import type { IsoDate } from '../dates/types.ts';
import { daysUntil, dueGroupOf, isOnHold } from '../due.ts';
import type { Item } from '../items.ts';
import { indexLinks, routeItem } from './route-item.ts';
import type { PlannedMessage, PlannedReminder, RouteLink, SentRecord, SnoozeRecord } from './types.ts';

const OVERDUE_EVERY_DAYS = 7;

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
  /**
   * The most items the overdue message of one channel shows (the rest is counted in `more` and
   * waits for a later run). Default: no limit.
   */
  overdueLimit?: number;
}

interface Slot {
  kind: 'lead' | 'overdue';
  leadDays: number | null;
  what: string;
  dueDate: IsoDate;
}

/** The latest slot of an item with deadline `deadline` that has begun on `today`, or null. */
export function latestSlot(deadline: IsoDate, today: IsoDate, leadDays: readonly number[]): Slot | null {
  const days = daysUntil(deadline, today);
  const overdueWeeks = dueGroupOf(deadline, today) === 'overdue' ? Math.floor(-days / OVERDUE_EVERY_DAYS) : 0;
  if (overdueWeeks >= 1) {
    const start = addDays(deadline, overdueWeeks * OVERDUE_EVERY_DAYS);
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
  return addDays(today, -OVERDUE_EVERY_DAYS);
}

/**
 * The last deadline the planner can need on `today`: today + the longest lead time. Items with a
 * later deadline have no slot that has begun, so the store need not read them.
 */
export function reminderHorizon(today: IsoDate, leadDays: readonly number[]): IsoDate {
  return addDays(today, Math.max(0, ...leadDays));
}

const slotKeyOf = (what: string, itemId: number, dueDate: IsoDate) => `${what}\u0000${itemId}\u0000${dueDate}`;

/** An item with a deadline date: the only kind that gets reminders. */
type DatedItem = Item & { deadline: { deadline: IsoDate } };
const hasDeadlineDate = (item: Item): item is DatedItem => Boolean(item.deadline?.deadline);

const byDeadline = (a: DatedItem, b: DatedItem) =>
  compareDates(a.deadline.deadline, b.deadline.deadline) || a.id - b.id;

interface ChannelPlan {
  overdue: PlannedMessage | null;
  leads: PlannedMessage[];
}

export function planReminders(input: PlanRemindersInput): PlannedMessage[] {
  const { today } = input;
  const limit = input.overdueLimit ?? Number.POSITIVE_INFINITY;
  const routing = indexLinks(input.links);
  // Indexed by the part of the key that is the same in every channel, then by channel: an overdue
  // item is routed to many channels, and this costs two map look-ups per channel, no new string.
  const state = new Map<string, Map<string, SentRecord['state']>>();
  for (const row of input.sent) {
    const slotKey = slotKeyOf(row.what, row.itemId, row.dueDate);
    let byChannel = state.get(slotKey);
    if (!byChannel) state.set(slotKey, (byChannel = new Map<string, SentRecord['state']>()));
    byChannel.set(row.channelId, row.state);
  }
  const snoozed = new Map<number, Set<string>>();
  for (const s of input.snoozes) {
    if (s.until <= today) continue;
    let channels = snoozed.get(s.itemId);
    if (!channels) snoozed.set(s.itemId, (channels = new Set()));
    channels.add(s.channelId);
  }

  // Oldest deadline first: the overdue message of a channel shows the most overdue items first,
  // and when it cannot show them all, the most overdue ones are the ones it shows.
  // Aangehouden items (on hold until a later date, due.ts) and deleted items get no reminders.
  const candidates = input.items
    .filter((item): item is DatedItem => item.status === 'open' && hasDeadlineDate(item) && !isOnHold(item, today) && !item.deletedAt)
    .sort(byDeadline);

  const channels = new Map<string, ChannelPlan>();
  const channelPlan = (channelId: string): ChannelPlan => {
    let plan = channels.get(channelId);
    if (!plan) {
      plan = { overdue: null, leads: [] };
      channels.set(channelId, plan);
    }
    return plan;
  };
  for (const item of candidates) {
    const deadline = item.deadline.deadline;
    const slot = latestSlot(deadline, today, input.leadDays);
    if (!slot) continue;
    const days = daysUntil(deadline, today);
    const sentIn = state.get(slotKeyOf(slot.what, item.id, slot.dueDate));
    const snoozedIn = snoozed.get(item.id);
    for (const channelId of routeItem(item, routing)) {
      if (snoozedIn?.has(channelId)) continue;
      const was = sentIn?.get(channelId);
      if (was === 'sent') continue;
      const plan = channelPlan(channelId);
      const overdue = slot.kind === 'overdue' ? (plan.overdue ??= { kind: 'overdue', channelId, reminders: [], more: 0 }) : null;
      if (overdue && overdue.reminders.length >= limit) {
        overdue.more += 1;
        continue;
      }
      const reminder: PlannedReminder = {
        key: { what: slot.what, itemId: item.id, channelId, dueDate: slot.dueDate },
        kind: slot.kind,
        leadDays: slot.leadDays,
        days,
        deadline,
        item,
        channelId,
        retry: was === 'pending',
      };
      if (overdue) overdue.reminders.push(reminder);
      else plan.leads.push({ kind: 'lead', channelId, reminders: [reminder], more: 0 });
    }
  }

  const out: PlannedMessage[] = [];
  for (const [, plan] of [...channels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A limit of 0 shows nothing: such a message has no key to claim, so it is not planned.
    if (plan.overdue && plan.overdue.reminders.length > 0) out.push(plan.overdue);
    out.push(...plan.leads);
  }
  return out;
}
