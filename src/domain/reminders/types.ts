// What the reminder and digest planners read and return. Plain data: the store's rows fit these
// shapes, but nothing here knows the store.
import type { IsoDate } from '../dates/types.ts';
import type { Item } from '../items.ts';

/** A channel linked to a bewindspersoon code (SOCW) or a ministry (OCW). */
export interface RouteLink {
  target: string;
  targetKind: 'code' | 'ministry';
  channelId: string;
}

/** The identity of one message in the sent log. */
export interface MessageKey {
  /** 'reminder:28', 'reminder:0', 'overdue', 'digest', 'notice:not_in_channel'. */
  what: string;
  /** The item, or 0 for a message about no single item. */
  itemId: number;
  channelId: string;
  /** The date the message is about: the deadline (lead reminders), the overdue period, the week. */
  dueDate: IsoDate;
}

export interface SentRecord extends MessageKey {
  state: 'pending' | 'sent';
}

export interface SnoozeRecord {
  itemId: number;
  channelId: string;
  /** No reminders in this channel before this date. */
  until: IsoDate;
}

export interface PlannedReminder {
  key: MessageKey;
  /** 'lead': N days before the deadline (N in leadDays); 'overdue': the weekly reminder after it. */
  kind: 'lead' | 'overdue';
  /** The lead time of a 'lead' reminder; null for 'overdue'. */
  leadDays: number | null;
  /** Days from today to the deadline on the day of planning; negative when overdue. */
  days: number;
  deadline: IsoDate;
  item: Item;
  channelId: string;
  /** A pending (claimed, unconfirmed) row exists: an earlier run failed or crashed before confirming. */
  retry: boolean;
}
