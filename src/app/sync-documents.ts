// The Document feed in `motie sync tk` (TK_SYNC_DOCUMENTEN): keep the letters of soort "Brief
// regering" and propose each new letter for the open items it may answer (src/domain/kamerbrief).
// A proposal never closes anything: a person answers it in Slack. One page, its proposals and the
// cursor after it are one transaction, as for the other feeds.
import type { FeedEntry } from '../adapters/tk/parse-feed.ts';
import { readDocument } from '../adapters/tk/read-document.ts';
import { matchLetter } from '../domain/kamerbrief/match-letter.ts';
import type { MatchItem } from '../domain/kamerbrief/types.ts';
import { inTransaction, type Db } from '../store/db.ts';
import { listItems } from '../store/items.queries.ts';
import { getLetter, insertProposal, itemsForMatching, letterForMatching, upsertLetter } from '../store/letters.queries.ts';
import { saveTkCursor } from '../store/tk.queries.ts';

/** The letters motiebot keeps of the Document feed (the rest of the feed is skipped). */
const LETTER_SOORT = /^brief regering$/i;

export interface DocumentPageResult {
  entries: number;
  letters: number;
  proposals: number;
}

function isNewer(incoming: string | null, stored: string | null): boolean {
  if (stored === null) return true;
  if (incoming === null) return false;
  const ms = (v: string) => Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`);
  return ms(incoming) > ms(stored);
}

/** Applies one page of the Document feed and the cursor after it, in one transaction. */
export function applyDocumentPage(db: Db, entries: readonly FeedEntry[], cursor: string, now: number): DocumentPageResult {
  return inTransaction(db, () => {
    const result: DocumentPageResult = { entries: 0, letters: 0, proposals: 0 };
    let items: MatchItem[] | null = null;
    for (const entry of entries) {
      if (entry.entityName && entry.entityName.toLowerCase() !== 'document') continue;
      result.entries += 1;
      const doc = readDocument(entry.entityId, entry.entity);
      const previous = getLetter(db, doc.id);
      if (!previous && (doc.deleted || !LETTER_SOORT.test(doc.soort?.trim() ?? ''))) continue;
      const version = doc.bijgewerkt ?? entry.updated;
      if (previous?.deleted === doc.deleted && !isNewer(version, previous.bijgewerkt)) continue;
      const stored = doc.deleted && previous
        ? { ...previous, deleted: true, bijgewerkt: version }
        : { entityId: doc.id, documentNummer: doc.documentNummer, soort: doc.soort, titel: doc.titel, onderwerp: doc.onderwerp, datum: doc.datum, dossierId: doc.dossierId, volgnummer: doc.volgnummer, zaakIds: doc.zaakIds, actors: previous?.actors ?? [], bijgewerkt: version, deleted: doc.deleted };
      upsertLetter(db, stored, now);
      result.letters += 1;
      if (stored.deleted) continue;
      items ??= itemsForMatching(db, listItems(db, { status: 'open' }));
      for (const match of matchLetter(letterForMatching(db, stored), items)) {
        if (insertProposal(db, { itemId: match.itemId, letterId: stored.entityId, documentNummer: stored.documentNummer, strength: match.strength, reasons: match.reasons }, now)) {
          result.proposals += 1;
        }
      }
    }
    saveTkCursor(db, 'Document', cursor, now);
    return result;
  });
}
