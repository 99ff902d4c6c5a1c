// The team sees what changed: after a change made in Slack, one short line in each channel of the
// item (in a thread under the channel's latest digest when there is one), and every recent bot
// message that shows the item (its reminders, overdue messages and digests) drawn again with the
// item as it is now (chat.update). The line is recorded in the sent log under the id of the
// change's audit entry and posted through the outbox (src/outbox/send.ts), so a retried request or
// a second run never posts it twice.
import type { KnownBlock } from '@slack/types';
import type { ChangeKind } from '../app/announces.ts';
import { amsterdamDate, amsterdamMidnight } from '../clock.ts';
import { formatDateNl } from '../domain/dates/format-date.ts';
import { describeTerm } from '../texts/describe-item.nl.ts';
import { daysUntil, soonThrough } from '../domain/due.ts';
import type { Item } from '../domain/items.ts';
import { digestDonePeriod, planDigest } from '../domain/reminders/plan-digest.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { channelLinks } from '../app/read-channels.ts';
import { latestChangeId, readItem } from '../app/read-items.ts';
import { digestItems, itemsOfMessage, latestDigest, recentMessagesOf } from '../app/read-sent.ts';
import { DEFAULT_LIMITS, send, type Outgoing, type SlackPoster } from '../outbox/send.ts';
import { buildDigest } from './blocks/digest.ts';
import { actorNl } from '../texts/history.nl.ts';
import { SLACK_STYLE, truncate } from './blocks/mrkdwn.ts';
import { escapeMrkdwn } from '../domain/escape-mrkdwn.ts';
import { buildOverdueReminder } from './blocks/reminder.ts';
import type { BotDeps } from './deps.ts';
import { ITEM_TEXT } from '../texts/items.nl.ts';

/** Bot messages younger than this are brought up to date; older ones are left as they were. */
const REFRESH_DAYS = 14;

/** One bot message in a channel. */
export interface MessageRef {
  channelId: string;
  ts: string;
}

export interface Change {
  kind: ChangeKind;
  item: Item;
  /** Who made it (a Slack user id, or another actor). */
  actor: string;
  /** The id of the audit entry the change wrote (its last one); default: the item's latest. */
  changeId?: number;
  /** An edit: the fields that changed (audit names: title, statusText, …). */
  fields?: readonly string[];
  /** The message the change was made from: its listener draws it again, the announcement leaves it alone. */
  origin?: MessageRef;
}

/** The part of the Web API the announcement uses (the outbox's poster and chat.update); Bolt's client fits. */
export interface ChatClient {
  chat: SlackPoster['chat'] & {
    update(args: { channel: string; ts: string; text: string; blocks: KnownBlock[] }): Promise<{ ok?: boolean }>;
  };
}

function referenceText(stored: string | null | undefined): string | null {
  return stored ? ITEM_TEXT.reference.mrkdwn(stored) : null;
}

/** The changed fields in Dutch ("titel, Kamerstuk en trekker"). */
export function editedFields(fields: readonly string[]): string {
  const names = [...new Set(fields.map((f) => ITEM_TEXT.edit.field[f] ?? f))];
  return ITEM_TEXT.fieldList(names);
}

/** The one line about a change ("✅ #7 Herstelrecht is afgerond door @Sanne met Kamerstuk 36222, nr. 45."). */
function changeLine(change: Change, today: string): string {
  const { item } = change;
  const title = `*${escapeMrkdwn(truncate(item.title, 120))}*`;
  const by = actorNl(change.actor, SLACK_STYLE);
  switch (change.kind) {
    case 'done':
      return ITEM_TEXT.change.done(item.id, title, by, referenceText(item.closingReference));
    case 'reopened':
      return ITEM_TEXT.change.reopened(item.id, title, by);
    case 'term':
      return ITEM_TEXT.change.term(item.id, title, by, escapeMrkdwn(describeTerm(item, today)));
    case 'statusText':
      return ITEM_TEXT.change.statusText(item.id, title, by, escapeMrkdwn(truncate((item.statusText ?? '—').replace(/\s+/g, ' '), 300)));
    case 'lapsed':
      return ITEM_TEXT.change.lapsed(item.id, title, by);
    case 'onHold':
      return ITEM_TEXT.change.onHold(item.id, title, by, item.onHoldUntil ? formatDateNl(item.onHoldUntil) : '—');
    case 'deleted':
      return ITEM_TEXT.change.deleted(item.id, title, by);
    case 'owner':
      return ITEM_TEXT.change.owner(item.id, title, by, item.owner ?? null);
    case 'holdEnded':
      return ITEM_TEXT.change.holdEnded(item.id, title, by);
    case 'restored':
      return ITEM_TEXT.change.restored(item.id, title, by);
    case 'edited':
      return ITEM_TEXT.change.edited(item.id, title, by, editedFields(change.fields ?? []));
    case 'created':
      return ITEM_TEXT.change.created(item.id, title, by, item.kind, escapeMrkdwn(describeTerm(item, today)));
  }
}

/** The digest of one channel as it would read today. */
function digestOfChannel(deps: BotDeps, channelId: string, today: string): { text: string; blocks: KnownBlock[] } | null {
  const period = digestDonePeriod(today);
  const doneSince = amsterdamMidnight(period.from);
  const doneUntil = amsterdamMidnight(period.untilExcluded);
  const links = channelLinks(deps).filter((l) => l.channelId === channelId);
  const [digest] = planDigest({
    items: digestItems(deps, soonThrough(today), doneSince, doneUntil),
    links,
    sent: [],
    today,
    doneSince,
    doneUntil,
  });
  if (!digest) return null;
  return buildDigest({ targets: digest.targets, today, overdue: digest.overdue, soon: digest.soon, done: digest.done, noTerm: digest.noTerm });
}

/** A reminder or overdue message drawn again with its items as they are now. */
function reminderMessage(deps: BotDeps, channelId: string, ts: string, today: string): { text: string; blocks: KnownBlock[] } {
  const items = itemsOfMessage(deps, channelId, ts)
    .map((id) => readItem(deps, id))
    .filter((i): i is Item => i !== null && i.status !== 'deleted');
  if (items.length === 0) {
    const text = ITEM_TEXT.removedFromMessage(itemsOfMessage(deps, channelId, ts)[0] ?? 0);
    return { text, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text }] }] };
  }
  const entries = items.map((item) => ({
    item,
    days: item.deadline?.deadline ? daysUntil(item.deadline.deadline, today) : 0,
  }));
  return buildOverdueReminder({ entries, more: 0, today, compact: entries.length > 8 });
}

export interface AnnounceReport {
  posted: string[];
  updated: string[];
}

/**
 * Posts the change line once per channel of the item and updates the recent messages that show
 * it. Slack errors are logged and leave the line pending (a retry of the same change posts it);
 * they never undo the change itself.
 */
export async function announceChange(deps: BotDeps, client: ChatClient, change: Change): Promise<AnnounceReport> {
  const report: AnnounceReport = { posted: [], updated: [] };
  const now = deps.now().getTime();
  const today = amsterdamDate(now);
  const item = readItem(deps, change.item.id) ?? change.item;
  const channels = routeItem(item, indexLinks(channelLinks(deps)));
  const changeId = change.changeId ?? latestChangeId(deps, item.id);
  const line = changeLine({ ...change, item }, today);
  const recentSince = now - REFRESH_DAYS * 24 * 60 * 60 * 1000;
  const lines: Outgoing[] = channels.map((channelId) => {
    const threadTs = latestDigest(deps, channelId, recentSince);
    return {
      keys: [{ what: `change:${changeId}`, itemId: item.id, channelId, dueDate: today }],
      channel: channelId,
      text: line,
      ...(threadTs ? { threadTs } : {}),
    };
  });
  const sent = await send(lines, {
    db: deps.db,
    slack: client,
    now: () => deps.now().getTime(),
    limits: { ...DEFAULT_LIMITS, perChannelMs: 0 },
    log: deps.logger,
    ...(deps.lockWaitMs === undefined ? {} : { lockWaitMs: deps.lockWaitMs }),
  });
  report.posted.push(...sent.posted.map((o) => o.channel));
  for (const message of recentMessagesOf(deps, item.id, channels, recentSince)) {
    if (message.channelId === change.origin?.channelId && message.messageTs === change.origin.ts) continue;
    const body = message.what === 'digest' ? digestOfChannel(deps, message.channelId, today) : reminderMessage(deps, message.channelId, message.messageTs, today);
    if (!body) continue;
    try {
      await client.chat.update({ channel: message.channelId, ts: message.messageTs, text: body.text, blocks: body.blocks });
      report.updated.push(`${message.channelId}:${message.messageTs}`);
    } catch (error) {
      deps.logger.warn(`message ${message.messageTs} in channel=${message.channelId} not updated for item ${item.id}: ${errorCode(error)}`);
    }
  }
  return report;
}

function errorCode(error: unknown): string {
  const data = (error as { data?: { error?: string } } | null | undefined)?.data;
  return data?.error ?? (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
