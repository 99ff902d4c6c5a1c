// The one way a run takes a lease ("one scheduler at a time", RELIABILITY.md): the reminders and
// digest jobs, the TK notices and the TK sync all run their work inside withLease. It takes the
// lease (waiting for a database another process has locked), renews it while the work runs, and
// gives it back at the end, recording a completed run when the work says so. A renewal that fails
// (the database locked, say) does not end the process: the run goes on while the lease holds for
// certain and stops at its next safe point once less than a quarter of the time to live is left,
// because after the expiry another process may take it. The clock and the renewal timer are
// injected, so tests move time themselves.
import type { Log } from '../log.ts';
import { retryWhileBusy } from '../store/busy.ts';
import type { Db } from '../store/db.ts';
import { acquireLease, getLease, newHolderId, releaseLease, renewLease } from '../store/leases.queries.ts';

/** How long the outbox waits for a database another process has locked: taking or giving back a lease, claiming or confirming a send. */
export const OUTBOX_LOCK_WAIT_MS = 120_000;

/** A repeating timer; returns the function that stops it. Default: setInterval, not keeping the process alive. */
export type Every = (ms: number, fn: () => void) => () => void;

const realEvery: Every = (ms, fn) => {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
};

export interface LeasePolicy {
  db: Db;
  /** The clock, in ms UTC. */
  now: () => number;
  /** Time to live of the lease. */
  ttlMs: number;
  log: Log;
  /** The holder id to take it under; default a new random one (newHolderId). */
  holder?: string;
  /** Ends the wait for a locked database while taking the lease. */
  signal?: AbortSignal;
  /** How long taking and giving back the lease wait for a database another process has locked. */
  lockWaitMs?: number;
  /**
   * Renew from a timer every third of the time to live while the work runs (default). False: the
   * work renews itself at its safe points (lease.renew), as the TK sync does per feed page.
   */
  renewFromTimer?: boolean;
  /** The renewal timer; default setInterval (unref'd). */
  every?: Every;
  /** Told the holder id once the lease is taken (the health endpoint compares it with the table). */
  onTaken?: (holder: string) => void;
}

/** What the work gets: who holds the lease, whether it still may act, and the two things it may do. */
export interface HeldLease {
  holder: string;
  /** False once the lease is lost or can no longer be vouched for: stop at the next safe point. */
  readonly stillHolder: () => boolean;
  /** Renews now, for the time to live or `atLeastMs` if longer (a long wait ahead); false when the lease is lost. */
  readonly renew: (atLeastMs?: number) => boolean;
  /** The run finished completely: giving the lease back records it (start-up catch-up reads it). */
  readonly completed: () => void;
}

export type LeaseRun<T> =
  | { taken: true; value: T }
  /** Another holder has the lease: who, and when it ends unless renewed (ms UTC). */
  | { taken: false; heldBy: string | null; heldUntil: number | null };

/**
 * Runs `work` while holding the lease `name`. When another holder has it, `work` does not run.
 * Whatever `work` does (returns, throws), the lease is given back; a give-back that fails is
 * logged, the lease then ends on its own at its expiry.
 */
export async function withLease<T>(name: string, policy: LeasePolicy, work: (lease: HeldLease) => T | Promise<T>): Promise<LeaseRun<T>> {
  const { db, now, ttlMs: ttl, log } = policy;
  const holder = policy.holder ?? newHolderId();
  const lockWait = { maxWaitMs: policy.lockWaitMs ?? OUTBOX_LOCK_WAIT_MS };
  if (!(await retryWhileBusy(() => acquireLease(db, name, holder, now(), ttl), { ...lockWait, signal: policy.signal }))) {
    const lease = getLease(db, name);
    log.info(`${name}: another process (${lease?.holder ?? '?'}) holds the lease until ${new Date(lease?.expiresAt ?? 0).toISOString()}; skipping this run`);
    return { taken: false, heldBy: lease?.holder ?? null, heldUntil: lease?.expiresAt ?? null };
  }
  policy.onTaken?.(holder);
  let lost = false;
  let complete = false;
  // Until when the lease is ours for certain: pushed on by every successful renewal.
  let heldUntil = now() + ttl;
  const stillHolder = () => {
    if (!lost && now() > heldUntil - ttl / 4) {
      lost = true;
      log.warn(`${name}: could not renew the lease in time; stopping at the next safe point`);
    }
    return !lost;
  };
  const renew = (atLeastMs = 0) => {
    const forMs = Math.max(ttl, atLeastMs);
    // Past the point where the lease can be vouched for, renewing it would hide a gap in which
    // another process may have held it.
    if (!stillHolder()) return false;
    try {
      if (renewLease(db, name, holder, now(), forMs)) heldUntil = now() + forMs;
      else {
        lost = true;
        log.warn(`${name}: lost the lease; stopping at the next safe point`);
      }
    } catch (error) {
      log.warn(`${name}: could not renew the lease (${(error as Error).message}); it holds until ${new Date(heldUntil).toISOString()}, trying again`);
    }
    return !lost;
  };
  const stop = policy.renewFromTimer === false ? () => undefined : (policy.every ?? realEvery)(Math.max(1000, Math.floor(ttl / 3)), () => {
    renew();
  });
  try {
    const value = await work({
      holder,
      stillHolder,
      renew,
      completed: () => {
        complete = true;
      },
    });
    return { taken: true, value };
  } finally {
    stop();
    try {
      await retryWhileBusy(() => releaseLease(db, name, holder, complete ? now() : undefined), lockWait);
    } catch (error) {
      // The lease ends on its own at its expiry; a complete run is then caught up once more,
      // which the sent log makes harmless.
      log.warn(`${name}: could not release the lease (${(error as Error).message}); it ends on its own`);
    }
  }
}
