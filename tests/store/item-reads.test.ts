import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemDeadline, Responsibility } from '../../src/domain/items.ts';
import { createItem, getItem, getItemsById, listItems, listItemsForImport, type NewItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

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
// The bulk reads of the import and the Tweede Kamer sync read with other queries than listItems
// and getItem (one narrow query to choose, one JSON list of ids for any number of items): they
// must give the same items.
describe('bulk item reads', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('listItemsForImport reads what listItems reads, in its order; getItemsById what getItem reads', () => {
    fc.assert(
      fc.property(newItems, fc.constantFrom('import', 'U1'), (inputs, actor) => {
        t.db.$client.exec('DELETE FROM audit_log; DELETE FROM responsibilities; DELETE FROM items;');
        const items: NewItem[] = inputs.map((input, i) => ({ ...newItem(), ...input, title: `Item ${i}`, submitters: ['Jansen'] }));
        const created = items.map((item) => createItem(t.db, item, actor, NOW, { document: 'x.txt', position: 1 }));
        expect(listItemsForImport(t.db, () => true)).toEqual(listItems(t.db));
        expect(listItemsForImport(t.db, (item) => item.kamerstuk === null)).toEqual(listItems(t.db).filter((item) => item.kamerstuk === null));
        const ids = created.map((item) => item.id);
        expect([...getItemsById(t.db, [...ids, 999]).values()].sort((x, y) => x.id - y.id)).toEqual(ids.map((id) => getItem(t.db, id)));
      }),
      { numRuns: 60 },
    );
  });
});
