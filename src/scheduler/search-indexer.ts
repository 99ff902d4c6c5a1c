// The bot indexes the items an import left pending for search (store/search-index.ts) at idle,
// a small batch at a time: each batch is one short write transaction (some milliseconds), and the
// next one waits for the event loop's next turn, after the Slack requests that came in meanwhile.
// Until an item is indexed a search reads it from its row (store/search-pending.ts), so nothing
// waits for this. When nothing is pending it looks again every few seconds (one read). Another
// process's write lock is never waited for: the batch is tried again later. stop() is safe at any
// moment: a batch is synchronous and atomic, and no batch starts after it.
import type { Db } from '../store/db.ts';
import { indexPendingItems } from '../store/search-index.ts';

/** Items per batch: 50-120 µs of CPU each (longer texts cost more), so a batch holds the event loop for some 3-6 ms. */
const SEARCH_INDEX_BATCH = 50;
/** How long the indexer waits before it looks again when nothing is pending or the lock was taken. */
const IDLE_MS = 2_000;

/** How the indexer waits: the next turn of the event loop, or some milliseconds (each cancellable). */
export interface IndexerTimers {
  nextTurn: (run: () => void) => () => void;
  after: (ms: number, run: () => void) => () => void;
}

const NODE_TIMERS: IndexerTimers = {
  nextTurn: (run) => {
    const handle = setImmediate(run);
    return () => { clearImmediate(handle); };
  },
  after: (ms, run) => {
    const handle = setTimeout(run, ms);
    handle.unref();
    return () => { clearTimeout(handle); };
  },
};

export interface SearchIndexer { stop: () => void }

export function startSearchIndexer(deps: {
  db: Db;
  logger: { warn: (message: string) => void };
  batch?: number;
  timers?: IndexerTimers;
}): SearchIndexer {
  const { db, logger, batch = SEARCH_INDEX_BATCH, timers = NODE_TIMERS } = deps;
  let stopped = false;
  let cancel: (() => void) | null = null;
  const step = () => {
    cancel = null;
    if (stopped || !db.$client.open) return;
    let more = false;
    try {
      more = indexPendingItems(db, batch) === 'more';
    } catch (error) {
      logger.warn(`search index: pending items not indexed yet (${error instanceof Error ? error.message : String(error)})`);
    }
    cancel = more ? timers.nextTurn(step) : timers.after(IDLE_MS, step);
  };
  cancel = timers.nextTurn(step);
  return {
    stop: () => {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
