// `/motie zoek <tekst>`: full-text search, Kamerstukken in any spelling; at most ten rows.
import { buildSearchResults, SEARCH_MAX_RESULTS } from '../../slack/blocks/search.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { rowPermission } from '../../slack/permission.ts';
import { readZoek } from './grammar.ts';
import { ZOEK_TEXT } from './texts.nl.ts';
import { findItems } from '../../app/read-items.ts';

export const zoekSlack: SubcommandHandler = ({ deps, command, args, today }) => {
  const typed = readZoek(args);
  if (!typed.ok) return { text: typed.code === 'SEARCH_MISSING' ? ZOEK_TEXT.slack.searchMissing : ZOEK_TEXT.slack.searchTooShort };
  const found = findItems(deps, { search: typed.query, limit: SEARCH_MAX_RESULTS + 1 });
  return buildSearchResults(typed.query, found, today, rowPermission(deps, command.user_id, command.channel_id));
};
