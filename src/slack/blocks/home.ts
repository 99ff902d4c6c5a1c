// The App Home tab: the picture per code, the channel links, and the overdue items with their
// buttons, within the 100-block limit.
import { KAMERBRIEF_SLACK } from '../../texts/kamerbrief.nl.ts';
import { homeProposalBlocks, type LetterProposalView } from './letter-proposal.ts';
import type { KnownBlock, View } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import type { Item } from '../../domain/items.ts';
import type { Punctuality } from '../../domain/punctuality.ts';
import type { ChannelLink } from '../../store/channels.queries.ts';
import type { CodeCounts } from '../../store/status.queries.ts';
import { ACTION, itemIdOfBlock, triageBlockId } from './ids.ts';
import { itemRow, type RowPermission } from './item-row.ts';
import { truncate, truncateLines } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import { punctualityBlock } from './punctuality.ts';
import { TK_HOME, triageReasonNl } from '../../texts/tk.nl.ts';
import type { TriageReason } from '../../domain/tk/types.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { HOME } from '../../texts/status.nl.ts';

export const HOME_MAX_BLOCKS = 100;
/** The person's own items shown first on the Home tab at most (two or three blocks each). */
export const HOME_MINE_SHOWN = 10;
const FIELDS_PER_SECTION = 10;

export interface HomeData {
  today: IsoDate;
  perCode: CodeCounts[];
  links: ChannelLink[];
  /** The most urgent items (overdue first, then soon), as many as fit. */
  urgent: Item[];
  urgentTotal: number;
  /** Blocks shown at the top (the answer to a button on the Home tab). */
  notice?: KnownBlock[];
  /** Whether the person looking may change each item from the Home tab (admins only). */
  permission?: RowPermission;
  /** For admins: Tweede Kamer items waiting for a person to assign their ministry (motie triage). */
  triage?: { entityId: string; reference: string; title: string; submitters: string[]; candidates: string[]; reason?: TriageReason | null }[];
  /** Proposed Kamerbrieven the person looking may answer (the first ones, with their buttons), and how many there are. */
  proposals?: { shown: LetterProposalView[]; total: number };
  /** The open items the person looking is trekker of (the first ones), and how many there are. */
  mine?: { items: Item[]; total: number };
  /** Per code: informed on time and late in the last twelve months. */
  punctuality?: readonly Punctuality[];
}

const MAX_TRIAGE_LINES = 5;

const MAX_LINK_LINES = 40;

export function buildHome(data: HomeData): View {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: HOME.header } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: HOME.intro(formatDateNl(data.today, { weekday: true })) }] },
  ];
  if (data.notice && data.notice.length > 0) blocks.push(...data.notice.slice(0, 10));
  const inNotice = new Set((data.notice ?? []).map((b) => itemIdOfBlock(b.block_id)));
  // block_ids must stay unique: an item shown in the notice or among "mine" is not shown again.
  const shownIds = new Set(inNotice);
  if (data.mine) {
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: ITEM_TEXT.mine.header } });
    if (data.mine.total === 0) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: ITEM_TEXT.mine.none }] });
    } else {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: ITEM_TEXT.mine.intro(data.mine.total) }] });
      for (const item of data.mine.items) {
        if (shownIds.has(item.id)) continue;
        blocks.push(...itemRow(item, { today: data.today, permission: data.permission }));
        shownIds.add(item.id);
      }
      if (data.mine.total > data.mine.items.length) {
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: ITEM_TEXT.mine.more(data.mine.total - data.mine.items.length) }] });
      }
    }
  }
  blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: HOME.perCode } });
  const fields = data.perCode.map((c) => ({
    type: 'mrkdwn' as const,
    text: truncateLines(HOME.codeCounts(escapeMrkdwn(truncate(c.code, 40)), c), 1900),
  }));
  if (fields.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: HOME.noItems } });
  }
  const maxFieldSections = 8;
  for (let i = 0; i < fields.length && i / FIELDS_PER_SECTION < maxFieldSections; i += FIELDS_PER_SECTION) {
    blocks.push({ type: 'section', fields: fields.slice(i, i + FIELDS_PER_SECTION) });
  }
  if (fields.length > maxFieldSections * FIELDS_PER_SECTION) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: HOME.moreCodes(fields.length - maxFieldSections * FIELDS_PER_SECTION) }] });
  }
  if (data.punctuality) blocks.push(punctualityBlock(data.punctuality));
  blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: HOME.links } });
  // Whole lines only: cutting characters would break a channel link or collapse the lines.
  const linkLines = data.links.slice(0, MAX_LINK_LINES).map((l) => `• ${escapeMrkdwn(truncate(l.target, 20))} → <#${l.channelId}>`);
  if (data.links.length > MAX_LINK_LINES) linkLines.push(HOME.moreLinks(data.links.length - MAX_LINK_LINES));
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: linkLines.length > 0 ? linkLines.join('\n') : HOME.noLinks },
  });
  if (data.triage && data.triage.length > 0) {
    // One section per entry, with the button that opens the assign modal (admins only see this).
    blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: TK_HOME.triageHeader(data.triage.length) } });
    for (const t of data.triage.slice(0, MAX_TRIAGE_LINES)) {
      const who = t.submitters.length > 0 ? ` (${escapeMrkdwn(truncate(t.submitters.join(', '), 120))})` : '';
      const maybe = t.candidates.length > 0 ? `\n_${escapeMrkdwn(truncate(TK_HOME.candidates(t.candidates), 200))}_` : '';
      const why = t.reason ? `\n${escapeMrkdwn(truncate(triageReasonNl(t.reason), 600))}` : '';
      blocks.push({
        type: 'section',
        block_id: triageBlockId(t.entityId),
        text: { type: 'mrkdwn', text: truncateLines(`• ${escapeMrkdwn(truncate(t.reference, 30))} ${escapeMrkdwn(truncate(t.title, 120))}${who}${maybe}${why}`, 2900) },
        accessory: { type: 'button', action_id: ACTION.triageAssign, text: { type: 'plain_text', text: TK_HOME.assignButton }, value: t.entityId.slice(0, 200) },
      });
    }
    if (data.triage.length > MAX_TRIAGE_LINES) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: TK_HOME.triageMore(data.triage.length - MAX_TRIAGE_LINES) }] });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: TK_HOME.triageHint }] });
  }
  if (data.proposals && data.proposals.total > 0) {
    blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: KAMERBRIEF_SLACK.homeHeader(data.proposals.total) } });
    for (const p of data.proposals.shown) blocks.push(...homeProposalBlocks(p));
    const more = data.proposals.total - data.proposals.shown.length;
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: more > 0 ? `${KAMERBRIEF_SLACK.homeMore(more)} ${KAMERBRIEF_SLACK.homeHint}` : KAMERBRIEF_SLACK.homeHint }] });
  }
  blocks.push({ type: 'divider' }, { type: 'section', text: { type: 'mrkdwn', text: HOME.urgent } });
  const room = HOME_MAX_BLOCKS - blocks.length - 1; // one for the "en nog" line
  let shown = 0;
  for (const item of data.urgent) {
    if (shownIds.has(item.id)) continue; // block_ids must stay unique
    const rows = itemRow(item, { today: data.today, permission: data.permission });
    if (rows.length > room - shown * 2) break;
    blocks.push(...rows);
    shown += 1;
  }
  if (data.urgentTotal === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: HOME.nothingUrgent } });
  } else if (data.urgentTotal > shown) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: HOME.moreUrgent(data.urgentTotal - shown) }] });
  }
  return { type: 'home', blocks };
}
