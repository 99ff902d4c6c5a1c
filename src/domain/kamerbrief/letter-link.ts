// A link a person can open for a Kamerbrief: the document itself at the Tweede Kamer's open-data
// service (SyncFeed /Resources/<id>, TK-OPEN-DATA.md).

export const DEFAULT_LINK_BASE = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

export function letterLink(letterId: string, linkBase = DEFAULT_LINK_BASE): string {
  return `${linkBase.replace(/\/+$/, '')}/Resources/${encodeURIComponent(letterId)}`;
}
