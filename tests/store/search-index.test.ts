// An import indexes the items it creates in one statement (search-index.ts): searching must find
// exactly what it finds when every item went through the insert trigger, and the trigger must be
// back afterwards, also when the import fails half-way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/store/db.ts';
import { insertItem, updateItemRow } from '../../src/store/item-writes.ts';
import { getItem, listItems, updateItem } from '../../src/store/items.queries.ts';
import { withItemInsertsIndexedOnce, withItemUpdatesIndexedOnce } from '../../src/store/search-index.ts';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import type { NewItem } from '../../src/store/items.queries.ts';
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

describe('withItemInsertsIndexedOnce', () => {
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
    inTransaction(bulk.db, () => { withItemInsertsIndexedOnce(bulk.db, () => {
        for (const item of ITEMS.slice(1)) insertItem(bulk.db, item, IMPORT_ACTOR, NOW);
      }); },
    );
    for (const query of QUERIES) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
    expect(searchIds(bulk, 'seksuele')).toHaveLength(1);
    expect(triggerCount(bulk)).toBe(1);
    // The trigger works again afterwards: a later item is found.
    inTransaction(bulk.db, () => insertItem(bulk.db, { ...ITEMS[0]!, title: 'Jeugdzorg regio' }, IMPORT_ACTOR, NOW));
    expect(searchIds(bulk, 'jeugdzorg')).toHaveLength(1);
  });

  it('leaves the trigger and the index as they were when the inserts fail', () => {
    expect(() =>
      inTransaction(bulk.db, () =>
        withItemInsertsIndexedOnce(bulk.db, () => {
          insertItem(bulk.db, ITEMS[1]!, IMPORT_ACTOR, NOW);
          throw new Error('half-way');
        }),
      ),
    ).toThrow('half-way');
    expect(triggerCount(bulk)).toBe(1);
    expect(listItems(bulk.db)).toEqual([]);
    inTransaction(bulk.db, () => insertItem(bulk.db, ITEMS[1]!, IMPORT_ACTOR, NOW));
    expect(searchIds(bulk, 'seksuele')).toHaveLength(1);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withItemInsertsIndexedOnce(bulk.db, () => 1)).toThrow(/inside a transaction/);
    expect(triggerCount(bulk)).toBe(1);
  });
});

describe('withItemUpdatesIndexedOnce', () => {
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
      withItemUpdatesIndexedOnce(bulk.db, () => {
        for (const { id, patch } of PATCHES) updateItemRow(bulk.db, getItem(bulk.db, id)!, patch, IMPORT_ACTOR, NOW);
        return { result: null, updated: PATCHES.map(({ id }) => id) };
      }),
    );
    for (const query of QUERIES_AFTER) expect(searchIds(bulk, query), query).toEqual(searchIds(one, query));
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
        withItemUpdatesIndexedOnce(bulk.db, () => {
          updateItemRow(bulk.db, getItem(bulk.db, 1)!, { statusText: 'Jeugdzorg' }, IMPORT_ACTOR, NOW);
          throw new Error('half-way');
        }),
      ),
    ).toThrow('half-way');
    expect(triggerCount(bulk)).toBe(1);
    expect(searchIds(bulk, 'jeugdzorg')).toEqual([]);
    expect(searchIds(bulk, 'Brief volgt')).toEqual([1]);
  });

  it('refuses to run outside a transaction', () => {
    expect(() => withItemUpdatesIndexedOnce(bulk.db, () => ({ result: 1, updated: [] }))).toThrow(/inside a transaction/);
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
