// A link a person can open for a Kamerbrief: the document itself at the Tweede Kamer's open-data
// service (SyncFeed /Resources/<id>, TK-OPEN-DATA.md).

export const DEFAULT_LINK_BASE = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0';

export function letterLink(letterId: string, linkBase = DEFAULT_LINK_BASE): string {
  return `${linkBase.replace(/\/+$/, '')}/Resources/${encodeURIComponent(letterId)}`;
}

/** Where tweedekamer.nl serves a document by its document number ("2025D21406"). */
export const TK_DOCUMENT_DOWNLOAD = 'https://www.tweedekamer.nl/downloads/document';

/**
 * A link a person can open for a document number as the toezeggingen register's kamerbriefNakoming
 * holds it ("2025D21406": year, "D", a serial). Anything else (an old Kamerstuk-style "36222-45")
 * has no such link: null.
 */
export function documentNumberLink(documentNummer: string): string | null {
  const nummer = documentNummer.trim();
  return /^\d{4}D\d{3,7}$/.test(nummer) ? `${TK_DOCUMENT_DOWNLOAD}?id=${nummer}` : null;
}
