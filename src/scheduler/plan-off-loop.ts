// Where a job plans: in a worker thread on its own read-only connection when the job asks for it
// (the bot's scheduler does: planning 100,000 items takes seconds, which would stall every
// /motie command meanwhile), on the calling thread otherwise (the CLI, an in-memory database).
// The plan arrives in parts (plan-tasks.ts), each deserialised in its own turn of the event loop.
//
// The worker is bounded in time and heap (issue 22): a worker that hangs would otherwise keep the
// job's lease renewed forever and nothing would be sent. Past its deadline or its heap, or when it
// fails or cannot start, it is stopped and the plan is made on the bot's own thread, as before the
// worker: sending the reminders matters more than a stall of seconds, and the plan's input is the
// bot's own database (bounded by the import limits), not something a stranger sends. Nothing is
// claimed before the plan is complete, so a stopped worker leaves nothing half sent; a part that
// already arrived is dropped and the whole plan is made again.
import { resolve } from 'node:path';
import { silentLog } from '../log.ts';
import { runTask } from '../worker/run-task.ts';
import type { TaskName } from '../worker/task-names.ts';
import type { JobDeps, PlanWorker } from './run-job.ts';
import { PlanningFailed } from './planning-failed.ts';

/** What a planning task gets besides its own input: the database file to open read-only. */
export interface PlanTaskInput {
  path: string;
}

/**
 * The planning thread runs at nice 5 below the bot's thread (Linux; run-task.ts): with the jobs
 * planning over 100,000 items, a /motie command's answer otherwise waited for a core behind the
 * planning thread (its p99 rose from about 20 to 37-44 ms; issue 28). Moderately: at nice 19 a
 * planning thread on a machine at load 12 got so little CPU that it missed its deadline, and the
 * run would then send nothing.
 */
export const PLAN_NICENESS = 5;

/**
 * The planning worker is kept this long after a plan, for the next job's (digest, reminders, the
 * TK notices run one after the other): a warm worker plans 100,000 items in about a third of a new
 * one's CPU time (no thread start, module loading or cold code), and that CPU time is what a
 * /motie command's answer waits behind on a busy machine (issue 28). Idle, it holds nothing: it
 * opens the database per plan, and it never keeps the bot from exiting.
 */
export const PLAN_WORKER_KEPT_MILLIS = 60_000;

/**
 * Planning 100,000 items takes 2-6 s in the worker (under tsx, at load 16); 500 channels with
 * 37,000 messages some more. Five minutes is a worker that hangs, not a slow one.
 */
const PLAN_WORKER: PlanWorker = { maxMillis: 5 * 60_000, maxHeapMb: 1024, niceness: PLAN_NICENESS, keepForMillis: PLAN_WORKER_KEPT_MILLIS, run: runTask };

export async function planOffLoop<T>(
  deps: Pick<JobDeps, 'db' | 'planInWorker' | 'planWorker' | 'signal' | 'logger'>,
  task: TaskName,
  input: object,
  inline: () => T[],
): Promise<T[]> {
  const client = deps.db.$client;
  if (!deps.planInWorker || client.memory) return inline();
  const { maxMillis, maxHeapMb, niceness, keepForMillis, run } = { ...PLAN_WORKER, ...deps.planWorker };
  const deadline = AbortSignal.timeout(maxMillis);
  const planned: T[] = [];
  try {
    await run(task, { ...input, path: resolve(client.name) } satisfies PlanTaskInput, {
      signal: deps.signal ? AbortSignal.any([deps.signal, deadline]) : deadline,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
      niceness,
      keepForMillis,
      onPart: (part: T[]) => {
        for (const message of part) planned.push(message);
      },
    });
    return planned;
  } catch (error) {
    // Stopped (the bot shuts down): the run ends unplanned and claims nothing.
    if (deps.signal?.aborted) throw error;
    const outOfHeap = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    if (deadline.aborted || outOfHeap) {
      // Not re-planned here: a plan that took the worker past its deadline or heap would stall or
      // exhaust the bot's own thread. The run ends unplanned (nothing claimed); the next run retries.
      const why = deadline.aborted ? `it did not finish within ${maxMillis} ms and was stopped` : `it needed more than its ${maxHeapMb} MB heap and was stopped`;
      (deps.logger ?? silentLog).error(`${task}: planning in a worker thread failed (${why}); this run ends unplanned and the next run plans again`);
      throw new PlanningFailed(why);
    }
    // The worker could not start or read the database: plan here, as before the worker.
    (deps.logger ?? silentLog).warn(`${task}: planning in a worker thread failed (${(error as Error).message}); planning on the main thread`);
    return inline();
  }
}

