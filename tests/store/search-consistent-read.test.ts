// A search reads the items not yet indexed from their rows (search-pending.ts) and the rest through
// the items_fts index: two reads. Another process (`motie import`, a re-import) may commit between
// them and move an indexed item to pending (withItemUpdatesIndexedLater); both reads must then see
// the same moment, or the item is in neither and the search misses it (review7).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import { closeDb, inTransaction, openDb } from '../../src/store/db.ts';
import { updateItemRow } from '../../src/store/item-writes.ts';
import { createItem, getItem, listItemKeys, listItems } from '../../src/store/items.queries.ts';
import { withItemUpdatesIndexedLater } from '../../src/store/search-index.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

/**
 * Runs once right after the search's first read (whether any item is pending: search-pending.ts),
 * the moment another process may commit. (vi.mock cannot reach the store here: files share modules.)
 */
const between: { run: (() => void) | null } = { run: null };
const ANY_PENDING = 'SELECT 1 FROM items_fts_pending LIMIT 1';

function hookFirstRead(t: TempDb): void {
  const client = t.db.$client;
  const prepare = client.prepare.bind(client);
  client.prepare = ((source: string) => {
    const statement = prepare(source);
    if (source !== ANY_PENDING) return statement;
    const get = statement.get.bind(statement);
    statement.get = ((...args: unknown[]) => {
      const row: unknown = get(...args);
      const run = between.run;
      between.run = null;
      run?.();
      return row;
    });
    return statement;
  }) as typeof client.prepare;
}

const NOW = Date.UTC(2025, 3, 2, 9, 0);

describe('a search while another process moves items to pending (review7)', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
    hookFirstRead(t);
  });
  afterEach(() => {
    between.run = null;
    t.cleanup();
  });

  /** Another connection re-imports `id` (its status text changes), leaving it pending for the index. */
  const reimportElsewhere = (id: number) => () => {
    const other = openDb(t.path);
    try {
      inTransaction(other, () =>
        withItemUpdatesIndexedLater(other, () => {
          const before = getItem(other, id);
          if (!before) throw new Error(`no item ${id}`);
          updateItemRow(other, before, { statusText: 'Brief volgt in het najaar' }, IMPORT_ACTOR, NOW + 1);
          return { result: null, updated: [id] };
        }),
      );
    } finally {
      closeDb(other);
    }
  };

  it('finds an indexed item that becomes pending between its two reads, in listItems and listItemKeys', () => {
    const indexed = createItem(t.db, { ...newItem(), title: 'Lerarentekort in het onderwijs aanpakken' }, 'U1', NOW);
    createItem(t.db, { ...newItem(), title: 'Wachtlijsten in de jeugdzorg' }, 'U1', NOW);
    const pending = () => t.db.$client.prepare('SELECT item_id FROM items_fts_pending').pluck().all();
    expect(pending()).toEqual([]);
    expect(listItems(t.db, { search: 'lerarentekort' }).map((i) => i.id)).toEqual([indexed.id]);

    between.run = reimportElsewhere(indexed.id);
    expect(listItems(t.db, { search: 'lerarentekort' }).map((i) => i.id)).toEqual([indexed.id]);
    // The other process did commit: the item is pending now, and the next search finds it too.
    expect(between.run).toBeNull();
    expect(pending()).toEqual([indexed.id]);
    expect(listItems(t.db, { search: 'lerarentekort' }).map((i) => i.id)).toEqual([indexed.id]);
  });

  it('listItemKeys (the export) reads both at one moment as well', () => {
    const indexed = createItem(t.db, { ...newItem(), title: 'Lerarentekort in het onderwijs aanpakken' }, 'U1', NOW);
    between.run = reimportElsewhere(indexed.id);
    expect(listItemKeys(t.db, { search: 'lerarentekort' }).map((i) => i.id)).toEqual([indexed.id]);
    expect(between.run).toBeNull();
  });
});
