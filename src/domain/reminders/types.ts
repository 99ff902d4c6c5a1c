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
  /** Only 'sent' means done; the others are still owed (store/sent-log.queries.ts). */
  state: 'pending' | 'sent' | 'unknown' | 'unknown-reposted';
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

/**
 * One message to post in one channel. A lead reminder covers one item; the overdue message of a
 * channel covers every item whose weekly overdue slot is owed there today (one sent-log key each),
 * most overdue first.
 */
export interface PlannedMessage {
  kind: 'lead' | 'overdue';
  channelId: string;
  /** The reminders the message shows, each with its own key: exactly one for 'lead'. */
  reminders: PlannedReminder[];
  /**
   * Overdue reminders owed in this channel today beyond `overdueLimit`: counted in the message,
   * not shown, not in `reminders`, so never marked sent; a later run sends them. 0 for 'lead'.
   */
  more: number;
}
