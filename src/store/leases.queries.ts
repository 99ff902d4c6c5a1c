// Leases: "one scheduler at a time". A process that wants to run a job takes the job's lease; the
// lease ends on its own at expiresAt, so a holder that dies (SIGKILL, power cut) blocks nobody for
// longer than the lease's time to live. The holder renews it while it works and releases it at the end.
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Db } from './db.ts';
import { leases } from './schema.ts';

export interface Lease {
  name: string;
  holder: string;
  expiresAt: number;
  lastCompletedAt: number | null;
}

/**
 * Takes the lease `name` for `holder` until now + ttlMs. Succeeds when nobody holds it, when the
 * previous holder's lease expired, or when `holder` already holds it. One immediate transaction,
 * so two processes asking at the same moment cannot both succeed.
 */
export function acquireLease(db: Db, name: string, holder: string, now: number, ttlMs: number): boolean {
  return inTransaction(db, () => {
    const row = db.select().from(leases).where(eq(leases.name, name)).get();
    if (row && row.holder !== '' && row.holder !== holder && row.expiresAt > now) return false;
    db.insert(leases)
      .values({ name, holder, expiresAt: now + ttlMs })
      .onConflictDoUpdate({ target: leases.name, set: { holder, expiresAt: now + ttlMs } })
      .run();
    return true;
  });
}

/**
 * Takes a lease over from `fromHolder` when the caller knows that holder is dead (a crashed
 * process on this machine), without waiting for it to expire. Fails when someone else holds it by now.
 */
export function takeOverLease(db: Db, name: string, fromHolder: string, holder: string, now: number, ttlMs: number): boolean {
  const result = db
    .update(leases)
    .set({ holder, expiresAt: now + ttlMs })
    .where(and(eq(leases.name, name), eq(leases.holder, fromHolder)))
    .run();
  return result.changes > 0;
}

/** Extends a lease that `holder` still holds; false when it expired and someone else took it. */
export function renewLease(db: Db, name: string, holder: string, now: number, ttlMs: number): boolean {
  return inTransaction(db, () => {
    const row = db.select().from(leases).where(eq(leases.name, name)).get();
    if (!row || row.holder !== holder) return false;
    db.update(leases).set({ expiresAt: now + ttlMs }).where(eq(leases.name, name)).run();
    return true;
  });
}

/**
 * Gives a lease back. With `completedAt`, also records that a run finished completely (start-up
 * catch-up reads it). Releasing a lease that someone else holds does nothing.
 */
export function releaseLease(db: Db, name: string, holder: string, completedAt?: number): boolean {
  const set: Partial<typeof leases.$inferInsert> = { holder: '', expiresAt: 0 };
  if (completedAt !== undefined) set.lastCompletedAt = completedAt;
  const result = db
    .update(leases)
    .set(set)
    .where(and(eq(leases.name, name), eq(leases.holder, holder)))
    .run();
  return result.changes > 0;
}

export function getLease(db: Db, name: string): Lease | null {
  return db.select().from(leases).where(eq(leases.name, name)).get() ?? null;
}
