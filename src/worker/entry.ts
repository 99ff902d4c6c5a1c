// The worker thread's entry (see run-task.ts): runs the task named in workerData with its input,
// posting its parts and then its result, or the error's message. Each task's module loads only
// when that task runs.
import { parentPort, workerData } from 'node:worker_threads';
import type { TaskMessage } from './run-task.ts';
import type { TaskName } from './task-names.ts';

type Task = (input: never, post: (part: unknown) => void) => unknown;

const TASKS: Record<TaskName, () => Promise<Task>> = {
  'plan-digest': async () => (await import('../scheduler/plan-tasks.ts')).planDigestTask,
  'plan-reminders': async () => (await import('../scheduler/plan-tasks.ts')).planRemindersTask,
  export: async () => (await import('../verbs/overzicht/export-task.ts')).exportTask,
  'parse-feed': async () => (await import('../adapters/tk/parse-feed.ts')).parseFeed,
  'read-source': async () => (await import('../import/document/read-source.ts')).readSourceTask,
};

const { task, input } = workerData as { task: TaskName; input: never };
const port = parentPort;
const send = (message: TaskMessage) => {
  port?.postMessage(message);
};
try {
  const run = await TASKS[task]();
  const value = await run(input, (part) => {
    send({ type: 'part', value: part });
  });
  send({ type: 'done', value });
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
