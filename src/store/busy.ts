// A database that another process holds locked (an import from the CLI, a backup, a second bot):
// wait for it without blocking the event loop. better-sqlite3 is synchronous, and its busy
// timeout sleeps inside the call, so the bot's connection gives up after a few milliseconds
// (BOT_BUSY_TIMEOUT_MS) and the caller tries again from a timer, with backoff, up to a bound.
// Every change runs in one transaction, so a try that failed on the lock changed nothing and
// trying it again is safe.
import { sleepUnlessAborted } from '../clock.ts';

/** The bot's busy timeout: the longest one database call blocks the event loop on a lock. */
export const BOT_BUSY_TIMEOUT_MS = 25;

/** How long a person's change waits for a locked database before the bot says it did not happen. */
export const DEFAULT_LOCK_WAIT_MS = 60_000;

/** SQLITE_BUSY / SQLITE_LOCKED and their extended codes: another connection holds a lock. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The database stayed locked for longer than the caller was willing to wait. Nothing was changed. */
export class DatabaseBusyError extends Error {
  readonly code = 'DATABASE_BUSY';
  constructor(
    readonly waitedMs: number,
    readonly lastError: unknown,
  ) {
    super(`the database stayed locked by another process for ${Math.round(waitedMs)} ms`);
    this.name = 'DatabaseBusyError';
  }
}

export interface BusyRetryOptions {
  /** Give up (DatabaseBusyError) once this much time has passed since the first try. */
  maxWaitMs: number;
  /** The first pause; it doubles up to maxDelayMs. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Stop waiting (DatabaseBusyError) when aborted. */
  signal?: AbortSignal;
  /** Called before each pause: the how-manieth try failed on the lock, and how long it has waited. */
  onBusy?: (attempt: number, waitedMs: number) => void;
}


/**
 * Runs `fn`; when it fails because the database is locked, runs it again after a pause (25 ms,
 * doubling up to a second) until it succeeds or `maxWaitMs` has passed. Other errors pass through
 * at once. `fn` must be safe to run again after a busy failure: one transaction, or reads only.
 */
export async function retryWhileBusy<T>(fn: () => T | Promise<T>, options: BusyRetryOptions): Promise<T> {
  const start = performance.now();
  let delay = options.firstDelayMs ?? 25;
  const maxDelay = options.maxDelayMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isBusyError(error)) throw error;
      const waited = performance.now() - start;
      if (waited >= options.maxWaitMs || options.signal?.aborted) throw new DatabaseBusyError(waited, error);
      options.onBusy?.(attempt, waited);
      await sleepUnlessAborted(Math.min(delay, options.maxWaitMs - waited), options.signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}
