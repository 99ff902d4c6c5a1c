// `/motie zoek <tekst>`: full-text search, Kamerstukken in any spelling; at most ten rows.
import { buildSearchResults, SEARCH_MAX_RESULTS } from '../../slack/blocks/search.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { rowPermission } from '../../slack/permission.ts';
import { listItems } from '../../store/items.queries.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { readZoek } from './grammar.ts';

export const zoekSlack: SubcommandHandler = ({ deps, command, args, today }) => {
  const typed = readZoek(args);
  if (!typed.ok) return { text: typed.code === 'SEARCH_MISSING' ? SLACK_TEXT.searchMissing : SLACK_TEXT.searchTooShort };
  const found = listItems(deps.db, { search: typed.query, limit: SEARCH_MAX_RESULTS + 1 });
  return buildSearchResults(typed.query, found, today, rowPermission(deps, command.user_id, command.channel_id));
};
