// PRAGMA quick_check for the health endpoint, without blocking the bot. quick_check reads every
// page: with 100,000 items (a 130 MB file) it takes seconds, so it never runs on the event loop.
// It runs in a worker thread on its own read-only connection, at most once per `maxAgeMs`, when
// someone asks for the result; the caller gets the latest finished result at once (with its time)
// and the next one when the worker is done.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface QuickCheckResult {
  /** [] when quick_check said "ok". */
  problems: string[];
  /** When it finished (ms UTC). */
  checkedAt: number;
}

export interface QuickCheckMonitor {
  /** The latest finished result (null before the first), and whether a check is running now. */
  latest(): { result: QuickCheckResult | null; checking: boolean };
  /** Starts a check in the background when the latest is older than maxAgeMs (or missing) and none runs. */
  refreshIfOld(now: number): void;
  /** Resolves with the result of a check started now (or the running one). */
  checkNow(): Promise<QuickCheckResult>;
  /** Stops a running check. */
  stop(): Promise<void>;
}

export interface QuickCheckMonitorOptions {
  path: string;
  /** How old the latest result may be before a request starts a new check. */
  maxAgeMs: number;
  /** A result known at start (the start-up check), so the first request has one. */
  initial?: QuickCheckResult | null;
  /** A check that runs longer than this is stopped and reported as a problem. */
  timeoutMs?: number;
  now?: () => number;
}

// The worker is plain CommonJS given as a string: it runs the same in the compiled bot and in tests
// that import the TypeScript sources. It opens the file read-only and never migrates or writes.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db = null;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ problems: rows.map((r) => String(r.quick_check)).filter((r) => r !== 'ok') });
} catch (error) {
  parentPort.postMessage({ problems: [String((error && error.message) || error)] });
} finally {
  if (db) db.close();
}
`;

const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

export function createQuickCheckMonitor(options: QuickCheckMonitorOptions): QuickCheckMonitor {
  const now = options.now ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  let latest: QuickCheckResult | null = options.initial ?? null;
  let running: { worker: Worker | null; done: Promise<QuickCheckResult> } | null = null;

  const start = (): Promise<QuickCheckResult> => {
    if (running) return running.done;
    if (options.path === ':memory:') {
      latest = { problems: [], checkedAt: now() };
      return Promise.resolve(latest);
    }
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { driver: DRIVER, path: resolve(options.path) } });
    worker.unref();
    const done = new Promise<QuickCheckResult>((resolveDone) => {
      let settled = false;
      const finish = (problems: string[]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        latest = { problems, checkedAt: now() };
        running = null;
        resolveDone(latest);
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        finish([`quick_check did not finish within ${Math.round(timeoutMs / 1000)} s`]);
      }, timeoutMs);
      timer.unref();
      worker.on('message', (message: { problems: string[] }) => {
        finish(message.problems);
      });
      worker.on('error', (error) => {
        finish([error.message]);
      });
      worker.on('exit', (code) => {
        finish([`quick_check worker exited with code ${code}`]);
      });
    });
    running = { worker, done };
    return done;
  };

  return {
    latest: () => ({ result: latest, checking: running !== null }),
    refreshIfOld(at) {
      if (running) return;
      if (latest && at - latest.checkedAt < options.maxAgeMs) return;
      void start();
    },
    checkNow: start,
    async stop() {
      const current = running;
      if (current?.worker) await current.worker.terminate();
    },
  };
}
