import type { KnownBlock } from '@slack/types';
import { listItems } from '../../../store/items.queries.ts';
import { itemRow } from '../../blocks/item-row.ts';
import { escapeMrkdwn, truncate } from '../../blocks/mrkdwn.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';

const MAX_RESULTS = 10;

/** `/motie zoek <tekst>` */
export const zoekCommand: SubcommandHandler = ({ deps, args, today }) => {
  const query = args.trim();
  if (query.length < 2) return { text: T.searchMissing };
  const found = listItems(deps.db, { search: query.slice(0, 200), limit: MAX_RESULTS + 1 });
  const shownQuery = escapeMrkdwn(truncate(query, 80));
  if (found.length === 0) return { text: T.noResults(shownQuery) };
  const shown = found.slice(0, MAX_RESULTS);
  const header = found.length > MAX_RESULTS ? `${T.searchHeader(shownQuery, shown.length)} (de eerste ${MAX_RESULTS}; maak de zoekterm preciezer)` : T.searchHeader(shownQuery, shown.length);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: header } }];
  for (const item of shown) blocks.push({ type: 'divider' }, ...itemRow(item, { today }));
  return { text: header, blocks };
};
