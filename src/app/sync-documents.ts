// The Document feed in `motie sync tk` (TK_SYNC_DOCUMENTEN): keep the letters of soort "Brief
// regering" and propose each new letter for the open items it may answer (src/domain/kamerbrief).
// A proposal never closes anything: a person answers it in Slack. Each letter and its proposals
// are one transaction, the cursor after the page another, as for the other feeds.
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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Open items read for the matcher per slice; the event loop runs between slices. */
const MATCH_ITEMS_SLICE = 500;

/**
 * Every open item as the matcher reads it, in slices with a turn of the event loop between them:
 * at 100,000 items (70,000 open) reading them takes seconds, once per page with a new letter.
 */
async function openItemsForMatching(db: Db): Promise<MatchItem[]> {
  // Every open item: added at any time.
  const ids = openItemIdsAddedSince(db, Number.MIN_SAFE_INTEGER);
  const all: MatchItem[] = [];
  for (let i = 0; i < ids.length; i += MATCH_ITEMS_SLICE) {
    for (const item of itemsForMatching(db, listItems(db, { status: 'open', ids: ids.slice(i, i + MATCH_ITEMS_SLICE) }))) all.push(item);
    await nextTurn();
  }
  return all;
}

/** The letter as it is to be stored from this entry, or null when it is not kept or not newer than the stored one. */
function letterToStore(db: Db, doc: ReturnType<typeof readDocument>, updated: string | null): StoredLetter | null {
  const previous = getLetter(db, doc.id);
  if (!previous && (doc.deleted || !LETTER_SOORT.test(doc.soort?.trim() ?? ''))) return null;
  const version = doc.bijgewerkt ?? updated;
  if (previous?.deleted === doc.deleted && !isNewer(version, previous.bijgewerkt)) return null;
  return doc.deleted && previous
    ? { ...previous, deleted: true, bijgewerkt: version }
    : { entityId: doc.id, documentNummer: doc.documentNummer, soort: doc.soort, titel: doc.titel, onderwerp: doc.onderwerp, datum: doc.datum, dossierId: doc.dossierId, volgnummer: doc.volgnummer, zaakIds: doc.zaakIds, actors: previous?.actors ?? [], bijgewerkt: version, deleted: doc.deleted };
}

/**
 * Applies one page of the Document feed, then the cursor after it. Each letter and its proposals
 * are one transaction, and the event loop runs before the next letter (issue 22.8); the open items
 * the letters are matched against are read before, in slices (openItemsForMatching). A run killed
 * within a page reads the page again from the old cursor: a letter already stored in that version
 * is skipped, with its proposals.
 */
export async function applyDocumentPage(db: Db, entries: readonly FeedEntry[], cursor: string, now: number): Promise<DocumentPageResult> {
  const result: DocumentPageResult = { entries: 0, letters: 0, proposals: 0 };
  let items: MatchItem[] | null = null;
  for (const entry of entries) {
    if (entry.entityName && entry.entityName.toLowerCase() !== 'document') continue;
    result.entries += 1;
    const doc = readDocument(entry.entityId, entry.entity);
    if (items === null && !doc.deleted && letterToStore(db, doc, entry.updated)) items = await openItemsForMatching(db);
    const written = inTransaction(db, (): { proposals: number } | null => {
      // Decided again inside the transaction: the check above only said whether to read the items.
      const stored = letterToStore(db, doc, entry.updated);
      if (!stored) return null;
      upsertLetter(db, stored, now);
      let proposals = 0;
      if (stored.deleted) return { proposals };
      // (Read here only if the letter changed between the two checks: not expected under the sync's lease.)
      items ??= itemsForMatching(db, listItems(db, { status: 'open' }));
      for (const match of matchLetter(letterForMatching(db, stored), items)) {
        if (insertProposal(db, { itemId: match.itemId, letterId: stored.entityId, documentNummer: stored.documentNummer, strength: match.strength, reasons: match.reasons }, now)) proposals += 1;
      }
      return { proposals };
    });
    if (written) {
      result.letters += 1;
      result.proposals += written.proposals;
      await nextTurn();
    }
  }
  inTransaction(db, () => {
    saveTkCursor(db, 'Document', cursor, now);
  });
  return result;
}

/**
 * Matches the letters stored before this run's Document pages (`startedAt`) against the open items
 * added since the previous run's: an item added or imported after its letter was read gets its
 * proposals too, under the same rules (never a letter from before the item existed: for a Tweede
 * Kamer item its aanmaakdatum, for an imported one the overview's date, else the day it was added).
 * Letters stored in this run were matched against every item there was. The matching reads outside
 * any write transaction; the proposals and the watermark are written together. The first run only
 * sets the watermark (its pages met every item). Returns the number of new proposals. The event
 * loop runs between letters.
 */
export async function matchStoredLetters(db: Db, startedAt: number, now: number): Promise<number> {
  const watermark = getLettersMatchedAt(db);
  const ids = watermark === null ? [] : openItemIdsAddedSince(db, watermark);
  const found: { itemId: number; letter: StoredLetter; match: LetterMatch }[] = [];
  if (ids.length > 0) {
    const items = itemsForMatching(db, listItems(db, { status: 'open', ids }));
    const datedFrom = items.map((i) => i.since).filter((d): d is IsoDate => d !== null).sort()[0];
    if (datedFrom) {
      for (const letter of storedLetters(db, { storedBefore: startedAt, datedFrom })) {
        for (const match of matchLetter(letterForMatching(db, letter), items)) found.push({ itemId: match.itemId, letter, match });
        // Every stored letter against the new items: the event loop runs between letters.
        await nextTurn();
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
