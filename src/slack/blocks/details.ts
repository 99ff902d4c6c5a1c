// The "Details" answer for one item: full texts and the latest changes.
import type { KnownBlock } from '@slack/types';
import type { Actor } from '../../domain/actor.ts';
import { readClosingReference } from '../../domain/closing-reference.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { readHistoryEvent } from '../../domain/history.ts';
import type { Item } from '../../domain/items.ts';
import { STATUS_LABEL } from '../../domain/status-words.ts';
import type { AuditEntry } from '../../store/items.queries.ts';
import { actorName, itemText } from './item-row.ts';
import { escapeTruncated, SLACK_STYLE, truncateLines } from './mrkdwn.ts';
import { historySentence, whenNl } from '../../texts/history.nl.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';

const MAX_AUDIT = 8;

/** `formatInstant`: an instant as "YYYY-MM-DD HH:mm" in Amsterdam (clock.ts amsterdamDateTime). */
export function buildDetails(item: Item, audit: AuditEntry[], today: IsoDate, formatInstant: (ms: number) => string): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: ITEM_TEXT.details.status(itemText(item, today), STATUS_LABEL[item.status]) } },
    { type: 'section', text: { type: 'mrkdwn', text: ITEM_TEXT.details.text(escapeTruncated(item.text, 2900)) } },
  ];
  if (item.status === 'done') {
    const by = item.doneBy ? actorName(item.doneBy as Actor) : null;
    const ref = item.closingReference ? readClosingReference(item.closingReference) : null;
    const with_ = ref ? (ref.kind === 'kamerstuk' ? ITEM_TEXT.details.withKamerstuk(ref.dossier, ref.number) : ITEM_TEXT.details.withLink(`<${ref.url}|${ITEM_TEXT.reference.letter}>`)) : '';
    const when = item.doneAt !== null ? whenNl(formatInstant(item.doneAt)) : null;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: ITEM_TEXT.details.done(by, when, with_) }] });
  }
  if (item.statusText) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: ITEM_TEXT.details.statusText(escapeTruncated(item.statusText, 2900, { lines: true })) } });
  }
  const recent = audit.slice(-MAX_AUDIT).reverse();
  if (recent.length > 0) {
    const lines = recent.map((a) => `• ${historySentence(readHistoryEvent(a), a.actor, formatInstant(a.at), SLACK_STYLE)}`);
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncateLines(ITEM_TEXT.details.history(lines), 2900) }] });
  }
  return { text: ITEM_TEXT.details.fallback(item.id, escapeTruncated(item.title, 300)), blocks };
}
