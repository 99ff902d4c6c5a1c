import { listItems } from '../../../store/items.queries.ts';
import { buildSearchResults, SEARCH_MAX_RESULTS } from '../../blocks/search.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';

/** `/motie zoek <tekst>` */
export const zoekCommand: SubcommandHandler = ({ deps, args, today }) => {
  const query = args.trim();
  if (query.length < 2) return { text: T.searchMissing };
  const found = listItems(deps.db, { search: query.slice(0, 200), limit: SEARCH_MAX_RESULTS + 1 });
  return buildSearchResults(query, found, today);
};
