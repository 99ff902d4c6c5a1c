// The Eerste Kamer's rappel in the reminders: four and two weeks before the answer is due (the
// dates are calendar data, src/domain/dates/calendar-data.json "rappels"), every channel that
// hears about at least one open toezegging with a T-number gets one message. Each message has its
// own sent-log key ('rappel:EK:28', item 0, the channel, the answer's date), so the reminder job
// sends it exactly once; after downtime only the latest slot that has begun goes out.
import { addDays } from '../dates/calendar-date.ts';
import type { RappelEntry } from '../dates/calendar.ts';
import type { IsoDate } from '../dates/types.ts';
import { daysUntil, isOnHold } from '../due.ts';
import { isRappelItem } from '../export/rappel-rows.ts';
import type { Item } from '../items.ts';
import { keyOf } from './key-of.ts';
import { indexLinks, routeItem } from './route-item.ts';
import type { MessageKey, RouteLink, SentRecord } from './types.ts';

/** Days before the answer is due on which the channels hear of the rappel: four and two weeks. */
export const RAPPEL_LEAD_DAYS = [28, 14] as const;

export interface PlannedRappelReminder {
  key: MessageKey;
  channelId: string;
  rappel: RappelEntry;
  /** 28 or 14. */
  leadDays: number;
  /** Days from today to the answer's date. */
  days: number;
  /** The channel's open Eerste Kamer toezeggingen, by T-number. */
  items: Item[];
  /** A pending (claimed, unconfirmed) row exists. */
  retry: boolean;
}

export interface PlanRappelRemindersInput {
  rappels: readonly RappelEntry[];
  items: readonly Item[];
  links: readonly RouteLink[];
  sent: readonly SentRecord[];
  today: IsoDate;
}

/** The latest lead slot that has begun on `today` for an answer due on `answerDue`, or null. */
function latestLead(answerDue: IsoDate, today: IsoDate): number | null {
  const days = daysUntil(answerDue, today);
  if (days < 0) return null;
  const begun = RAPPEL_LEAD_DAYS.filter((lead) => lead >= days);
  return begun.length > 0 ? Math.min(...begun) : null;
}

/** The oldest answer date the planner can still need from the sent log. */
export function rappelSentLogHorizon(today: IsoDate): IsoDate {
  return addDays(today, -1);
}

export function planRappelReminders(input: PlanRappelRemindersInput): PlannedRappelReminder[] {
  const { today } = input;
  const sent = new Map(input.sent.map((row) => [keyOf(row), row.state]));
  const routing = indexLinks(input.links);
  const items = input.items
    .filter((item) => isRappelItem(item) && !isOnHold(item, today) && !item.deletedAt)
    .sort((a, b) => (a.reference ?? '').localeCompare(b.reference ?? '') || a.id - b.id);
  const out: PlannedRappelReminder[] = [];
  for (const rappel of input.rappels) {
    const lead = latestLead(rappel.answerDue, today);
    if (lead === null) continue;
    const byChannel = new Map<string, Item[]>();
    for (const item of items) {
      for (const channelId of routeItem(item, routing)) byChannel.set(channelId, [...(byChannel.get(channelId) ?? []), item]);
    }
    for (const [channelId, channelItems] of [...byChannel].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const key: MessageKey = { what: `rappel:${rappel.chamber}:${lead}`, itemId: 0, channelId, dueDate: rappel.answerDue };
      const state = sent.get(keyOf(key));
      if (state === 'sent') continue;
      out.push({ key, channelId, rappel, leadDays: lead, days: daysUntil(rappel.answerDue, today), items: channelItems, retry: state === 'pending' });
    }
  }
  return out;
}
