// A reminder about one item: a header that says when ("⏰ Over 7 dagen: Kamer informeren"), the
// item row with "Afgerond" and a menu that offers "Herinner me volgende week", and a short hint.
import type { ContextBlock, HeaderBlock, KnownBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { describeOrigin } from '../../domain/describe-item.ts';
import type { Item } from '../../domain/items.ts';
import { REMINDER } from '../texts/reminders.nl.ts';
import { itemRow } from './item-row.ts';
import { escapeMrkdwn, plain, truncate } from './mrkdwn.ts';

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
    elements: [{ type: 'mrkdwn', text: days < 0 ? REMINDER.overdueNote(days) : REMINDER.snoozeHint }],
  };
  const what = escapeMrkdwn(`${describeOrigin(item)}: ${truncate(item.title, 300)} (#${item.id})`);
  return {
    text: REMINDER.fallback(days, what),
    blocks: [header, ...itemRow(item, { today, snooze: true }), hint],
  };
}
