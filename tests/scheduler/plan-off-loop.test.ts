// The reminder and digest jobs plan in a worker thread on a read-only connection of their own
// (src/scheduler/plan-off-loop.ts, src/worker/run-task.ts), so that planning 100,000 items never
// stalls the bot's event loop (issue 28). What holds it: the plan comes from the worker (the
// main-thread planner is never called), the event loop keeps turning while it plans, the plan is
// the one the main thread makes, and the sent log's guarantees hold (nothing twice, nothing lost).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPriority } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { PLAN_NICENESS, PLAN_WORKER_KEPT_MILLIS, planOffLoop } from '../../src/scheduler/plan-off-loop.ts';
import { PLAN_PART_SIZE } from '../../src/scheduler/plan-tasks.ts';
import { PlanningFailed } from '../../src/scheduler/planning-failed.ts';
import { planDigestMessages, runDigest } from '../../src/scheduler/run-digest.ts';
import type { JobDeps, PlanWorker } from '../../src/scheduler/run-job.ts';
import { planReminderMessages, runReminders } from '../../src/scheduler/run-reminders.ts';
import { getLease } from '../../src/store/leases.queries.ts';
import { markDone } from '../../src/store/items.queries.ts';
import { endKeptWorkers, runTask } from '../../src/worker/run-task.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { openTempDb } from '../helpers/db.ts';
import { loopTurns } from '../helpers/loop-turns.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

const MONDAY = new Date('2026-06-01T07:00:00Z');
const LEAD_DAYS = [28, 7, 0];

/**
 * A planning worker that hangs: it never posts a part or an answer, and ends only when its signal
 * stops it (as runTask terminates its thread then). `stopped` tells whether it was stopped.
 */
function hungWorker(): { run: PlanWorker['run']; stopped: () => boolean } {
  let stopped = false;
  const run = ((_task: string, _input: unknown, options: { signal?: AbortSignal }) =>
    new Promise((_resolve, reject) => {
      options.signal?.addEventListener('abort', () => {
        stopped = true;
        reject(options.signal?.reason as Error);
      });
    })) as PlanWorker['run'];
  return { run, stopped: () => stopped };
}

function recordingLog(): { warnings: string[]; errors: string[]; logger: JobDeps['logger'] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, logger: { info: () => {}, warn: (m: string) => { warnings.push(m); }, error: (m: string) => { errors.push(m); }, debug: () => {} } };
}

// Each test starts workers, which under vitest first load the sources through tsx: seconds on a busy machine.
describe('planning the jobs off the event loop', { timeout: 60_000 }, () => {
  let w: JobWorld;
  let deps: JobDeps;
  beforeEach(async () => {
    w = await jobWorld();
    deps = { db: w.db, slack: w.slack, now: () => MONDAY, planInWorker: true };
    link(w.db, 'SOCW', 'C1');
    link(w.db, 'MOCW', 'C1');
    link(w.db, 'JenV', 'C2');
    for (let i = 0; i < 30; i++) addItem(w.db, i % 2 ? 'SOCW' : 'JenV', `2026-05-${String(10 + (i % 15)).padStart(2, '0')}`);
    addItem(w.db, 'MOCW', '2026-06-08');
    addItem(w.db, 'MOCW', '2026-06-29');
    addItem(w.db, 'SOCW', null);
    markDone(w.db, addItem(w.db, 'SOCW', '2026-05-20', 'Klaar'), 'U1', Date.parse('2026-05-29T10:00:00Z'));
  });
  afterEach(async () => {
    await w.close();
    await endKeptWorkers();
  });

  it('plans in the worker: the main-thread planner is not called, and the loop turns meanwhile', async () => {
    const turns = loopTurns();
    const planned = await planOffLoop({ ...deps, logger: { info: () => {}, warn: (m: string) => { throw new Error(m); }, error: () => {}, debug: () => {} } }, 'plan-digest', { today: '2026-06-01' }, () => {
      throw new Error('planned on the main thread');
    });
    expect(turns.stop()).toBeGreaterThan(1);
    expect(planned).toEqual(planDigestMessages(w.db, '2026-06-01'));
    expect(planned).toHaveLength(2);
  });

  it.runIf(process.platform === 'linux')('plans on a thread PLAN_NICENESS below the bot\'s (Linux), which keeps its own priority', async () => {
    const own = getPriority(0);
    const seen: (number | null)[] = [];
    const run = ((task, input, options) => runTask(task, input, { ...options, onStarted: ({ nice }) => { seen.push(nice); } })) as PlanWorker['run'];
    const planned = await planOffLoop({ ...deps, planWorker: { run } }, 'plan-digest', { today: '2026-06-01' }, () => {
      throw new Error('planned on the main thread');
    });
    expect(planned).toEqual(planDigestMessages(w.db, '2026-06-01'));
    expect(PLAN_NICENESS).toBeGreaterThan(0);
    expect(seen).toEqual([Math.min(19, own + PLAN_NICENESS)]);
    expect(getPriority(0)).toBe(own);
  });

  // Issue 28: a warm worker plans in about a third of a new one's CPU time, beside the bot's loop.
  it('plans the digest and then the reminders on one kept thread, the same plans as on the main thread', async () => {
    const threads: number[] = [];
    const keptFor: (number | undefined)[] = [];
    const run = ((task, input, options) => {
      keptFor.push(options?.keepForMillis);
      return runTask(task, input, { ...options, onStarted: ({ thread }) => { threads.push(thread); } });
    }) as PlanWorker['run'];
    const digest = await runDigest({ ...deps, dryRun: true, planWorker: { run } });
    const reminders = await runReminders({ ...deps, dryRun: true, leadDays: LEAD_DAYS, planWorker: { run } });
    const again = await runDigest({ ...deps, dryRun: true, planWorker: { run } });
    expect(keptFor).toEqual([PLAN_WORKER_KEPT_MILLIS, PLAN_WORKER_KEPT_MILLIS, PLAN_WORKER_KEPT_MILLIS]);
    expect(PLAN_WORKER_KEPT_MILLIS).toBeGreaterThan(0);
    expect(threads).toHaveLength(3);
    expect(new Set(threads).size).toBe(1);
    expect(digest.preview).toEqual((await runDigest({ ...deps, dryRun: true, planInWorker: false })).preview);
    expect(again.preview).toEqual(digest.preview);
    expect(reminders.preview).toEqual((await runReminders({ ...deps, dryRun: true, leadDays: LEAD_DAYS, planInWorker: false })).preview);
  });

  // Issue 28: Node hands every message queued on a port to one turn of the event loop, so parts
  // posted back to back were deserialised together (a whole plan at once, whatever its part size).
  it('takes the plan part by part, each after the turn of the one before has ended, and the plan is unchanged', async () => {
    for (let i = 0; i < 2 * PLAN_PART_SIZE + 5; i++) addItem(w.db, 'SOCW', '2026-06-08');
    /** Per part: had the turn in which the part before arrived ended (a message port's turn of its own)? */
    const afterTurn: boolean[] = [];
    let turnEnded = true;
    const run = ((task, input, options) => runTask(task, input, {
      ...options,
      onPart: (part) => {
        afterTurn.push(turnEnded);
        turnEnded = false;
        const { port1, port2 } = new MessageChannel();
        port2.once('message', () => {
          port1.close();
          turnEnded = true;
        });
        port1.postMessage(null);
        // Holds this turn long enough for a worker posting back to back to queue every other part.
        const until = Date.now() + 30;
        while (Date.now() < until) { /* busy */ }
        options?.onPart?.(part);
      },
    })) as PlanWorker['run'];
    const input = { today: '2026-06-01' as const, leadDays: LEAD_DAYS, rappels: [] };
    const planned = await planOffLoop({ ...deps, planWorker: { run } }, 'plan-reminders', input, () => {
      throw new Error('planned on the main thread');
    });
    expect(afterTurn.length).toBeGreaterThanOrEqual(3);
    expect(afterTurn).toEqual(afterTurn.map(() => true));
    expect(planned).toEqual(planReminderMessages(w.db, input));
  });

  it('gives the same digest and reminders as planning on the main thread (dry runs)', async () => {
    const inWorker = await runDigest({ ...deps, dryRun: true });
    const inline = await runDigest({ ...deps, dryRun: true, planInWorker: false });
    expect(inWorker.preview).toEqual(inline.preview);
    const reminders = { ...deps, dryRun: true, leadDays: LEAD_DAYS };
    const r1 = await runReminders(reminders);
    const r2 = await runReminders({ ...reminders, planInWorker: false });
    expect(r1.preview.length).toBeGreaterThan(2);
    expect(r1.preview).toEqual(r2.preview);
    expect(r1.preview.map((p) => p.what)).toEqual(expect.arrayContaining(['overdue', 'reminder:7']));
  });

  it('sends what the worker planned once: a second run sends nothing, and an overdue message can still be rebuilt', async () => {
    const first = await runReminders({ ...deps, leadDays: LEAD_DAYS });
    expect(first).toMatchObject({ status: 'done', pending: 0 });
    expect(first.posted).toBeGreaterThan(1);
    const rows = sentRows(w.db);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    expect(await runReminders({ ...deps, leadDays: LEAD_DAYS })).toMatchObject({ posted: 0, pending: 0 });
    expect(sentRows(w.db)).toEqual(rows);
    // the planned overdue message crosses the thread boundary as data and gets its rebuild back
    const planned = planReminderMessages(w.db, { today: '2026-06-08', leadDays: LEAD_DAYS, rappels: [] });
    expect(planned.some((p) => p.overdue)).toBe(true);
  });

  it('a run stopped while the worker plans claims nothing and is not complete, so the next run sends it all', async () => {
    const controller = new AbortController();
    const stopped = await runReminders({ ...deps, leadDays: LEAD_DAYS, signal: controller.signal, onLeaseTaken: () => { controller.abort(); } });
    expect(stopped).toMatchObject({ status: 'incomplete', reason: 'stopped', posted: 0 });
    expect(sentRows(w.db)).toEqual([]);
    expect(getLease(w.db, 'reminders')?.lastCompletedAt ?? null).toBeNull();
    const next = await runReminders({ ...deps, leadDays: LEAD_DAYS });
    expect(next).toMatchObject({ status: 'done', pending: 0 });
    expect(next.posted).toBeGreaterThan(1);
  });

  it('plans on the main thread when the worker cannot read the database, and says so', async () => {
    const warnings: string[] = [];
    const memory = openDb(':memory:');
    // an in-memory database has no file a worker could open: planned here, no warning
    const here = await planOffLoop({ db: memory, planInWorker: true }, 'plan-digest', { today: '2026-06-01' }, () => ['inline']);
    expect(here).toEqual(['inline']);
    closeDb(memory);
    // a worker that fails (its database file is gone): planned here, with a warning
    const gone = openTempDb();
    gone.cleanup();
    const logger = { info: () => {}, warn: (m: string) => { warnings.push(m); }, error: () => {}, debug: () => {} };
    const failed = await planOffLoop({ db: gone.db, planInWorker: true, logger }, 'plan-digest', { today: '2026-06-01' }, () => ['inline']);
    expect(failed).toEqual(['inline']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/plan-digest: planning in a worker thread failed/);
  });

  // Issue 22: a worker that hangs kept the lease renewed and the run open forever.
  // Review 4 M2: a plan that passed the worker's deadline or heap is not re-run on the bot's thread.
  it('stops a worker that hangs at its deadline and does not plan on the main thread, saying so in English', async () => {
    const hung = hungWorker();
    const { warnings, errors, logger } = recordingLog();
    let inlineCalls = 0;
    await expect(planOffLoop({ ...deps, logger, planWorker: { maxMillis: 5, run: hung.run } }, 'plan-digest', { today: '2026-06-01' }, () => { inlineCalls++; return ['inline']; })).rejects.toBeInstanceOf(PlanningFailed);
    expect(hung.stopped()).toBe(true);
    expect(inlineCalls).toBe(0);
    expect(warnings).toEqual([]);
    expect(errors).toEqual(['plan-digest: planning in a worker thread failed (it did not finish within 5 ms and was stopped); this run ends unplanned and the next run plans again']);
  });

  it('stops a real worker that has not answered by its deadline (1 ms) and does not plan on the main thread', async () => {
    const { errors, logger } = recordingLog();
    await expect(planOffLoop({ ...deps, logger, planWorker: { maxMillis: 1 } }, 'plan-digest', { today: '2026-06-01' }, () => ['inline'])).rejects.toBeInstanceOf(PlanningFailed);
    expect(errors).toEqual([expect.stringMatching(/did not finish within 1 ms and was stopped/)]);
  });

  it('a reminder run whose worker hangs ends unplanned and not complete, claims nothing; the next run sends everything once', async () => {
    const inlineRun = await runReminders({ ...deps, dryRun: true, leadDays: LEAD_DAYS, planInWorker: false });
    const hungRun = await runReminders({ ...deps, leadDays: LEAD_DAYS, planWorker: { maxMillis: 5, run: hungWorker().run } });
    expect(hungRun).toMatchObject({ status: 'incomplete', reason: 'planning-failed', posted: 0 });
    expect(sentRows(w.db)).toEqual([]);
    expect(getLease(w.db, 'reminders')?.lastCompletedAt ?? null).toBeNull();
    const run = await runReminders({ ...deps, leadDays: LEAD_DAYS, planInWorker: false });
    expect(run).toMatchObject({ status: 'done', pending: 0, posted: inlineRun.planned });
    const rows = sentRows(w.db);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true);
  });

  it('a run stopped while its worker hangs ends as stopped, claims nothing and does not plan on the main thread', async () => {
    const hung = hungWorker();
    const controller = new AbortController();
    const { warnings, logger } = recordingLog();
    const stopped = await runReminders({ ...deps, logger, leadDays: LEAD_DAYS, signal: controller.signal, planWorker: { maxMillis: 60_000, run: hung.run }, onLeaseTaken: () => { setImmediate(() => { controller.abort(); }); } });
    expect(hung.stopped()).toBe(true);
    expect(stopped).toMatchObject({ status: 'incomplete', reason: 'stopped', posted: 0 });
    expect(sentRows(w.db)).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
