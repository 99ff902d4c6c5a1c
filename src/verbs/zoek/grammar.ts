// `zoek herstelrecht`, `zoek 34843, nr. 79`: read once for Slack and the CLI. At most 200
// characters are searched; fewer than 2 is no search, and a search the index cannot run (a word
// under 3 letters) is refused before anything is read.
import { buildSearchQuery } from '../../domain/search-query.ts';

export type ZoekArgs = { ok: true; query: string } | { ok: false; code: 'SEARCH_MISSING' | 'SEARCH_TOO_SHORT' };

const MAX_QUERY = 200;

export function readZoek(text: string): ZoekArgs {
  const query = text.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
  if (query.length < 2) return { ok: false, code: 'SEARCH_MISSING' };
  if (!buildSearchQuery(query).ok) return { ok: false, code: 'SEARCH_TOO_SHORT' };
  return { ok: true, query };
}
