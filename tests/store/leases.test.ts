import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, closeDb } from '../../src/store/db.ts';
import { acquireLease, getLease, releaseLease, renewLease } from '../../src/store/leases.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

describe('leases', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('is held by one holder at a time until it expires', () => {
    expect(acquireLease(t.db, 'reminders', 'A', 1000, 60_000)).toBe(true);
    expect(acquireLease(t.db, 'reminders', 'B', 2000, 60_000)).toBe(false);
    expect(acquireLease(t.db, 'digest', 'B', 2000, 60_000)).toBe(true); // another job, another lease
    expect(acquireLease(t.db, 'reminders', 'B', 60_999, 60_000)).toBe(false);
    // A died without releasing: at its expiry the lease is free
    expect(acquireLease(t.db, 'reminders', 'B', 61_000, 60_000)).toBe(true);
    expect(getLease(t.db, 'reminders')).toMatchObject({ holder: 'B', expiresAt: 121_000 });
  });

  it('renews only for its holder; a holder whose lease was taken over learns so', () => {
    acquireLease(t.db, 'reminders', 'A', 0, 10_000);
    expect(renewLease(t.db, 'reminders', 'A', 5000, 10_000)).toBe(true);
    expect(acquireLease(t.db, 'reminders', 'B', 14_999, 10_000)).toBe(false);
    expect(acquireLease(t.db, 'reminders', 'B', 15_000, 10_000)).toBe(true);
    expect(renewLease(t.db, 'reminders', 'A', 15_001, 10_000)).toBe(false);
    expect(releaseLease(t.db, 'reminders', 'A', 15_002)).toBe(false);
    expect(getLease(t.db, 'reminders')).toMatchObject({ holder: 'B', lastCompletedAt: null });
  });

  it('is free again once released, and remembers when a run last completed', () => {
    acquireLease(t.db, 'reminders', 'A', 0, 60_000);
    expect(releaseLease(t.db, 'reminders', 'A', 500)).toBe(true);
    expect(getLease(t.db, 'reminders')).toEqual({ name: 'reminders', holder: '', expiresAt: 0, lastCompletedAt: 500 });
    expect(acquireLease(t.db, 'reminders', 'B', 600, 60_000)).toBe(true);
    expect(releaseLease(t.db, 'reminders', 'B')).toBe(true); // an incomplete run keeps the old mark
    expect(getLease(t.db, 'reminders')?.lastCompletedAt).toBe(500);
  });

  it('lets only one of two connections to the same file take it', () => {
    const other = openDb(t.path);
    try {
      const results = [acquireLease(t.db, 'digest', 'A', 0, 60_000), acquireLease(other, 'digest', 'B', 0, 60_000)];
      expect(results).toEqual([true, false]);
      expect(getLease(other, 'digest')?.holder).toBe('A');
    } finally {
      closeDb(other);
    }
  });
});
