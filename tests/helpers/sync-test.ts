// The set-up every Tweede Kamer sync test repeats: a fake SyncFeed, a fresh database and a clock that
// moves one second per read, torn down after each test. `deps()` gives the sync its dependencies
// with this file's defaults and a test's overrides.
import { afterEach, beforeEach } from 'vitest';
import type { TkSyncDeps } from '../../src/app/sync-tk.ts';
import { openTempDb, type TempDb } from './db.ts';
import { startFakeSyncFeed, type FakeSyncFeed } from './fake-syncfeed.ts';

export interface SyncFeedTest {
  readonly fake: FakeSyncFeed;
  readonly t: TempDb;
  /** The clock's current value (UTC ms); each `now()` of the sync adds a second. */
  readonly clock: number;
  /** The clock as the sync reads it: a second later at every call. */
  readonly now: () => Date;
  readonly deps: (overrides?: Partial<TkSyncDeps>) => TkSyncDeps;
}

/** Registers the hooks; call it at the top of a test file or a describe block. */
export function useSyncFeedTest(start: string, defaults: Partial<TkSyncDeps> = {}): SyncFeedTest {
  let fake: FakeSyncFeed | undefined;
  let t: TempDb | undefined;
  let clock = Date.parse(start);
  beforeEach(async () => {
    fake = await startFakeSyncFeed();
    t = openTempDb();
    clock = Date.parse(start);
  });
  afterEach(async () => {
    t?.cleanup();
    await fake?.close();
  });
  const ready = () => {
    if (!fake || !t) throw new Error('useSyncFeedTest: used outside a test');
    return { fake, t };
  };
  return {
    get fake() {
      return ready().fake;
    },
    get t() {
      return ready().t;
    },
    get clock() {
      return clock;
    },
    now: () => new Date((clock += 1000)),
    deps: (overrides = {}) => ({
      db: ready().t.db,
      baseUrl: ready().fake.base,
      scope: ['OCW'],
      now: () => new Date((clock += 1000)),
      pageDelayMs: 0,
      client: { backoffMs: 1 },
      ...defaults,
      ...overrides,
    }),
  };
}
