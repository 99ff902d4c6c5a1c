// The items_fts search index (migration 0007) is kept in step by triggers, one index row per item
// write. FTS5 indexes a row written alone about seven times slower than the same rows written in
// one statement (10,000 imported items: 5.7 s against 0.8 s), so an import that creates many items
// lets the insert trigger rest and indexes the new rows once, in the same transaction.
import type { Db } from './db.ts';
import { prepared } from './db.ts';

const INSERT_TRIGGER = 'items_fts_insert';
/** Pending index data FTS5 keeps in memory before it writes a segment (its default: 1 MB). */
const FTS_HASH_BYTES = 32 * 1024 * 1024;

/** The same row the insert trigger writes (drizzle/0007_items_fts.sql), for every item after `afterId`. */
const INDEX_NEW_ROWS = `INSERT INTO items_fts (rowid, title, text, submitters, status_text, kamerstuk, reference)
  SELECT id, title, text, submitters, coalesce(status_text, ''),
    CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
      THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
    coalesce(reference, '')
  FROM items WHERE id > ?`;

/**
 * Runs `insertOnly`, which may only insert items (no update or delete of an item), with the search
 * index's insert trigger set aside, then indexes the inserted items in one statement and restores
 * the trigger as the database had it. Must run inside a transaction: when `insertOnly` throws, the
 * rollback restores the trigger too, so no reader ever sees the database without it.
 */
export function withItemInsertsIndexedOnce<T>(db: Db, insertOnly: () => T): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withItemInsertsIndexedOnce: call it inside a transaction');
  const trigger = prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(INSERT_TRIGGER) as
    | { sql: string }
    | undefined;
  if (!trigger) return insertOnly();
  const { lastId } = prepared(db, 'SELECT coalesce(max(id), 0) AS lastId FROM items').get() as { lastId: number };
  client.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  const result = insertOnly();
  // FTS5 flushes its pending index data to a new segment every 1 MB by default, and merges those
  // segments as it goes; with room for a whole import in memory it writes and merges far less
  // (10,000 items: a third less time). The setting is kept in items_fts_config; it only bounds
  // the memory one transaction's index writes may take.
  // (A literal: FTS5 refuses a bound value for a setting.)
  client.exec(`INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
  client.prepare(INDEX_NEW_ROWS).run(lastId);
  client.exec(trigger.sql);
  return result;
}

const UPDATE_TRIGGER = 'items_fts_update';

/** Drops the given items' index rows and writes them again from their rows (the update trigger's two steps, for many items at once). */
const UNINDEX_ROWS = 'DELETE FROM items_fts WHERE rowid IN (SELECT value FROM json_each(?))';
const REINDEX_ROWS = `INSERT INTO items_fts (rowid, title, text, submitters, status_text, kamerstuk, reference)
  SELECT id, title, text, submitters, coalesce(status_text, ''),
    CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
      THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
    coalesce(reference, '')
  FROM items WHERE id IN (SELECT value FROM json_each(?))`;

/**
 * Runs `updateOnly`, which may only update existing items (no insert or delete of an item) and
 * returns the ids of every item it updated, with the search index's update trigger set aside;
 * then indexes those items again in two statements and restores the trigger as the database had
 * it. The per-row trigger deletes and re-inserts one index row per update (a re-import of 10,000
 * rows: 10,000 of each while holding the write lock). Must run inside a transaction, as
 * withItemInsertsIndexedOnce.
 */
export function withItemUpdatesIndexedOnce<T>(db: Db, updateOnly: () => { result: T; updated: readonly number[] }): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withItemUpdatesIndexedOnce: call it inside a transaction');
  const trigger = prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(UPDATE_TRIGGER) as
    | { sql: string }
    | undefined;
  if (!trigger) return updateOnly().result;
  client.exec(`DROP TRIGGER ${UPDATE_TRIGGER}`);
  const { result, updated } = updateOnly();
  if (updated.length > 0) {
    const ids = JSON.stringify([...new Set(updated)]);
    client.prepare(UNINDEX_ROWS).run(ids);
    client.prepare(REINDEX_ROWS).run(ids);
  }
  client.exec(trigger.sql);
  return result;
}
