// The proposals of Kamerbrieven, posted once in each channel of their item (through the sent log,
// with the TK notices): the letter's title, date, number and link, and the three answers.
import { amsterdamDate } from '../clock.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { letterProposalMessage, proposalView } from '../slack/blocks/letter-proposal.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { getItemsById } from '../store/items.queries.ts';
import { listProposals } from '../store/letters.queries.ts';
import type { Outgoing } from './deliver.ts';

/** Proposals older than this are not posted any more (they stay in `motie voorstellen` and App Home). */
const LETTER_NOTICE_HORIZON_MS = 14 * 24 * 60 * 60_000;

export function planLetterNotices(db: Db, now: number): Outgoing[] {
  const proposals = listProposals(db, { state: 'open' }).filter((p) => p.createdAt >= now - LETTER_NOTICE_HORIZON_MS);
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
