// withLease: the one way a run takes a lease. Time is the test's own: an injected clock and an
// injected renewal timer that fires when the test says so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/log.ts';
import { withLease, type Every, type LeasePolicy } from '../../src/outbox/lease.ts';
import { acquireLease, getLease } from '../../src/store/leases.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const TTL = 60_000;

/** A renewal timer the test fires by hand; records the period it was set to and whether it was stopped. */
function handTimer() {
  const timer: { period: number; fire: () => void; stopped: boolean } = { period: 0, fire: () => undefined, stopped: false };
  const every: Every = (ms, fn) => {
    timer.period = ms;
    timer.fire = fn;
    return () => {
      timer.stopped = true;
    };
  };
  return { timer, every };
}

describe('withLease', () => {
  let t: TempDb;
  let clock: number;
  let warnings: string[];
  let policy: LeasePolicy;
  let hand: ReturnType<typeof handTimer>;
  beforeEach(() => {
    t = openTempDb();
    clock = 1_000_000;
    warnings = [];
    hand = handTimer();
    const log = { ...silentLog, warn: (...m: unknown[]) => warnings.push(m.join(' ')) };
    policy = { db: t.db, now: () => clock, ttlMs: TTL, log, holder: 'A', every: hand.every };
  });
  afterEach(() => {
    t.cleanup();
  });

  it('runs the work holding the lease, renews it every third of its time to live, and gives it back', async () => {
    const run = await withLease('digest', policy, (lease) => {
      expect(getLease(t.db, 'digest')).toMatchObject({ holder: 'A', expiresAt: 1_000_000 + TTL });
      expect(hand.timer.period).toBe(TTL / 3);
      clock += 20_000;
      hand.timer.fire();
      expect(getLease(t.db, 'digest')?.expiresAt).toBe(1_020_000 + TTL);
      expect(lease.stillHolder()).toBe(true);
      return 'value';
    });
    expect(run).toEqual({ taken: true, value: 'value' });
    expect(hand.timer.stopped).toBe(true);
    // Not completed: released without a completion mark.
    expect(getLease(t.db, 'digest')).toMatchObject({ holder: '', lastCompletedAt: null });
  });

  it('records a completed run when the work says so', async () => {
    await withLease('digest', policy, (lease) => {
      clock += 5000;
      lease.completed();
    });
    expect(getLease(t.db, 'digest')).toMatchObject({ holder: '', lastCompletedAt: 1_005_000 });
  });

  it('does not run the work while another holder has the lease, and says until when', async () => {
    acquireLease(t.db, 'digest', 'B', clock, TTL);
    let ran = false;
    const run = await withLease('digest', policy, () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(run).toEqual({ taken: false, heldBy: 'B', heldUntil: 1_000_000 + TTL });
    expect(getLease(t.db, 'digest')?.holder).toBe('B');
  });

  it('gives the lease back when the work throws', async () => {
    await expect(withLease('digest', policy, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(getLease(t.db, 'digest')?.holder).toBe('');
    expect(hand.timer.stopped).toBe(true);
  });

  it('reports the lease lost when another holder took it after it expired, and renews no more', async () => {
    await withLease('digest', { ...policy, renewFromTimer: false }, (lease) => {
      expect(hand.timer.period).toBe(0); // no timer: the work renews itself
      clock += TTL + 1;
      acquireLease(t.db, 'digest', 'B', clock, TTL);
      expect(lease.stillHolder()).toBe(false);
      expect(lease.renew()).toBe(false);
    });
    expect(getLease(t.db, 'digest')?.holder).toBe('B'); // not given back: it is B's
    expect(warnings.join('\n')).toContain('could not renew the lease in time');
  });

  it('stops vouching for the lease once less than a quarter of its time to live is left without a renewal', async () => {
    await withLease('digest', { ...policy, renewFromTimer: false }, (lease) => {
      clock += (TTL * 3) / 4 - 1;
      expect(lease.stillHolder()).toBe(true);
      expect(lease.renew()).toBe(true);
      clock += (TTL * 3) / 4 + 1;
      expect(lease.stillHolder()).toBe(false);
      expect(lease.renew()).toBe(false); // renewing now would hide a gap in which another may have held it
    });
  });

  it('renews for longer than the time to live when asked (a long wait ahead)', async () => {
    await withLease('tk-sync', { ...policy, renewFromTimer: false }, (lease) => {
      expect(lease.renew(5 * TTL)).toBe(true);
      expect(getLease(t.db, 'tk-sync')?.expiresAt).toBe(1_000_000 + 5 * TTL);
      expect(lease.renew(1)).toBe(true); // never shorter than the time to live
      expect(getLease(t.db, 'tk-sync')?.expiresAt).toBe(1_000_000 + TTL);
    });
  });
});
