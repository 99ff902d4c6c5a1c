// The worker thread's entry (see run-task.ts): runs the task named in workerData with its input,
// posting its parts and then its result, or the error's message. Each task's module loads only
// when that task runs.
import { getPriority, setPriority } from 'node:os';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { NextTask, PartAck, TaskData, TaskMessage } from './run-task.ts';
import type { TaskName } from './task-names.ts';

type Task = (input: never, post: (part: unknown) => void) => unknown;

const TASKS: Record<TaskName, () => Promise<Task>> = {
  'plan-digest': async () => (await import('../scheduler/plan-tasks.ts')).planDigestTask,
  'plan-reminders': async () => (await import('../scheduler/plan-tasks.ts')).planRemindersTask,
  export: async () => (await import('../verbs/overzicht/export-task.ts')).exportTask,
  'parse-feed': async () => (await import('../adapters/tk/parse-feed.ts')).parseFeed,
  'read-source': async () => (await import('../import/document/read-source.ts')).readSourceTask,
};

const { task, input, niceness, kept, preload } = workerData as TaskData & { input: never };
const port = parentPort;
const send = (message: TaskMessage) => {
  port?.postMessage(message);
};

/**
 * Raises this thread's nice value by `niceness` (run-task.ts' TaskOptions). On Linux the nice value
 * belongs to the thread: setpriority for "this process" (0) called from this thread changes only
 * this thread. Elsewhere it would change the whole process, the bot's own thread included: nothing
 * happens there. Returns the thread's nice value, or null where it was not changed or read.
 */
function lowerPriority(by: number): number | null {
  if (process.platform !== 'linux' || !(by > 0)) return null;
  try {
    setPriority(0, Math.min(19, getPriority(0) + by));
    return getPriority(0);
  } catch {
    return null;
  }
}

/** Resolves the part waiting for the bot's acknowledgement (run-task.ts acknowledges each in a later turn). */
let acknowledged: (() => void) | null = null;

/**
 * Runs a task; its parts are posted one at a time, each after the bot has acknowledged the one
 * before. Posted back to back, the bot's thread would deserialise every part that has queued up in
 * one turn of its event loop (Node hands all queued messages of a port to one turn), the whole
 * plan of 37,000 messages at once, and a /motie command would wait for that.
 */
async function runOne(name: TaskName, taskInput: never, nice: number | null): Promise<void> {
  send({ type: 'started', nice, thread: threadId });
  try {
    const run = await TASKS[name]();
    const parts: unknown[] = [];
    const value = await run(taskInput, (part) => {
      parts.push(part);
    });
    for (const part of parts) {
      const ack = new Promise<void>((resolve) => {
        acknowledged = resolve;
      });
      send({ type: 'part', value: part });
      await ack;
    }
    send({ type: 'done', value });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

const nice = lowerPriority(niceness);
port?.on('message', (message: NextTask | PartAck) => {
  if (message.type === 'ack') {
    const resolve = acknowledged;
    acknowledged = null;
    resolve?.();
  } else if (kept) {
    // A kept worker (run-task.ts keepForMillis) runs its next task; the bot ends it when idle.
    void runOne(message.task, message.input as never, nice === null ? null : getPriority(0));
  }
});
// A prestarted worker (run-task.ts prestartWorker) loads its task's module and waits for the task.
if (task === null) {
  if (preload !== undefined) await TASKS[preload]();
} else await runOne(task, input, nice);
