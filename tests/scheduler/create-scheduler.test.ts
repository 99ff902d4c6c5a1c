import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { amsterdamDateTime } from '../../src/clock.ts';
import cron from 'node-cron';
import { createScheduler, previousMatch, previousMatchInSlices, type Scheduler, type SchedulerDeps } from '../../src/scheduler/create-scheduler.ts';
import type { JobName, JobResult } from '../../src/scheduler/run-job.ts';
import { acquireLease, getLease, releaseLease } from '../../src/store/leases.queries.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { virtualPace } from '../helpers/virtual-pace.ts';
import { addItem, jobWorld, link, sentRows, type JobWorld } from './setup.ts';

const result = (job: JobName): JobResult => ({
  job,
  today: '2026-01-01',
  status: 'done',
  reason: null,
  planned: 0,
  posted: 0,
  alreadySent: 0,
  pending: 0,
  notices: 0,
  channelProblems: [],
  preview: [],
});

function stubJobs() {
  const calls: { job: JobName; at: string }[] = [];
  const jobs = {
    reminders: () => {
      calls.push({ job: 'reminders', at: new Date().toISOString() });
      return Promise.resolve(result('reminders'));
    },
    digest: () => {
      calls.push({ job: 'digest', at: new Date().toISOString() });
      return Promise.resolve(result('digest'));
    },
  };
  return { calls, jobs };
}

describe('createScheduler', () => {
  let w: JobWorld;
  let scheduler: Scheduler | null = null;
  let base: SchedulerDeps;
  beforeEach(async () => {
    w = await jobWorld();
    // The second between two posts in a channel passes on a virtual clock.
    // Plans on this thread: the worker's own start-up (tsx compiling the sources) is tested in plan-off-loop.test.ts.
    base = { db: w.db, slack: w.slack, reminderCron: '0 9 * * 1-5', digestCron: '0 9 * * 1', leadDays: [28, 7, 0], pace: virtualPace(), planInWorker: false };
  });
  afterEach(async () => {
    await scheduler?.stop();
    scheduler = null;
    vi.useRealTimers();
    await w.close();
  });

  describe('runs at 09:00 in Amsterdam on both sides of the DST changes', () => {
    it.each([
      // last Sunday of March 2026 is the 29th: CET (UTC+1) → CEST (UTC+2)
      { now: '2026-03-27T07:30:00Z', reminders: '2026-03-27T08:00:00.000Z', digest: '2026-03-30T07:00:00.000Z' },
      { now: '2026-03-27T12:00:00Z', reminders: '2026-03-30T07:00:00.000Z', digest: '2026-03-30T07:00:00.000Z' },
      { now: '2026-03-29T00:30:00Z', reminders: '2026-03-30T07:00:00.000Z', digest: '2026-03-30T07:00:00.000Z' },
      { now: '2026-03-29T05:00:00Z', reminders: '2026-03-30T07:00:00.000Z', digest: '2026-03-30T07:00:00.000Z' },
      { now: '2026-03-30T07:00:30Z', reminders: '2026-03-31T07:00:00.000Z', digest: '2026-04-06T07:00:00.000Z' },
      // last Sunday of October 2026 is the 25th: CEST → CET
      { now: '2026-10-23T06:30:00Z', reminders: '2026-10-23T07:00:00.000Z', digest: '2026-10-26T08:00:00.000Z' },
      { now: '2026-10-25T00:30:00Z', reminders: '2026-10-26T08:00:00.000Z', digest: '2026-10-26T08:00:00.000Z' },
      { now: '2026-10-25T12:00:00Z', reminders: '2026-10-26T08:00:00.000Z', digest: '2026-10-26T08:00:00.000Z' },
      { now: '2026-10-26T07:30:00Z', reminders: '2026-10-26T08:00:00.000Z', digest: '2026-10-26T08:00:00.000Z' },
    ])('at $now the next reminders run is $reminders, the next digest $digest', async ({ now, reminders, digest }) => {
      vi.useFakeTimers({ now: new Date(now) });
      scheduler = createScheduler({ ...base, catchUp: false, jobs: stubJobs().jobs });
      await scheduler.start();
      const nextReminders = scheduler.nextRun('reminders')!;
      const nextDigest = scheduler.nextRun('digest')!;
      expect(nextReminders.toISOString()).toBe(reminders);
      expect(nextDigest.toISOString()).toBe(digest);
      expect(amsterdamDateTime(nextReminders).slice(11)).toBe('09:00');
      expect(amsterdamDateTime(nextDigest).slice(11)).toBe('09:00');
    });

    it.each([
      { sunday: '2026-03-29T05:00:00Z', fires: '2026-03-30T07:00:00.000Z' },
      { sunday: '2026-10-25T05:00:00Z', fires: '2026-10-26T08:00:00.000Z' },
    ])('started on Sunday $sunday, the jobs fire at $fires (09:00 local) on Monday, once each', async ({ sunday, fires }) => {
      vi.useFakeTimers({ now: new Date(sunday) });
      const { calls, jobs } = stubJobs();
      scheduler = createScheduler({ ...base, catchUp: false, jobs });
      await scheduler.start();
      await vi.advanceTimersByTimeAsync(Date.parse(fires) - Date.parse(sunday) - 1000);
      expect(calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(2000);
      expect(calls.map((c) => c.job).sort()).toEqual(['digest', 'reminders']);
      expect(calls.every((c) => c.at.startsWith(fires.slice(0, 19)))).toBe(true);
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(calls).toHaveLength(2);
    });
  });

  describe('catch-up at start', () => {
    const monday1000 = new Date('2026-06-01T08:00:00Z'); // Monday 10:00 in Amsterdam

    it('runs each job once when its 09:00 run was missed, not once per missed run', async () => {
      // last completed run: a week and a half ago
      acquireLease(w.db, 'reminders', 'old', 0, 1);
      releaseLease(w.db, 'reminders', 'old', Date.parse('2026-05-20T07:00:00Z'));
      acquireLease(w.db, 'digest', 'old', 0, 1);
      releaseLease(w.db, 'digest', 'old', Date.parse('2026-05-18T07:00:00Z'));
      const { calls, jobs } = stubJobs();
      scheduler = createScheduler({ ...base, now: () => monday1000, jobs });
      expect(await scheduler.start()).toEqual(['reminders', 'digest']);
      expect(calls.map((c) => c.job)).toEqual(['reminders', 'digest']);
    });

    it('does not run a job whose last scheduled run completed', async () => {
      acquireLease(w.db, 'reminders', 'old', 0, 1);
      releaseLease(w.db, 'reminders', 'old', Date.parse('2026-06-01T07:00:05Z')); // today 09:00:05
      acquireLease(w.db, 'digest', 'old', 0, 1);
      releaseLease(w.db, 'digest', 'old', Date.parse('2026-05-29T07:00:05Z')); // last Friday: the Monday run was missed
      const { calls, jobs } = stubJobs();
      scheduler = createScheduler({ ...base, now: () => monday1000, jobs });
      expect(await scheduler.start()).toEqual(['digest']);
      expect(calls.map((c) => c.job)).toEqual(['digest']);
    });

    it('before 09:00 on a weekday looks at the previous weekday', () => {
      const tuesday0800 = new Date('2026-06-02T06:00:00Z');
      scheduler = createScheduler({ ...base, catchUp: false, now: () => tuesday0800, jobs: stubJobs().jobs });
      expect(scheduler.previousRun('reminders', tuesday0800)?.toISOString()).toBe('2026-06-01T07:00:00.000Z');
      expect(scheduler.previousRun('digest', tuesday0800)?.toISOString()).toBe('2026-06-01T07:00:00.000Z');
      const saturday = new Date('2026-06-06T10:00:00Z');
      expect(scheduler.previousRun('reminders', saturday)?.toISOString()).toBe('2026-06-05T07:00:00.000Z');
    });

    it('with the real job: the catch-up sends the missed reminders once, and a restart sends nothing more', async () => {
      link(w.db, 'SOCW', 'C1');
      addItem(w.db, 'SOCW', '2026-06-01');
      addItem(w.db, 'SOCW', '2026-06-08');
      const deps = { ...base, digestCron: '0 9 1 1 *', now: () => monday1000 };
      scheduler = createScheduler(deps);
      expect(await scheduler.start()).toEqual(['reminders']);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(2);
      expect(getLease(w.db, 'reminders')?.lastCompletedAt).toBe(monday1000.getTime());
      await scheduler.stop();

      scheduler = createScheduler(deps);
      expect(await scheduler.start()).toEqual([]);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(2);
    });
  });

  describe('a run skipped because another process held the lease', () => {
    const monday1000 = Date.parse('2026-06-01T08:00:00Z');
    /** A clock that stands at Monday 10:00 until the test moves it. */
    const world = { now: monday1000 };
    const clock = () => new Date(world.now);
    /** The look-again timer: recorded, fired by the test (no real wait). */
    const timers: { ms: number; fire: () => Promise<void>; cancelled: boolean }[] = [];
    const after = (ms: number, fn: () => Promise<void>) => {
      const timer = { ms, fire: fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    };
    beforeEach(() => {
      world.now = monday1000;
      timers.length = 0;
    });

    it('looks again when that lease ends: a holder that died without completing leaves the run to this process, which sends what is owed once', async () => {
      link(w.db, 'SOCW', 'C1');
      addItem(w.db, 'SOCW', '2026-06-01');
      addItem(w.db, 'SOCW', '2026-06-08');
      // a run that crashed (or a bot in another container that stopped renewing): 1.5 s left
      acquireLease(w.db, 'reminders', 'crashed-run@same-host', monday1000, 1500);
      scheduler = createScheduler({ ...base, digestCron: '0 9 1 1 *', now: clock, after });
      expect(await scheduler.start()).toEqual(['reminders']);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(0);
      expect(getLease(w.db, 'reminders')?.holder).toBe('crashed-run@same-host');
      // It looks again a second after the lease ends.
      expect(timers.map((t) => t.ms)).toEqual([2500]);
      world.now += 2500;
      await timers[0]!.fire();
      expect(getLease(w.db, 'reminders')?.lastCompletedAt).toBe(world.now);
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(2);
      expect(sentRows(w.db).map((r) => [r.state, r.attempts])).toEqual([['sent', 1], ['sent', 1]]);
    });

    it('looks again when that lease ends: a holder that completed its run meanwhile leaves nothing to do', async () => {
      link(w.db, 'SOCW', 'C1');
      addItem(w.db, 'SOCW', '2026-06-01');
      acquireLease(w.db, 'reminders', 'other-bot@same-host', monday1000, 1000);
      const logs: string[] = [];
      const logger = { debug() {}, info: (m: unknown) => logs.push(String(m)), warn: (m: unknown) => logs.push(String(m)), error: (m: unknown) => logs.push(String(m)) };
      scheduler = createScheduler({ ...base, digestCron: '0 9 1 1 *', now: clock, logger, after });
      await scheduler.start();
      // the other bot finishes its run (and posted, in its own process)
      releaseLease(w.db, 'reminders', 'other-bot@same-host', clock().getTime());
      expect(timers.map((t) => t.ms)).toEqual([2000]);
      world.now += 2000;
      await timers[0]!.fire();
      expect(w.fake.callsTo('chat.postMessage')).toHaveLength(0);
      expect(logs.filter((l) => l.includes('reminders: skipped (lease-held)'))).toHaveLength(1);
      expect(logs.some((l) => l.includes('running now'))).toBe(false);
    });

    it('cancels the look-again when it stops', async () => {
      acquireLease(w.db, 'reminders', 'other-bot@same-host', monday1000, 1000);
      scheduler = createScheduler({ ...base, digestCron: '0 9 1 1 *', now: clock, after });
      link(w.db, 'SOCW', 'C1');
      addItem(w.db, 'SOCW', '2026-06-01');
      await scheduler.start();
      expect(timers).toHaveLength(1);
      await scheduler.stop();
      scheduler = null;
      expect(timers[0]!.cancelled).toBe(true);
    });
  });

  describe('stop()', () => {
    it('stops the cron tasks and waits for a running job, which stops at a safe point', async () => {
      link(w.db, 'SOCW', 'C1');
      for (let i = 0; i < 4; i++) addItem(w.db, 'SOCW', '2026-06-01', `Motie ${i}`);
      // The clock stands still: the run waits for its second post until stop() ends the wait.
      scheduler = createScheduler({ ...base, catchUp: false, now: () => new Date('2026-06-01T07:00:00Z'), pace: virtualPace({ auto: false }) });
      await scheduler.start();
      const running = scheduler.run('reminders');
      expect(await scheduler.run('reminders')).toBeNull(); // no second run of the same job in this process
      await waitFor(() => w.fake.callsTo('chat.postMessage').length === 1);
      await scheduler.stop();
      expect(scheduler.nextRun('reminders')).toBeNull();
      const outcome = await running;
      expect(outcome).toMatchObject({ status: 'incomplete', reason: 'stopped', posted: 1, pending: 3 });
      expect(sentRows(w.db).map((r) => r.state)).toEqual(['sent']);
      expect(getLease(w.db, 'reminders')?.holder).toBe('');
      expect(await scheduler.run('reminders')).toBeNull(); // stopped: nothing new starts
      scheduler = null;
    });
  });
});

describe('the catch-up check at start keeps the event loop free', () => {
  it('a timer due at once fires while start() still scans 8 days of minutes (a pattern that never matched)', async () => {
    const w = await jobWorld();
    const order: string[] = [];
    // 1 January 09:00 lies more than 8 days back: no match, every minute is checked.
    const scheduler = createScheduler({
      db: w.db,
      slack: w.slack,
      reminderCron: '0 9 1 1 *',
      digestCron: '0 9 1 1 *',
      leadDays: [7],
      now: () => new Date('2026-06-01T08:00:00Z'),
      jobs: { reminders: () => Promise.reject(new Error('not owed')), digest: () => Promise.reject(new Error('not owed')) },
    });
    setTimeout(() => order.push('timer'), 0);
    const started = scheduler.start().then((caughtUp) => order.push(`started: ${caughtUp.join(',')}`));
    await started;
    await scheduler.stop();
    await w.close();
    expect(order).toEqual(['timer', 'started: ']);
  });

  it('previousMatchInSlices gives previousMatch\'s answer', async () => {
    for (const pattern of ['0 9 * * 1-5', '*/15 * * * *', '0 2 * * 0', '0 9 1 1 *']) {
      const task = cron.createTask(pattern, () => undefined, { timezone: 'Europe/Amsterdam' });
      for (const at of ['2026-06-02T06:00:00Z', '2026-10-25T00:59:59Z', '2026-10-25T02:30:00Z', '2026-03-29T01:30:00Z']) {
        expect((await previousMatchInSlices(task, new Date(at)))?.toISOString() ?? null, `${pattern} at ${at}`).toBe(previousMatch(task, new Date(at))?.toISOString() ?? null);
      }
      void task.destroy();
    }
  });
});
