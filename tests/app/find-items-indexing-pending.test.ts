import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findItemsIndexingPending } from '../../src/app/read-items.ts';
import type { Db } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { withItemInsertsIndexedLater } from '../../src/store/search-index.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 1);

describe('findItemsIndexingPending (motie zoek on the command line)', () => {
  let temp: TempDb;
  let db: Db;
  beforeEach(() => {
    temp = openTempDb();
    db = temp.db;
  });
  afterEach(() => {
    temp.cleanup();
  });

  const pendingCount = () => db.$client.prepare('SELECT count(*) FROM items_fts_pending').pluck().get() as number;
  const importPending = (titles: string[]) =>
    db.$client.transaction(() => withItemInsertsIndexedLater(db, () => titles.map((title) => createItem(db, newItem({ title }), 'import', NOW))))();

  it('indexes every pending item batch by batch, each batch its own transaction, and finds them all', () => {
    const items = importPending(['Vertrouwenspersoon een', 'Vertrouwenspersoon twee', 'Vertrouwenspersoon drie', 'Iets anders']);
    expect(pendingCount()).toBe(4);
    const found = findItemsIndexingPending({ db }, { search: 'vertrouwenspersoon' }, 1).map((i) => i.id).sort((a, b) => a - b);
    expect(found).toEqual(items.slice(0, 3).map((i) => i.id).sort((a, b) => a - b));
    expect(pendingCount()).toBe(0);
  });

  it('stops indexing, and still finds the pending items, when another connection holds the write lock', () => {
    const items = importPending(['Vertrouwenspersoon een', 'Vertrouwenspersoon twee']);
    const other = new Database(temp.path);
    try {
      other.exec('BEGIN IMMEDIATE');
      const found = findItemsIndexingPending({ db }, { search: 'vertrouwenspersoon' }, 1).map((i) => i.id).sort((a, b) => a - b);
      expect(found).toEqual(items.map((i) => i.id).sort((a, b) => a - b));
      expect(pendingCount()).toBe(2);
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
  });

  it('indexes nothing without a search', () => {
    importPending(['Vertrouwenspersoon een']);
    findItemsIndexingPending({ db }, {}, 1);
    expect(pendingCount()).toBe(1);
  });
});
