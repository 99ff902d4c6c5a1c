// An import leaves the items it creates or changes pending for the search index (search-index.ts):
// a search must find exactly what it finds when every item went through the triggers (it reads
// pending items from their rows, search-pending.ts), the index must equal one built from scratch
// once the pending items are indexed (in batches), and the triggers must be back afterwards, also
// when the import fails half-way.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/store/db.ts';
import { insertItem, updateItemRow } from '../../src/store/item-writes.ts';
import { getItem, listItems, updateItem } from '../../src/store/items.queries.ts';
import { indexPendingItems, withItemInsertsIndexedLater, withItemUpdatesIndexedLater } from '../../src/store/search-index.ts';
import { importItems } from '../../src/app/import-items.ts';
import { applyImport, readImport } from '../../src/app/import-document.ts';
import Database from 'better-sqlite3';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { parseStandVanZaken } from '../../src/import/layouts/stand-van-zaken/parse-stand-van-zaken.ts';
import type { ImportItem } from '../../src/import/layouts/import-item.ts';
import { importMatchScope, matchImport, planMatched, type ImportMatches, type MatchCandidate } from '../../src/import/plan/plan-import.ts';
import { writeImport } from '../../src/store/write-import.ts';
import type { Db } from '../../src/store/db.ts';
import { SAMPLE, SAMPLE_DATE } from '../import/layouts/stand-van-zaken/sample.ts';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import type { NewItem } from '../../src/store/items.queries.ts';
import type { Item } from '../../src/domain/items.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 2, 9, 0);

const ITEMS: NewItem[] = [
  { kind: 'motie', title: 'Lerarentekort aanpakken', text: 'Verzoekt de regering het lerarentekort te verkleinen', submitters: ['Mutluer'], responsible: [{ code: 'MOCW', ministry: 'OCW' }], kamerstuk: { dossier: '36410-VIII', number: '12', vergaderjaar: null }, statusText: 'Brief volgt vóór de zomer', reference: null },
  { kind: 'toezegging', title: 'Vertrouwenspersonen in de sport', text: 'De minister informeert de Kamer over seksuele intimidatie', submitters: [], responsible: [{ code: 'SVWS', ministry: 'VWS' }], kamerstuk: null, statusText: null, reference: 'TZ202401-033' },
  { kind: 'motie', title: 'Periodieke check-up', text: 'Een onderzoek naar de meerwaarde van een check-up', submitters: ['Van der Werf'], responsible: [{ code: 'SVWS', ministry: 'VWS' }], kamerstuk: { dossier: '36222', number: '33', vergaderjaar: '2022/23' }, statusText: 'Loopt', reference: null },
];

const QUERIES = ['tekort', 'LERAREN', 'seksuele', 'Mutluer', 'TZ202401', '[36410-VIII-12]', '[36222-33]', 'zomer', 'check-up', 'niets-hiervan'];

function searchIds(t: TempDb, query: string): number[] {
  return listItems(t.db, { search: query }).map((item) => item.id).sort((a, b) => a - b);
}

const pendingIds = (db: Db) => db.$client.prepare('SELECT item_id FROM items_fts_pending ORDER BY item_id').pluck().all() as number[];

/**
 * Every entry of a search index (term, item, column, offset), through an fts5vocab table: a
 * contentless index reads back no text, but its vocabulary is all that a search can match.
 */
function indexEntries(db: Db, schema: 'main' | 'temp', table: string): string[] {
  db.$client.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_entries USING fts5vocab(${schema}, ${table}, 'instance')`);
  const rows = db.$client.prepare(`SELECT term, doc, col, offset FROM temp.${table}_entries ORDER BY doc, col, offset, term`).all() as object[];
  return rows.map((row) => JSON.stringify(row));
}

/**
 * FTS5's totals (rows indexed, tokens per column) in record 1 of its data table: a row indexed
 * twice shows there even where the entries look the same. (A contentless index leaves them as
 * they are on a delete, so they equal a fresh index's only while no indexed item was deleted or
 * changed.)
 */
function indexTotals(db: Db, schema: 'main' | 'temp', table: string): string {
  return db.$client.prepare(`SELECT hex(block) FROM ${schema}.${table}_data WHERE id = 1`).pluck().get() as string;
}

/** The search index as migration 0007 builds it from scratch from the items as they are now. */
function indexFromScratch(db: Db): string[] {
  const definition = db.$client.prepare("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").pluck().get() as string;
  db.$client.exec('DROP TABLE IF EXISTS temp.scratch_fts; DROP TABLE IF EXISTS temp.scratch_fts_entries');
  db.$client.exec(definition.replace(/CREATE VIRTUAL TABLE\s+[`"]?items_fts[`"]?/i, 'CREATE VIRTUAL TABLE temp.scratch_fts'));
  db.$client.exec(`INSERT INTO temp.scratch_fts (rowid, title, text, submitters, status_text, kamerstuk, reference)
    SELECT id, title, text, submitters, coalesce(status_text, ''),
      CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
        THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
      coalesce(reference, '')
    FROM items`);
  return indexEntries(db, 'temp', 'scratch_fts');
}

describe('withItemInsertsIndexedLater', () => {
  let one: TempDb;
  let bulk: TempDb;
  beforeEach(() => {
    one = openTempDb();
    bulk = openTempDb();
  });
  afterEach(() => {
    one.cleanup();
    bulk.cleanup();
  });

  const triggerCount = (t: TempDb) =>
    (t.db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'").get() as { n: number }).n;

  it('makes search find the same items as the per-row trigger does, and restores the trigger', () => {
    // An item that existed before is indexed by the trigger in both databases.
    for (const t of [one, bulk]) inTransaction(t.db, () => insertItem(t.db, ITEMS[0]!, IMPORT_ACTOR, NOW));
    inTransaction(one.db, () => {
      for (const item of ITEMS.slice(1)) insertItem(one.db, item, IMPORT_ACTOR, NOW);
    });
    inTransaction(bulk.db, () => { withItemInsertsIndexedLater(bulk.db, () => {
        for (const item of ITEMS.slice(1)) insertItem(bulk.db, item, IMPORT_ACTOR, NOW);
      }); },
    );
    // Not indexed yet: pending, and a search finds them all the same without indexing them.
    expect(pendingIds(bulk.db)).toEqual([2, 3]);
    expect(indexEntries(bulk.db, 'main', 'items_fts')).toEqual(indexEntries(one.db, 'main', 'items_fts').filter((e) => e.includes('"doc":1,')));
    for (const query of QUERIES) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(pendingIds(bulk.db)).toEqual([2, 3]);
    expect(indexPendingItems(bulk.db, 1)).toBe('more');
    expect(pendingIds(bulk.db)).toEqual([3]);
    for (const query of QUERIES) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(indexPendingItems(bulk.db, 1)).toBe('done');
    expect(pendingIds(bulk.db)).toEqual([]);
    for (const query of QUERIES) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(indexEntries(bulk.db, 'main', 'items_fts')).toEqual(indexEntries(one.db, 'main', 'items_fts'));
    expect(searchIds(bulk, 'seksuele')).toHaveLength(1);
    expect(triggerCount(bulk)).toBe(1);
    // The trigger works again afterwards: a later item is found.
    inTransaction(bulk.db, () => insertItem(bulk.db, { ...ITEMS[0]!, title: 'Jeugdzorg regio' }, IMPORT_ACTOR, NOW));
    expect(searchIds(bulk, 'jeugdzorg')).toHaveLength(1);
  });

  it('leaves the trigger and the index as they were when the inserts fail', () => {
    expect(() =>
      inTransaction(bulk.db, () =>
        withItemInsertsIndexedLater(bulk.db, () => {
          insertItem(bulk.db, ITEMS[1]!, IMPORT_ACTOR, NOW);
          throw new Error('half-way');
        }),
      ),
    ).toThrow('half-way');
    expect(triggerCount(bulk)).toBe(1);
    expect(pendingIds(bulk.db)).toEqual([]);
    expect(listItems(bulk.db)).toEqual([]);
    inTransaction(bulk.db, () => insertItem(bulk.db, ITEMS[1]!, IMPORT_ACTOR, NOW));
    expect(searchIds(bulk, 'seksuele')).toHaveLength(1);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withItemInsertsIndexedLater(bulk.db, () => 1)).toThrow(/inside a transaction/);
    expect(triggerCount(bulk)).toBe(1);
  });
});

describe('withItemUpdatesIndexedLater', () => {
  let one: TempDb;
  let bulk: TempDb;
  beforeEach(() => {
    one = openTempDb();
    bulk = openTempDb();
    for (const t of [one, bulk]) inTransaction(t.db, () => { ITEMS.forEach((item) => insertItem(t.db, item, IMPORT_ACTOR, NOW)); });
  });
  afterEach(() => {
    one.cleanup();
    bulk.cleanup();
  });

  const triggerCount = (t: TempDb) =>
    (t.db.$client.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_update'").get() as { n: number }).n;
  // A re-import's kind of changes: a new stand van zaken, a register number and a title, a Kamerstuk.
  const PATCHES = [
    { id: 1, patch: { statusText: 'Brief over de jeugdzorg verstuurd' } },
    { id: 2, patch: { reference: 'TZ202599-001', title: 'Vertrouwenspersonen in het onderwijs' } },
    { id: 3, patch: { kamerstuk: { dossier: '36600', number: '7', vergaderjaar: null }, statusText: null } },
  ];
  const QUERIES_AFTER = [...QUERIES, 'jeugdzorg', 'TZ202599', 'onderwijs', 'sport', '[36600-7]', 'Loopt', 'Brief volgt'];

  it('makes search find the same items as the per-row trigger does, and restores the trigger', () => {
    inTransaction(one.db, () => { PATCHES.forEach(({ id, patch }) => updateItem(one.db, id, patch, IMPORT_ACTOR, NOW)); });
    inTransaction(bulk.db, () =>
      withItemUpdatesIndexedLater(bulk.db, () => {
        for (const { id, patch } of PATCHES) updateItemRow(bulk.db, getItem(bulk.db, id)!, patch, IMPORT_ACTOR, NOW);
        return { result: null, updated: PATCHES.map(({ id }) => id) };
      }),
    );
    expect(pendingIds(bulk.db)).toEqual([1, 2, 3]);
    for (const query of QUERIES_AFTER) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(pendingIds(bulk.db)).toEqual([1, 2, 3]);
    expect(indexPendingItems(bulk.db, 2)).toBe('more');
    for (const query of QUERIES_AFTER) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(indexPendingItems(bulk.db, 2)).toBe('done');
    expect(pendingIds(bulk.db)).toEqual([]);
    expect(indexEntries(bulk.db, 'main', 'items_fts')).toEqual(indexEntries(one.db, 'main', 'items_fts'));
    expect(searchIds(bulk, 'jeugdzorg')).toEqual([1]);
    expect(searchIds(bulk, 'Brief volgt')).toEqual([]);
    expect(triggerCount(bulk)).toBe(1);
    // The trigger works again afterwards.
    inTransaction(bulk.db, () => updateItem(bulk.db, 3, { statusText: 'Kinderopvang besproken' }, IMPORT_ACTOR, NOW));
    expect(searchIds(bulk, 'kinderopvang')).toEqual([3]);
  });

  it('leaves the trigger and the index as they were when the updates fail', () => {
    expect(() =>
      inTransaction(bulk.db, () =>
        withItemUpdatesIndexedLater(bulk.db, () => {
          updateItemRow(bulk.db, getItem(bulk.db, 1)!, { statusText: 'Jeugdzorg' }, IMPORT_ACTOR, NOW);
          throw new Error('half-way');
        }),
      ),
    ).toThrow('half-way');
    expect(triggerCount(bulk)).toBe(1);
    expect(pendingIds(bulk.db)).toEqual([]);
    expect(searchIds(bulk, 'jeugdzorg')).toEqual([]);
    expect(searchIds(bulk, 'Brief volgt')).toEqual([1]);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withItemUpdatesIndexedLater(bulk.db, () => ({ result: 1, updated: [] }))).toThrow(/inside a transaction/);
    expect(triggerCount(bulk)).toBe(1);
  });
});

describe('searching an Eerste Kamer Kamerstuk (issue 27)', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('finds it written as the Eerste Kamer writes it, with or without its letter, and not another dossier', () => {
    const ek = (dossier: string, number: string, reference: string) =>
      insertItem(t.db, { kind: 'toezegging', title: 'Toezending conceptversie richtlijn', text: 'De staatssecretaris zegt toe …', responsible: [{ code: 'MBZK', ministry: 'BZK' }], kamerstuk: { dossier, number, vergaderjaar: null }, reference }, IMPORT_ACTOR, NOW);
    const two = ek('22112/31544', 'CK', 'T01237');
    const one = ek('34122', '', 'T02000');
    const other = ek('31544', 'A', 'T03000');
    expect(searchIds(t, '22.112 / 31.544, CK')).toEqual([two]);
    expect(searchIds(t, 'Kamerstukken I 2008/09, 22 112 / 31 544, CK')).toEqual([two]);
    expect(searchIds(t, '22112/31544')).toEqual([two]);
    expect(searchIds(t, '22.112 / 31.544')).toEqual([two]);
    expect(searchIds(t, '34.122')).toEqual([one]);
    expect(searchIds(t, '31.544, A')).toEqual([other]);
  });
});

describe('searching Dutch plurals and inflections (issue 23 point 17)', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('finds the other number or inflection of a word, and still nothing that merely shares a stem', () => {
    const add = (title: string, text: string) => insertItem(t.db, { kind: 'motie', title, text, responsible: [{ code: 'SVWS', ministry: 'VWS' }] }, IMPORT_ACTOR, NOW);
    const plural = add('Vertrouwenspersonen in de sport', 'verzoekt de regering seksuele intimidatie aan te pakken');
    const singular = add('Een vertrouwenspersoon per school', 'verzoekt de regering seksueel misbruik te melden');
    const staff = add('Personeel in de zorg', 'verzoekt de regering de brieven te bundelen');
    expect(searchIds(t, 'vertrouwenspersoon')).toEqual([plural, singular]);
    expect(searchIds(t, 'vertrouwenspersonen')).toEqual([plural, singular]);
    expect(searchIds(t, 'seksueel')).toEqual([plural, singular]);
    expect(searchIds(t, 'seksuele')).toEqual([plural, singular]);
    expect(searchIds(t, 'personen')).toEqual([plural, singular]); // not "Personeel"
    expect(searchIds(t, 'brieven')).toEqual([staff]);
  });
});

describe('the search index after imports (issue 28: pending until indexed at idle)', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  const LATER = readFileSync(new URL('../fixtures/overviews/stand-van-zaken-nap-2025-later.txt', import.meta.url), 'utf8');
  const parse = (text: string, documentDate: string): ImportItem[] => {
    const result = parseStandVanZaken(text, { documentDate });
    if (!result.ok) throw new Error(result.code);
    return result.items;
  };
  const options = (sourceDocument: string, documentDate: string) => ({ sourceDocument, documentDate, now: NOW });
  const itemCount = () => (t.db.$client.prepare('SELECT count(*) FROM items').pluck().get() as number);

  it('equals an index built from scratch after an import, a re-import, a failed import and edits of pending items', () => {
    // A person's item from before: indexed by the trigger when it was written.
    inTransaction(t.db, () => insertItem(t.db, ITEMS[0]!, IMPORT_ACTOR, NOW));
    const before = indexEntries(t.db, 'main', 'items_fts');
    importItems(t.db, parse(SAMPLE, SAMPLE_DATE), options('nap-2025.txt', SAMPLE_DATE));
    expect(pendingIds(t.db)).toHaveLength(14);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(before);
    // A person edits one pending item and deletes another before anyone searched.
    const [edited, deleted] = pendingIds(t.db);
    inTransaction(t.db, () => updateItem(t.db, edited!, { statusText: 'Kinderopvang besproken' }, 'UPERSON1', NOW));
    t.db.$client.prepare('DELETE FROM items WHERE id = ?').run(deleted);
    expect(pendingIds(t.db)).toHaveLength(13);
    expect(searchIds(t, 'kinderopvang')).toEqual([edited]);
    expect(pendingIds(t.db)).toHaveLength(13);
    // Indexed a few at a time, as the bot does at idle.
    const results: string[] = [];
    while (results.at(-1) !== 'done') results.push(indexPendingItems(t.db, 5));
    expect(results).toEqual(['more', 'more', 'done']);
    expect(searchIds(t, 'kinderopvang')).toEqual([edited]);
    expect(pendingIds(t.db)).toEqual([]);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexFromScratch(t.db));
    // No item was indexed twice (the edit of a pending item left the index alone).
    expect(indexTotals(t.db, 'main', 'items_fts')).toEqual(indexTotals(t.db, 'temp', 'scratch_fts'));

    // A re-import: a later stand van zaken updates items that are indexed.
    const reimport = importItems(t.db, parse(LATER, '2025-04-15'), options('nap-2025-later.txt', '2025-04-15'));
    expect(reimport.updated.length).toBeGreaterThan(0);
    expect(pendingIds(t.db)).toEqual(expect.arrayContaining(reimport.updated.map((item) => item.id)));
    expect(indexPendingItems(t.db, 1000)).toBe('done');
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexFromScratch(t.db));

    // A failed import: its second new item cannot be written (no kind), after the first was.
    const indexed = indexEntries(t.db, 'main', 'items_fts');
    const count = itemCount();
    const incoming = [{ ...parse(SAMPLE, SAMPLE_DATE)[0]!, kamerstuk: { dossier: '99999', number: '1', vergaderjaar: null } }];
    const plan = (matched: readonly Item[], matches: ImportMatches) => {
      const planned = planMatched(matched, matches, incoming, options('broken.txt', SAMPLE_DATE));
      const first = planned.creates[0]!;
      return { ...planned, creates: [first, { ...first, incoming: { ...first.incoming, position: 2 }, values: { ...first.values, kind: null as unknown as Item['kind'] } }] };
    };
    const match = (candidates: readonly MatchCandidate[]) => matchImport(candidates, incoming);
    expect(() => writeImport(t.db, { ...options('broken.txt', SAMPLE_DATE), scope: importMatchScope(incoming), match, plan })).toThrow(/NOT NULL/);
    expect(itemCount()).toBe(count);
    expect(pendingIds(t.db)).toEqual([]);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexed);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexFromScratch(t.db));
  });

  it('a search never writes, so it never waits for another connection\'s lock and finds pending items all the same; the indexer gives up on the lock at once (review6)', () => {
    inTransaction(t.db, () => insertItem(t.db, ITEMS[0]!, IMPORT_ACTOR, NOW));
    importItems(t.db, parse(SAMPLE, SAMPLE_DATE), options('nap-2025.txt', SAMPLE_DATE));
    const pending = pendingIds(t.db);
    expect(pending).toHaveLength(14);
    const onderwijs = searchIds(t, 'onderwijs');
    expect(onderwijs.length).toBeGreaterThan(0);
    // The bot's connection gives up on a lock after 25 ms (store/busy.ts); another process writes.
    t.db.$client.pragma('busy_timeout = 25');
    const other = new Database(t.path);
    try {
      other.exec('BEGIN IMMEDIATE');
      expect(searchIds(t, 'tekort')).toEqual([1]);
      expect(searchIds(t, 'onderwijs')).toEqual(onderwijs);
      expect(indexPendingItems(t.db, 100)).toBe('busy');
      expect(pendingIds(t.db)).toEqual(pending);
      expect(t.db.$client.pragma('busy_timeout', { simple: true })).toBe(25);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(indexPendingItems(t.db, 100)).toBe('done');
    expect(searchIds(t, 'onderwijs')).toEqual(onderwijs);
    expect(pendingIds(t.db)).toEqual([]);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexFromScratch(t.db));
  });

  it('motie import (applyImport) leaves what it wrote pending, off its path, and a search finds it without indexing; a dry run writes nothing (issue 28)', () => {
    const ctx = { db: t.db, now: () => new Date(NOW) };
    const read = readImport({ ...ctx, calendar: defaultCalendar }, SAMPLE, { documentDate: SAMPLE_DATE });
    if (!read.ok) throw new Error(read.code);
    applyImport(ctx, read.parsed, { sourceName: 'nap-2025.txt', dryRun: true });
    expect(itemCount()).toBe(0);
    applyImport(ctx, read.parsed, { sourceName: 'nap-2025.txt' });
    expect(itemCount()).toBe(14);
    expect(pendingIds(t.db)).toHaveLength(14);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual([]);
    const found = searchIds(t, 'onderwijs');
    expect(found.length).toBeGreaterThan(0);
    expect(pendingIds(t.db)).toHaveLength(14);
    expect(indexPendingItems(t.db, 1000)).toBe('done');
    expect(searchIds(t, 'onderwijs')).toEqual(found);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual(indexFromScratch(t.db));
  });

  it('leaves a dry run nothing to index', () => {
    importItems(t.db, parse(SAMPLE, SAMPLE_DATE), { ...options('nap-2025.txt', SAMPLE_DATE), dryRun: true });
    expect(pendingIds(t.db)).toEqual([]);
    expect(indexEntries(t.db, 'main', 'items_fts')).toEqual([]);
  });
});
