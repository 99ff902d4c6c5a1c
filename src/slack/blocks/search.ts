// The answer to /motie zoek: a header and at most ten item rows, within Block Kit's limits.
import type { KnownBlock } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import type { Item } from '../../domain/items.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { itemRow, type RowPermission } from './item-row.ts';
import { truncate } from './mrkdwn.ts';
import { escapeMrkdwn } from '../../domain/escape-mrkdwn.ts';

export const SEARCH_MAX_RESULTS = 10;
/** Below Slack's ~13,000 characters of blocks, with room to spare. */
const MAX_CHARS = 12_000;

/** `found` may hold one more than is shown, to say that there are more. */
export function buildSearchResults(query: string, found: readonly Item[], today: IsoDate, permission?: RowPermission): { text: string; blocks?: KnownBlock[] } {
  const shownQuery = escapeMrkdwn(truncate(query, 80));
  if (found.length === 0) return { text: SLACK_TEXT.noResults(shownQuery) };
  const shown = found.slice(0, SEARCH_MAX_RESULTS);
  const header =
    found.length > SEARCH_MAX_RESULTS ? `${SLACK_TEXT.searchHeader(shownQuery, shown.length)} ${SLACK_TEXT.searchMore(SEARCH_MAX_RESULTS)}` : SLACK_TEXT.searchHeader(shownQuery, shown.length);
  const render = (compact: boolean): KnownBlock[] => {
    const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: header } }];
    for (const item of shown) blocks.push({ type: 'divider' }, ...itemRow(item, { today, compact, permission }));
    return blocks;
  };
  const full = render(false);
  return { text: header, blocks: JSON.stringify(full).length <= MAX_CHARS ? full : render(true) };
}
