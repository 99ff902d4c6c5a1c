// Cron wiring: the reminder and digest jobs on their schedules in Europe/Amsterdam, one catch-up
// run at start for a job whose last scheduled run was missed, and a stop() that waits for a
// running job to reach a safe point. Each task calls one job function; the jobs take the database
// lease themselves, so two processes on one database never both run a job.
import cron, { type ScheduledTask } from 'node-cron';
import { TIMEZONE } from '../domain/dates/timezone.ts';
import { getLease } from '../store/leases.queries.ts';
import type { JobDeps, JobName, JobResult } from './run-job.ts';

import { silentLog, type Log } from '../log.ts';
import { runDigest } from './run-digest.ts';
import { runReminders, type ReminderJobDeps } from './run-reminders.ts';

export interface SchedulerDeps extends Omit<JobDeps, 'signal' | 'today' | 'dryRun' | 'onLeaseTaken'> {
  reminderCron: string;
  digestCron: string;
  leadDays: readonly number[];
  /** The Eerste Kamer's rappel dates (calendar data); the reminder job reminds of each answer. */
  rappels?: ReminderJobDeps['rappels'];
  /** At start, run a job once when its last scheduled run did not complete (default true). */
  catchUp?: boolean;
  /** Plan each run in a worker thread (default true: the bot's event loop stays free; see plan-off-loop.ts). */
  planInWorker?: boolean;
  /** Replaces the job functions (tests). */
  jobs?: Partial<Record<JobName, (deps: ReminderJobDeps) => Promise<JobResult>>>;
  /**
   * Calls `fn` once after `ms` (the look again after another holder's lease; its promise ends when
   * that look and a run it started are through); returns the cancel. Default setTimeout, not
   * keeping the process alive. Tests fire it themselves.
   */
  after?: (ms: number, fn: () => Promise<void>) => () => void;
}

const realAfter = (ms: number, fn: () => Promise<void>): (() => void) => {
  const timer = setTimeout(() => void fn(), ms);
  timer.unref();
  return () => {
    clearTimeout(timer);
  };
};

export interface Scheduler {
  /** Starts both cron tasks, then runs the catch-up; resolves with the jobs that were caught up. */
  start(): Promise<JobName[]>;
  /** Stops the cron tasks and waits until a running job has stopped at a safe point. */
  stop(): Promise<void>;
  /** Runs a job now (unless it is already running in this process: then null). */
  run(job: JobName): Promise<JobResult | null>;
  /** The next scheduled run of a job (null when stopped). */
  nextRun(job: JobName): Date | null;
  /** The most recent time at or before `at` the job was scheduled for (minute precision, 8 days back at most). */
  previousRun(job: JobName, at: Date): Date | null;
  /** The jobs this process is running now and holds the lease for, with the holder id it took it under. */
  holding(): Partial<Record<JobName, string>>;
  /** False once stop() was called. */
  active(): boolean;
}

const LOOK_BACK_MINUTES = 8 * 24 * 60;
/** A run skipped for a held lease looks again this long after that lease would end … */
const RECHECK_MARGIN_MS = 1000;
/** … but never waits longer than this (a clock that jumps, a lease with a long time to live). */
const MAX_RECHECK_WAIT_MS = 10 * 60_000;

/** The latest minute at or before `at` that `task`'s pattern matches, looking back 8 days. */
export function previousMatch(task: Pick<ScheduledTask, 'match'>, at: Date): Date | null {
  const start = Math.floor(at.getTime() / 60_000) * 60_000;
  for (let i = 0; i <= LOOK_BACK_MINUTES; i++) {
    const candidate = new Date(start - i * 60_000);
    if (task.match(candidate)) return candidate;
  }
  return null;
}

/** Minutes previousMatchInSlices checks before it lets the event loop run. */
const SCAN_SLICE_MINUTES = 240;

/**
 * previousMatch without blocking the event loop: the scan checks up to 11,520 minutes (each a
 * time-zone conversion), which took up to seconds on a busy machine right after the bot started
 * listening. Slices of SCAN_SLICE_MINUTES with a setImmediate between them; the same answer.
 */
export async function previousMatchInSlices(task: Pick<ScheduledTask, 'match'>, at: Date): Promise<Date | null> {
  const start = Math.floor(at.getTime() / 60_000) * 60_000;
  for (let i = 0; i <= LOOK_BACK_MINUTES; i++) {
    if (i > 0 && i % SCAN_SLICE_MINUTES === 0) await new Promise((resolve) => setImmediate(resolve));
    const candidate = new Date(start - i * 60_000);
    if (task.match(candidate)) return candidate;
  }
  return null;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log: Log = deps.logger ?? silentLog;
  const clock = deps.now ?? (() => new Date());
  const controller = new AbortController();
  const running = new Map<JobName, Promise<JobResult | null>>();
  const rechecks = new Map<JobName, () => void>();
  const holders = new Map<JobName, string>();
  let stopped = false;

  const jobFns: Record<JobName, (d: ReminderJobDeps) => Promise<JobResult>> = {
    reminders: deps.jobs?.reminders ?? runReminders,
    digest: deps.jobs?.digest ?? runDigest,
  };

  const run = (job: JobName): Promise<JobResult | null> => {
    if (stopped) return Promise.resolve(null);
    const busy = running.get(job);
    if (busy) {
      log.info(`${job}: still running; this trigger is skipped`);
      return Promise.resolve(null);
    }
    const promise = (async () => {
      try {
        const result = await jobFns[job]({ planInWorker: true, ...deps, signal: controller.signal, onLeaseTaken: (holder) => holders.set(job, holder) });
        log.info(
          `${job}: ${result.status}${result.reason ? ` (${result.reason})` : ''}, ${result.posted} posted, ${result.pending} pending`,
        );
        if (result.reason === 'lease-held') recheckAfterLease(job, result.leaseHeldUntil ?? null);
        return result;
      } catch (error) {
        log.error(`${job}: run failed`, error);
        return null;
      } finally {
        running.delete(job);
        holders.delete(job);
      }
    })();
    running.set(job, promise);
    return promise;
  };

  const makeTask = (job: JobName, expression: string) =>
    cron.createTask(expression, () => run(job), { timezone: TIMEZONE, name: `motiebot-${job}`, noOverlap: true });
  const tasks: Record<JobName, ScheduledTask> = {
    reminders: makeTask('reminders', deps.reminderCron),
    digest: makeTask('digest', deps.digestCron),
  };

  const missed = async (job: JobName): Promise<boolean> => {
    const previous = await previousMatchInSlices(tasks[job], clock());
    if (!previous) return false;
    const last = getLease(deps.db, job)?.lastCompletedAt ?? null;
    return last === null || last < previous.getTime();
  };

  /**
   * Another process held the lease: look again just after that lease ends. When the holder
   * finished its run by then, nothing is owed; when it died (its lease expired without a
   * completed run) or stopped early, this process runs the job. A holder that is still working
   * renews its lease, so this waits again. This is how a restart after a crash, or a second bot,
   * finishes what a dead holder left pending without ever guessing that a holder is dead.
   */
  const recheckAfterLease = (job: JobName, until: number | null): void => {
    if (stopped || rechecks.has(job)) return;
    const wait = Math.min(Math.max((until ?? 0) - clock().getTime(), 0) + RECHECK_MARGIN_MS, MAX_RECHECK_WAIT_MS);
    const cancel = (deps.after ?? realAfter)(wait, async () => {
      rechecks.delete(job);
      const owed = await missed(job);
      if (stopped || !owed) return;
      log.info(`${job}: the lease that blocked the last run has ended without a completed run; running now`);
      await run(job);
    });
    rechecks.set(job, cancel);
  };

  return {
    async start() {
      for (const task of Object.values(tasks)) await task.start();
      if (deps.catchUp === false) return [];
      const caughtUp: JobName[] = [];
      for (const job of ['reminders', 'digest'] as const) {
        if (stopped || !(await missed(job))) continue;
        log.info(`${job}: the last scheduled run was missed; catching up once`);
        caughtUp.push(job);
        await run(job);
      }
      return caughtUp;
    },
    async stop() {
      stopped = true;
      for (const cancel of rechecks.values()) cancel();
      rechecks.clear();
      for (const task of Object.values(tasks)) {
        await task.stop();
        await task.destroy();
      }
      controller.abort();
      await Promise.allSettled([...running.values()]);
    },
    run,
    nextRun: (job) => (stopped ? null : tasks[job].getNextRun()),
    previousRun: (job, at) => previousMatch(tasks[job], at),
    holding: () => Object.fromEntries(holders),
    active: () => !stopped,
  };
}
