import { buildSearchQuery } from '../../../domain/search-query.ts';
import { listItems } from '../../../store/items.queries.ts';
import { buildSearchResults, SEARCH_MAX_RESULTS } from '../../blocks/search.ts';
import { rowPermission } from '../../permission.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { SubcommandHandler } from './types.ts';

/** `/motie zoek <tekst>`: full-text search, Kamerstukken in any spelling. */
export const zoekCommand: SubcommandHandler = ({ deps, command, args, today }) => {
  const query = args.trim().slice(0, 200);
  if (query.length < 2) return { text: T.searchMissing };
  if (!buildSearchQuery(query).ok) return { text: T.searchTooShort };
  const found = listItems(deps.db, { search: query, limit: SEARCH_MAX_RESULTS + 1 });
  return buildSearchResults(query, found, today, rowPermission(deps, command.user_id, command.channel_id));
};
