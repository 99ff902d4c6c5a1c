// The items_fts search index (migration 0007) is kept in step by triggers, one index row per item
// write. An import of thousands of items does not index them itself: filling FTS5's trigram index
// cost 0.8 s of CPU per 10,000 items, the largest single part of an import. It records their ids in
// items_fts_pending (migration 0016), and the next search indexes every pending item in one
// statement before it matches (indexPendingItems). Every item is either indexed or pending, never
// both: the update and delete triggers leave the index alone for a pending item.
import type { Db } from './db.ts';
import { prepared } from './db.ts';
import { isBusyError } from './busy.ts';

const INSERT_TRIGGER = 'items_fts_insert';
/** Pending index data FTS5 keeps in memory before it writes a segment (its default: 1 MB). */
const FTS_HASH_BYTES = 32 * 1024 * 1024;

/** The row the insert trigger writes (drizzle/0007_items_fts.sql), for every pending item. */
const INDEX_PENDING_ROWS = `INSERT INTO items_fts (rowid, title, text, submitters, status_text, kamerstuk, reference)
  SELECT id, title, text, submitters, coalesce(status_text, ''),
    CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
      THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
    coalesce(reference, '')
  FROM items WHERE id IN (SELECT item_id FROM items_fts_pending)`;
const ANY_PENDING = 'SELECT 1 FROM items_fts_pending LIMIT 1';
const CLEAR_PENDING = 'DELETE FROM items_fts_pending';
/** Every item after `afterId` (the rows an insert-only run just wrote) becomes pending. */
const PEND_NEW_ROWS = 'INSERT INTO items_fts_pending (item_id) SELECT id FROM items WHERE id > ?';

/**
 * Runs `insertOnly`, which may only insert items (no update or delete of an item), with the search
 * index's insert trigger set aside; the inserted items become pending (the next search indexes
 * them) and the trigger is restored as the database had it. Must run inside a transaction: when
 * `insertOnly` throws, the rollback restores the trigger too, so no reader ever sees the database
 * without it.
 */
export function withItemInsertsIndexedLater<T>(db: Db, insertOnly: () => T): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withItemInsertsIndexedLater: call it inside a transaction');
  const trigger = prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(INSERT_TRIGGER) as
    | { sql: string }
    | undefined;
  if (!trigger) return insertOnly();
  const { lastId } = prepared(db, 'SELECT coalesce(max(id), 0) AS lastId FROM items').get() as { lastId: number };
  client.exec(`DROP TRIGGER ${INSERT_TRIGGER}`);
  const result = insertOnly();
  prepared(db, PEND_NEW_ROWS).run(lastId);
  client.exec(trigger.sql);
  return result;
}

const UPDATE_TRIGGER = 'items_fts_update';

/** The given items' index rows dropped (those that have one) and the items made pending. */
const UNINDEX_ROWS = `DELETE FROM items_fts WHERE rowid IN (SELECT value FROM json_each(?))
  AND rowid NOT IN (SELECT item_id FROM items_fts_pending)`;
const PEND_ROWS = 'INSERT OR IGNORE INTO items_fts_pending (item_id) SELECT value FROM json_each(?)';

/**
 * Runs `updateOnly`, which may only update existing items (no insert or delete of an item) and
 * returns the ids of every item it updated, with the search index's update trigger set aside;
 * then drops those items' index rows in one statement, makes them pending (the next search
 * indexes them as they are then) and restores the trigger as the database had it. The per-row
 * trigger deletes and re-inserts one index row per update (a re-import of 10,000 rows: 10,000 of
 * each while holding the write lock). Must run inside a transaction, as withItemInsertsIndexedLater.
 */
export function withItemUpdatesIndexedLater<T>(db: Db, updateOnly: () => { result: T; updated: readonly number[] }): T {
  const client = db.$client;
  if (!client.inTransaction) throw new Error('withItemUpdatesIndexedLater: call it inside a transaction');
  const trigger = prepared(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").get(UPDATE_TRIGGER) as
    | { sql: string }
    | undefined;
  if (!trigger) return updateOnly().result;
  client.exec(`DROP TRIGGER ${UPDATE_TRIGGER}`);
  const { result, updated } = updateOnly();
  if (updated.length > 0) {
    const ids = JSON.stringify([...new Set(updated)]);
    prepared(db, UNINDEX_ROWS).run(ids);
    prepared(db, PEND_ROWS).run(ids);
  }
  client.exec(trigger.sql);
  return result;
}

/**
 * Indexes every pending item, from its row as it is now, in one statement, in its own write
 * transaction (a savepoint inside a caller's). A search calls it before it matches, so that it
 * finds what it would find had every item been indexed when it was written; `motie import` calls
 * it once its import is written (app/import-document.ts), so that the bot's first search after an
 * import does not index thousands of items on its event loop. Costs one read when nothing is
 * pending. It never waits for another connection's write lock (a search is a read, and reads are
 * answered while another process writes): then, as on a read-only connection, the search finds
 * what is indexed, and the next search indexes the rest.
 */
export function indexPendingItems(db: Db): void {
  const client = db.$client;
  if (client.readonly || !prepared(db, ANY_PENDING).get()) return;
  const busyTimeout = client.pragma('busy_timeout', { simple: true }) as number;
  client.pragma('busy_timeout = 0');
  try {
    client
      .transaction(() => {
        // FTS5 flushes its pending index data to a new segment every 1 MB by default, and merges
        // those segments as it goes; with room for a whole import in memory it writes and merges far
        // less (10,000 items: a third less time). The setting is kept in items_fts_config; it only
        // bounds the memory one transaction's index writes may take. (A literal: FTS5 refuses a
        // bound value for a setting.)
        client.exec(`INSERT INTO items_fts (items_fts, rank) VALUES ('hashsize', ${FTS_HASH_BYTES})`);
        prepared(db, INDEX_PENDING_ROWS).run();
        prepared(db, CLEAR_PENDING).run();
      })
      .immediate();
  } catch (error) {
    if (!isBusyError(error)) throw error;
  } finally {
    client.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
