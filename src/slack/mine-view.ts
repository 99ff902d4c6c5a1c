// `/motie status mijn`: the open items whose trekker is the person asking, soonest term first.
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Db } from '../store/db.ts';
import { itemRow } from './blocks/item-row.ts';
import type { RowPermission } from './permission.ts';
import { ITEM_TEXT } from '../texts/items.nl.ts';
import { findItems } from '../app/read-items.ts';

/** Item rows per answer at most (two blocks each, under Slack's 50). */
const MINE_LIMIT = 20;

export function mineReply(db: Db, userId: string, today: IsoDate, permission?: RowPermission): { text: string; blocks?: KnownBlock[] } {
  const items = findItems({ db }, { owner: userId, status: 'open' });
  if (items.length === 0) return { text: ITEM_TEXT.mine.none };
  const shown = items.slice(0, MINE_LIMIT);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: ITEM_TEXT.mine.header } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: ITEM_TEXT.mine.intro(items.length) }] },
    ...shown.flatMap((item) => itemRow(item, { today, ...(permission ? { permission } : {}) })),
  ];
  return { text: `${ITEM_TEXT.mine.header}: ${items.length}`, blocks };
}
