// The bot indexes what an import left pending for search at idle, a small batch per turn of the
// event loop (scheduler/search-indexer.ts): every batch bounded, a wait between batches, the lock
// of another process never waited for, nothing after stop().
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_ACTOR } from '../../src/domain/actor.ts';
import { startSearchIndexer, type IndexerTimers } from '../../src/scheduler/search-indexer.ts';
import { closeDb, inTransaction } from '../../src/store/db.ts';
import { insertItem } from '../../src/store/item-writes.ts';
import { withItemInsertsIndexedLater } from '../../src/store/search-index.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 2, 9, 0);

/** Timers run by hand: every wait the indexer asks for, in order, with whether it was cancelled. */
function manualTimers() {
  const waits: { kind: 'nextTurn' | 'after'; ms?: number; run: () => void; cancelled: boolean }[] = [];
  const timers: IndexerTimers = {
    nextTurn: (run) => {
      const wait = { kind: 'nextTurn' as const, run, cancelled: false };
      waits.push(wait);
      return () => { wait.cancelled = true; };
    },
    after: (ms, run) => {
      const wait = { kind: 'after' as const, ms, run, cancelled: false };
      waits.push(wait);
      return () => { wait.cancelled = true; };
    },
  };
  const runLast = () => {
    const last = waits.at(-1);
    if (!last || last.cancelled) throw new Error('nothing to run');
    last.run();
  };
  return { waits, timers, runLast };
}

describe('startSearchIndexer', () => {
  let t: TempDb;
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) };
  const pending = () => t.db.$client.prepare('SELECT count(*) FROM items_fts_pending').pluck().get() as number;
  const found = (word: string) => t.db.$client.prepare('SELECT count(*) FROM items_fts WHERE items_fts MATCH ?').pluck().get(word) as number;

  beforeEach(() => {
    t = openTempDb();
    warnings.length = 0;
    inTransaction(t.db, () => { withItemInsertsIndexedLater(t.db, () => {
      for (let i = 0; i < 25; i += 1) insertItem(t.db, { kind: 'motie', title: `Motie ${i} over jeugdzorg`, text: 'verzoekt de regering', responsible: [{ code: 'SVWS', ministry: 'VWS' }] }, IMPORT_ACTOR, NOW);
    }); });
  });
  afterEach(() => {
    t.cleanup();
  });

  it('indexes a bounded batch per turn of the event loop, then only looks again after a while', () => {
    const { waits, timers, runLast } = manualTimers();
    const indexer = startSearchIndexer({ db: t.db, logger, batch: 10, timers });
    // Nothing is done during start-up itself.
    expect(pending()).toBe(25);
    expect(waits.map((w) => w.kind)).toEqual(['nextTurn']);
    const left: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      runLast();
      left.push(pending());
    }
    expect(left).toEqual([15, 5, 0]);
    expect(found('jeugdzorg')).toBe(25);
    expect(waits.map((w) => w.kind)).toEqual(['nextTurn', 'nextTurn', 'nextTurn', 'after']);
    expect(waits.at(-1)?.ms).toBeGreaterThan(0);
    // Idle: a look finds nothing and waits again.
    runLast();
    expect(waits.map((w) => w.kind).slice(-2)).toEqual(['after', 'after']);
    indexer.stop();
    expect(warnings).toEqual([]);
  });

  it('starts no batch after stop(), also when a wait it cancelled still fires, nor on a closed database', () => {
    const { waits, timers, runLast } = manualTimers();
    const indexer = startSearchIndexer({ db: t.db, logger, batch: 10, timers });
    runLast();
    expect(pending()).toBe(15);
    indexer.stop();
    expect(waits.at(-1)?.cancelled).toBe(true);
    waits.at(-1)?.run();
    expect(pending()).toBe(15);
    expect(waits).toHaveLength(2);

    const other = manualTimers();
    startSearchIndexer({ db: t.db, logger, batch: 10, timers: other.timers });
    closeDb(t.db);
    other.runLast();
    expect(other.waits).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('does not wait for another process\'s write lock: it tries again later, and says why when a batch fails', () => {
    const { waits, timers, runLast } = manualTimers();
    const indexer = startSearchIndexer({ db: t.db, logger, batch: 10, timers });
    t.db.$client.pragma('busy_timeout = 25');
    const other = new Database(t.path);
    try {
      other.exec('BEGIN IMMEDIATE');
      runLast();
      expect(waits.at(-1)?.kind).toBe('after');
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    expect(pending()).toBe(25);
    expect(warnings).toEqual([]);
    t.db.$client.exec("CREATE TEMP TRIGGER planted BEFORE DELETE ON items_fts_pending BEGIN SELECT RAISE(ABORT, 'planted failure'); END");
    runLast();
    expect(pending()).toBe(25);
    expect(warnings.join('\n')).toContain('planted failure');
    expect(waits.at(-1)?.kind).toBe('after');
    t.db.$client.exec('DROP TRIGGER temp.planted');
    runLast();
    expect(pending()).toBe(15);
    indexer.stop();
  });

  it('drains everything with Node\'s own timers', async () => {
    const indexer = startSearchIndexer({ db: t.db, logger, batch: 4 });
    try {
      await expect.poll(pending).toBe(0);
      expect(found('jeugdzorg')).toBe(25);
    } finally {
      indexer.stop();
    }
  });
});
