// The read side of the item use cases: what Slack's views and listeners and the verbs show of items
// and their history. The queries stay in the store; Slack and the slices read through here, never
// the store itself (dependency-cruiser rule `reads-through-app`), as they change items through the
// use cases.
import type { Item } from '../domain/items.ts';
import { getItem, getItemsById, latestAuditId, listAudit, listItems, type AuditEntry, type ItemFilter } from '../store/items.queries.ts';
import { indexPendingItems } from '../store/search-index.ts';
import { getTkOrigin } from '../store/tk.queries.ts';
import type { AppContext } from './context.ts';

type Reader = Pick<AppContext, 'db'>;

/** The items a filter selects (deleted ones only when asked for by status), soonest term first. */
export function findItems(ctx: Reader, filter: ItemFilter = {}): Item[] {
  return listItems(ctx.db, filter);
}

/** Items indexed per write transaction by `findItemsIndexingPending`: some 0.4 s of write lock per batch. */
const CLI_INDEX_BATCH = 5000;

/**
 * findItems for a process with no event loop to keep free (the command line's `motie zoek`): a search first indexes
 * every item an import left pending, `batch` items per write transaction, each taken only when the write lock is free
 * at once, so a running bot's changes get the lock between batches. When another process writes, or the file cannot
 * be written, indexing stops and the search reads the still pending rows as the bot's searches do (search-pending.ts):
 * the same items either way.
 */
export function findItemsIndexingPending(ctx: Reader, filter: ItemFilter = {}, batch = CLI_INDEX_BATCH): Item[] {
  if (filter.search !== undefined) {
    try {
      while (indexPendingItems(ctx.db, batch) === 'more');
    } catch {
      // Not (all) indexed now; listItems still finds the pending items by reading their rows.
    }
  }
  return listItems(ctx.db, filter);
}

/** One item, deleted ones included; null when there is none with that number. */
export function readItem(ctx: Reader, id: number): Item | null {
  return getItem(ctx.db, id);
}

/** Items by number, in one query. */
export function readItems(ctx: Reader, ids: readonly number[]): Map<number, Item> {
  return getItemsById(ctx.db, ids);
}

/** An item's audit log, oldest first. */
export function readHistory(ctx: Reader, itemId: number): AuditEntry[] {
  return listAudit(ctx.db, itemId);
}

/** The id of the item's latest audit entry: the change just made (0 when it has none). */
export function latestChangeId(ctx: Reader, itemId: number): number {
  return latestAuditId(ctx.db, itemId);
}

/** Where an item from the Tweede Kamer's open data came from (its entity, ministry rule, title source), or null. */
export function tkOriginOf(ctx: Reader, itemId: number): ReturnType<typeof getTkOrigin> {
  return getTkOrigin(ctx.db, itemId);
}
