// assessHealth: when the health endpoint says 200 and when 503 (src/domain/health.ts).
import { describe, expect, it } from 'vitest';
import { assessHealth, type DatabaseFacts, type SchedulerFacts } from '../../src/domain/health.ts';

const NOW = Date.parse('2026-06-01T09:00:00Z');
const soundDb: DatabaseFacts = { quickCheckProblems: [], checkedAt: NOW - 90_000, checking: false, connectionError: null };
const idle: SchedulerFacts = { running: {}, leases: [{ job: 'digest', holder: '', expiresAt: 0, lastCompletedAt: NOW - 3_600_000 }], active: true };

describe('assessHealth', () => {
  it('is healthy with a sound database and no job running, and reports the check and the leases', () => {
    const report = assessHealth(soundDb, idle, NOW);
    expect(report).toMatchObject({ status: 'ok', httpStatus: 200, problems: [] });
    expect(report.database).toEqual({ ok: true, quickCheck: 'ok', checkedAt: '2026-06-01T08:58:30.000Z', ageSeconds: 90, checking: false });
    expect(report.scheduler.leases).toEqual([
      { job: 'digest', holder: null, expiresAt: null, lastCompletedAt: '2026-06-01T08:00:00.000Z', heldByThisInstance: false, shouldHold: false, fresh: false },
    ]);
  });

  it('is unhealthy when quick_check found a problem, or the live connection cannot read', () => {
    const corrupt = assessHealth({ ...soundDb, quickCheckProblems: ['*** in database main ***\nPage 5: btreeInitPage() returns error code 11'] }, idle, NOW);
    expect(corrupt).toMatchObject({ status: 'unhealthy', httpStatus: 503, database: { ok: false } });
    expect(corrupt.problems.map((p) => p.code)).toEqual(['DATABASE_CORRUPT']);
    expect(corrupt.problems[0]?.detail).toContain('Page 5');
    const unreadable = assessHealth({ ...soundDb, connectionError: 'database disk image is malformed' }, idle, NOW);
    expect(unreadable.httpStatus).toBe(503);
    expect(unreadable.problems.map((p) => p.code)).toEqual(['DATABASE_UNREADABLE']);
  });

  it('is healthy before the first check has run, and says so', () => {
    const report = assessHealth({ quickCheckProblems: null, checkedAt: null, checking: true, connectionError: null }, idle, NOW);
    expect(report.httpStatus).toBe(200);
    expect(report.database).toMatchObject({ quickCheck: 'not-run-yet', ageSeconds: null, checking: true });
  });

  it('a lease held by another process, fresh or expired, never makes this one unhealthy', () => {
    for (const expiresAt of [NOW + 60_000, NOW - 60_000]) {
      const report = assessHealth(soundDb, { ...idle, leases: [{ job: 'reminders', holder: 'b@host', expiresAt, lastCompletedAt: null }] }, NOW);
      expect(report.httpStatus).toBe(200);
      expect(report.scheduler.leases[0]).toMatchObject({ holder: 'b@host', heldByThisInstance: false, shouldHold: false, fresh: expiresAt > NOW });
    }
  });

  it('a job this process runs: healthy while its lease is its own and fresh; 503 when expired, taken over or gone', () => {
    const running = { reminders: 'a@host' };
    const lease = (holder: string, expiresAt: number) => ({ ...idle, running, leases: [{ job: 'reminders', holder, expiresAt, lastCompletedAt: null }] });
    const fresh = assessHealth(soundDb, lease('a@host', NOW + 60_000), NOW);
    expect(fresh.httpStatus).toBe(200);
    expect(fresh.scheduler).toMatchObject({ running: ['reminders'], leases: [{ heldByThisInstance: true, shouldHold: true, fresh: true }] });

    const expired = assessHealth(soundDb, lease('a@host', NOW), NOW);
    expect(expired.httpStatus).toBe(503);
    expect(expired.problems).toEqual([{ code: 'LEASE_STALE', job: 'reminders', detail: 'running reminders but its lease expired at 2026-06-01T09:00:00.000Z' }]);
    expect(expired.database.ok).toBe(true);

    const taken = assessHealth(soundDb, lease('b@host', NOW + 60_000), NOW);
    expect(taken.problems).toEqual([{ code: 'LEASE_STALE', job: 'reminders', detail: 'running reminders but the lease is held by b@host' }]);

    const gone = assessHealth(soundDb, { ...idle, running, leases: [] }, NOW);
    expect(gone.httpStatus).toBe(503);
    expect(gone.scheduler.leases).toEqual([expect.objectContaining({ job: 'reminders', holder: null, shouldHold: true })]);
  });
});
