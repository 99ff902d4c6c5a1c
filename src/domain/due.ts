// The one rule for when an item is due: "te laat", "binnen 4 weken", "later" or "zonder termijn".
// Every place that sorts items by urgency uses this module: the digest, /motie status and the
// App Home (through the store's SQL, which takes its bounds from dueBounds), the reminders, the
// CLI, the preview and the term descriptions. Pure: "today" is always an argument.
//
// - te laat (overdue): open, the deadline date is before today;
// - binnen 4 weken (soon): open, the deadline is today or within SOON_DAYS (28) days after today;
// - later: open, the deadline is more than SOON_DAYS days after today, or the item is on hold;
// - zonder termijn (none): open, without a deadline date, not on hold.
// Aangehouden (on hold until a date after today) is neither overdue nor due soon until that date,
// everywhere: it counts as "later" in /motie status, on the App Home and in the CLI (its row says
// "⏸ aangehouden tot …"), and what is pushed to a channel (reminders, the digest) leaves it out.
import { addDays, daysBetween } from './dates/calendar-date.ts';
import type { IsoDate } from './dates/types.ts';
import type { Item } from './items.ts';

/** Items due within this many days count as "binnen 4 weken". */
export const SOON_DAYS = 28;

export type DueGroup = 'overdue' | 'soon' | 'later' | 'none';
export type DueState = DueGroup | 'done';

/** Open items split into the four groups (open = overdue + soon + later + noTerm), and done ones. */
export interface StatusCounts {
  open: number;
  overdue: number;
  soon: number;
  /** Due later than SOON_DAYS days from today. */
  later: number;
  noTerm: number;
  done: number;
}

export interface Due {
  state: DueState;
  /** Days until the deadline (negative when overdue); null without a deadline. */
  days: number | null;
}

/** Days from today to the deadline: 0 on the day itself, negative once it has passed. */
export function daysUntil(deadline: IsoDate, today: IsoDate): number {
  return daysBetween(today, deadline);
}

/** The group of an open item's deadline date (null: no date); an item on hold until after today is 'later'. */
export function dueGroupOf(deadline: IsoDate | null | undefined, today: IsoDate, onHoldUntil?: IsoDate | null): DueGroup {
  if (onHoldUntil && onHoldUntil > today) return 'later';
  if (!deadline) return 'none';
  if (deadline < today) return 'overdue';
  return deadline <= soonThrough(today) ? 'soon' : 'later';
}

/** The group and the days left of an item; items that are not open are 'done'. */
export function dueOf(item: Pick<Item, 'status' | 'deadline'> & Partial<Pick<Item, 'onHoldUntil'>>, today: IsoDate): Due {
  if (item.status !== 'open') return { state: 'done', days: null };
  const deadline = item.deadline?.deadline;
  const state = dueGroupOf(deadline, today, item.onHoldUntil);
  return { state, days: deadline ? daysUntil(deadline, today) : null };
}

/** The last deadline that still counts as "binnen 4 weken" on `today`. */
export function soonThrough(today: IsoDate): IsoDate {
  return addDays(today, SOON_DAYS);
}

/**
 * The same rule as date bounds, for queries that select by deadline (the store's SQL):
 * overdue: deadline < today; soon: today <= deadline <= soonThrough; later: deadline > soonThrough.
 */
export function dueBounds(today: IsoDate): { today: IsoDate; soonThrough: IsoDate } {
  return { today, soonThrough: soonThrough(today) };
}

/** Aangehouden: on hold until a date after today. From that day on the item counts again. */
export function isOnHold(item: Pick<Item, 'onHoldUntil'>, today: IsoDate): boolean {
  return !!item.onHoldUntil && item.onHoldUntil > today;
}

