// A database file to damage: the set-up shared by the tests of a corrupted database (the bot that
// refuses to start, GET /healthz, the quick_check monitor).
import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem } from './db.ts';

/** Creates (migrates) the database at `path` with `n` items of some 200 characters: several pages of them. */
export function seedItems(path: string, n = 40): void {
  const db = openDb(path);
  for (let i = 0; i < n; i++) createItem(db, newItem({ title: `Item ${i} ${'tekst '.repeat(30)}` }), 'import', Date.now());
  closeDb(db);
}

/** Overwrites the first bytes of the items table's root page: a b-tree page SQLite cannot read. */
export function corruptItemsPage(path: string): void {
  const db = new Database(path, { readonly: true });
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'items'").get() as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(64, 0xee), 0, 64, (rootpage - 1) * pageSize);
  closeSync(fd);
}
