// The search index's share of an import, paid after it: an import leaves its items pending for the
// items_fts index (store/search-index.ts) and the bot indexes them at idle, a batch of 50 per turn of
// its event loop (scheduler/search-indexer.ts); until then a search reads the pending rows
// (store/search-pending.ts). The import rows of the bench do not include this work, so it is measured
// here, on a copy of a database an import just wrote (every item pending):
//   --mode ours: the pending items indexed as the bot does, in batches of 50 (CPU and wall of all of
//     them, and the longest batch: how long one batch holds the bot's event loop); a search timed
//     before (every item read from its row) and after (through the index).
//   --mode baseline: the same items indexed in one statement (the floor of FTS5's own work: what the
//     per-row insert trigger would have cost inside the import, without the trigger's per-row calls).
//   node --import tsx bench/search-index.bench.ts --db <copy of an imported database> [--mode baseline]
import { parseArgs } from 'node:util';
import { closeDb, openDb } from '../src/store/db.ts';
import { listItems } from '../src/store/items.queries.ts';
import { indexPendingItems } from '../src/store/search-index.ts';
import { median, peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, mode: { type: 'string', default: 'ours' } } });
const db = openDb(values.db!);
/** The batch the bot indexes per turn (scheduler/search-indexer.ts SEARCH_INDEX_BATCH). */
const BOT_BATCH = 50;
/** Words of the generated overview (bench/lib/overview.ts): one common, one rare, one Kamerstuk-like. */
const QUERIES = ['zorginstellingen', 'grooming politie', 'evaluatie van de wet'];

function pendingCount(): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM items_fts_pending').get() as { n: number }).n;
}

function searchMs(rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const search of QUERIES) {
      const t = performance.now();
      listItems(db, { search });
      times.push(performance.now() - t);
    }
  }
  return median(times);
}

const pending = pendingCount();
if (pending === 0) throw new Error('nothing pending: run this on a database an import just wrote');
const searchPendingMs = values.mode === 'ours' ? searchMs(3) : 0;
const cpu = process.cpuUsage();
const started = performance.now();
let batches = 0;
let longestBatchMs = 0;
for (;;) {
  const t = performance.now();
  const result = indexPendingItems(db, values.mode === 'ours' ? BOT_BATCH : pending);
  longestBatchMs = Math.max(longestBatchMs, performance.now() - t);
  batches += 1;
  if (result === 'busy') throw new Error('the database is written by another connection');
  if (result === 'done') break;
}
const seconds = (performance.now() - started) / 1000;
const used = process.cpuUsage(cpu);
if (pendingCount() !== 0) throw new Error('items left pending');
const searchIndexedMs = values.mode === 'ours' ? searchMs(3) : 0;
closeDb(db);
report({
  items: pending,
  batches,
  seconds,
  cpuSeconds: (used.user + used.system) / 1e6,
  longestBatchMs,
  searchPendingMs,
  searchIndexedMs,
  peakRssMiB: peakRssMiB(),
});
