// Kamerbrieven read from the Document feed (tk_letters) and the proposals made of them
// (letter_proposals): one row per letter and item, kept after a person answered it, so that a
// second sync proposes nothing twice and a rejected letter never comes back for that item.
import { and, asc, eq, gt, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { amsterdamDate } from '../clock.ts';
import { parseClosingReference } from '../domain/closing-reference.ts';
import { letterLink } from '../domain/kamerbrief/letter-link.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import type { Letter, MatchItem, MatchReason, MatchStrength } from '../domain/kamerbrief/types.ts';
import type { Item } from '../domain/items.ts';
import type { Db } from './db.ts';
import { statusIs } from './items.queries.ts';
import { auditLog, items, letterProposals, tkFeeds, tkLetters, tkRecords } from './schema.ts';

export interface StoredLetter {
  entityId: string;
  documentNummer: string | null;
  soort: string | null;
  titel: string | null;
  onderwerp: string | null;
  datum: IsoDate | null;
  dossierId: string | null;
  volgnummer: number | null;
  zaakIds: string[];
  actors: string[];
  bijgewerkt: string | null;
  deleted: boolean;
}

export type ProposalState = 'open' | 'done' | 'partly' | 'rejected';

export interface Proposal {
  id: number;
  itemId: number;
  letterId: string;
  documentNummer: string | null;
  strength: MatchStrength;
  reasons: MatchReason[];
  state: ProposalState;
  decidedBy: string | null;
  decidedAt: number | null;
  createdAt: number;
  letter: StoredLetter | null;
}

function parseList(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function toLetter(row: typeof tkLetters.$inferSelect): StoredLetter {
  return {
    entityId: row.entityId,
    documentNummer: row.documentNummer,
    soort: row.soort,
    titel: row.titel,
    onderwerp: row.onderwerp,
    datum: row.datum,
    dossierId: row.dossierId,
    volgnummer: row.volgnummer,
    zaakIds: parseList(row.zaakIds),
    actors: parseList(row.actors),
    bijgewerkt: row.bijgewerkt,
    deleted: row.deleted,
  };
}

export function getLetter(db: Db, entityId: string): StoredLetter | null {
  const row = db.select().from(tkLetters).where(eq(tkLetters.entityId, entityId)).get();
  return row ? toLetter(row) : null;
}

/**
 * Stored letters (not deleted) kept before `storedBefore` (ms) and dated on or after `datedFrom`,
 * `chunk` at a time in storage order: a re-match reads the archive without holding it all.
 */
export function* storedLetters(db: Db, filter: { storedBefore: number; datedFrom: IsoDate }, chunk = 1000): Generator<StoredLetter> {
  let after = 0;
  for (;;) {
    const rows = db
      .select({ rowid: sql<number>`rowid`, letter: tkLetters })
      .from(tkLetters)
      .where(and(gt(sql`rowid`, after), eq(tkLetters.deleted, false), lt(tkLetters.updatedAt, filter.storedBefore), gte(tkLetters.datum, filter.datedFrom)))
      .orderBy(sql`rowid`)
      .limit(chunk)
      .all();
    for (const row of rows) yield toLetter(row.letter);
    if (rows.length < chunk) return;
    after = rows[rows.length - 1]?.rowid ?? after;
  }
}

/** The Document feed's watermark (tk_feeds.letters_matched_at); null before the first run. */
export function getLettersMatchedAt(db: Db): number | null {
  return db.select({ at: tkFeeds.lettersMatchedAt }).from(tkFeeds).where(eq(tkFeeds.category, 'Document')).get()?.at ?? null;
}

export function setLettersMatchedAt(db: Db, at: number): void {
  db.insert(tkFeeds)
    .values({ category: 'Document', cursor: null, pages: 0, lettersMatchedAt: at, updatedAt: at })
    .onConflictDoUpdate({ target: tkFeeds.category, set: { lettersMatchedAt: at } })
    .run();
}

/** Ids of the open items added on or after `since` (ms): by hand, in Slack, by an import or the sync. */
export function openItemIdsAddedSince(db: Db, since: number): number[] {
  return db
    .select({ id: items.id })
    .from(items)
    .where(and(statusIs('open'), gte(items.createdAt, since)))
    .all()
    .map((r) => r.id);
}

export function upsertLetter(db: Db, letter: StoredLetter, now: number): void {
  const values = {
    ...letter,
    zaakIds: JSON.stringify(letter.zaakIds),
    actors: JSON.stringify(letter.actors),
    updatedAt: now,
  };
  db.insert(tkLetters).values(values).onConflictDoUpdate({ target: tkLetters.entityId, set: values }).run();
}

/**
 * Stores a proposal unless one exists for this letter and item (whatever its state): nothing is
 * proposed twice, and a rejection stays a rejection. Returns whether it was new.
 */
export function insertProposal(db: Db, p: { itemId: number; letterId: string; documentNummer: string | null; strength: MatchStrength; reasons: readonly MatchReason[] }, now: number): boolean {
  const result = db
    .insert(letterProposals)
    .values({ itemId: p.itemId, letterId: p.letterId, documentNummer: p.documentNummer, strength: p.strength, reasons: JSON.stringify(p.reasons), createdAt: now })
    .onConflictDoNothing()
    .run();
  return result.changes > 0;
}

function toProposal(row: typeof letterProposals.$inferSelect, letter: StoredLetter | null): Proposal {
  return {
    id: row.id,
    itemId: row.itemId,
    letterId: row.letterId,
    documentNummer: row.documentNummer,
    strength: row.strength,
    reasons: JSON.parse(row.reasons) as MatchReason[],
    state: row.state,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    letter,
  };
}

/** Proposals with their letter; by default the open ones, strongest and oldest first. */
export function listProposals(db: Db, filter: { state?: ProposalState; itemIds?: readonly number[] } = { state: 'open' }): Proposal[] {
  const conditions = [];
  if (filter.state) conditions.push(eq(letterProposals.state, filter.state));
  if (filter.itemIds) {
    if (filter.itemIds.length === 0) return [];
    conditions.push(inArray(letterProposals.itemId, [...filter.itemIds]));
  }
  const rows = db
    .select()
    .from(letterProposals)
    .leftJoin(tkLetters, eq(tkLetters.entityId, letterProposals.letterId))
    .where(and(...conditions))
    .orderBy(sql`CASE ${letterProposals.strength} WHEN 'zeker' THEN 0 WHEN 'waarschijnlijk' THEN 1 ELSE 2 END`, asc(letterProposals.id))
    .all();
  return rows.map((r) => toProposal(r.letter_proposals, r.tk_letters ? toLetter(r.tk_letters) : null));
}

export function getProposal(db: Db, id: number): Proposal | null {
  const row = db.select().from(letterProposals).leftJoin(tkLetters, eq(tkLetters.entityId, letterProposals.letterId)).where(eq(letterProposals.id, id)).get();
  return row ? toProposal(row.letter_proposals, row.tk_letters ? toLetter(row.tk_letters) : null) : null;
}

/** Records a person's answer; only an open proposal can be answered (false: it was answered already). */
export function decideProposal(db: Db, id: number, state: Exclude<ProposalState, 'open'>, by: string, now: number): boolean {
  const result = db
    .update(letterProposals)
    .set({ state, decidedBy: by, decidedAt: now })
    .where(and(eq(letterProposals.id, id), eq(letterProposals.state, 'open')))
    .run();
  return result.changes > 0;
}

export function countOpenProposals(db: Db, itemIds?: readonly number[]): number {
  return listProposals(db, { state: 'open', ...(itemIds ? { itemIds } : {}) }).length;
}

/** A stored letter as the matcher reads it; the dossier and zaak numbers from the records the sync keeps. */
export function letterForMatching(db: Db, letter: StoredLetter): Letter {
  const dossier = letter.dossierId ? db.select().from(tkRecords).where(eq(tkRecords.entityId, letter.dossierId)).get() : undefined;
  const dossierData = dossier ? (JSON.parse(dossier.data) as { nummer?: string | null; toevoeging?: string | null }) : null;
  const zaken = letter.zaakIds.length > 0 ? db.select().from(tkRecords).where(inArray(tkRecords.entityId, letter.zaakIds)).all() : [];
  return {
    id: letter.entityId,
    documentNummer: letter.documentNummer,
    soort: letter.soort,
    onderwerp: letter.onderwerp ?? '',
    titel: letter.titel,
    datum: letter.datum,
    dossier: dossierData?.nummer ? `${dossierData.nummer}${dossierData.toevoeging ? `-${dossierData.toevoeging}` : ''}` : null,
    volgnummer: letter.volgnummer,
    zaakNummers: zaken.map((z) => (JSON.parse(z.data) as { nummer?: unknown }).nummer).filter((n): n is string => typeof n === 'string'),
    actors: letter.actors,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Since when each item exists for motiebot, when the Kamer's own record does not say: the date of
 * the overview it was imported from (its create entry's documentDate: the document lists it, so it
 * existed then), else the day it was added (by hand, in Slack, from triage). Never later than the
 * day it was added.
 */
function ownSince(db: Db, openItems: readonly Item[]): Map<number, IsoDate> {
  const since = new Map<number, IsoDate>();
  for (const item of openItems) since.set(item.id, amsterdamDate(item.createdAt));
  const ids = openItems.map((i) => i.id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db
      .select({ itemId: auditLog.itemId, context: auditLog.context })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'create'), inArray(auditLog.itemId, ids.slice(i, i + 500))))
      .all();
    for (const row of rows) {
      if (row.itemId === null || !row.context) continue;
      const { documentDate } = JSON.parse(row.context) as { documentDate?: unknown };
      const added = since.get(row.itemId);
      if (typeof documentDate === 'string' && ISO_DATE.test(documentDate) && added && documentDate < added) since.set(row.itemId, documentDate);
    }
  }
  return since;
}

/**
 * Open items as the matcher reads them: since when they exist and the register's own letters. A
 * Tweede Kamer item exists since its record's aanmaakdatum (toezegging) or gestartOp (motie); any
 * other item since the overview it was imported from or the day it was added (ownSince), so a first
 * Document sync does not propose years of earlier letters for it.
 */
export function itemsForMatching(db: Db, openItems: readonly Item[]): MatchItem[] {
  const origin = new Map<number, { since: IsoDate | null; registerLetters: string[] }>();
  const ids = openItems.map((i) => i.id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = db.select().from(tkRecords).where(and(isNotNull(tkRecords.itemId), inArray(tkRecords.itemId, ids.slice(i, i + 500)))).all();
    for (const row of rows) {
      if (row.itemId === null) continue;
      const data = JSON.parse(row.data) as { aanmaakdatum?: unknown; gestartOp?: unknown; kamerbriefNakoming?: unknown };
      const raw = typeof data.aanmaakdatum === 'string' ? data.aanmaakdatum : typeof data.gestartOp === 'string' ? data.gestartOp : null;
      const since = raw && ISO_DATE.test(raw.slice(0, 10)) ? raw.slice(0, 10) : null;
      const letters = Array.isArray(data.kamerbriefNakoming) ? data.kamerbriefNakoming.filter((x): x is string => typeof x === 'string') : [];
      origin.set(row.itemId, { since, registerLetters: letters });
    }
  }
  const own = ownSince(db, openItems.filter((item) => !origin.get(item.id)?.since));
  return openItems.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    text: item.text,
    submitters: item.submitters,
    kamerstuk: item.kamerstuk ? { dossier: item.kamerstuk.dossier, number: item.kamerstuk.number } : null,
    reference: item.reference,
    since: origin.get(item.id)?.since ?? own.get(item.id) ?? null,
    registerLetters: origin.get(item.id)?.registerLetters ?? [],
  }));
}

/**
 * How a letter is stored as closing reference: its Kamerstuk ("36222-45") when the dossier it is
 * filed in is known, else a link to the document (`linkBase`: the SyncFeed base, "…/SyncFeed/2.0").
 */
export function letterReference(db: Db, proposal: Pick<Proposal, 'letterId' | 'letter'>, linkBase?: string): string {
  const letter = proposal.letter;
  if (letter) {
    const read = letterForMatching(db, letter);
    if (read.dossier && letter.volgnummer !== null && letter.volgnummer > 0) {
      const parsed = parseClosingReference(`${read.dossier}-${String(letter.volgnummer)}`);
      if (parsed.ok) return parsed.stored;
    }
  }
  return letterLink(proposal.letterId, linkBase);
}

