// The proposals of Kamerbrieven, posted once in each channel of their item (through the sent log,
// with the TK notices): the letter's title, date, number and link, and the three answers.
import { amsterdamDate } from '../clock.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { letterProposalMessage, proposalView } from '../slack/blocks/letter-proposal.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { getItemsById } from '../store/items.queries.ts';
import { listProposals } from '../store/letters.queries.ts';
import { getTkFeed } from '../store/tk.queries.ts';
import type { Outgoing } from '../outbox/send.ts';

/**
 * Proposals made, or letters dated, longer ago than this are not posted (they stay in `motie
 * voorstellen` and App Home): a channel hears of new letters, not of the archive.
 */
const LETTER_NOTICE_HORIZON_MS = 14 * 24 * 60 * 60_000;

/**
 * The proposal messages owed: open proposals of open items, made after the Document feed's first
 * complete sync (that one reads the feed's whole history: its proposals wait in App Home and
 * `motie voorstellen` instead of flooding the channels), for letters dated within the horizon.
 */
export function planLetterNotices(db: Db, now: number): Outgoing[] {
  const firstCompleted = getTkFeed(db, 'Document')?.firstCompletedAt ?? null;
  if (firstCompleted === null) return [];
  const oldest = now - LETTER_NOTICE_HORIZON_MS;
  const oldestDay = amsterdamDate(oldest);
  const proposals = listProposals(db, { state: 'open' }).filter(
    // A letter the feed gives no date counts as dated the day it was proposed.
    (p) => p.createdAt > firstCompleted && p.createdAt >= oldest && (p.letter?.datum ?? amsterdamDate(p.createdAt)) >= oldestDay,
  );
  if (proposals.length === 0) return [];
  const routing = indexLinks(listLinks(db));
  const items = getItemsById(db, proposals.map((p) => p.itemId));
  const out: Outgoing[] = [];
  for (const p of proposals) {
    const item = items.get(p.itemId);
    if (item?.status !== 'open') continue;
    const message = letterProposalMessage(proposalView(p, item));
    for (const channel of routeItem(item, routing)) {
      out.push({ keys: [{ what: `kamerbrief:${String(p.id)}`, itemId: item.id, channelId: channel, dueDate: amsterdamDate(p.createdAt) }], channel, text: message.text, blocks: message.blocks });
    }
  }
  return out;
}
