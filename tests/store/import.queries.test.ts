import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemDeadline, Responsibility } from '../../src/domain/items.ts';
import type { Db } from '../../src/store/db.ts';
import {
  getItemsForImport,
  listItemsForImport,
  prepareItemInserter,
  prepareItemUpdater,
} from '../../src/store/import.queries.ts';
import { createItem, getItem, listItems, updateItem, type ItemPatch, type NewItem } from '../../src/store/items.queries.ts';
import { dumpDb, newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 2, 9, 0);

const deadline = fc.option(
  fc.record<ItemDeadline>({
    earliest: fc.constantFrom(null, '2025-01-01'),
    deadline: fc.constantFrom(null, '2025-06-30', '2025-12-31'),
    text: fc.constantFrom('voor de zomer', 'eind 2025'),
    basis: fc.constantFrom('explicit', 'rule', 'estimate'),
    soft: fc.boolean(),
    source: fc.constantFrom('request', 'status', 'person'),
  }),
);
const responsible = fc.array(
  fc.constantFrom<Responsibility>({ code: 'SOCW', ministry: 'OCW' }, { code: 'MOCW', ministry: 'OCW' }, { code: 'MJenV', ministry: 'JenV' }),
  { maxLength: 3 },
);
const kamerstuk = fc.option(
  fc.record({ dossier: fc.constantFrom('36410', '36200-VIII'), number: fc.constantFrom('12', '13'), vergaderjaar: fc.constantFrom(null, '2023/24') }),
);
const newItems = fc.array(
  fc.record({
    kind: fc.constantFrom('motie' as const, 'toezegging' as const),
    text: fc.constantFrom('verzoekt de regering iets te doen', 'De minister stuurt een brief.'),
    cs: fc.boolean(),
    status: fc.constantFrom('open' as const, 'done' as const),
    statusText: fc.option(fc.constantFrom('Loopt.', 'Afgerond.')),
    deadline,
    recurrence: fc.option(fc.constant('P1Y')),
    kamerstuk,
    responsible,
    doneAt: fc.option(fc.constant(NOW - 86_400_000)),
    sourcePosition: fc.option(fc.nat(20)),
  }),
  { minLength: 1, maxLength: 6 },
);
const patch = fc.record<ItemPatch>(
  {
    title: fc.constantFrom('Een titel', 'Herstelrecht bij seksueel grensoverschrijdend gedrag'),
    text: fc.constantFrom('verzoekt de regering iets te doen', 'Iets anders.'),
    submitters: fc.constantFrom(['Mutluer'], ['Jansen', 'Smit'], []),
    status: fc.constantFrom('open', 'done', 'lapsed'),
    statusText: fc.option(fc.constantFrom('Loopt.', 'Nieuw.')),
    deadline,
    kamerstuk,
    recurrence: fc.option(fc.constant('P4Y')),
    linkedTo: fc.option(fc.constantFrom(1, 2)),
    sourceDocument: fc.option(fc.constantFrom('a.txt', 'b.txt')),
    sourcePosition: fc.option(fc.nat(20)),
    responsible,
  },
  { requiredKeys: [] },
);

/** Two databases that should stay equal: one written by items.queries.ts, one by import.queries.ts. */
function pair(): [TempDb, TempDb] {
  return [openTempDb(), openTempDb()];
}

function inTransaction(db: Db, fn: () => void): void {
  db.$client.transaction(fn).immediate();
}

describe('import.queries', () => {
  let a: TempDb;
  let b: TempDb;
  beforeEach(() => {
    [a, b] = pair();
  });
  afterEach(() => {
    a.cleanup();
    b.cleanup();
  });

  it('inserts what createItem inserts, and reads what listItems and getItem read', () => {
    fc.assert(
      fc.property(newItems, fc.constantFrom('import', 'U1'), (inputs, actor) => {
        a.db.$client.exec('DELETE FROM audit_log; DELETE FROM responsibilities; DELETE FROM items;');
        b.db.$client.exec('DELETE FROM audit_log; DELETE FROM responsibilities; DELETE FROM items;');
        const items: NewItem[] = inputs.map((input, i) => ({ ...newItem(), ...input, title: `Item ${i}`, submitters: ['Jansen'] }));
        const context = { document: 'x.txt', position: 1 };
        const created = items.map((item) => createItem(a.db, item, actor, NOW, context));
        inTransaction(b.db, () => {
          const inserter = prepareItemInserter(b.db);
          for (const item of items) inserter.insert(item, actor, NOW, context);
        });
        expect(dumpDb(b.db)).toBe(dumpDb(a.db));
        expect(listItemsForImport(b.db, () => true)).toEqual(listItems(a.db));
        expect(listItemsForImport(b.db, (item) => item.kamerstuk === null)).toEqual(listItems(a.db).filter((item) => item.kamerstuk === null));
        const ids = created.map((item) => item.id);
        expect([...getItemsForImport(b.db, [...ids, 999]).values()].sort((x, y) => x.id - y.id)).toEqual(ids.map((id) => getItem(a.db, id)));
      }),
      { numRuns: 60 },
    );
  });

  it('updates what updateItem updates, with the same audit entries', () => {
    for (const t of [a, b]) {
      createItem(t.db, newItem(), 'import', NOW);
      createItem(t.db, newItem({ kind: 'toezegging', kamerstuk: null, deadline: null }), 'import', NOW);
    }
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(1, 2), patch, fc.constantFrom('import', 'U1')), { maxLength: 8 }), (steps) => {
        let now = NOW;
        for (const [id, itemPatch, actor] of steps) {
          now += 1000;
          updateItem(a.db, id, itemPatch, actor, now, { document: 'y.txt' });
          inTransaction(b.db, () => prepareItemUpdater(b.db).update(getItem(b.db, id)!, itemPatch, actor, now, { document: 'y.txt' }));
          expect(dumpDb(b.db)).toBe(dumpDb(a.db));
        }
      }),
      { numRuns: 40 },
    );
  });
});
