// Leases: "one scheduler at a time". A process that wants to run a job takes the job's lease; the
// lease ends on its own at expiresAt, so a holder that dies (SIGKILL, power cut) blocks nobody for
// longer than the lease's time to live. The holder renews it while it works and releases it at the end.
// The expiry is the only sign of death: no process checks (another container may reuse the PID).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Db } from './db.ts';
import { leases } from './schema.ts';

/**
 * A random id for each run: "<uuid>@<host>". Only the random part identifies the holder; the
 * host is there for people reading the table. Nothing ever checks whether a holder's process
 * exists: two bots in separate containers can share a hostname and PID numbers and cannot see
 * each other's processes. A holder is alive while it renews its lease and gone only when the
 * lease expires.
 */
export function newHolderId(): string {
  return `${randomUUID()}@${hostname()}`;
}

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

/** Extends a lease that `holder` still holds; false when it expired and someone else took it. */
export function renewLease(db: Db, name: string, holder: string, now: number, ttlMs: number): boolean {
  return inTransaction(db, () => {
    const row = db.select().from(leases).where(eq(leases.name, name)).get();
    if (row?.holder !== holder) return false;
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

/** Every lease row (the health endpoint reports them). */
export function listLeases(db: Db): Lease[] {
  return db.select().from(leases).orderBy(leases.name).all();
}
