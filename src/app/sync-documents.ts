// The Document feed in `motie sync tk` (TK_SYNC_DOCUMENTEN): keep the letters of soort "Brief
// regering" and propose each new letter for the open items it may answer (src/domain/kamerbrief).
// A proposal never closes anything: a person answers it in Slack. One page, its proposals and the
// cursor after it are one transaction, as for the other feeds.
import type { FeedEntry } from '../adapters/tk/parse-feed.ts';
import { readDocument } from '../adapters/tk/read-document.ts';
import { matchLetter } from '../domain/kamerbrief/match-letter.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import type { LetterMatch, MatchItem } from '../domain/kamerbrief/types.ts';
import { inTransaction, type Db } from '../store/db.ts';
import { listItems } from '../store/items.queries.ts';
import {
  getLetter,
  getLettersMatchedAt,
  insertProposal,
  itemsForMatching,
  letterForMatching,
  openItemIdsAddedSince,
  setLettersMatchedAt,
  storedLetters,
  upsertLetter,
  type StoredLetter,
} from '../store/letters.queries.ts';
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

/**
 * Matches the letters stored before this run's Document pages (`startedAt`) against the open items
 * added since the previous run's: an item added or imported after its letter was read gets its
 * proposals too, under the same rules (never a letter from before the item existed: for a Tweede
 * Kamer item its aanmaakdatum, for an imported one the overview's date, else the day it was added).
 * Letters stored in this run were matched against every item there was. The matching reads outside
 * any write transaction; the proposals and the watermark are written together. The first run only
 * sets the watermark (its pages met every item). Returns the number of new proposals.
 */
export function matchStoredLetters(db: Db, startedAt: number, now: number): number {
  const watermark = getLettersMatchedAt(db);
  const ids = watermark === null ? [] : openItemIdsAddedSince(db, watermark);
  const found: { itemId: number; letter: StoredLetter; match: LetterMatch }[] = [];
  if (ids.length > 0) {
    const items = itemsForMatching(db, listItems(db, { status: 'open', ids }));
    const datedFrom = items.map((i) => i.since).filter((d): d is IsoDate => d !== null).sort()[0];
    if (datedFrom) {
      for (const letter of storedLetters(db, { storedBefore: startedAt, datedFrom })) {
        for (const match of matchLetter(letterForMatching(db, letter), items)) found.push({ itemId: match.itemId, letter, match });
      }
    }
  }
  return inTransaction(db, () => {
    let proposals = 0;
    for (const { letter, match } of found) {
      if (insertProposal(db, { itemId: match.itemId, letterId: letter.entityId, documentNummer: letter.documentNummer, strength: match.strength, reasons: match.reasons }, now)) proposals += 1;
    }
    setLettersMatchedAt(db, startedAt);
    return proposals;
  });
}
