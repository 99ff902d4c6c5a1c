// The weekly digest of one channel: overdue, due within 4 weeks, done in the past week, and how
// many items have no term. Always a valid message, whatever the number of items: each section
// shows what fits within Block Kit's limits (50 blocks, ~13,000 characters of blocks) and ends
// in "en nog 37 andere — typ /motie status voor de volledige lijst".
import type { ContextBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { describeOrigin } from '../../texts/describe-item.nl.ts';
import type { Item } from '../../domain/items.ts';
import { DIGEST } from '../../texts/reminders.nl.ts';
import { KAMERBRIEF_SLACK } from '../../texts/kamerbrief.nl.ts';
import { itemRow } from './item-row.ts';
import { plain, truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';
import type { SlackMessage } from './reminder.ts';

const DIGEST_LIMITS = {
  maxBlocks: 50,
  /** JSON characters of all blocks together; Slack refuses around 13,000. */
  maxChars: 12_000,
  /** Item rows per section at most, even when more would fit. */
  maxRowsPerSection: 8,
  /** Lines of done items at most. */
  maxDoneLines: 10,
  sectionChars: 3000,
} as const;

export interface DigestInput {
  /** Codes and ministries linked to the channel. */
  targets: string[];
  today: IsoDate;
  overdue: readonly Item[];
  soon: readonly Item[];
  done: readonly Item[];
  noTerm: number;
  /** Proposed Kamerbrieven of this channel's items waiting for an answer. */
  proposals?: number;
}

const section = (text: string): SectionBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): ContextBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const size = (blocks: KnownBlock[]) => blocks.reduce((n, b) => n + JSON.stringify(b).length + 1, 2);

function doneLine(item: Item): string {
  return `✅ ${escapeMrkdwn(describeOrigin(item))}: ${escapeMrkdwn(truncate(item.title, 150))} (#${item.id})`;
}

interface Part {
  heading: string;
  items: readonly Item[];
  /** Blocks of the n-th item (rows) or null for line-based sections. */
  rows: ((item: Item) => KnownBlock[]) | null;
  shown: number;
  cap: number;
}

export function buildDigest(input: DigestInput): SlackMessage {
  const { today } = input;
  const headerText = input.targets.length > 0 ? DIGEST.header(input.targets) : DIGEST.headerNoTargets;
  const header: KnownBlock = { type: 'header', text: { type: 'plain_text', text: plain(headerText, 150), emoji: true } };
  const rowOf = (item: Item) => itemRow(item, { today });
  const parts: Part[] = [
    { heading: DIGEST.overdue(input.overdue.length), items: input.overdue, rows: rowOf, shown: 0, cap: DIGEST_LIMITS.maxRowsPerSection },
    { heading: DIGEST.soon(input.soon.length), items: input.soon, rows: rowOf, shown: 0, cap: DIGEST_LIMITS.maxRowsPerSection },
    { heading: DIGEST.done(input.done.length), items: input.done, rows: null, shown: 0, cap: DIGEST_LIMITS.maxDoneLines },
  ].filter((p) => p.items.length > 0);

  const render = (): KnownBlock[] => {
    const blocks: KnownBlock[] = [header];
    if (input.overdue.length === 0 && input.soon.length === 0) blocks.push(section(DIGEST.allClear));
    for (const p of parts) {
      const shown = p.items.slice(0, p.shown);
      if (p.rows) {
        blocks.push(section(p.heading));
        for (const item of shown) blocks.push(...p.rows(item));
      } else {
        blocks.push(section([p.heading, ...shown.map(doneLine)].join('\n')));
      }
      const rest = p.items.length - p.shown;
      if (rest > 0) blocks.push(context(DIGEST.more(rest)));
    }
    if (input.proposals) blocks.push(context(KAMERBRIEF_SLACK.digestLine(input.proposals)));
    const footer = [input.noTerm > 0 ? DIGEST.noTerm(input.noTerm) : null, DIGEST.footer].filter(Boolean).join(' ');
    blocks.push(context(footer));
    return blocks;
  };

  // Hand out rows in turn (one overdue, one soon, one done, …) while the message stays within limits.
  const fits = (blocks: KnownBlock[]) =>
    blocks.length <= DIGEST_LIMITS.maxBlocks &&
    size(blocks) <= DIGEST_LIMITS.maxChars &&
    blocks.every((b) => b.type !== 'section' || !b.text || b.text.text.length <= DIGEST_LIMITS.sectionChars);
  let progress = true;
  while (progress) {
    progress = false;
    for (const p of parts) {
      if (p.shown >= Math.min(p.cap, p.items.length)) continue;
      p.shown += 1;
      if (fits(render())) progress = true;
      else {
        p.shown -= 1;
        p.cap = p.shown; // this section is full
      }
    }
  }

  return {
    text: DIGEST.fallback(input.targets, input.overdue.length, input.soon.length, input.done.length, input.noTerm),
    blocks: render(),
  };
}
