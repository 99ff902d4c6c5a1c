// The items_fts search index (migration 0007) is kept in step by triggers, one index row per item
// write. An import of thousands of items does not index them itself: filling FTS5's trigram index
// cost 0.8 s of CPU per 10,000 items, the largest single part of an import. It records their ids in
// items_fts_pending (migration 0016); a search finds pending items by reading their rows
// (search-pending.ts), and the bot indexes them at idle, a small batch at a time
// (indexPendingItems, scheduler/search-indexer.ts). Every item is either indexed or pending, never
// both: the update and delete triggers leave the index alone for a pending item.
import type { Connection } from './connection.ts';
import { prepared } from './connection.ts';
import { isBusyError } from './busy.ts';

const INSERT_TRIGGER = 'items_fts_insert';

/** An item's id and the row the insert trigger writes for it (drizzle/0007_items_fts.sql), from `items`. */
export const INDEX_ROW_COLUMNS = `id, title, text, submitters, coalesce(status_text, ''),
    CASE WHEN kamerstuk_dossier IS NOT NULL AND kamerstuk_number IS NOT NULL
      THEN '[' || kamerstuk_dossier || '-' || kamerstuk_number || ']' ELSE '' END,
    coalesce(reference, '')`;
/** The first pending items, at most `?` of them (a JSON array). */
const PENDING_BATCH = 'SELECT json_group_array(item_id) FROM (SELECT item_id FROM items_fts_pending ORDER BY item_id LIMIT ?)';
const INDEX_ROWS = `INSERT INTO items_fts (rowid, title, text, submitters, status_text, kamerstuk, reference)
  SELECT ${INDEX_ROW_COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?))`;
const UNPEND_ROWS = 'DELETE FROM items_fts_pending WHERE item_id IN (SELECT value FROM json_each(?))';
const ANY_PENDING = 'SELECT 1 FROM items_fts_pending LIMIT 1';
/** Every item after `afterId` (the rows an insert-only run just wrote) becomes pending. */
const PEND_NEW_ROWS = 'INSERT INTO items_fts_pending (item_id) SELECT id FROM items WHERE id > ?';

/**
 * Runs `insertOnly`, which may only insert items (no update or delete of an item), with the search
 * index's insert trigger set aside; the inserted items become pending (a search reads them from
 * their rows, the bot indexes them at idle) and the trigger is restored as the database had it. Must run inside a transaction: when
 * `insertOnly` throws, the rollback restores the trigger too, so no reader ever sees the database
 * without it.
 */
export function withItemInsertsIndexedLater<T>(db: Connection, insertOnly: () => T): T {
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
 * then drops those items' index rows in one statement, makes them pending (the bot indexes them
 * at idle as they are then) and restores the trigger as the database had it. The per-row
 * trigger deletes and re-inserts one index row per update (a re-import of 10,000 rows: 10,000 of
 * each while holding the write lock). Must run inside a transaction, as withItemInsertsIndexedLater.
 */
export function withItemUpdatesIndexedLater<T>(db: Connection, updateOnly: () => { result: T; updated: readonly number[] }): T {
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

/** What indexPendingItems did: all indexed, more left, or nothing (another connection writes). */
export type IndexPendingResult = 'done' | 'more' | 'busy';

/**
 * Indexes the first `limit` pending items (by id), from their rows as they are now, in one write
 * transaction (a savepoint inside a caller's), and says whether more are pending. The bot calls it
 * at idle with a small limit, so that no call holds its event loop for long; a search never needs
 * it (search-pending.ts). It never waits for another connection's write lock: it then indexes
 * nothing and says 'busy'.
 */
export function indexPendingItems(db: Connection, limit: number): IndexPendingResult {
  const client = db.$client;
  if (client.readonly || !prepared(db, ANY_PENDING).get()) return 'done';
  const busyTimeout = client.pragma('busy_timeout', { simple: true }) as number;
  client.pragma('busy_timeout = 0');
  try {
    return client
      .transaction((): IndexPendingResult => {
        const ids = prepared(db, PENDING_BATCH).pluck().get(limit) as string;
        prepared(db, INDEX_ROWS).run(ids);
        prepared(db, UNPEND_ROWS).run(ids);
        return prepared(db, ANY_PENDING).get() ? 'more' : 'done';
      })
      .immediate();
  } catch (error) {
    if (!isBusyError(error)) throw error;
    return 'busy';
  } finally {
    client.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
