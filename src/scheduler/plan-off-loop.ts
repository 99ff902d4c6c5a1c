// Where a job plans: in a worker thread on its own read-only connection when the job asks for it
// (the bot's scheduler does: planning 100,000 items takes seconds, which would stall every
// /motie command meanwhile), on the calling thread otherwise (the CLI, an in-memory database).
// The plan arrives in parts (plan-tasks.ts), each deserialised in its own turn of the event loop.
import { resolve } from 'node:path';
import { silentLog } from '../log.ts';
import { runTask } from '../worker/run-task.ts';
import type { TaskName } from '../worker/task-names.ts';
import type { JobDeps } from './run-job.ts';

/** What a planning task gets besides its own input: the database file to open read-only. */
export interface PlanTaskInput {
  path: string;
}

export async function planOffLoop<T>(
  deps: Pick<JobDeps, 'db' | 'planInWorker' | 'signal' | 'logger'>,
  task: TaskName,
  input: object,
  inline: () => T[],
): Promise<T[]> {
  const client = deps.db.$client;
  if (!deps.planInWorker || client.memory) return inline();
  const planned: T[] = [];
  try {
    await runTask(task, { ...input, path: resolve(client.name) } satisfies PlanTaskInput, {
      signal: deps.signal,
      onPart: (part: T[]) => {
        for (const message of part) planned.push(message);
      },
    });
    return planned;
  } catch (error) {
    if (deps.signal?.aborted) throw error;
    // Sending the reminders matters more than a stalled loop: plan here, as before the worker.
    (deps.logger ?? silentLog).warn(`${task}: planning in a worker thread failed (${(error as Error).message}); planning on the main thread`);
    return inline();
  }
}
