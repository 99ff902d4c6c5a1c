// The answer to /motie status: counts, then the overdue items and those due within four weeks,
// one page at a time, within Block Kit's limits.
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import { dueOf } from '../../domain/describe-item.ts';
import type { Item } from '../../domain/items.ts';
import type { StatusCounts } from '../../store/status.queries.ts';
import { ACTION, itemIdOfBlock } from './ids.ts';
import { itemRow } from './item-row.ts';
import { escapeMrkdwn, plain } from './mrkdwn.ts';

export const STATUS_PAGE_SIZE = 10;

export interface StatusView {
  /** What the message is about: "SOCW, MOCW", "OCW", "alle bewindspersonen". */
  scopeLabel: string;
  /** The scope as given by the user ('' for the channel's default), carried in buttons. */
  scope: string;
  counts: StatusCounts;
  page: number;
  total: number;
  items: Item[];
  today: IsoDate;
  /** A copy shared in the channel: the items keep their buttons, paging and sharing go. */
  shared?: boolean;
  /** Blocks to put above the list (e.g. "✅ #12 afgerond" with undo). */
  notice?: KnownBlock[];
}

export function statusCountsLine(c: StatusCounts): string {
  return `*${c.open}* open · *${c.overdue}* te laat · *${c.soon}* binnen 4 weken · *${c.noTerm}* zonder termijn · *${c.done}* afgerond`;
}

/** Below Slack's ~13,000 characters of blocks, with room to spare. */
export const STATUS_MAX_CHARS = 12_000;

export function buildStatusMessage(view: StatusView): { text: string; blocks: KnownBlock[] } {
  // Ten long items can pass Slack's size limit: then every row is drawn shorter.
  const full = renderStatusBlocks(view, false);
  const blocks = JSON.stringify(full).length <= STATUS_MAX_CHARS ? full : renderStatusBlocks(view, true);
  const text = `Stand van zaken ${escapeMrkdwn(view.scopeLabel)}: ${view.counts.open} open, ${view.counts.overdue} te laat, ${view.counts.soon} binnen 4 weken.`;
  return { text, blocks };
}

function renderStatusBlocks(view: StatusView, compact: boolean): KnownBlock[] {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plain(`Stand van zaken: ${view.scopeLabel}`, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: statusCountsLine(view.counts) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `Peildatum ${formatDateNl(view.today)}` }] },
  ];
  if (view.notice) blocks.push(...view.notice);
  const context = { scope: view.scope, page: view.page };
  let lastState: string | null = null;
  const inNotice = new Set((view.notice ?? []).map((b) => itemIdOfBlock(b.block_id)));
  for (const item of view.items) {
    if (inNotice.has(item.id)) continue; // block_ids must stay unique
    const state = dueOf(item, view.today).state;
    if (state !== lastState) {
      blocks.push({ type: 'divider' });
      blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: state === 'overdue' ? '*🔴 Te laat*' : '*🟠 Binnen 4 weken*' },
      });
      lastState = state;
    }
    blocks.push(...itemRow(item, { today: view.today, context, compact }));
  }
  if (view.total === 0) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: '🎉 Niets te laat en niets dat binnen 4 weken moet.' },
    });
  }
  const shown = view.page * STATUS_PAGE_SIZE + view.items.length;
  const rest = view.total - shown;
  const buttons: KnownBlock = { type: 'actions', block_id: 'status:nav', elements: [] };
  if (!view.shared) {
    if (view.page > 0) {
      buttons.elements.push({
        type: 'button',
        action_id: `${ACTION.statusPage}:prev`,
        text: { type: 'plain_text', text: 'Vorige' },
        value: JSON.stringify({ scope: view.scope, page: view.page - 1 }),
      });
    }
    if (rest > 0) {
      buttons.elements.push({
        type: 'button',
        action_id: `${ACTION.statusPage}:next`,
        text: { type: 'plain_text', text: plain(`Volgende ${Math.min(rest, STATUS_PAGE_SIZE)}`, 75) },
        value: JSON.stringify({ scope: view.scope, page: view.page + 1 }),
      });
    }
    buttons.elements.push({
      type: 'button',
      action_id: ACTION.statusShare,
      text: { type: 'plain_text', text: 'Deel in kanaal' },
      value: JSON.stringify({ scope: view.scope, page: view.page }),
    });
  }
  if (rest > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…en nog ${rest} ${rest === 1 ? 'ander' : 'andere'}.` }] });
  }
  if (buttons.elements.length > 0) blocks.push(buttons);
  return blocks;
}

/** Decodes the value of a paging or share button; forged values give null. */
export function decodeStatusValue(raw: unknown): { scope: string; page: number } | null {
  if (typeof raw !== 'string' || raw.length > 500) return null;
  try {
    const v = JSON.parse(raw) as { scope?: unknown; page?: unknown };
    if (typeof v.scope !== 'string' || v.scope.length > 100) return null;
    if (typeof v.page !== 'number' || !Number.isSafeInteger(v.page) || v.page < 0 || v.page > 100_000) return null;
    return { scope: v.scope, page: v.page };
  } catch {
    return null;
  }
}
