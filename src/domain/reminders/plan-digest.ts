// The weekly digest of every linked channel: what is overdue, what is due within 4 weeks, what was
// done in the past week, and how many open items have no term. Pure: no clock, "today" and the
// start of the past week are arguments. One digest per channel per ISO week (the sent log decides).
import { addDays, compareDates, weekStart } from '../dates/calendar-date.ts';
import type { IsoDate } from '../dates/types.ts';
import { dueOf, isOnHold } from '../due.ts';
import type { Item } from '../items.ts';
import { keyOf } from './key-of.ts';
import { indexLinks, routeItem } from './route-item.ts';
import type { MessageKey, RouteLink, SentRecord } from './types.ts';

/**
 * "Done in the past week" of the digest on `today`: from the start of the day a week ago up to
 * the end of today (the first day not included), as calendar days; the clock turns them into instants.
 */
export function digestDonePeriod(today: IsoDate): { from: IsoDate; untilExcluded: IsoDate } {
  return { from: addDays(today, -7), untilExcluded: addDays(today, 1) };
}

export interface PlanDigestInput {
  items: readonly Item[];
  links: readonly RouteLink[];
  sent: readonly SentRecord[];
  today: IsoDate;
  /** Items done at or after this instant (ms UTC) count as "done in the past week". */
  doneSince: number;
  /** … and before this instant (the end of `today`; a digest for a past day ignores later work). */
  doneUntil?: number;
}

export interface PlannedDigest {
  key: MessageKey;
  channelId: string;
  /** The codes and ministries linked to the channel, as linked. */
  targets: string[];
  /** Open and past their deadline, oldest deadline first. */
  overdue: Item[];
  /** Open and due today or within 4 weeks, soonest first. */
  soon: Item[];
  /** Done since `doneSince`, most recent first. */
  done: Item[];
  /** Open items without a deadline date. */
  noTerm: number;
  /** A pending row exists: an earlier run claimed this digest and did not confirm it. */
  retry: boolean;
}

// Overdue and due-soon items always have a deadline date ('' never occurs).
const deadlineOf = (item: Item): string => item.deadline?.deadline ?? '';
const byDeadline = (a: Item, b: Item) => compareDates(deadlineOf(a), deadlineOf(b)) || a.id - b.id;

export function planDigest(input: PlanDigestInput): PlannedDigest[] {
  const week = weekStart(input.today);
  const routing = indexLinks(input.links);
  const state = new Map<string, SentRecord['state']>();
  for (const row of input.sent) state.set(keyOf(row), row.state);

  const digests = new Map<string, PlannedDigest>();
  for (const link of input.links) {
    let d = digests.get(link.channelId);
    if (!d) {
      d = {
        key: { what: 'digest', itemId: 0, channelId: link.channelId, dueDate: week },
        channelId: link.channelId,
        targets: [],
        overdue: [],
        soon: [],
        done: [],
        noTerm: 0,
        retry: false,
      };
      digests.set(link.channelId, d);
    }
    if (!d.targets.includes(link.target)) d.targets.push(link.target);
  }

  for (const item of input.items) {
    if (item.deletedAt) continue;
    const due = dueOf(item, input.today);
    const isDone =
      item.status === 'done' &&
      item.doneAt !== null &&
      item.doneAt >= input.doneSince &&
      (input.doneUntil === undefined || item.doneAt < input.doneUntil);
    if (due.state === 'later' || (due.state === 'done' && !isDone)) continue;
    // Aangehouden: not overdue, not due soon, until the on-hold date.
    if (!isDone && isOnHold(item, input.today)) continue;
    for (const channelId of routeItem(item, routing)) {
      const d = digests.get(channelId);
      if (!d) continue; // routeItem only names linked channels: every one has a digest
      if (isDone) d.done.push(item);
      else if (due.state === 'overdue') d.overdue.push(item);
      else if (due.state === 'soon') d.soon.push(item);
      else if (due.state === 'none') d.noTerm += 1;
    }
  }

  const out: PlannedDigest[] = [];
  for (const d of digests.values()) {
    const was = state.get(keyOf(d.key));
    if (was === 'sent') continue;
    d.retry = was === 'pending';
    d.overdue.sort(byDeadline);
    d.soon.sort(byDeadline);
    d.done.sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0) || a.id - b.id);
    out.push(d);
  }
  return out.sort((a, b) => (a.channelId < b.channelId ? -1 : a.channelId > b.channelId ? 1 : 0));
}
