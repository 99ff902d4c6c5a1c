// `motie sync tk` and the TK_SYNC_CRON job: read the Tweede Kamer SyncFeed from the stored cursor,
// page by page, and bring the items in line with it. Each record is one short transaction with a
// turn of the event loop after it (a page never blocks the bot, issue 22.8); the cursor after a
// page is committed once all its records are, so a run killed within a page reads it again and
// skips the records it already applied (same version): nothing lost, nothing twice. The domain decides what a record does (src/domain/tk/); the adapter
// speaks HTTP and XML (src/adapters/tk/); this file only wires them to the store.
import { createHash } from 'node:crypto';
import { fetchFeedPage, fetchJson, fetchResource, originOf, type FeedClientOptions, type FetchFailure } from '../adapters/tk/syncfeed-client.ts';
import { readDocument } from '../adapters/tk/read-document.ts';
import { readResourceText } from '../adapters/tk/read-resource.ts';
import { isEntityId, readZaakDocuments, zaakDocumentsUrl } from '../adapters/tk/read-zaak-documents.ts';
import type { FeedEntry } from '../adapters/tk/parse-feed.ts';
import { readToezegging } from '../adapters/tk/read-toezegging.ts';
import { readActiviteit, readActiviteitActor, readAgendapunt, readBesluit, readHead, readKamerstukdossier, readZaak, readZaakActor } from '../adapters/tk/read-motie-parts.ts';
import { debateKey, isBewindspersoon, isDebateMeeting, readDebate, resolveDebate, type DebateActivity } from '../domain/tk/read-debate.ts';
import { mapMotie, needsDictum, type MotieActor, type MotieBesluit, type MotieDossier, type MotieZaak } from '../domain/tk/map-motie.ts';
import { amsterdamMidnight } from '../clock.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import type { Item } from '../domain/items.ts';
import { capRecord } from '../domain/tk/cap-record.ts';
import { readMotieDocument } from '../domain/tk/read-dictum.ts';
import { capText, ITEM_LIMITS } from '../domain/item-limits.ts';
import { mapToezegging } from '../domain/tk/map-toezegging.ts';
import { planRecord, TK_SOURCE, type PersonWrote, type TkConflict, type TkPlan } from '../domain/tk/plan-record.ts';
import type { RegisterStatus, TkItemDraft, TkMappingNote } from '../domain/tk/types.ts';
import { inTransaction, type Db } from '../store/db.ts';
import { insertItem, updateItemRow } from '../store/item-writes.ts';
import { getItem, lastChangeId, listAudit, withStatusTextOrigins, writeAudit } from '../store/items.queries.ts';
import { TK_AUDIT } from './tk-audit.ts';
import { silentLog, type Log } from '../log.ts';
import { newHolderId } from '../store/leases.queries.ts';
import { withLease, type HeldLease } from '../outbox/lease.ts';
import { findTkLinkedItem, getTkFeed, getTkRecord, listTkCandidates, listTkChildren, listTkRecordsInState, markTkCaughtUp, saveTkCursor, setTkRecordOutcome, upsertTkRecord, type TkRecordRow } from '../store/tk.queries.ts';
import { applyDocumentPage, matchStoredLetters } from './sync-documents.ts';

const TK_ACTOR = 'tk-sync';
const TK_LEASE = 'tk-sync';



export interface TkSyncDeps {
  db: Db;
  /** TK_SYNCFEED_URL, without a trailing slash. */
  baseUrl: string;
  /** TK_MINISTRIES. */
  scope: readonly string[];
  calendar?: ParliamentaryCalendar;
  now: () => Date;
  /** Pause between pages. */
  pageDelayMs: number;
  client?: Partial<FeedClientOptions>;
  /** Stop after this many pages (the rest follows in the next run); default DEFAULT_MAX_PAGES. */
  maxPages?: number;
  signal?: AbortSignal;
  logger?: Log;
  /** Told before each retry of a feed page that gave no answer (the CLI says it in Dutch). */
  onRetry?: (info: { attempt: number; waitMs: number }) => void;
  sleep?: (ms: number) => Promise<void>;
  leaseTtlMs?: number;
  /** Start from the beginning of the feed instead of the stored cursor. */
  fromStart?: boolean;
  /** Also read the motie feeds (TK_SYNC_MOTIES). */
  moties?: boolean;
  /** Also read the Document feed: Kamerbrieven proposed as fulfilment of items (TK_SYNC_DOCUMENTEN). */
  documenten?: boolean;
  /** Lease holder id (tests); default a random id per run (newHolderId). */
  holder?: string;
  /**
   * The text of a motie (its Document, from "De Kamer," on), when something has it; its dictum
   * feeds the routing and the title. The SyncFeed itself carries no text: without this the routing
   * reads the Onderwerp and the dossier only.
   */
  motieText?: (zaak: { id: string; nummer: string | null }) => string | null;
  /**
   * Motie files (a Document's /Resources link) read per run at most, for moties whose Onderwerp
   * names no request; default MAX_MOTIE_FILES_PER_RUN. The rest, and every file that failed, follow
   * in the next run.
   */
  maxMotieFiles?: number;
  /** A motie file's bytes → its text; default the document readers in the reading worker (read-resource.ts). */
  readResource?: (bytes: Uint8Array, contentType: string | null) => Promise<string | null>;
  /**
   * The OData base URL where, without the Document feed, a motie's Document is looked up through its
   * Zaak (`Zaak?$filter=Id eq …&$expand=Document`); default ODATA_PATH on TK_SYNCFEED_URL's origin.
   */
  odataUrl?: string;
}

export interface TkItemChange {
  itemId: number;
  reference: string | null;
  action: 'created' | 'updated' | 'lapsed' | 'closed';
  fields: string[];
}

/**
 * Why a run stopped before it caught up, or was skipped (src/texts/tk-sync.nl.ts words it).
 * TK_SYNC_FEED_FAILED: the SyncFeed client's failure.
 */
export type TkSyncStop =
  | { code: 'TK_SYNC_BUSY' }
  | { code: 'TK_SYNC_ABORTED' }
  | { code: 'TK_SYNC_PAGE_LIMIT'; pages: number }
  | { code: 'TK_SYNC_FEED_FAILED'; failure: FetchFailure }
  | { code: 'TK_SYNC_LEASE_LOST' }
  | { code: 'TK_SYNC_LOOP'; url: string }
  /** A next link (or the stored cursor) outside TK_SYNCFEED_URL's origin: not followed, not stored. */
  | { code: 'TK_SYNC_OFF_ORIGIN'; url: string }
  /** This many empty pages in a row, none saying rel="resume". */
  | { code: 'TK_SYNC_EMPTY_PAGES'; pages: number }
  /** A page with entries but no link to go on with, and no rel="resume". */
  | { code: 'TK_SYNC_NO_NEXT'; url: string };

/** Pages one run reads at most (all feeds together) unless told otherwise; the next run resumes from the cursor. */
export const DEFAULT_MAX_PAGES = 4000;
/** Empty pages in a row (each with a next link, none with rel="resume") after which a run stops. */
export const MAX_EMPTY_PAGES = 25;

export interface TkSyncReport {
  status: 'done' | 'incomplete' | 'skipped' | 'failed';
  /** Why the run stopped early, failed or was skipped; null when it ran to the end. */
  stop: TkSyncStop | null;
  firstSync: boolean;
  caughtUp: boolean;
  pages: number;
  entries: number;
  created: number;
  updated: number;
  unchanged: number;
  lapsed: number;
  closed: number;
  triage: number;
  outOfScope: number;
  conflicts: TkConflict[];
  changes: TkItemChange[];
  notes: TkMappingNote[];
  /** Kamerbrieven read from the Document feed (new or changed), and the proposals made of them. */
  letters: number;
  proposals: number;
  /**
   * Motie files fetched for their dictum: read as a motie, not a motie text, failed (tried again next
   * run), given up (failed MAX_MOTIE_FILE_ATTEMPTS times); `lookedUp`: moties whose Document was looked up
   * through their Zaak (without the Document feed), `lookedUpAgain`: of those, lookups asked again because an
   * earlier answer held no motie Document, `lookupFailed`: such lookups that failed.
   */
  motieFiles: { read: number; notMotie: number; failed: number; gaveUp: number; lookedUp: number; lookedUpAgain: number; lookupFailed: number };
}

function emptyReport(): TkSyncReport {
  return {
    status: 'done',
    stop: null,
    firstSync: false,
    caughtUp: false,
    pages: 0,
    entries: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    lapsed: 0,
    closed: 0,
    triage: 0,
    outOfScope: 0,
    conflicts: [],
    changes: [],
    notes: [],
    letters: 0,
    proposals: 0,
    motieFiles: { read: 0, notMotie: 0, failed: 0, gaveUp: 0, lookedUp: 0, lookedUpAgain: 0, lookupFailed: 0 },
  };
}

/** The first page of a category's feed. */
export function feedStartUrl(baseUrl: string, category: string): string {
  return `${baseUrl}/Feed?category=${encodeURIComponent(category)}`;
}

/** Milliseconds of a `bijgewerkt` (a value without a zone is read as UTC: only versions of one entity are compared). */
function versionMs(value: string | null): number | null {
  if (!value) return null;
  const v = value.trim();
  const ms = Date.parse(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** Whether `incoming` is a newer version than `stored` (unknown versions count as newer only when nothing was stored). */
function isNewerVersion(incoming: string | null, stored: string | null): boolean {
  const a = versionMs(incoming);
  const b = versionMs(stored);
  if (b === null) return true;
  if (a === null) return false;
  return a > b;
}

/** An item as the sync compares it: with who wrote its stand van zaken (a person's text stays). */
function getSyncedItem(db: Db, id: number): Item | null {
  const item = getItem(db, id);
  return item ? (withStatusTextOrigins(db, [item])[0] ?? null) : null;
}

interface PageContext {
  firstSync: boolean;
  now: number;
  report: TkSyncReport;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lets the event loop run (Slack requests, /healthz) between two records: a page never holds it for long (issue 22.8). */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The items the sync may match a record to, read once per page and again only when someone else
 * changed an item in between (the audit log grew past the sync's own last write).
 */
class CandidatePool {
  private items: Item[] | null = null;
  private seen = -1;
  constructor(private readonly db: Db, private readonly kind: 'toezegging' | 'motie') {}

  /** Inside a record's transaction: the current candidates. */
  get(): Item[] {
    if (this.items === null || lastChangeId(this.db) !== this.seen) this.items = listTkCandidates(this.db, this.kind);
    return this.items;
  }

  /** Inside a record's transaction, after its writes: `linked` is no candidate any more. */
  settle(linked: number | null): void {
    if (this.items !== null && linked !== null) this.items = this.items.filter((c) => c.id !== linked);
    this.seen = lastChangeId(this.db);
  }
}

/** An item already linked to another record with this nummer: two register entries with one nummer are one item (issue 22.18). */
function itemOfReference(db: Db, kind: 'toezegging' | 'motie', reference: string | null): Item | null {
  const id = reference ? findTkLinkedItem(db, kind, reference) : null;
  return id === null ? null : getSyncedItem(db, id);
}

/**
 * Applies the toezegging entries of one page, each record in its own transaction with a turn of
 * the event loop after it, then the cursor after the page. A run killed within a page reads the
 * page again; the records it already applied are unchanged versions then (skipped): nothing lost,
 * nothing twice.
 */
async function applyToezeggingPage(deps: TkSyncDeps, entries: readonly FeedEntry[], cursor: string | null, ctx: PageContext): Promise<void> {
  const { db } = deps;
  const pool = new CandidatePool(db, 'toezegging');
  for (const entry of entries) {
    if (entry.entityName && entry.entityName.toLowerCase() !== 'toezegging') continue;
    inTransaction(db, () => {
      ctx.report.entries += 1;
      const read = readToezegging(entry.entityId, entry.entity);
      const { record, notes } = capRecord(read, read.id, read.nummer?.trim() ?? null);
      ctx.report.notes.push(...notes);
      const version = record.bijgewerkt ?? entry.updated;
      const previous = getTkRecord(db, record.id);
      if (previous?.deleted === record.deleted && !isNewerVersion(version, previous.bijgewerkt)) {
        ctx.report.unchanged += 1;
        return;
      }
      const mapped = record.deleted ? null : mapToezegging(record, deps.calendar ? { calendar: deps.calendar } : {});
      if (mapped) ctx.report.notes.push(...mapped.notes);
      const linked = previous?.itemId ? getSyncedItem(db, previous.itemId) : mapped ? itemOfReference(db, 'toezegging', mapped.draft.reference) : null;
      const candidates = !linked && mapped ? pool.get() : [];
      // The title and text the register gave the item last time: what differs from them now a person wrote.
      const written = previous?.itemId && linked?.id === previous.itemId ? (previous.data.written as Written | undefined) : undefined;
      const plan = planRecord({
        draft: mapped?.draft ?? null,
        linked,
        previousStatus: (previous?.data.registerStatus as RegisterStatus | undefined) ?? null,
        candidates,
        scope: deps.scope,
        personWrote: linked && written ? personWrote(deps.db, linked, written) : null,
      });
      const itemId = applyPlan(deps, plan, mapped?.draft ?? null, linked, candidates, ctx);
      if (plan.action === 'triage' && previous?.triage !== 'pending') ctx.report.triage += 1;
      upsertTkRecord(db, {
        entityId: record.id,
        category: 'toezegging',
        bijgewerkt: version,
        deleted: record.deleted,
        parentId: null,
        data: {
          ...record,
          registerStatus: mapped?.draft.registerStatus ?? previous?.data.registerStatus ?? null,
          reference: mapped?.draft.reference ?? previous?.data.reference ?? null,
          written: mapped ? writtenOf(mapped.draft) : (previous?.data.written ?? null),
          // Kept for triage: the item a person's codes turn it into.
          ...(plan.action === 'triage' && mapped ? { draft: mapped.draft } : {}),
        },
        itemId: itemId ?? previous?.itemId ?? linked?.id ?? null,
        ministryRule: mapped?.draft.ministry?.explanation ?? previous?.ministryRule ?? null,
        triage: plan.action === 'triage' ? (previous?.triage ?? 'pending') : (previous?.triage ?? null),
        updatedAt: ctx.now,
      });
      pool.settle(itemId);
    });
    await yieldToLoop();
  }
  inTransaction(db, () => { saveTkCursor(db, 'Toezegging', cursor, ctx.now); });
}

const CATEGORY_OF: Record<(typeof MOTIE_CATEGORIES)[number], string> = {
  Activiteit: 'activiteit',
  ActiviteitActor: 'activiteitActor',
  Agendapunt: 'agendapunt',
  Kamerstukdossier: 'kamerstukdossier',
  Zaak: 'zaak',
  ZaakActor: 'zaakActor',
  Besluit: 'besluit',
};

/** Activities hang off their debate's folded name, so a motie's debate finds them (read-debate.ts). */
const debateParent = (key: string) => `debat:${key}`;

/**
 * One page of a motie feed: keep what moties are made of (dossiers, motie zaken, their actors and
 * votes), then bring the items of the moties this page touched in line. Each record and each
 * motie is its own transaction with a turn of the event loop after it; the cursor follows once
 * the whole page is applied. A page read again (a run killed within it) counts its stored
 * records as touched, so their moties are brought in line even though the records are unchanged.
 */
async function applyMotiePage(deps: TkSyncDeps, feedCategory: (typeof MOTIE_CATEGORIES)[number], entries: readonly FeedEntry[], cursor: string, ctx: PageContext): Promise<void> {
  const { db } = deps;
  const category = CATEGORY_OF[feedCategory];
  const dirty = new Set<string>();
  for (const entry of entries) {
    if (entry.entityName && entry.entityName.toLowerCase() !== category.toLowerCase()) continue;
    inTransaction(db, () => { storeMotieRecord(deps, category, entry, dirty, ctx); });
    await yieldToLoop();
  }
  const pool = new CandidatePool(db, 'motie');
  for (const zaakId of dirty) {
    if (!zaakId) continue;
    inTransaction(db, () => {
      const itemId = materialiseMotie(deps, zaakId, () => pool.get(), ctx);
      pool.settle(itemId);
    });
    await yieldToLoop();
  }
  inTransaction(db, () => { saveTkCursor(db, feedCategory, cursor, ctx.now); });
}

/** Keeps one record of a motie feed; adds the motie zaak it touches to `dirty`. */
function storeMotieRecord(deps: TkSyncDeps, category: string, entry: FeedEntry, dirty: Set<string>, ctx: PageContext): void {
  const { db } = deps;
  const head = readHead(entry.entityId, entry.entity);
  const version = head.bijgewerkt ?? entry.updated;
  const previous = getTkRecord(db, head.id);
  if (previous?.deleted === head.deleted && !isNewerVersion(version, previous.bijgewerkt)) {
    // Already stored (this page is read again): its motie may not have been brought in line yet.
    dirty.add(category === 'zaak' ? head.id : (previous.parentId ?? ''));
    return;
  }
  const store = (parentId: string | null, data: object, reference: string | null) => {
    const capped = capRecord(data, head.id, reference);
    ctx.report.notes.push(...capped.notes);
    upsertTkRecord(db, {
      entityId: head.id,
      category,
      bijgewerkt: version,
      deleted: head.deleted,
      parentId,
      data: capped.record as Record<string, unknown>,
      itemId: previous?.itemId ?? null,
      ministryRule: previous?.ministryRule ?? null,
      triage: previous?.triage ?? null,
      updatedAt: ctx.now,
    });
  };
  if (head.deleted) {
    if (!previous) return;
    store(previous.parentId, previous.data, null);
    dirty.add(category === 'zaak' ? head.id : (previous.parentId ?? ''));
    return;
  }
  ctx.report.entries += 1;
  if (category === 'kamerstukdossier') {
    store(null, { ...readKamerstukdossier(entry.entity) }, null);
  } else if (category === 'activiteit') {
    // Only committee meetings (a commissiedebat, notaoverleg, …) are kept: the feed holds every activity.
    const activiteit = readActiviteit(entry.entity);
    if (!isDebateMeeting(activiteit) && !previous) return;
    store(debateParent(debateKey(activiteit.onderwerp ?? '')), { ...activiteit }, null);
  } else if (category === 'activiteitActor') {
    // Only the bewindspersonen of a kept committee meeting: who answered in the debate.
    const actor = readActiviteitActor(entry.entity);
    const activiteit = actor.activiteitId ? getTkRecord(db, actor.activiteitId) : null;
    if ((activiteit?.category !== 'activiteit' || !isBewindspersoon(actor.functie)) && !previous) return;
    store(actor.activiteitId, { naam: actor.naam, functie: actor.functie, relatie: actor.relatie }, null);
  } else if (category === 'agendapunt') {
    // Only agendapunten that name the debate moties were submitted in ("Moties ingediend bij …").
    const agendapunt = readAgendapunt(entry.entity);
    if (!readDebate(agendapunt.onderwerp) && !previous) return;
    store(null, { ...agendapunt }, null);
  } else if (category === 'zaak') {
    const zaak = readZaak(entry.entityId, entry.entity);
    // Only moties are kept (the Zaak feed holds every kind of zaak).
    if (!/^motie$/i.test(zaak.soort ?? '') && !previous) return;
    store(zaak.dossierId, { ...zaak }, zaak.nummer);
    dirty.add(head.id);
  } else if (category === 'zaakActor') {
    const actor = readZaakActor(entry.entity);
    const zaak = actor.zaakId ? getTkRecord(db, actor.zaakId) : null;
    if (!actor.zaakId || zaak?.category !== 'zaak') return;
    store(actor.zaakId, { naam: actor.naam, fractie: actor.fractie, relatie: actor.relatie }, null);
    dirty.add(actor.zaakId);
  } else {
    const besluit = readBesluit(entry.entity);
    const zaakId = besluit.zaakIds.find((id) => getTkRecord(db, id)?.category === 'zaak');
    if (!zaakId) return;
    store(zaakId, { soort: besluit.soort, bijgewerkt: version, agendapuntId: besluit.agendapuntId }, null);
    dirty.add(zaakId);
  }
}

/** Brings the item of one motie in line with what is known of it; returns its item id (null: none). */
function materialiseMotie(deps: TkSyncDeps, zaakId: string, candidates: () => Item[], ctx: PageContext): number | null {
  const { db } = deps;
  const zaakRecord: TkRecordRow | null = getTkRecord(db, zaakId);
  if (zaakRecord?.category !== 'zaak') return null;
  const linked = zaakRecord.itemId ? getSyncedItem(db, zaakRecord.itemId) : null;
  if (zaakRecord.deleted) {
    if (!linked) return null;
    const plan = planRecord({ draft: null, linked, previousStatus: 'open', candidates: [], scope: deps.scope });
    return applyPlan(deps, plan, null, linked, [], ctx);
  }
  const dossier = zaakRecord.parentId ? getTkRecord(db, zaakRecord.parentId) : null;
  const zaak = zaakRecord.data as unknown as MotieZaak;
  const besluiten = listTkChildren(db, zaakId, 'besluit').map((r) => r.data as unknown as MotieBesluit & { agendapuntId?: string | null });
  const { adopted, draft, notes } = mapMotie(
    {
      zaak,
      text: deps.motieText?.({ id: zaak.id, nummer: zaak.nummer }) ?? motieFileText(db, zaakId),
      dossier: dossier && !dossier.deleted ? (dossier.data as unknown as MotieDossier) : null,
      actors: listTkChildren(db, zaakId, 'zaakActor').map((r) => r.data as unknown as MotieActor),
      besluiten,
      debate: debateOfMotie(db, besluiten, zaak.gestartOp),
    },
    { onlyIfAdopted: true, ...(deps.calendar ? { calendar: deps.calendar } : {}) },
  );
  ctx.report.notes.push(...notes);
  if (!adopted) {
    // Not (or not yet) adopted: no item; a pending triage entry waits for the vote.
    if (zaakRecord.triage === 'pending') setTkRecordOutcome(db, zaakId, { itemId: zaakRecord.itemId, ministryRule: null, triage: null }, ctx.now);
    return null;
  }
  // Without the Document feed, the file of an adopted motie whose title fell back to its number (the Onderwerp
  // names no request and no dictum was read) is found through its Zaak; also for moties stored before (`--opnieuw`).
  if (!deps.documenten && draft.titleFrom === 'nummer') queueDocumentLookup(db, zaakId, ctx.now);
  if (zaakRecord.triage === 'assigned' && zaakRecord.triageCodes) {
    draft.ministry = {
      responsible: zaakRecord.triageCodes.map((code) => ({ code, ministry: code.slice(1) })),
      rule: 'triage',
      explanation: `triage door ${zaakRecord.triageBy ?? 'onbekend'}`,
    };
  }
  const current = linked ?? itemOfReference(db, 'motie', draft.reference);
  const pool = current ? [] : candidates();
  // The title and text the register gave the item last time (its previous draft): what differs from them now a person wrote.
  const previous = zaakRecord.data.draft as Pick<TkItemDraft, 'title' | 'text'> | undefined;
  const plan = planRecord({ draft, linked: current, previousStatus: 'open', candidates: pool, scope: deps.scope, personWrote: linked && previous ? personWrote(db, linked, writtenOf(previous)) : null });
  const itemId = applyPlan(deps, plan, draft, current, pool, ctx);
  // Counted once, when the motie enters triage: a zaak is re-materialised by each page that touches it.
  if (plan.action === 'triage' && zaakRecord.triage !== 'pending') ctx.report.triage += 1;
  if (itemId !== null && plan.action !== 'create') keepMotieFacts(deps, itemId, draft, ctx);
  setTkRecordOutcome(
    db,
    zaakId,
    {
      itemId: itemId ?? zaakRecord.itemId ?? current?.id ?? null,
      ministryRule: draft.ministry?.explanation ?? null,
      triage: plan.action === 'triage' ? 'pending' : zaakRecord.triage === 'assigned' ? 'assigned' : null,
      data: { ...zaakRecord.data, draft },
    },
    ctx.now,
  );
  return itemId;
}

/** The debate a motie was submitted in (its votes' agendapunten), the committees of that debate's meeting and its bewindspersonen. */
function debateOfMotie(db: Db, besluiten: readonly { agendapuntId?: string | null }[], submitted: string | null): { name: string; committees: string[]; bewindspersonen: string[] } | null {
  const onderwerpen = besluiten.map((b) => {
    const agendapunt = b.agendapuntId ? getTkRecord(db, b.agendapuntId) : null;
    return agendapunt?.category === 'agendapunt' && !agendapunt.deleted ? ((agendapunt.data.onderwerp as string | null | undefined) ?? null) : null;
  });
  if (onderwerpen.every((o) => o === null)) return null;
  const activitiesOf = (key: string): DebateActivity[] =>
    listTkChildren(db, debateParent(key), 'activiteit').map((r) => ({
      ...(r.data as unknown as DebateActivity),
      bewindspersonen: listTkChildren(db, r.entityId, 'activiteitActor').map((a) => (a.data.functie as string | null | undefined) ?? ''),
    }));
  return resolveDebate(onderwerpen, activitiesOf, submitted);
}

/** The Kamer's termijn and the appreciation follow the register (audited like every change). */
function keepMotieFacts(deps: TkSyncDeps, itemId: number, draft: TkItemDraft, ctx: PageContext): void {
  const item = getItem(deps.db, itemId);
  if (!item) return;
  const patch = { kamerTermijn: draft.kamerTermijn ?? null, kabinetsappreciatie: draft.kabinetsappreciatie ?? null };
  if ((item.kamerTermijn ?? null) === patch.kamerTermijn && (item.kabinetsappreciatie ?? null) === patch.kabinetsappreciatie) return;
  updateItemRow(deps.db, item, patch, TK_ACTOR, ctx.now, { source: TK_SOURCE.motie, entity: draft.entityId, reference: draft.reference });
}

/** Carries out one record's plan; returns the item the record now belongs to (null: none). */
function applyPlan(
  deps: TkSyncDeps,
  plan: TkPlan,
  draft: TkItemDraft | null,
  linked: Item | null,
  candidates: readonly Item[],
  ctx: PageContext,
): number | null {
  const { db } = deps;
  const context = { source: draft ? TK_SOURCE[draft.kind] : 'tk', entity: draft?.entityId ?? null, reference: draft?.reference ?? null };
  switch (plan.action) {
    case 'skip':
      if (plan.reason === 'out-of-scope') ctx.report.outOfScope += 1;
      return null;
    case 'triage':
      return null;
    case 'create': {
      const d = plan.draft;
      const id = insertItem(
        db,
        {
          kind: d.kind,
          title: d.title,
          text: d.text,
          submitters: d.submitters,
          kamerstuk: d.kamerstuk,
          reference: d.reference,
          status: d.status,
          statusText: d.statusText,
          deadline: d.deadline,
          responsible: d.ministry?.responsible ?? [],
          sourceDocument: TK_SOURCE[d.kind],
          doneAt: d.status === 'done' ? (d.fulfilment.date ? amsterdamMidnight(d.fulfilment.date) : ctx.now) : null,
          kamerTermijn: d.kamerTermijn ?? null,
          kabinetsappreciatie: d.kabinetsappreciatie ?? null,
        },
        TK_ACTOR,
        ctx.now,
        context,
      );
      ctx.report.created += 1;
      ctx.report.changes.push({ itemId: id, reference: d.reference, action: 'created', fields: [] });
      if (!ctx.firstSync && d.status === 'open') {
        writeAudit(db, { itemId: id, actor: TK_ACTOR, at: ctx.now, action: TK_AUDIT.created, field: null, oldValue: null, newValue: d.reference, context });
      }
      return id;
    }
    case 'unchanged':
      ctx.report.unchanged += 1;
      ctx.report.conflicts.push(...plan.conflicts);
      return plan.itemId;
    case 'update': {
      const before = linked?.id === plan.itemId ? linked : (candidates.find((c) => c.id === plan.itemId) ?? getSyncedItem(db, plan.itemId));
      if (!before) throw new Error(`tk sync: item ${plan.itemId} disappeared`);
      updateItemRow(db, before, plan.patch, TK_ACTOR, ctx.now, context);
      ctx.report.conflicts.push(...plan.conflicts);
      const action = plan.patch.status === 'lapsed' ? 'lapsed' : plan.afgedaan ? 'closed' : 'updated';
      if (action === 'lapsed') ctx.report.lapsed += 1;
      else if (action === 'closed') ctx.report.closed += 1;
      else ctx.report.updated += 1;
      ctx.report.changes.push({ itemId: plan.itemId, reference: draft?.reference ?? before.reference, action, fields: plan.changed });
      if (plan.afgedaan && !ctx.firstSync) {
        writeAudit(db, {
          itemId: plan.itemId,
          actor: TK_ACTOR,
          at: ctx.now,
          action: TK_AUDIT.afgedaan,
          field: null,
          oldValue: null,
          newValue: JSON.stringify(draft?.fulfilment.kamerbrieven ?? []),
          context,
        });
      }
      return plan.itemId;
    }
  }
}

/**
 * Syncs the toezeggingen: from the stored cursor (or the start) until the feed says it is caught
 * up, maxPages is reached, the signal stops it, or the feed fails (then the cursor stays at the
 * last committed page and the next run continues there).
 */
export async function syncTk(deps: TkSyncDeps): Promise<TkSyncReport> {
  const report = emptyReport();
  // The sync renews the lease itself after every page (a holder is alive while it renews and gone
  // only when its lease expires: src/outbox/lease.ts).
  const run = await withLease(
    TK_LEASE,
    {
      db: deps.db,
      now: () => deps.now().getTime(),
      ttlMs: deps.leaseTtlMs ?? 10 * 60_000,
      holder: deps.holder ?? `tk:${newHolderId()}`,
      log: deps.logger ?? silentLog,
      renewFromTimer: false,
    },
    async (lease) => {
      await syncUnderLease(deps, report, lease);
      if (report.status === 'done') lease.completed();
    },
  );
  return run.taken ? report : { ...report, status: 'skipped', stop: { code: 'TK_SYNC_BUSY' } };
}

async function syncUnderLease(deps: TkSyncDeps, report: TkSyncReport, lease: HeldLease): Promise<void> {
  const first = (category: string) => !getTkFeed(deps.db, category)?.firstCompletedAt;
  report.firstSync = first('Toezegging');
  await syncCategory(deps, report, lease, 'Toezegging', (entries, cursor, ctx) => applyToezeggingPage(deps, entries, cursor, ctx), report.firstSync);
  if (deps.moties && report.status === 'done') {
    // The motie feeds count as one: channels hear about new moties once the feeds moties are made of
    // caught up once (the debate feeds, added later, do not make an installation's next run a first sync again).
    const motiesFirst = MOTIE_FEEDS.some(first);
    // On a first sync the debate feeds come first, so the bulk of moties is routed with them; after
    // that they come last: an installation that gains them keeps its moties current while their
    // history is read (a motie's committee meeting precedes its vote by weeks, so it is stored by then).
    const order = motiesFirst ? MOTIE_CATEGORIES : [...MOTIE_FEEDS, ...DEBATE_FEEDS];
    for (const category of order) {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- syncCategory sets report.status while it runs
      if (report.status !== 'done') break;
      await syncCategory(deps, report, lease, category, (entries, cursor, ctx) => applyMotiePage(deps, category, entries, cursor, ctx), motiesFirst);
    }
  }
  if (deps.documenten && report.status === 'done') {
    const startedAt = deps.now().getTime();
    await syncCategory(deps, report, lease, 'Document', async (entries, cursor, ctx) => {
      if (deps.moties) await keepMotieFiles(deps, entries, ctx);
      const page = await applyDocumentPage(deps.db, entries, cursor, ctx.now);
      report.entries += page.entries;
      report.letters += page.letters;
      report.proposals += page.proposals;
    }, first('Document'));
    // Letters read in earlier runs, against the items that appeared since (unless the run was stopped).
    if (!deps.signal?.aborted) report.proposals += await matchStoredLetters(deps.db, startedAt, deps.now().getTime());
  }
  // Whatever the feeds did: the files of moties without a request in their Onderwerp, a bounded
  // number per run (found in the Document feed, or without it through the motie's Zaak). A file that
  // fails is tried again next run, up to MAX_MOTIE_FILE_ATTEMPTS; nothing here stops the sync.
  if (deps.moties && !deps.documenten && !deps.signal?.aborted) await lookupMotieDocuments(deps, report, lease);
  if (deps.moties && !deps.signal?.aborted) await readMotieFiles(deps, report, lease);
}

type PageApplier = (entries: readonly FeedEntry[], cursor: string, ctx: PageContext) => void | Promise<void>;

/** The feeds moties are made of, a zaak before its actors and votes. */
const MOTIE_FEEDS = ['Kamerstukdossier', 'Zaak', 'ZaakActor', 'Besluit'] as const;
/** The feeds that add routing evidence: the committee meetings, their bewindspersonen, and the vote agendapunten that name a motie's debate. */
const DEBATE_FEEDS = ['Activiteit', 'ActiviteitActor', 'Agendapunt'] as const;
/** All motie feeds, in the order a first sync reads them. */
const MOTIE_CATEGORIES = [...DEBATE_FEEDS, ...MOTIE_FEEDS] as const;

/**
 * Reads one feed from its cursor. Paging as live clients do (tkconv, opentk): the next page is the
 * LAST ENTRY's rel="next" link, else the feed's; the feed is caught up only at a page without
 * entries that says rel="resume". Every page's entries are committed with the cursor after them
 * (also an empty page's, so a run that stops resumes past it). Bounded (issue 22.9, 22.10): at
 * most `maxPages` pages per run and MAX_EMPTY_PAGES empty pages in a row; only TK_SYNCFEED_URL's
 * origin is fetched or stored as the cursor.
 */
async function syncCategory(deps: TkSyncDeps, report: TkSyncReport, lease: HeldLease, category: string, apply: PageApplier, firstSync: boolean): Promise<void> {
  const sleep = deps.sleep ?? defaultSleep;
  const origin = originOf(deps.baseUrl);
  const maxPages = deps.maxPages ?? DEFAULT_MAX_PAGES;
  const feed = getTkFeed(deps.db, category);
  const start = feedStartUrl(deps.baseUrl, category);
  let url = !deps.fromStart && feed?.cursor ? feed.cursor : start;
  if (originOf(url) !== origin) {
    // A cursor of another host (stored by an older version, or TK_SYNCFEED_URL changed): start over.
    deps.logger?.warn(`tk-sync: the stored cursor of ${category} is outside ${origin ?? deps.baseUrl}; reading from the start`);
    url = start;
  }
  const seen = new Set<string>();
  let emptyPages = 0;
  const stop = (status: 'incomplete' | 'failed', why: TkSyncStop) => {
    report.status = status;
    report.stop = why;
  };
  for (;;) {
    if (deps.signal?.aborted) {
      stop('incomplete', { code: 'TK_SYNC_ABORTED' });
      return;
    }
    if (report.pages >= maxPages) {
      stop('incomplete', { code: 'TK_SYNC_PAGE_LIMIT', pages: report.pages });
      return;
    }
    seen.add(url);
    const fetched = await fetchFeedPage(url, {
      ...deps.client,
      ...(origin ? { origin } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      onRetry: ({ attempt, reason, waitMs }) => {
        deps.logger?.warn(`tk-sync: ${url} failed (${reason}); try ${attempt + 1} in ${waitMs} ms`);
        deps.onRetry?.({ attempt: attempt + 1, waitMs });
        // Still working: keep the lease while waiting for the feed.
        lease.renew(waitMs * 2);
      },
    });
    if (!fetched.ok) {
      stop(fetched.code === 'TK_ABORTED' ? 'incomplete' : 'failed', { code: 'TK_SYNC_FEED_FAILED', failure: fetched });
      return;
    }
    if (!lease.renew()) {
      stop('incomplete', { code: 'TK_SYNC_LEASE_LOST' });
      return;
    }
    const { page } = fetched;
    report.pages += 1;
    if (page.entries.length === 0 && page.resume !== null) {
      markCaughtUp(deps, report, category);
      return;
    }
    const lastNext = page.entries.findLast((e) => e.next !== null)?.next ?? null;
    // After a page with entries and no next link at all, rel="resume" is where the feed goes on.
    const nextHref = lastNext ?? page.next ?? (page.entries.length > 0 ? page.resume : null);
    const next = resolveHref(nextHref, url);
    if (next === null) {
      stop('incomplete', { code: 'TK_SYNC_NO_NEXT', url });
      return;
    }
    if (originOf(next) !== origin) {
      // Neither followed nor stored: the entries of this page come again with the next run.
      stop('failed', { code: 'TK_SYNC_OFF_ORIGIN', url: next });
      return;
    }
    await apply(page.entries, next, { firstSync, now: deps.now().getTime(), report });
    emptyPages = page.entries.length === 0 ? emptyPages + 1 : 0;
    if (emptyPages >= MAX_EMPTY_PAGES) {
      stop('incomplete', { code: 'TK_SYNC_EMPTY_PAGES', pages: emptyPages });
      return;
    }
    if (seen.has(next)) {
      stop('failed', { code: 'TK_SYNC_LOOP', url: next });
      return;
    }
    url = next;
    if (deps.pageDelayMs > 0) await sleep(deps.pageDelayMs);
  }
}

/** The feed said rel="resume" on an empty page: caught up (the first time: audited, and the first-sync notices follow). */
function markCaughtUp(deps: TkSyncDeps, report: TkSyncReport, category: string): void {
  report.caughtUp = true;
  const { first } = inTransaction(deps.db, () => {
    const marked = markTkCaughtUp(deps.db, category, deps.now().getTime());
    if (marked.first && (category === 'Toezegging' || category === 'Besluit')) {
      writeAudit(deps.db, {
        itemId: null,
        actor: TK_ACTOR,
        at: deps.now().getTime(),
        action: TK_AUDIT.firstSync,
        field: null,
        oldValue: null,
        newValue: JSON.stringify({ category, created: report.created }),
        context: { source: category },
      });
    }
    return marked;
  });
  if (first) deps.logger?.info(`tk-sync: first complete sync of ${category}`);
}

function resolveHref(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Motie files read per run at most (issue 24.4): each is a download and a document read in a worker. */
export const MAX_MOTIE_FILES_PER_RUN = 25;
/** A motie document kept for its file (tk_records category). */
const MOTIE_FILE = 'motieFile';
/** A motie Zaak whose Document is still to be looked up (tk_records category; entity id "<zaak id>/Document"). */
const MOTIE_LOOKUP = 'motieLookup';
/** Tries of one motie file, or of one lookup, before it is given up (state gave-up; review6 LOW-2). */
export const MAX_MOTIE_FILE_ATTEMPTS = 10;
/** Where the OData service is on TK_SYNCFEED_URL's origin (TK-OPEN-DATA.md: v5 replaced v4 in 2026). */
export const ODATA_PATH = '/OData/v5';

/**
 * A lookup whose answer held no motie Document is asked again after this long (the Document is often
 * published after its Zaak), until MAX_MOTIE_LOOKUP_NONES answers said none.
 */
export const MOTIE_LOOKUP_AGAIN_MS = 24 * 60 * 60 * 1000;
/** Answers without a motie Document after which a lookup is not asked again (state no-document). */
export const MAX_MOTIE_LOOKUP_NONES = 3;

/**
 * The lookup of a motie's Document through its Zaak: to do, done (found a motie document), none yet
 * (asked again after MOTIE_LOOKUP_AGAIN_MS), none after MAX_MOTIE_LOOKUP_NONES answers (no-document),
 * failed, given up, or no longer needed. `nones`: the answers without a motie Document so far.
 */
interface MotieLookup {
  state: 'pending' | 'failed' | 'found' | 'none' | 'no-document' | 'gave-up' | 'not-needed';
  attempts: number;
  nones?: number;
}

/** Queues the lookup of the motie Document of `zaakId`, once. */
function queueDocumentLookup(db: Db, zaakId: string, now: number): void {
  const entityId = `${zaakId}/Document`;
  if (getTkRecord(db, entityId)) return;
  const lookup: MotieLookup = { state: 'pending', attempts: 0 };
  upsertTkRecord(db, { entityId, category: MOTIE_LOOKUP, bijgewerkt: null, deleted: false, parentId: zaakId, data: { ...lookup }, itemId: null, ministryRule: null, triage: null, updatedAt: now });
}

/**
 * Without the Document feed: finds the motie Document of each queued Zaak with one OData query
 * (`Zaak?$filter=Id eq <id>&$expand=Document`), at most maxMotieFiles per run, and keeps its file
 * (/Resources/<document id>) for readMotieFiles, exactly as the Document feed would have. A
 * failed lookup is tried again next run, up to MAX_MOTIE_FILE_ATTEMPTS; the sync goes on either way.
 */
async function lookupMotieDocuments(deps: TkSyncDeps, report: TkSyncReport, lease: HeldLease): Promise<void> {
  const { db } = deps;
  const origin = originOf(deps.baseUrl);
  if (!origin) return;
  const odata = deps.odataUrl ?? `${origin}${ODATA_PATH}`;
  const limit = deps.maxMotieFiles ?? MAX_MOTIE_FILES_PER_RUN;
  const waiting = listTkRecordsInState(db, MOTIE_LOOKUP, ['pending', 'failed'], limit);
  // Then, with what is left of the run's budget, the lookups that found no motie Document a day or more ago.
  if (waiting.length < limit) waiting.push(...listTkRecordsInState(db, MOTIE_LOOKUP, ['none'], limit - waiting.length, deps.now().getTime() - MOTIE_LOOKUP_AGAIN_MS));
  for (const record of waiting) {
    if (deps.signal?.aborted || !lease.renew()) return;
    const lookup = record.data as unknown as MotieLookup;
    const zaakId = record.parentId;
    const zaak = zaakId ? getTkRecord(db, zaakId) : null;
    const onderwerp = zaak?.category === 'zaak' ? ((zaak.data.onderwerp as string | null | undefined) ?? null) : null;
    let next: MotieLookup;
    let files: { id: string; contentType: string | null }[] = [];
    if (!zaakId || !isEntityId(zaakId) || zaak?.category !== 'zaak' || !needsDictum(onderwerp) || listTkChildren(db, zaakId, MOTIE_FILE).length > 0) {
      next = { ...lookup, state: 'not-needed' };
    } else {
      const fetched = await fetchJson(zaakDocumentsUrl(odata, zaakId), {
        ...deps.client,
        maxAttempts: 2,
        maxBodyBytes: 4 * 1024 * 1024,
        origin,
        ...(deps.signal ? { signal: deps.signal } : {}),
      });
      const documents = fetched.ok ? readZaakDocuments(fetched.text, zaakId) : null;
      if (!documents && queryRefused(fetched)) {
        // The service, not this motie, is at fault (OData v5's field names are unverified): every lookup
        // would fail alike. No more lookups this run, and the try is not counted against the motie, which
        // would otherwise be given up after MAX_MOTIE_FILE_ATTEMPTS runs for the API's sake (review7).
        deps.logger?.warn(`tk-sync: OData ${fetched.ok ? 'answered the Documents query in another shape' : `refused the Documents query (HTTP ${String(fetched.status)})`} for motie zaak ${zaakId}; no more lookups this run, tried again next run (motie sync tk --check names it)`);
        report.motieFiles.lookupFailed += 1;
        return;
      }
      const attempts = lookup.attempts + 1;
      // A lookup stored as none before `nones` was kept had one such answer.
      const nonesBefore = lookup.nones ?? (lookup.state === 'none' ? 1 : 0);
      if (!documents) {
        deps.logger?.warn(`tk-sync: the Document of motie zaak ${zaakId} could not be looked up (${fetched.ok ? 'unexpected answer' : fetched.code}); tried again next run`);
        report.motieFiles.lookupFailed += 1;
        next = { state: attempts >= MAX_MOTIE_FILE_ATTEMPTS ? 'gave-up' : 'failed', attempts, nones: nonesBefore };
      } else {
        files = documents.filter((d) => MOTIE_SOORT.test(d.soort ?? ''));
        report.motieFiles.lookedUp += 1;
        if (lookup.state === 'none') report.motieFiles.lookedUpAgain += 1;
        const nones = nonesBefore + (files.length > 0 ? 0 : 1);
        next = files.length > 0 ? { state: 'found', attempts, nones } : { state: nones >= MAX_MOTIE_LOOKUP_NONES ? 'no-document' : 'none', attempts, nones };
      }
    }
    const now = deps.now().getTime();
    inTransaction(db, () => {
      upsertTkRecord(db, { ...record, data: { ...next }, updatedAt: now });
      for (const d of files) {
        if (!zaakId || getTkRecord(db, d.id)) continue;
        const file: MotieFile = { documentNummer: null, href: `${deps.baseUrl}/Resources/${d.id}`, contentType: d.contentType, state: 'pending', attempts: 0, text: null };
        upsertTkRecord(db, { entityId: d.id, category: MOTIE_FILE, bijgewerkt: null, deleted: false, parentId: zaakId, data: { ...file }, itemId: null, ministryRule: null, triage: null, updatedAt: now });
      }
    });
    await yieldToLoop();
  }
}
/**
 * Whether a lookup's failure is the query's, not the motie's: an answer of another shape, or a refusal
 * (a 4xx other than a timeout or rate limit: the query or its path is not what the service knows).
 */
function queryRefused(fetched: { ok: true } | FetchFailure): boolean {
  if (fetched.ok) return true;
  const { status } = fetched;
  return fetched.code === 'TK_HTTP_STATUS' && status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** The Document soorten of a motie's own text ("Motie", "Motie (gewijzigd)", "Gewijzigde motie"). */
const MOTIE_SOORT = /^\s*(?:(?:nader\s+)?gewijzigde\s+)?motie\b/i;

/** What is kept of a motie's Document: where its file is and what reading it gave. */
interface MotieFile {
  documentNummer: string | null;
  href: string;
  contentType: string | null;
  /** pending: not read yet; failed: to be tried again; gave-up: failed MAX_MOTIE_FILE_ATTEMPTS times, not tried again; read: `text` holds the motie text; not-motie: the file holds no motie text; not-needed: the Onderwerp names the request. */
  state: 'pending' | 'failed' | 'gave-up' | 'read' | 'not-motie' | 'not-needed';
  attempts: number;
  text: string | null;
}

/** The motie text read from its file, when one was. */
function motieFileText(db: Db, zaakId: string): string | null {
  const file = listTkChildren(db, zaakId, MOTIE_FILE).map((r) => r.data as unknown as MotieFile).find((f) => f.state === 'read');
  return file?.text ?? null;
}

/**
 * Keeps, of a Document page, the motie documents with a file (rel="enclosure") whose motie's
 * Onderwerp names no request: their dictum is read from the file (readMotieFiles). A newer
 * version with another file is read again.
 */
async function keepMotieFiles(deps: TkSyncDeps, entries: readonly FeedEntry[], ctx: PageContext): Promise<void> {
  const { db } = deps;
  for (const entry of entries) {
    if (entry.entityName && entry.entityName.toLowerCase() !== 'document') continue;
    const doc = readDocument(entry.entityId, entry.entity);
    const previous = getTkRecord(db, doc.id);
    if (!previous && (doc.deleted || !entry.enclosure || !MOTIE_SOORT.test(doc.soort ?? ''))) continue;
    const zaakId = doc.zaakIds.find((id) => getTkRecord(db, id)?.category === 'zaak') ?? doc.zaakIds[0] ?? previous?.parentId ?? null;
    if (!zaakId) continue;
    const zaak = getTkRecord(db, zaakId);
    const onderwerp = zaak?.category === 'zaak' ? ((zaak.data.onderwerp as string | null | undefined) ?? null) : doc.onderwerp;
    if (!previous && !needsDictum(onderwerp)) continue;
    const version = doc.bijgewerkt ?? entry.updated;
    if (previous?.deleted === doc.deleted && !isNewerVersion(version, previous.bijgewerkt)) continue;
    const before = previous?.data as unknown as MotieFile | undefined;
    const href = entry.enclosure?.href ?? before?.href ?? null;
    if (!href) continue;
    const file: MotieFile =
      before?.href === href
        ? before
        : { documentNummer: doc.documentNummer, href, contentType: doc.contentType ?? entry.enclosure?.type ?? null, state: 'pending', attempts: 0, text: null };
    inTransaction(db, () => {
      upsertTkRecord(db, { entityId: doc.id, category: MOTIE_FILE, bijgewerkt: version, deleted: doc.deleted, parentId: zaakId, data: { ...file }, itemId: null, ministryRule: null, triage: null, updatedAt: ctx.now });
    });
    await yieldToLoop();
  }
}

/**
 * Reads the motie files that wait (new ones first, then those that failed before), at most
 * maxMotieFiles per run: each file is fetched, turned into text by the document readers, and
 * taken only when it holds a motie text with a dictum; its motie is then brought in line (its
 * title becomes the dictum's request, its text is routing evidence). A failure is counted and the
 * file is tried again in the next run; the sync goes on either way.
 */
async function readMotieFiles(deps: TkSyncDeps, report: TkSyncReport, lease: HeldLease): Promise<void> {
  const { db } = deps;
  const origin = originOf(deps.baseUrl);
  const waiting = listTkRecordsInState(db, MOTIE_FILE, ['pending', 'failed'], deps.maxMotieFiles ?? MAX_MOTIE_FILES_PER_RUN);
  const firstSync = !getTkFeed(db, 'Besluit')?.firstCompletedAt;
  for (const record of waiting) {
    if (deps.signal?.aborted || !lease.renew()) return;
    const file = record.data as unknown as MotieFile;
    const zaakId = record.parentId;
    const zaak = zaakId ? getTkRecord(db, zaakId) : null;
    let next: MotieFile;
    if (zaak?.category === 'zaak' && !needsDictum((zaak.data.onderwerp as string | null | undefined) ?? null)) {
      next = { ...file, state: 'not-needed' };
    } else {
      const url = resolveHref(file.href, deps.baseUrl);
      const fetched = url
        ? await fetchResource(url, {
            ...deps.client,
            // One retry within the run: the next run tries again, so a bad file never holds the sync up.
            maxAttempts: 2,
            maxBodyBytes: 32 * 1024 * 1024,
            ...(origin ? { origin } : {}),
            ...(deps.signal ? { signal: deps.signal } : {}),
          })
        : null;
      if (!fetched?.ok) {
        deps.logger?.warn(`tk-sync: the motie file ${file.href} could not be fetched (${fetched?.code ?? 'no URL'}); tried again next run`);
        const attempts = file.attempts + 1;
        // Not forever (review6 LOW-2): after MAX_MOTIE_FILE_ATTEMPTS failures the file is given up; `motie show` says so.
        if (attempts >= MAX_MOTIE_FILE_ATTEMPTS) report.motieFiles.gaveUp += 1;
        else report.motieFiles.failed += 1;
        next = { ...file, state: attempts >= MAX_MOTIE_FILE_ATTEMPTS ? 'gave-up' : 'failed', attempts };
      } else {
        const text = await (deps.readResource ?? readResourceText)(fetched.bytes, fetched.contentType ?? file.contentType);
        const motie = readMotieDocument(text);
        if (motie) report.motieFiles.read += 1;
        else report.motieFiles.notMotie += 1;
        next = motie ? { ...file, state: 'read', attempts: file.attempts + 1, text: capText(motie.text, ITEM_LIMITS.text) } : { ...file, state: 'not-motie', attempts: file.attempts + 1 };
      }
    }
    const now = deps.now().getTime();
    inTransaction(db, () => {
      upsertTkRecord(db, { ...record, data: { ...next }, updatedAt: now });
      if (next.state === 'read' && zaakId) materialiseMotie(deps, zaakId, () => listTkCandidates(db, 'motie'), { firstSync, now, report });
    });
    await yieldToLoop();
  }
}

/** What the register gave an item, as kept with its record: the title, and the text by its hash (the record holds the text already). */
interface Written {
  title: string;
  textSha256: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function writtenOf(draft: Pick<TkItemDraft, 'title' | 'text'>): Written {
  return { title: draft.title, textSha256: sha256(draft.text) };
}

/** Whether the item's title and text differ from what the register gave it last time: a person's edit since. */
function personWrote(db: Db, item: Item, written: Written): PersonWrote | null {
  if (typeof written.title !== 'string' || typeof written.textSha256 !== 'string') return null;
  const title = item.title !== written.title;
  // Who wrote the title, for the conflict that tells them what the register says (review6 LOW-3).
  const titleBy = title ? (listAudit(db, item.id).filter((a) => a.field === 'title').at(-1)?.actor ?? null) : null;
  return { title, text: sha256(item.text) !== written.textSha256, titleBy };
}
