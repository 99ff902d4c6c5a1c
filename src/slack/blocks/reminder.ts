// A reminder about one item: a header that says when ("⏰ Over 7 dagen: Kamer informeren"), the
// item row with "Afgerond" and a menu that offers "Herinner me volgende week", and a short hint.
// And the overdue message of a channel ("🔴 Te laat: Kamer informeren over 12 moties en
// toezeggingen"): a row per item, most overdue first, as many as fit Block Kit's limits; the rest
// is counted ("…en nog 37 andere — typ /motie status").
import type { ContextBlock, HeaderBlock, KnownBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { describeOrigin } from '../../texts/describe-item.nl.ts';
import type { Item } from '../../domain/items.ts';
import { OVERDUE, REMINDER } from '../../texts/reminders.nl.ts';
import { itemBlockId } from './ids.ts';
import { itemRow } from './item-row.ts';
import { plain, truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export interface SlackMessage {
  /** Plain fallback for notifications and screen readers (under 4,000 characters). */
  text: string;
  blocks: KnownBlock[];
}

export interface ReminderInput {
  item: Item;
  /** Days from today to the deadline; negative when overdue. */
  days: number;
  today: IsoDate;
}

export function buildReminder({ item, days, today }: ReminderInput): SlackMessage {
  const header: HeaderBlock = {
    type: 'header',
    text: { type: 'plain_text', text: plain(REMINDER.header(days), 150), emoji: true },
  };
  const hint: ContextBlock = {
    type: 'context',
    // The hint belongs to the item: it goes with the row once the item is done or lapsed.
    block_id: itemBlockId(item.id, 'hint'),
    elements: [{ type: 'mrkdwn', text: days < 0 ? REMINDER.overdueNote(days) : REMINDER.snoozeHint }],
  };
  const what = escapeMrkdwn(`${describeOrigin(item)}: ${truncate(item.title, 300)} (#${item.id})`);
  return {
    text: REMINDER.fallback(days, what),
    blocks: [header, ...itemRow(item, { today, snooze: true }), hint],
  };
}

/** What the overdue message may hold (docs/SLACK.md: 50 blocks, ~13,000 characters of blocks). */
export const OVERDUE_LIMITS = {
  /** Item rows in one message at most, even when more would fit. */
  maxRows: 20,
  maxBlocks: 50,
  /** JSON characters of all blocks together; Slack refuses around 13,000. */
  maxChars: 12_000,
} as const;

export interface OverdueEntry {
  item: Item;
  /** Days from today to the deadline: negative. */
  days: number;
}

export interface OverdueInput {
  /** The items to show, most overdue first. */
  entries: readonly OverdueEntry[];
  /** Overdue items of the channel that the message counts but does not show. */
  more: number;
  today: IsoDate;
  /** Shorter rows (no confirm dialog on "Afgerond"), so that more items fit. */
  compact?: boolean;
}

const blockSize = (b: KnownBlock) => JSON.stringify(b).length + 1;

function overdueFrame(total: number, more: number): { header: HeaderBlock; tail: ContextBlock[] } {
  const context = (text: string): ContextBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
  return {
    header: { type: 'header', text: { type: 'plain_text', text: plain(OVERDUE.header(total), 150), emoji: true } },
    tail: [context(OVERDUE.note), ...(more > 0 ? [context(OVERDUE.more(more))] : [])],
  };
}

/**
 * The overdue message of a channel showing every entry given. One item and nothing more reads as
 * that item's own reminder ("⚠️ Te laat: Kamer informeren", with how many days it is overdue).
 */
export function buildOverdueReminder({ entries, more, today, compact = false }: OverdueInput): SlackMessage {
  const [only] = entries;
  if (only && entries.length === 1 && more === 0) return buildReminder({ item: only.item, days: only.days, today });
  const total = entries.length + more;
  const { header, tail } = overdueFrame(total, more);
  return {
    text: OVERDUE.fallback(total, entries.map((e) => e.item.id), more),
    blocks: [header, ...entries.flatMap((e) => itemRow(e.item, { today, snooze: true, compact })), ...tail],
  };
}

export interface FittedOverdue {
  /** How many of the entries (the first ones) the message shows; the rest joins `more`. */
  shown: number;
  compact: boolean;
  message: SlackMessage;
}

/**
 * The overdue message with as many of `entries` (most overdue first) as fit in one message:
 * full rows when all of them fit, else compact rows, at most OVERDUE_LIMITS.maxRows. The entries
 * that do not fit are counted with `more`.
 */
export function fitOverdueReminder(entries: readonly OverdueEntry[], more: number, today: IsoDate): FittedOverdue {
  const total = entries.length + more;
  // The size of n rows plus the frame, without building the message for every n.
  const fits = (rows: { blocks: number; chars: number }[], n: number) => {
    const { header, tail } = overdueFrame(total, total - n);
    let blocks = 1 + tail.length;
    let chars = 2 + blockSize(header) + tail.reduce((sum, b) => sum + blockSize(b), 0);
    for (const row of rows.slice(0, n)) {
      blocks += row.blocks;
      chars += row.chars;
    }
    return blocks <= OVERDUE_LIMITS.maxBlocks && chars <= OVERDUE_LIMITS.maxChars;
  };
  const cap = Math.min(entries.length, OVERDUE_LIMITS.maxRows);
  let shown = 0;
  let compact = false;
  for (const mode of [false, true]) {
    const rows = entries.slice(0, cap).map((e) => {
      const blocks = itemRow(e.item, { today, snooze: true, compact: mode });
      return { blocks: blocks.length, chars: blocks.reduce((sum, b) => sum + blockSize(b), 0) };
    });
    let n = 0;
    while (n < cap && fits(rows, n + 1)) n += 1;
    if (n > shown) {
      shown = n;
      compact = mode;
    }
    if (n === entries.length) break; // everything fits with full rows
  }
  const message = buildOverdueReminder({ entries: entries.slice(0, shown), more: total - shown, today, compact });
  return { shown, compact, message };
}
