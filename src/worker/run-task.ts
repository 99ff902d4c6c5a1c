// Runs a named task in a worker thread, so that work of seconds (planning the reminder and digest
// jobs over 100,000 items, building a Word or Excel export, parsing a feed page) never blocks the
// bot's event loop. The task (src/worker/tasks.ts) may post parts: each part arrives as its own
// message, and the worker posts the next only after the bot has acknowledged it in a later turn,
// so a large answer is deserialised in slices between requests instead of in one long turn. One worker per call; it opens what it needs itself (a read-only
// connection to the database file: WAL lets it read while the bot writes).
//
// The worker's code is the same source in every form the bot runs in: dist/chunks/worker-<hash>.js
// in the compiled bot (scripts/build.mjs links it on its own and gives the bundles its name as
// MOTIEBOT_WORKER_CHUNK, so a bot left running through a rebuild keeps starting the worker of its
// own build), src/worker/entry.ts under tsx or vitest, loaded through tsx's loader registered
// inside the worker (a worker does not inherit it). That compiles the sources inside every worker,
// seconds each on a busy machine: the tests instead link the entry once per run and start that
// (useWorkerEntry; tests/worker-setup.ts).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';
import { CODE_DIR, PACKAGE_ROOT } from '../paths.ts';
import type { TaskName } from './task-names.ts';

export interface TaskOptions<P> {
  /** Each part the task posts, in order, as it arrives. */
  onPart?: (part: P) => void;
  /** Stops the worker; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  resourceLimits?: ResourceLimits;
  /**
   * How much lower than the bot's thread the worker thread runs (Linux: its nice value is raised by
   * this much, up to 19; elsewhere nothing changes, since there the call would lower the whole
   * process). Background work (the jobs' planning, an export) then yields the cores to the bot's
   * event loop when both want one, instead of stretching the answer to a slash command.
   */
  niceness?: number;
  /** Once the worker has started the task: its thread's nice value (null where niceness does not apply) and id. */
  onStarted?: (started: { nice: number | null; thread: number }) => void;
  /**
   * Keep the worker this many milliseconds after the task has answered, for the next task asked
   * with the same options (a job's steps: digest, reminders). A warm worker plans in about a third
   * of a new one's CPU time (no thread, module loading or cold code), which the bot's event loop
   * otherwise shares its cores with. Only for the bot's own tasks on its own data: a task that
   * fails, is stopped or posts an error ends its worker, and a document from outside is read in
   * a worker of its own (never kept).
   */
  keepForMillis?: number;
  /**
   * Take the idle worker prestartWorker started for this task with the same options, if there is
   * one (its thread and module have loaded while the caller got the input ready); it is not kept
   * after the task. Without one, a new worker starts as usual.
   */
  prestarted?: boolean;
  /**
   * Moved to the worker with its input instead of copied (the bytes of a 25 MB file to read stayed
   * on the importing thread too, at the import's peak; issue 28). The caller must not use them
   * afterwards: they are detached here.
   */
  transferList?: readonly Transferable[];
}

/** What the worker posts (src/worker/entry.ts). */
export type TaskMessage = { type: 'started'; nice: number | null; thread: number } | { type: 'part'; value: unknown } | { type: 'done'; value: unknown } | { type: 'error'; message: string };

/** What a worker gets in workerData (src/worker/entry.ts); a kept worker then gets its next tasks as messages. */
export interface TaskData {
  /** Null for a prestarted worker (prestartWorker): it loads `preload`'s module and waits for its task. */
  task: TaskName | null;
  preload?: TaskName;
  input: unknown;
  niceness: number;
  /** Kept after its task: it waits for a NextTask message after answering. */
  kept: boolean;
}

/** The next task for a kept worker (src/worker/entry.ts). */
export interface NextTask {
  type: 'task';
  task: TaskName;
  input: unknown;
}

/** The bot's acknowledgement of a part (in a turn after the part's own): the worker then posts the next. */
export interface PartAck {
  type: 'ack';
}

/** Set by scripts/build.mjs in the bundles; absent in the sources. */
declare const MOTIEBOT_WORKER_CHUNK: string | undefined;

const FROM_SOURCE = CODE_DIR.endsWith('src');
const ENTRY = FROM_SOURCE
  ? join(CODE_DIR, 'worker', 'entry.ts')
  : typeof MOTIEBOT_WORKER_CHUNK === 'string'
    ? join(CODE_DIR, 'chunks', MOTIEBOT_WORKER_CHUNK)
    : join(CODE_DIR, 'worker', 'entry.js');

// From the sources the worker first registers tsx's loader (a development dependency, present
// wherever the sources run), then loads the entry.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.loader).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

let linkedEntry: string | null = null;

/**
 * From the sources, starts workers from `entry` (a file linked from src/worker/entry.ts, plain
 * JavaScript, below the package root) instead of compiling the sources through tsx in each one;
 * null goes back to tsx. The compiled bot ignores it: it starts the worker chunk of its own build.
 */
export function useWorkerEntry(entry: string | null): void {
  linkedEntry = entry;
}

function startWorker(data: TaskData, resourceLimits: ResourceLimits | undefined, transferList: readonly Transferable[] = []): Worker {
  const transfer = transferList.length > 0 ? { transferList: [...transferList] } : {};
  // A linked entry is plain JavaScript: the worker gets none of the process's flags, so a process
  // started with `--import tsx` (the benchmarks) does not register tsx's loader in every worker again
  // (a third of a planning worker's CPU time), which the compiled bot's workers never do either.
  if (FROM_SOURCE && linkedEntry !== null) return new Worker(pathToFileURL(linkedEntry), { workerData: data, resourceLimits, execArgv: [], ...transfer });
  const entry = pathToFileURL(ENTRY).href;
  if (!FROM_SOURCE) return new Worker(new URL(entry), { workerData: data, resourceLimits, ...transfer });
  // require.resolve gives the CommonJS build of tsx/esm/api; the worker imports its ES build beside it.
  const loader = pathToFileURL(createRequire(join(PACKAGE_ROOT, 'package.json')).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(BOOTSTRAP, { eval: true, workerData: { ...data, loader, entry }, resourceLimits, ...transfer });
}

/**
 * Calls `fn` in a later turn of the event loop, as setImmediate would, through a message port of
 * its own: fake timers (vitest's default set fakes setImmediate) never hold it back, so a test
 * that fakes the clock can still await a worker's answer.
 */
function inTurnOfItsOwn(fn: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port2.once('message', () => {
    port1.close();
    fn();
  });
  port1.postMessage(null);
}

/** A worker kept after its task (keepForMillis), idle: the next task with the same options takes it. */
interface KeptWorker {
  worker: Worker;
  timer: NodeJS.Timeout;
  /** Forgets the worker when it exits while idle. */
  onExit: () => void;
}

/** At most one idle worker per kind of options. */
const keptWorkers = new Map<string, KeptWorker>();

function keyOf(options: TaskOptions<unknown>): string {
  return JSON.stringify([options.niceness ?? 0, options.resourceLimits ?? null, FROM_SOURCE ? linkedEntry : ENTRY]);
}

/** An idle kept worker for these options (taken: no longer idle), or null. */
function takeKept(key: string): Worker | null {
  const kept = keptWorkers.get(key);
  if (!kept) return null;
  keptWorkers.delete(key);
  clearTimeout(kept.timer);
  kept.worker.off('exit', kept.onExit);
  kept.worker.ref();
  return kept.worker;
}

/** Keeps an idle worker for `millis` (it then ends); it holds neither the process nor its exit. */
function keep(worker: Worker, key: string, millis: number): void {
  const previous = takeKept(key);
  if (previous) void previous.terminate();
  const forget = () => {
    if (keptWorkers.get(key)?.worker === worker) keptWorkers.delete(key);
  };
  const timer = setTimeout(() => {
    forget();
    void worker.terminate();
  }, millis);
  timer.unref();
  const onExit = () => {
    clearTimeout(timer);
    forget();
  };
  worker.once('exit', onExit);
  worker.unref();
  keptWorkers.set(key, { worker, timer, onExit });
}

/** Ends every idle kept worker now (tests; a bot that stops need not: they hold nothing). */
export function endKeptWorkers(): Promise<unknown> {
  const workers = [...keptWorkers.values()];
  keptWorkers.clear();
  return Promise.all(
    workers.map((kept) => {
      clearTimeout(kept.timer);
      kept.worker.off('exit', kept.onExit);
      return kept.worker.terminate();
    }),
  );
}

/** The key of a prestarted worker: its task's name besides the options (it loaded that task's module). */
const prestartKey = (task: TaskName, options: TaskOptions<unknown>) => `prestarted ${task} ${keyOf(options)}`;

/**
 * Starts a worker for `task` with `options` (resourceLimits, niceness) before its input is ready:
 * its thread starts and loads the task's module while the caller reads the input (a file to
 * import), and the next runTask of that task with the same options and `prestarted` takes it.
 * Idle, it holds neither the process nor its exit, and ends after `millis` or when it fails.
 * Returns its thread id.
 */
export function prestartWorker(task: TaskName, options: TaskOptions<unknown>, millis: number): number {
  const key = prestartKey(task, options);
  const idle = keptWorkers.get(key);
  if (idle) return idle.worker.threadId;
  const worker = startWorker({ task: null, preload: task, input: null, niceness: options.niceness ?? 0, kept: true }, options.resourceLimits);
  // A worker that cannot start is simply not taken (runTask then starts one and reports why).
  worker.on('error', () => {
    if (keptWorkers.get(key)?.worker === worker) keptWorkers.delete(key);
  });
  keep(worker, key, millis);
  return worker.threadId;
}

/**
 * Runs `task` with `input` in a worker thread (a new one, one kept from an earlier task with the
 * same options: keepForMillis, or one prestarted for it: prestarted); resolves with what it returns.
 */
export function runTask<R, P = never>(task: TaskName, input: unknown, options: TaskOptions<P> = {}): Promise<R> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  const keepFor = options.keepForMillis ?? 0;
  const key = keepFor > 0 ? keyOf(options as TaskOptions<unknown>) : null;
  const reused = options.prestarted ? takeKept(prestartKey(task, options as TaskOptions<unknown>)) : key === null ? null : takeKept(key);
  const worker = reused ?? startWorker({ task, input, niceness: options.niceness ?? 0, kept: key !== null }, options.resourceLimits, options.transferList);
  if (reused) reused.postMessage({ type: 'task', task, input } satisfies NextTask, [...(options.transferList ?? [])]);
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void, keepWorker = false) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      outcome();
      if (keepWorker && key !== null) keep(worker, key, keepFor);
      else void worker.terminate();
    };
    const onAbort = () => {
      finish(() => {
        reject(signal?.reason as Error);
      });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const onMessage = (message: TaskMessage) => {
      if (settled) return;
      if (message.type === 'started') {
        options.onStarted?.({ nice: message.nice, thread: message.thread });
      } else if (message.type === 'part') {
        try {
          options.onPart?.(message.value as P);
          // The next part comes only once this turn has ended (src/worker/entry.ts): a request
          // waiting on the event loop is answered between two parts, not after the whole plan.
          inTurnOfItsOwn(() => {
            if (!settled) worker.postMessage({ type: 'ack' } satisfies PartAck);
          });
        } catch (error) {
          finish(() => {
            reject(error instanceof Error ? error : new Error(String(error)));
          });
        }
      } else if (message.type === 'done') {
        // Resolved in a turn of its own: code awaiting the answer would otherwise run inside this
        // message's native callback, which holds the whole deserialised message (the reading
        // worker's document, a plan) until that code yields, whatever the code lets go of itself.
        // A 10,000-row import ran to its end that way, its document unreachable but not collectable.
        const { value } = message;
        finish(() => {
          inTurnOfItsOwn(() => {
            resolve(value as R);
          });
        }, true);
      } else {
        finish(() => {
          reject(new Error(`worker task ${task}: ${message.message}`));
        });
      }
    };
    const onError = (error: Error) => {
      finish(() => {
        reject(error);
      });
    };
    const onExit = (code: number) => {
      finish(() => {
        reject(new Error(`worker task ${task} exited with code ${code} before it finished`));
      });
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}
