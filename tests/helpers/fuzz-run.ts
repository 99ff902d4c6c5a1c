// Runs one generated hostile input (tests/helpers/fuzz-cases.ts) the way a person would: a file
// through `motie import` into a real database, a feed page through `motie sync tk`'s syncTk. Says
// whether it threw and whether a refused input wrote anything.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syncTk } from '../../src/app/sync-tk.ts';
import { importCommand } from '../../src/cli/commands/import.ts';
import type { CliIo } from '../../src/cli/types.ts';
import type { Db } from '../../src/store/db.ts';
import type { FeedCase, FileCase } from './fuzz-cases.ts';
import type { FakeSyncFeed } from './fake-syncfeed.ts';

export interface CaseOutcome {
  name: string;
  /** 0: imported / synced; otherwise refused (exit code or sync status). */
  code: number | string;
  /** A refused input that changed the database. */
  wroteWhenRefused: boolean;
  threw: string | null;
  ms: number;
}

function rowsOf(db: Db): string {
  return ['items', 'audit_log', 'responsibilities', 'tk_records'].map((table) => (db.$client.prepare(`SELECT COUNT(*) AS n, MAX(rowid) AS m FROM ${table}`).get() as { n: number; m: number | null }).n).join(',');
}

export async function runFileCase(c: FileCase, dir: string, dbPath: string, db: Db): Promise<CaseOutcome> {
  const started = Date.now();
  const path = join(dir, `input${c.extension}`);
  writeFileSync(path, c.bytes());
  const io: CliIo = { out: () => undefined, err: () => undefined, now: () => new Date('2025-05-01T08:00:00Z'), env: {}, dbPath };
  const before = rowsOf(db);
  try {
    const code = await importCommand.run({ positional: [path], flags: {} }, io);
    return { name: c.name, code, wroteWhenRefused: code !== 0 && rowsOf(db) !== before, threw: null, ms: Date.now() - started };
  } catch (error) {
    return { name: c.name, code: 'threw', wroteWhenRefused: rowsOf(db) !== before, threw: (error as Error).stack ?? String(error), ms: Date.now() - started };
  }
}

export async function runFeedCase(c: FeedCase, fake: FakeSyncFeed, db: Db, clock: { now: number }): Promise<CaseOutcome> {
  const started = Date.now();
  fake.pages.clear();
  fake.pages.set('', c.page);
  const before = rowsOf(db);
  try {
    const report = await syncTk({ db, baseUrl: fake.base, scope: [], now: () => new Date((clock.now += 1000)), pageDelayMs: 0, fromStart: true, maxPages: 5, client: { backoffMs: 1, maxWaitMs: 2, maxAttempts: 2 } });
    const refused = report.status === 'failed';
    return { name: c.name, code: report.status === 'done' ? 0 : report.status, wroteWhenRefused: refused && report.created + report.updated > 0, threw: null, ms: Date.now() - started };
  } catch (error) {
    return { name: c.name, code: 'threw', wroteWhenRefused: rowsOf(db) !== before, threw: (error as Error).stack ?? String(error), ms: Date.now() - started };
  }
}
