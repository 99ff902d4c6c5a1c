// A deterministic slice of the fuzz run of issue 22 (bench/fuzz-inputs.ts runs 1,000+ inputs at
// full size): generated hostile Office, PDF, CSV and JSON files through `motie import` into a real
// database, and hostile SyncFeed pages through the sync. None may throw, and none that is refused
// may write anything. The largest cases are scaled down here (scale 0.02); the code paths are the same.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/store/db.ts';
import { startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';
import { tempDir } from '../helpers/db.ts';
import { feedCases, fileCases } from '../helpers/fuzz-cases.ts';
import { runFeedCase, runFileCase } from '../helpers/fuzz-run.ts';

let dir: string;
let dbPath: string;
let db: Db;
let fake: FakeSyncFeed;
beforeAll(async () => {
  dir = tempDir();
  dbPath = join(dir, 'fuzz.db');
  db = openDb(dbPath);
  fake = await startFakeSyncFeed();
});
afterAll(async () => {
  closeDb(db);
  await fake.close();
});

describe('fuzz: hostile files and feed pages (issue 22)', () => {
  it('40 generated hostile files: none throws, none refused writes anything, and both outcomes occur', async () => {
    const outcomes = [];
    for (const c of fileCases(40, 2201, 0.02)) outcomes.push(await runFileCase(c, dir, dbPath, db));
    expect(outcomes.filter((o) => o.threw).map((o) => `${o.name}: ${o.threw ?? ''}`)).toEqual([]);
    expect(outcomes.filter((o) => o.wroteWhenRefused).map((o) => o.name)).toEqual([]);
    expect(outcomes.some((o) => o.code === 0)).toBe(true);
    expect(outcomes.some((o) => o.code !== 0)).toBe(true);
  }, 180_000);

  it('16 generated hostile feed pages: none throws, and a refused page writes nothing', async () => {
    const clock = { now: Date.parse('2025-05-02T08:00:00Z') };
    const outcomes = [];
    for (const c of feedCases(16, 2202, 0.02)) outcomes.push(await runFeedCase(c, fake, db, clock));
    expect(outcomes.filter((o) => o.threw).map((o) => `${o.name}: ${o.threw ?? ''}`)).toEqual([]);
    expect(outcomes.filter((o) => o.wroteWhenRefused).map((o) => o.name)).toEqual([]);
  }, 180_000);
});
