// The answer to /motie status: counts, then every open item in four groups (te laat, binnen 4
// weken, later, zonder termijn) or the done items, one page at a time, within Block Kit's limits.
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import type { Item } from '../../domain/items.ts';
import type { Punctuality } from '../../domain/punctuality.ts';
import type { StatusGroup } from '../../domain/status-filter.ts';
import type { StatusCounts } from '../../domain/due.ts';
import { ACTION, itemIdOfBlock } from './ids.ts';
import { itemRow, type RowPermission } from './item-row.ts';
import { punctualityBlock } from './punctuality.ts';
import { plain, truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import { STATUS_LIST } from '../../texts/status.nl.ts';

export const STATUS_PAGE_SIZE = 10;

export interface StatusView {
  /** What the message is about: "SOCW, MOCW", "OCW", "alle bewindspersonen". */
  scopeLabel: string;
  /** The words the user gave after /motie status ('' for the channel's default), carried in buttons. */
  scope: string;
  /** Counts of the items the list is about (all groups), so that headings and header agree. */
  counts: StatusCounts;
  page: number;
  /** How many items the whole list has (over all pages). */
  total: number;
  /** The items of this page in list order, each with its group. */
  items: StatusRow[];
  today: IsoDate;
  /** The first group on this page started on the page before. */
  continues?: boolean;
  /** The filters in words ("zonder termijn · moties · indiener Mutluer"), when there are any. */
  filterLabel?: string;
  /** A copy shared in the channel: the items keep their buttons, paging and sharing go. */
  shared?: boolean;
  /** Blocks to put above the list (e.g. "✅ #12 afgerond" with undo). */
  notice?: KnownBlock[];
  /** Whether the people looking may change each item here. */
  permission?: RowPermission;
  /** Per code of the scope: informed on time and late in the last twelve months (first page). */
  punctuality?: readonly Punctuality[];
}

export interface StatusRow {
  item: Item;
  group: StatusGroup | 'done' | 'lapsed';
}

export function statusCountsLine(c: StatusCounts): string {
  return STATUS_LIST.counts(c);
}

/** The count each group's heading shows. */
const GROUP_COUNT: Record<StatusGroup | 'done' | 'lapsed', (c: StatusCounts, total: number) => number> = {
  overdue: (c) => c.overdue,
  soon: (c) => c.soon,
  later: (c) => c.later,
  none: (c) => c.noTerm,
  done: (c) => c.done,
  // The counts line has no lapsed items: a list of them is the whole group.
  lapsed: (_c, total) => total,
};

function groupHeading(group: StatusGroup | 'done' | 'lapsed', view: StatusView, continued: boolean): string {
  return STATUS_LIST.groupHeading(STATUS_LIST.group[group], GROUP_COUNT[group](view.counts, view.total), continued);
}

/** Below Slack's ~13,000 characters of blocks, with room to spare. */
const STATUS_MAX_CHARS = 12_000;

export function buildStatusMessage(view: StatusView): { text: string; blocks: KnownBlock[] } {
  // Ten long items can pass Slack's size limit: then every row is drawn shorter.
  const full = renderStatusBlocks(view, false);
  const blocks = JSON.stringify(full).length <= STATUS_MAX_CHARS ? full : renderStatusBlocks(view, true);
  return { text: STATUS_LIST.fallback(escapeMrkdwn(view.scopeLabel), view.counts), blocks };
}

function renderStatusBlocks(view: StatusView, compact: boolean): KnownBlock[] {
  const contextLine = [STATUS_LIST.referenceDate(formatDateNl(view.today)), view.filterLabel ? STATUS_LIST.filter(escapeMrkdwn(view.filterLabel)) : null]
    .filter(Boolean)
    .join(' · ');
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plain(STATUS_LIST.header(view.scopeLabel), 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: statusCountsLine(view.counts) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(contextLine, 2000) }] },
  ];
  if (view.punctuality && view.page === 0) blocks.push(punctualityBlock(view.punctuality));
  // A notice about an item the list shows (a row reopened with "Ongedaan maken") takes that item's
  // place in its group; a notice about any other item (one just marked done) goes above the list.
  const listed = new Set(view.items.map(({ item }) => item.id));
  const inPlace = new Map<number, KnownBlock[]>();
  for (const block of view.notice ?? []) {
    const id = itemIdOfBlock(block.block_id);
    if (id !== null && listed.has(id)) inPlace.set(id, [...(inPlace.get(id) ?? []), block]);
    else blocks.push(block);
  }
  const context = { scope: view.scope, page: view.page };
  if (!view.filterLabel && view.page === 0 && view.counts.overdue + view.counts.soon === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: STATUS_LIST.nothingUrgent } });
  }
  let lastGroup: string | null = null;
  for (const [index, { item, group }] of view.items.entries()) {
    if (group !== lastGroup) {
      // The first group of a later page may have started on the page before.
      const continued = index === 0 && view.continues === true;
      blocks.push({ type: 'divider' });
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: groupHeading(group, view, continued) } });
      lastGroup = group;
    }
    blocks.push(...(inPlace.get(item.id) ?? itemRow(item, { today: view.today, context, compact, permission: view.permission })));
  }
  if (view.total === 0 && view.filterLabel) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: STATUS_LIST.nothingForFilter } });
  }
  const shown = view.page * STATUS_PAGE_SIZE + view.items.length;
  const rest = view.total - shown;
  const buttons: KnownBlock = { type: 'actions', block_id: 'status:nav', elements: [] };
  if (!view.shared) {
    if (view.page > 0) {
      buttons.elements.push({
        type: 'button',
        action_id: `${ACTION.statusPage}:prev`,
        text: { type: 'plain_text', text: STATUS_LIST.previous },
        value: JSON.stringify({ scope: view.scope, page: view.page - 1 }),
      });
    }
    if (rest > 0) {
      buttons.elements.push({
        type: 'button',
        action_id: `${ACTION.statusPage}:next`,
        text: { type: 'plain_text', text: plain(STATUS_LIST.next(Math.min(rest, STATUS_PAGE_SIZE)), 75) },
        value: JSON.stringify({ scope: view.scope, page: view.page + 1 }),
      });
    }
    buttons.elements.push({
      type: 'button',
      action_id: ACTION.statusShare,
      text: { type: 'plain_text', text: STATUS_LIST.share },
      value: JSON.stringify({ scope: view.scope, page: view.page }),
    });
  }
  if (rest > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: STATUS_LIST.more(rest, view.shared === true) }] });
  }
  if (buttons.elements.length > 0) blocks.push(buttons);
  return blocks;
}

/** Decodes the value of a paging or share button; forged values give null. */
export function decodeStatusValue(raw: unknown): { scope: string; page: number } | null {
  if (typeof raw !== 'string' || raw.length > 500) return null;
  try {
    const v = JSON.parse(raw) as { scope?: unknown; page?: unknown };
    if (typeof v.scope !== 'string' || v.scope.length > 300) return null;
    if (typeof v.page !== 'number' || !Number.isSafeInteger(v.page) || v.page < 0 || v.page > 100_000) return null;
    return { scope: v.scope, page: v.page };
  } catch {
    return null;
  }
}
