// The lease is renewed from a timer while a job posts. A renewal that fails (another connection
// holds the write lock) used to throw inside setInterval: an uncaught exception that ends the
// process. Now it is logged, the run goes on while the lease holds, and stops at a safe point
// once the lease can no longer be vouched for (issue 17).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/scheduler/run-reminders.ts';
import type { SlackPoster } from '../../src/outbox/send.ts';
import { getLease } from '../../src/store/leases.queries.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

const TTL = 3000; // renewed every second

describe('renewing the lease while the database is locked by another connection', () => {
  let w: JobWorld;
  let other: Database.Database;
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);
  beforeEach(async () => {
    w = await jobWorld();
    // The job's connection gives up at once on a lock, as the bot's short busy timeout does.
    w.db.$client.pragma('busy_timeout = 0');
    other = new Database(w.t.path);
    uncaught.length = 0;
    process.on('uncaughtException', onUncaught);
  });
  afterEach(async () => {
    process.off('uncaughtException', onUncaught);
    if (other.inTransaction) other.exec('ROLLBACK');
    other.close();
    await w.close();
  });

  /** A poster whose first post waits until `release()`; the others answer at once. */
  function heldPoster() {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slack: SlackPoster = {
      chat: {
        postMessage: async (args) => {
          calls += 1;
          if (calls === 1) await gate;
          return w.slack.chat.postMessage(args);
        },
      },
    };
    return { slack, release, calls: () => calls };
  }

  function recordingLogger() {
    const warnings: string[] = [];
    const ignore = () => undefined;
    return { warnings, logger: { debug: ignore, info: ignore, error: ignore, warn: (...m: unknown[]) => warnings.push(m.join(' ')) } };
  }

  /**
   * Two reminders due; a run whose first post is held while another connection takes the write
   * lock, until the lease renewal has failed on it. The caller moves the clock and lets go.
   */
  async function runWithFailedRenewal() {
    link(w.db, 'SOCW', 'C1');
    addItem(w.db, 'SOCW', '2026-06-01', 'Eerste');
    addItem(w.db, 'SOCW', '2026-06-08', 'Tweede');
    const poster = heldPoster();
    const { warnings, logger } = recordingLogger();
    const world = { clock: Date.parse('2026-06-01T07:00:00Z') };
    const run = runReminders({ db: w.db, slack: poster.slack, now: () => new Date(world.clock), leadDays: [7, 0], leaseTtlMs: TTL, logger, delivery: { perChannelMs: 0 } });
    await waitFor(() => poster.calls() === 1);
    other.exec('BEGIN IMMEDIATE');
    await waitFor(() => warnings.some((m) => m.includes('could not renew the lease')));
    return { run, poster, world };
  }

  it('survives a renewal that fails on the lock, and finishes the run once the lock is gone', async () => {
    const { run, poster, world } = await runWithFailedRenewal();
    other.exec('ROLLBACK');
    // The next renewal goes through again: the run keeps its lease and posts the rest.
    world.clock += 1000;
    const renewed = world.clock + TTL;
    await waitFor(() => (getLease(w.db, 'reminders')?.expiresAt ?? 0) >= renewed);
    poster.release();
    const result = await run;
    expect(uncaught).toEqual([]);
    expect(result).toMatchObject({ status: 'done', posted: 2, pending: 0 });
    expect(sentRows(w.db).map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(getLease(w.db, 'reminders')?.holder).toBe('');
  }, 60_000);

  it('stops at the next safe point when the lock outlasts the lease, leaving the rest pending', async () => {
    const { run, poster, world } = await runWithFailedRenewal();
    // The lease's time runs out while no renewal gets through: another process may take it now.
    world.clock += TTL;
    other.exec('ROLLBACK');
    poster.release();
    const result = await run;
    expect(uncaught).toEqual([]);
    expect(result).toMatchObject({ status: 'incomplete', reason: 'lease-lost', posted: 1, pending: 1 });
    // The post that was under way is recorded; the other one waits for the next run.
    expect(sentRows(w.db).map((r) => r.state)).toEqual(['sent']);
    expect(poster.calls()).toBe(1);
  }, 60_000);
});
