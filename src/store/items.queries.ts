// Items, their responsibilities and their audit trail: reading, and changing one item in its own
// transaction. Every change writes an audit entry in the same transaction. Rows become Items in
// item-rows.ts (hydrate) and are written in item-writes.ts; nothing above the store sees drizzle rows.
import { and, asc, eq, getTableName, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { amsterdamDate } from '../clock.ts';
import type { Actor } from '../domain/actor.ts';
import { withFieldOrigins, type LastChanges, type RecordedChange } from '../domain/field-origins.ts';
import type { Item, ItemKind, ItemStatus, Responsibility } from '../domain/items.ts';
import { whenDone } from '../domain/recurrence.ts';
import { inImportMatchScope, NO_CODE, type ImportMatchScope, type MatchCandidate } from '../import/plan/plan-import.ts';
import { buildSearchQuery } from '../domain/search-query.ts';
import { inTransaction, prepared, quoted, type Connection } from './connection.ts';
import type { Db } from './db.ts';
import { hydrate, ITEM_SELECT, kamerstukOfColumns, responsibilitiesByItem, selectItemRows } from './item-rows.ts';
import { insertItem, updateItemRow } from './item-writes.ts';
import { pendingSearchMatches } from './search-pending.ts';
import type { AuditContext, AuditEntry, ItemPatch, NewItem } from './item-types.ts';
import { auditLog, items, responsibilities } from './schema.ts';
import { required } from '../domain/required.ts';

export type { AuditContext, AuditEntry, ItemPatch, NewItem } from './item-types.ts';
/** Writes one audit entry (the audit log's one writer is item-writes.ts). */
export { writeAudit } from './item-writes.ts';

export interface ItemFilter {
  /** Items for which one of these codes is responsible … */
  codes?: string[];
  /** … or one of these ministries. */
  ministries?: string[];
  status?: ItemStatus;
  ids?: number[];
  /** Full-text search (see domain/search-query.ts): title, text, status text, submitters, Kamerstuk, reference. */
  search?: string;
  limit?: number;
  /** Items whose trekker is this Slack user. */
  owner?: string;
}

/** The SQL condition for "one of these codes or ministries is responsible". */
export function responsibleCondition(codes: string[] = [], ministries: string[] = []): SQL | undefined {
  if (codes.length === 0 && ministries.length === 0) return undefined;
  const parts: SQL[] = [];
  if (codes.length > 0) parts.push(inArray(responsibilities.code, codes));
  if (ministries.length > 0) parts.push(inArray(responsibilities.ministry, ministries));
  const [first, second] = parts;
  const where = second ? sql`(${first} OR ${second})` : required(first, 'responsible condition');
  return sql`${items.id} IN (SELECT ${responsibilities.itemId} FROM ${responsibilities} WHERE ${where})`;
}

/** Each status as an SQL literal ('open'), from the schema's list of them. */
const STATUS_LITERALS = new Map<string, SQL>(items.status.enumValues.map((status) => [status, sql.raw(`'${status}'`)]));

/**
 * `items.status = '<status>'`, the status written into the SQL instead of bound: items_status_done_idx
 * holds only the items that are not open (schema.ts), and SQLite matches a bound status against that
 * condition by preparing the statement again each time a value is bound (issue 28).
 */
export function statusIs(status: ItemStatus): SQL {
  return sql`${items.status} = ${required(STATUS_LITERALS.get(status), `status ${status}`)}`;
}

/** listItems' order: by deadline, items without a deadline date last, then by id. */
const LIST_ORDER = [sql`${items.deadline} IS NULL`, asc(items.deadline), asc(items.id)];

/** listItems' WHERE conditions for `filter`; null when nothing can match (no ids, a search of nothing). */
function itemConditions(db: Db, filter: ItemFilter): (SQL | undefined)[] | null {
  const conditions: (SQL | undefined)[] = [responsibleCondition(filter.codes, filter.ministries)];
  // Deleted items (added by mistake) are hidden unless asked for by status.
  conditions.push(filter.status ? statusIs(filter.status) : ne(items.status, 'deleted'));
  if (filter.owner) conditions.push(eq(items.owner, filter.owner));
  if (filter.ids) {
    if (filter.ids.length === 0) return null;
    conditions.push(idIn(filter.ids));
  }
  if (filter.search !== undefined) {
    // Full-text search through the items_fts index (trigram, accents and case ignored).
    const search = buildSearchQuery(filter.search);
    if (!search.ok) return null;
    const indexed = sql`${items.id} IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ${search.match})`;
    // Items an import wrote and the bot has not indexed yet are read with the same semantics
    // (search-pending.ts): a search never indexes, so it never writes or waits for a lock.
    const pending = pendingSearchMatches(db, search.clauses);
    conditions.push(pending === null || pending.length === 0 ? indexed : sql`(${indexed} OR ${items.id} IN (SELECT value FROM json_each(${JSON.stringify(pending)})))`);
  }
  return conditions;
}

/**
 * Runs a read of `filter` at one moment of the database. A search reads twice (the pending items
 * from their rows, the others through the index): another process may commit between the two and
 * move an indexed item to pending, which then neither read finds. One read transaction (deferred:
 * it never takes the write lock, so it never waits) gives both the same snapshot.
 */
function atOneMoment<T>(db: Db, filter: ItemFilter, read: () => T): T {
  return filter.search === undefined ? read() : db.$client.transaction(read).deferred();
}

export function listItems(db: Db, filter: ItemFilter = {}): Item[] {
  return atOneMoment(db, filter, () => listItemsNow(db, filter));
}

function listItemsNow(db: Db, filter: ItemFilter): Item[] {
  const conditions = itemConditions(db, filter);
  if (conditions === null) return [];
  let query = db
    .select()
    .from(items)
    .where(and(...conditions))
    .orderBy(...LIST_ORDER)
    .$dynamic();
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return hydrate(db, query.all());
}

/** What an export orders its items by and reads them whole by, a page at a time (listItemKeys). */
type ItemKey = Pick<Item, 'id' | 'kind' | 'linkedTo' | 'sourceDocument' | 'sourcePosition'>;

/**
 * The items listItems gives for `filter`, in its order, as their keys only: 100,000 items whole
 * take some 260 MB, their keys a few. An export of every item reads them whole a page at a time
 * (getItemsById).
 */
export function listItemKeys(db: Db, filter: ItemFilter = {}): ItemKey[] {
  return atOneMoment(db, filter, () => listItemKeysNow(db, filter));
}

function listItemKeysNow(db: Db, filter: ItemFilter): ItemKey[] {
  const conditions = itemConditions(db, filter);
  if (conditions === null) return [];
  let query = db
    .select({ id: items.id, kind: items.kind, linkedTo: items.linkedTo, sourceDocument: items.sourceDocument, sourcePosition: items.sourcePosition })
    .from(items)
    .where(and(...conditions))
    .orderBy(...LIST_ORDER)
    .$dynamic();
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  return query.all();
}

/** The item with this id, or null: raw SQL (getItemsById), as an import reads it (an import's links update items; store/connection.ts openStore). */
export function getItem(db: Connection, id: number): Item | null {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return getItemsById(db, [id]).get(id) ?? null;
}

/** `items.id IN (ids)` for any number of ids (one bound JSON array, not one variable per id). */
function idIn(ids: readonly number[]): SQL {
  return sql`${items.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

// The bulk reads (thousands of items in an import or a sync) are raw SQL, prepared once: the
// column list comes from the schema (ITEM_SELECT), selectItemRows reads the rows as drizzle would.
const ITEMS = quoted(getTableName(items));
const ID = quoted(items.id.name);
const BY_IDS = `WHERE ${ID} IN (SELECT value FROM json_each(?))`;
const RAW_LIST_ORDER = `ORDER BY ${quoted(items.deadline.name)} IS NULL, ${quoted(items.deadline.name)} ASC, ${ID} ASC`;
const MATCH_KEYS = `SELECT ${ID} AS id, ${quoted(items.kind.name)} AS kind, ${quoted(items.kamerstukDossier.name)} AS dossier,
  ${quoted(items.kamerstukNumber.name)} AS number, ${quoted(items.reference.name)} AS reference FROM ${ITEMS}`;

/** The items with these ids, by id (ids without an item are left out): two queries. */
export function getItemsById(db: Connection, ids: readonly number[]): Map<number, Item> {
  const rows = selectItemRows(db, `SELECT ${ITEM_SELECT} FROM ${ITEMS} ${BY_IDS}`, JSON.stringify([...new Set(ids)]));
  return new Map(hydrate(db, rows).map((item) => [item.id, item]));
}

const column = (c: { name: string }) => quoted(c.name);
const RESPONSIBILITIES = quoted(getTableName(responsibilities));
const NON_ASCII_KEY = `${column(items.kamerstukDossier)} GLOB '*[^ -~]*' OR ${column(items.kamerstukNumber)} GLOB '*[^ -~]*' OR ${column(items.reference)} GLOB '*[^ -~]*'`;
/** items_import_scope_idx's condition: the items without a Kamerstuk (kamerstukOfColumns) or with keys that are not plain ASCII. */
const NO_KAMERSTUK_OR_NON_ASCII = `(${column(items.kamerstukDossier)} IS NULL OR ${column(items.kamerstukDossier)} = ''
  OR ${column(items.kamerstukNumber)} IS NULL OR ${NON_ASCII_KEY})`;
/**
 * The item has a code of the incoming items (codeParameters): one of the exact spellings of the first
 * parameter; when the second is 1, also one whose lower() is in the third or that is not plain ASCII.
 * CODE_ITEMS finds them by the code index (the item's row then by its id), HAS_CODE asks it of each
 * item found otherwise (the item's own responsibilities, by their item index).
 */
const CODE_MATCHES = `(${column(responsibilities.code)} IN (SELECT value FROM json_each(?))
  OR (? = 1 AND (lower(${column(responsibilities.code)}) IN (SELECT value FROM json_each(?)) OR ${column(responsibilities.code)} GLOB '*[^ -~]*')))`;
const CODE_ITEMS = `${ID} IN (SELECT ${column(responsibilities.itemId)} FROM ${RESPONSIBILITIES} WHERE ${column(responsibilities.code)} IN (SELECT value FROM json_each(?))
  UNION ALL SELECT ${column(responsibilities.itemId)} FROM ${RESPONSIBILITIES} WHERE ? = 1
    AND (lower(${column(responsibilities.code)}) IN (SELECT value FROM json_each(?)) OR ${column(responsibilities.code)} GLOB '*[^ -~]*'))`;
const HAS_CODE = `EXISTS (SELECT 1 FROM ${RESPONSIBILITIES} WHERE ${column(responsibilities.itemId)} = ${ITEMS}.${ID} AND ${CODE_MATCHES})`;

/** Spellings of a code key (lower case) beyond which the store scans the codes instead. */
const MAX_SPELLINGS = 4096;

/**
 * Every stored code whose toLowerCase() is `key`, when `key` is plain ASCII: each letter in either
 * case, a "k" also as the Kelvin sign (U+212A, the one character outside ASCII that toLowerCase()
 * turns into ASCII text: tests/store/item-reads.test.ts checks every code point), the rest as it is.
 * Null when the key is not plain ASCII or has more than MAX_SPELLINGS spellings.
 */
export function codeSpellings(key: string): string[] | null {
  let spellings = [''];
  for (const c of key) {
    if (c.charCodeAt(0) >= 128) return null;
    const upper = c.toUpperCase();
    const forms = c === 'k' ? ['k', 'K', '\u212A'] : upper !== c ? [c, upper] : [c];
    if (spellings.length * forms.length > MAX_SPELLINGS) return null;
    spellings = spellings.flatMap((spelling) => forms.map((form) => spelling + form));
  }
  return spellings;
}

/** HAS_CODE's three parameters for these code keys (lower case). */
function codeParameters(keys: Iterable<string>): [string, number, string] {
  const spellings: string[] = [];
  const scanned: string[] = [];
  for (const key of keys) {
    const forms = codeSpellings(key);
    if (forms) spellings.push(...forms);
    else scanned.push(key);
  }
  return [JSON.stringify(spellings), scanned.length > 0 ? 1 : 0, JSON.stringify(scanned)];
}
const HAS_NO_CODE = `NOT EXISTS (SELECT 1 FROM ${RESPONSIBILITIES} WHERE ${column(responsibilities.itemId)} = ${ITEMS}.${ID})`;
/**
 * The ids of a superset of an import's match scope, each part found by an index (schema.ts):
 * 1. of a kind (parameter 1) with a code (2-4: HAS_CODE) of its incoming items without a Kamerstuk;
 * 2. of a kind (5) without a code, when one of those has none; 3. and 4. the same for the incoming
 * items with a Kamerstuk (6-10), of the stored items without one (items_import_scope_idx); 5. with
 * keys that are not plain ASCII, read only when the import has Kamerstukken or register numbers
 * (11: 1); 6. of the Kamerstukken (12) and 7. of the register numbers (13). The kinds and codes of 1-4
 * are those of every kind together, and lower() folds ASCII only, as toLowerCase does for ASCII (other
 * keys are in the superset): every row is checked with the scope's own predicate (importScopeKeys).
 * The first part is found by `first`: CODE_ITEMS (by code) or HAS_CODE (by kind).
 */
const scopeCandidates = (first: string) => `SELECT ${ID} FROM ${ITEMS} WHERE ${column(items.kind)} IN (SELECT value FROM json_each(?)) AND ${first}
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE ${column(items.kind)} IN (SELECT value FROM json_each(?)) AND ${HAS_NO_CODE}
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE ${NO_KAMERSTUK_OR_NON_ASCII} AND +${column(items.kind)} IN (SELECT value FROM json_each(?)) AND ${HAS_CODE}
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE ${NO_KAMERSTUK_OR_NON_ASCII} AND +${column(items.kind)} IN (SELECT value FROM json_each(?)) AND ${HAS_NO_CODE}
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE ? = 1 AND ${NO_KAMERSTUK_OR_NON_ASCII} AND (${NON_ASCII_KEY})
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE lower(${column(items.kamerstukDossier)} || '-' || ${column(items.kamerstukNumber)}) IN (SELECT value FROM json_each(?))
  UNION ALL SELECT ${ID} FROM ${ITEMS} WHERE lower(${column(items.reference)}) IN (SELECT value FROM json_each(?))`;
/** The scope's keys, the first part found by code (few items of its codes) or by kind (few items of its kinds). */
const SCOPE_KEYS_BY_CODE = `${MATCH_KEYS} WHERE ${ID} IN (${scopeCandidates(CODE_ITEMS)})`;
const SCOPE_KEYS_BY_KIND = `${MATCH_KEYS} WHERE ${ID} IN (${scopeCandidates(HAS_CODE)})`;
/** The responsibilities of these spellings, counted up to the second parameter (the index read no further). */
const COUNT_CODE_ITEMS = `SELECT count(*) AS n FROM (SELECT 1 FROM ${RESPONSIBILITIES} WHERE ${column(responsibilities.code)} IN (SELECT value FROM json_each(?)) LIMIT ?)`;
const COUNT_KIND_ITEMS = `SELECT count(*) AS n FROM ${ITEMS} WHERE ${column(items.kind)} IN (SELECT value FROM json_each(?))`;

interface ScopeKeyRow {
  id: number;
  kind: ItemKind;
  dossier: string | null;
  number: string | null;
  reference: string | null;
}

/**
 * The items in an import's match scope (import/plan inImportMatchScope) as their ids, with their
 * responsibilities: found by index and checked with the scope's own predicate.
 */
function importScopeKeys(db: Connection, scope: ImportMatchScope): { ids: number[]; byItem: Map<number, Responsibility[]> } {
  // Per part: the kinds with any code, the codes, the kinds with an item without a code.
  const parts = { any: { kinds: [] as string[], codes: new Set<string>(), noCode: [] as string[] }, withoutKamerstuk: { kinds: [] as string[], codes: new Set<string>(), noCode: [] as string[] } };
  for (const [kind, codesOf] of scope.textCodes) {
    for (const part of ['any', 'withoutKamerstuk'] as const) {
      const codes = codesOf[part];
      if (codes.size === 0) continue;
      parts[part].kinds.push(kind);
      for (const code of codes) parts[part].codes.add(code);
      if (codes.has(NO_CODE)) parts[part].noCode.push(kind);
    }
  }
  const [anyCodes, withoutKamerstukCodes] = [codeParameters(parts.any.codes), codeParameters(parts.withoutKamerstuk.codes)];
  // The first part from the smaller of its two indexes (both counts read an index only): the
  // responsibilities of its codes, or the items of its kinds (SQLite has no statistics to choose by).
  const kindItems = (prepared(db, COUNT_KIND_ITEMS).get(JSON.stringify(parts.any.kinds)) as { n: number }).n;
  const byCode = anyCodes[1] === 0 && (prepared(db, COUNT_CODE_ITEMS).get(anyCodes[0], kindItems) as { n: number }).n < kindItems;
  const keys = prepared(db, byCode ? SCOPE_KEYS_BY_CODE : SCOPE_KEYS_BY_KIND).all(
    JSON.stringify(parts.any.kinds),
    ...anyCodes,
    JSON.stringify(parts.any.noCode),
    JSON.stringify(parts.withoutKamerstuk.kinds),
    ...withoutKamerstukCodes,
    JSON.stringify(parts.withoutKamerstuk.noCode),
    scope.kamerstukKeys.size > 0 || scope.references.size > 0 ? 1 : 0,
    JSON.stringify([...scope.kamerstukKeys]),
    JSON.stringify([...scope.references]),
  ) as ScopeKeyRow[];
  const byItem = keys.length > 0 ? responsibilitiesByItem(db, JSON.stringify(keys.map((row) => row.id))) : new Map<number, Responsibility[]>();
  const ids: number[] = [];
  for (const row of keys) {
    // A Kamerstuk as hydrate reads it; the vergaderjaar plays no part in matching.
    const kamerstuk = kamerstukOfColumns(row.dossier, row.number, null);
    if (inImportMatchScope(scope, { kind: row.kind, kamerstuk, reference: row.reference, responsible: byItem.get(row.id) ?? [] })) ids.push(row.id);
  }
  return { ids, byItem };
}

/** What matching reads of an item (import/plan MatchCandidate), in listItems' order. */
const MATCH_CANDIDATE_ROWS = `SELECT ${ID} AS id, ${column(items.kind)} AS kind, ${column(items.text)} AS text, ${column(items.kamerstukDossier)} AS dossier,
  ${column(items.kamerstukNumber)} AS number, ${column(items.kamerstukVergaderjaar)} AS vergaderjaar, ${column(items.reference)} AS reference,
  ${column(items.sourcePosition)} AS sourcePosition FROM ${ITEMS} ${BY_IDS} ${RAW_LIST_ORDER}`;

interface MatchCandidateRow {
  id: number;
  kind: ItemKind;
  text: string;
  dossier: string | null;
  number: string | null;
  vergaderjaar: string | null;
  reference: string | null;
  sourcePosition: number | null;
}

/**
 * The items in an import's match scope (import/plan inImportMatchScope), deleted ones included,
 * with only what matching reads of them (MatchCandidate: its fields as getItem reads them) and in
 * listItems' order. The candidates are found by index (their number, not the database's size, sets
 * the cost); an import reads the whole items it matched afterwards (getItemsById), not these.
 */
export function listMatchCandidates(db: Connection, scope: ImportMatchScope): MatchCandidate[] {
  const { ids, byItem } = importScopeKeys(db, scope);
  if (ids.length === 0) return [];
  return (prepared(db, MATCH_CANDIDATE_ROWS).all(JSON.stringify(ids)) as MatchCandidateRow[]).map((row) => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    kamerstuk: kamerstukOfColumns(row.dossier, row.number, row.vergaderjaar),
    reference: row.reference,
    sourcePosition: row.sourcePosition,
    // Matching reads only the codes.
    responsible: (byItem.get(row.id) ?? []).map((r) => ({ code: r.code })),
  }));
}

const ORIGIN_ROWS = `SELECT ${quoted(auditLog.itemId.name)} AS itemId, ${quoted(auditLog.actor.name)} AS actor, ${quoted(auditLog.at.name)} AS at,
  ${quoted(auditLog.field.name)} IS NOT NULL AS changed, ${quoted(auditLog.field.name)} AS field, ${quoted(auditLog.context.name)} AS context FROM ${quoted(getTableName(auditLog))}
  WHERE ${quoted(auditLog.itemId.name)} IN (SELECT value FROM json_each(?))
  AND (${quoted(auditLog.field.name)} IN ('statusText', 'status', 'deadline', 'partly') OR (${quoted(auditLog.action.name)} = 'create' AND ${quoted(auditLog.field.name)} IS NULL))
  ORDER BY ${quoted(auditLog.itemId.name)}, ${quoted(auditLog.at.name)}, ${quoted(auditLog.id.name)}`;

/** The overview date an import's audit context records (JSON), if it is one. */
function documentDateOf(context: string | null): string | undefined {
  if (!context?.includes('documentDate')) return undefined;
  try {
    const value = (JSON.parse(context) as { documentDate?: unknown } | null)?.documentDate;
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

interface OriginRow {
  itemId: number;
  actor: string;
  at: number;
  /** 1: a change of the field; 0: the item's creation. */
  changed: number;
  /** 'statusText', 'status', 'deadline'; null: the creation. */
  field: string | null;
  /** The entry's context (JSON); an import's has the overview's documentDate. */
  context: string | null;
}

/**
 * The items with the origins of their stand van zaken, status, term and "deels afgedaan"
 * (domain/field-origins.ts withFieldOrigins decides what they mean): the last audit entry of each
 * field (every change of one has an entry naming it), or the item's creation, with its Amsterdam
 * day and the overview date an import recorded.
 */
export function withStatusTextOrigins(db: Connection, list: readonly Item[]): Item[] {
  if (list.length === 0) return [];
  // The rows of one import share its instant: each instant's day is worked out once.
  const days = new Map<number, string>();
  const dayOf = (at: number) => {
    let day = days.get(at);
    if (day === undefined) days.set(at, (day = amsterdamDate(at)));
    return day;
  };
  const last = new Map<number, Partial<Record<keyof LastChanges, OriginRow>>>();
  for (const row of prepared(db, ORIGIN_ROWS).all(JSON.stringify(list.map((item) => item.id))) as OriginRow[]) {
    let rows = last.get(row.itemId);
    if (!rows) last.set(row.itemId, (rows = {}));
    // In order of time: the last entry of each field stays.
    rows[row.field === 'status' || row.field === 'deadline' || row.field === 'partly' ? row.field : 'statusText'] = row;
  }
  const recorded = (row: OriginRow | undefined): RecordedChange | undefined =>
    row && { actor: row.actor, on: dayOf(row.at), changed: row.changed === 1, documentDate: documentDateOf(row.context) ?? null };
  return list.map((item) => {
    const rows = last.get(item.id) ?? {};
    const changes: LastChanges = {};
    for (const field of ['statusText', 'status', 'deadline', 'partly'] as const) {
      const change = recorded(rows[field]);
      if (change) changes[field] = change;
    }
    return withFieldOrigins(item, changes, dayOf(item.createdAt));
  });
}

export function listAudit(db: Db, itemId: number): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(eq(auditLog.itemId, itemId))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .all()
    .map((r) => ({ ...r, actor: r.actor as Actor, context: r.context ? (JSON.parse(r.context) as AuditContext) : null }));
}

export function createItem(db: Db, input: NewItem, actor: Actor, now: number, context?: AuditContext): Item {
  return inTransaction(db, () => {
    const id = insertItem(db, input, actor, now, context);
    return required(getItem(db, id), `new item ${id}`);
  });
}

/**
 * Applies a patch, writing one audit entry per changed field. A person's change of status or
 * deadline (a person: domain/actor.ts isPerson) is remembered so later imports do not overwrite it.
 * Returns the updated item and the fields that changed (empty when nothing did).
 */
export function updateItem(
  db: Connection,
  id: number,
  patch: ItemPatch,
  actor: Actor,
  now: number,
  context?: AuditContext,
): { item: Item; changed: string[] } | null {
  return inTransaction(db, () => {
    const before = getItem(db, id);
    if (!before) return null;
    const changed = updateItemRow(db, before, patch, actor, now, context);
    return { item: changed.length > 0 || patch.sourcePosition !== undefined ? required(getItem(db, id), `item ${id}`) : before, changed };
  });
}

export type StoredDoneResult =
  | { ok: true; item: Item; movedTo: string | null }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_ALREADY_DONE'; item: Item | null };

/**
 * Marks an item done, or, as domain/recurrence.ts `whenDone` decides for a recurring item, moves it
 * to its next occurrence (the audit log says so). Read, decision and write in one transaction.
 */
export function markDone(
  db: Db,
  id: number,
  actor: Actor,
  now: number,
  context?: AuditContext,
  options: { closingReference?: string | null } = {},
): StoredDoneResult {
  return inTransaction(db, () => {
    const item = getItem(db, id);
    if (!item || item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND', item: null };
    if (item.status === 'done') return { ok: false, code: 'ITEM_ALREADY_DONE', item };
    // The rule (domain/recurrence.ts): a recurring item moves to its next occurrence instead.
    const outcome = whenDone(item);
    if (outcome.kind === 'next') {
      const result = required(
        updateItem(db, id, { deadline: outcome.deadline, nextOccurrence: true }, actor, now, { ...context, reason: 'recurring item done: next occurrence' }),
        `item ${id}`,
      );
      return { ok: true, item: result.item, movedTo: outcome.movedTo };
    }
    const patch: ItemPatch = { status: 'done' };
    if (options.closingReference !== undefined) patch.closingReference = options.closingReference;
    const result = required(updateItem(db, id, patch, actor, now, context), `item ${id}`);
    return { ok: true, item: result.item, movedTo: null };
  });
}

export type StoredReopenResult =
  | { ok: true; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_DONE'; item: Item | null };

export function reopenStoredItem(db: Db, id: number, actor: Actor, now: number, context?: AuditContext): StoredReopenResult {
  return inTransaction(db, () => {
    const item = getItem(db, id);
    if (!item || item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND', item: null };
    if (item.status === 'open') return { ok: false, code: 'ITEM_NOT_DONE', item };
    const result = required(updateItem(db, id, { status: 'open' }, actor, now, context), `item ${id}`);
    return { ok: true, item: result.item };
  });
}

/** The id of the audit log's latest entry (0: none): it grows with every change of any item. */
export function lastChangeId(db: Connection): number {
  return (prepared(db, `SELECT coalesce(max(${quoted(auditLog.id.name)}), 0) AS id FROM ${quoted(getTableName(auditLog))}`).get() as { id: number }).id;
}

/** The id of the item's latest audit entry (0 when none): identifies one change, for sending its line once. */
export function latestAuditId(db: Db, itemId: number): number {
  return db.select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)` }).from(auditLog).where(eq(auditLog.itemId, itemId)).get()?.id ?? 0;
}

export function countItems(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(items).get()?.n ?? 0;
}
