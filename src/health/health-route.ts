// GET /healthz on the bot's HTTP server (a Bolt custom route; in Socket Mode Bolt opens a small
// HTTP server on PORT for it): the database's latest quick_check, whether the live connection
// reads, and the scheduler's leases. 200 when healthy, 503 when not (src/domain/health.ts decides).
// The Docker HEALTHCHECK and compose call it. It never writes and never blocks on quick_check.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { assessHealth, type HealthReport, type SchedulerFacts } from '../domain/health.ts';
import type { Db } from '../store/db.ts';
import { listLeases } from '../store/leases.queries.ts';
import type { QuickCheckMonitor } from '../store/quick-check-monitor.ts';

export const HEALTH_PATH = '/healthz';

/** What the health endpoint needs from the scheduler (createScheduler's Scheduler fits). */
export interface SchedulerView {
  holding(): Readonly<Record<string, string | undefined>>;
  active(): boolean;
}

export interface HealthDeps {
  db: Db;
  quickCheck: QuickCheckMonitor;
  scheduler: SchedulerView | null;
  now?: () => number;
}

function readHealth(deps: HealthDeps): HealthReport {
  const now = (deps.now ?? Date.now)();
  deps.quickCheck.refreshIfOld(now);
  const { result, checking } = deps.quickCheck.latest();
  let connectionError: string | null = null;
  let leases: SchedulerFacts['leases'] = [];
  try {
    leases = listLeases(deps.db).map((l) => ({ job: l.name, holder: l.holder, expiresAt: l.expiresAt, lastCompletedAt: l.lastCompletedAt }));
  } catch (error) {
    connectionError = (error as Error).message;
  }
  const running: Record<string, string> = {};
  for (const [job, holder] of Object.entries(deps.scheduler?.holding() ?? {})) if (holder) running[job] = holder;
  return assessHealth(
    { quickCheckProblems: result?.problems ?? null, checkedAt: result?.checkedAt ?? null, checking, connectionError },
    { running, leases, active: deps.scheduler?.active() ?? false },
    now,
  );
}

/** The Bolt custom route (GET and HEAD). */
export function healthRoute(deps: HealthDeps): { path: string; method: string[]; handler: (req: IncomingMessage, res: ServerResponse) => void } {
  return {
    path: HEALTH_PATH,
    method: ['GET', 'HEAD'],
    handler: (req, res) => {
      const report = readHealth(deps);
      res.writeHead(report.httpStatus, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(report));
    },
  };
}
