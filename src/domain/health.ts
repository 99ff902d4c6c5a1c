// Whether the bot is healthy, from what the health endpoint gathered: the database's latest
// quick_check, whether the live connection answers, and the scheduler's leases. Pure: the
// adapter (src/health/health-route.ts) reads the facts and the clock and passes them in.

export interface DatabaseFacts {
  /** The latest PRAGMA quick_check: [] when it said "ok", else its problems. Null: not run yet. */
  quickCheckProblems: readonly string[] | null;
  /** When that check finished (ms UTC); null when not run yet. */
  checkedAt: number | null;
  /** A check is running now (in the background). */
  checking: boolean;
  /** The live connection could not read (its error), or null when it answered. */
  connectionError: string | null;
}

export interface LeaseFacts {
  job: string;
  /** '' when nobody holds it. */
  holder: string;
  expiresAt: number;
  lastCompletedAt: number | null;
}

export interface SchedulerFacts {
  /** Jobs this process is running now, with the holder id it took the lease under. */
  running: Readonly<Record<string, string>>;
  leases: readonly LeaseFacts[];
  /** False while the bot stops, or when it runs without a scheduler. */
  active: boolean;
}

export type HealthProblem =
  | { code: 'DATABASE_CORRUPT'; detail: string }
  | { code: 'DATABASE_UNREADABLE'; detail: string }
  | { code: 'LEASE_STALE'; job: string; detail: string };

export interface LeaseReport {
  job: string;
  holder: string | null;
  expiresAt: string | null;
  lastCompletedAt: string | null;
  /** This process runs the job and holds its lease now. */
  heldByThisInstance: boolean;
  /** This process runs the job now, so it should hold the lease. */
  shouldHold: boolean;
  /** The lease has not expired. */
  fresh: boolean;
}

export interface HealthReport {
  status: 'ok' | 'unhealthy';
  /** 200 when healthy, 503 when not. */
  httpStatus: 200 | 503;
  problems: HealthProblem[];
  database: {
    ok: boolean;
    quickCheck: 'ok' | 'not-run-yet' | string[];
    checkedAt: string | null;
    ageSeconds: number | null;
    checking: boolean;
  };
  scheduler: {
    active: boolean;
    running: string[];
    leases: LeaseReport[];
  };
}

const iso = (ms: number | null): string | null => (ms === null || ms <= 0 ? null : new Date(ms).toISOString());

/**
 * Unhealthy (503) when the latest quick_check found problems, when the live connection cannot
 * read, or when this process runs a job whose lease it no longer holds or whose lease expired
 * (its renewal stopped working: another process may take the job over). A lease held by another
 * process is that process's business and never makes this one unhealthy.
 */
export function assessHealth(db: DatabaseFacts, scheduler: SchedulerFacts, now: number): HealthReport {
  const problems: HealthProblem[] = [];
  if (db.connectionError !== null) problems.push({ code: 'DATABASE_UNREADABLE', detail: db.connectionError });
  const firstProblem = db.quickCheckProblems?.[0];
  if (firstProblem !== undefined) problems.push({ code: 'DATABASE_CORRUPT', detail: firstProblem });
  const jobs = [...new Set([...scheduler.leases.map((l) => l.job), ...Object.keys(scheduler.running)])].sort();
  const leases = jobs.map((job): LeaseReport => {
    const row = scheduler.leases.find((l) => l.job === job);
    const holder = row && row.holder !== '' ? row.holder : null;
    const expiresAt = row?.expiresAt ?? 0;
    const ours = scheduler.running[job];
    const fresh = holder !== null && expiresAt > now;
    const report: LeaseReport = {
      job,
      holder,
      expiresAt: holder ? iso(expiresAt) : null,
      lastCompletedAt: iso(row?.lastCompletedAt ?? null),
      heldByThisInstance: ours !== undefined && holder === ours && fresh,
      shouldHold: ours !== undefined,
      fresh,
    };
    if (report.shouldHold && !report.heldByThisInstance) {
      problems.push({
        code: 'LEASE_STALE',
        job,
        detail: holder !== ours ? `running ${job} but the lease is held by ${holder ?? 'nobody'}` : `running ${job} but its lease expired at ${report.expiresAt ?? 'an unknown time'}`,
      });
    }
    return report;
  });
  const healthy = problems.length === 0;
  return {
    status: healthy ? 'ok' : 'unhealthy',
    httpStatus: healthy ? 200 : 503,
    problems,
    database: {
      ok: !problems.some((p) => p.code !== 'LEASE_STALE'),
      quickCheck: db.quickCheckProblems === null ? 'not-run-yet' : db.quickCheckProblems.length === 0 ? 'ok' : [...db.quickCheckProblems],
      checkedAt: iso(db.checkedAt),
      ageSeconds: db.checkedAt === null ? null : Math.max(0, Math.round((now - db.checkedAt) / 1000)),
      checking: db.checking,
    },
    scheduler: { active: scheduler.active, running: Object.keys(scheduler.running).sort(), leases },
  };
}
