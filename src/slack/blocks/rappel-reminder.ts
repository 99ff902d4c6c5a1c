// The reminder of the Eerste Kamer's rappel: the answer's date, the channel's open Eerste Kamer
// toezeggingen (at most ten listed, the rest counted) and how to make the draft answer.
import type { ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from '@slack/types';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import type { Item } from '../../domain/items.ts';
import { RAPPEL_REMINDER } from '../../texts/reminders.nl.ts';
import { plain, truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import type { SlackMessage } from './reminder.ts';

const LISTED = 10;

export interface RappelReminderInput {
  answerDue: IsoDate;
  peildatum: IsoDate;
  leadDays: number;
  items: readonly Item[];
}

export function buildRappelReminder({ answerDue, peildatum, leadDays, items }: RappelReminderInput): SlackMessage {
  const due = formatDateNl(answerDue, { weekday: true });
  const header: HeaderBlock = { type: 'header', text: { type: 'plain_text', text: plain(RAPPEL_REMINDER.header(Math.round(leadDays / 7)), 150), emoji: true } };
  const lines = items.slice(0, LISTED).map((item) => `• ${escapeMrkdwn(`${item.reference ?? ''} ${truncate(item.title, 150)} (#${item.id})`)}`);
  if (items.length > LISTED) lines.push(RAPPEL_REMINDER.more(items.length - LISTED));
  const body: SectionBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: `${RAPPEL_REMINDER.body(due, formatDateNl(peildatum), items.length)}\n${lines.join('\n')}` },
  };
  const hint: ContextBlock = { type: 'context', elements: [{ type: 'mrkdwn', text: RAPPEL_REMINDER.hint }] };
  const blocks: KnownBlock[] = [header, body, hint];
  return { text: RAPPEL_REMINDER.fallback(due, items.length), blocks };
}
