// The sync on the recorded month (September 2025, real records rebuilt as SyncFeed pages).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncTk, type TkSyncDeps } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { listTriage } from '../../src/store/tk.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';
import { serveRecordedMonth } from '../helpers/recorded-month.ts';

let fake: FakeSyncFeed;
let t: TempDb;
let clock: number;
beforeEach(async () => {
  fake = await startFakeSyncFeed();
  t = openTempDb();
  clock = Date.parse('2025-10-06T08:00:00Z');
});
afterEach(async () => {
  t.cleanup();
  await fake.close();
});

const deps = (overrides: Partial<TkSyncDeps> = {}): TkSyncDeps => ({ db: t.db, baseUrl: fake.base, scope: [], now: () => new Date((clock += 1000)), pageDelayMs: 0, moties: true, client: { backoffMs: 1 }, ...overrides });

describe('syncTk on the recorded month', () => {
  it('reads every page of the motie feeds and turns each adopted motie into an item or a triage entry', async () => {
    serveRecordedMonth(fake);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', caughtUp: true });
    // 563 zaken, 56 dossiers, 774 actors, 572 besluiten.
    expect(report.entries).toBe(563 + 56 + 774 + 572);
    // 362 moties whose latest vote adopted them (4 more were adopted and then rejected on a second vote).
    expect(listItems(t.db).length + listTriage(t.db).length).toBe(362);
  });
});
