// TK_SYNC_CRON: the Tweede Kamer sync on a schedule (off by default). Each run syncs under the
// 'tk-sync' lease (two bots on one database never both sync), then posts what the channels are
// owed under the 'tk-notices' lease. stop() aborts a running sync between pages.
import cron, { type ScheduledTask } from 'node-cron';
import type { syncTk, TkSyncReport } from '../app/sync-tk.ts';
import type { TkConfig } from '../config.ts';
import { TIMEZONE } from '../domain/dates/timezone.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import type { Db } from '../store/db.ts';
import type { SlackPoster } from '../outbox/send.ts';
import type { Log } from '../log.ts';
import { runTkNotices, type TkNoticesResult } from './run-tk-notices.ts';
import { tkSyncStopNl } from '../texts/tk-sync.nl.ts';

export interface TkScheduleDeps {
  db: Db;
  tk: TkConfig;
  slack: SlackPoster | null;
  calendar?: ParliamentaryCalendar;
  logger: Log;
  now?: () => Date;
  /** Replaces the sync (tests). */
  sync?: typeof syncTk;
}

export interface TkSchedule {
  /** Runs once now (unless a run of this process is busy: then null). */
  run(): Promise<{ sync: TkSyncReport; notices: TkNoticesResult | null } | null>;
  stop(): Promise<void>;
  nextRun(): Date | null;
}

/** Starts the schedule; null when TK_SYNC_CRON is not set. */
export function startTkSchedule(deps: TkScheduleDeps): TkSchedule | null {
  if (!deps.tk.cron) return null;
  const controller = new AbortController();
  const now = deps.now ?? (() => new Date());
  let running: Promise<{ sync: TkSyncReport; notices: TkNoticesResult | null } | null> | null = null;
  let stopped = false;

  const run = () => {
    if (stopped) return Promise.resolve(null);
    if (running) {
      deps.logger.info('tk-sync: still running; this trigger is skipped');
      return Promise.resolve(null);
    }
    running = (async () => {
      try {
        // The sync and its XML parser load on the first run, not at start-up.
        const sync = await (deps.sync ?? (await import('../app/sync-tk.ts')).syncTk)({
          db: deps.db,
          // Each page is parsed in a worker thread: the bot's event loop stays free (issue 22.8).
          client: { parse: (await import('../adapters/tk/parse-feed-off-loop.ts')).parseFeedOffLoop },
          baseUrl: deps.tk.syncFeedUrl,
          scope: deps.tk.ministries,
          ...(deps.calendar ? { calendar: deps.calendar } : {}),
          now,
          pageDelayMs: deps.tk.pageDelayMs,
          moties: deps.tk.moties,
          documenten: deps.tk.documenten,
          signal: controller.signal,
          logger: deps.logger,
        });
        deps.logger.info(
          `tk-sync: ${sync.status}, ${sync.created} created, ${sync.updated} updated, ${sync.closed} closed, ${sync.lapsed} lapsed, ${sync.triage} to triage, ${sync.pages} pages${sync.stop ? ` (${tkSyncStopNl(sync.stop)})` : ''}`,
        );
        for (const n of sync.notes) {
          if (n.code === 'TK_TEXT_CUT_OFF') deps.logger.warn(`tk-sync: ${n.field} of record ${n.entityId} (${n.value ?? 'no nummer'}) was ${n.length} characters or more; cut to ${n.limit}`);
        }
        const notices = deps.slack && !controller.signal.aborted ? await runTkNotices({ db: deps.db, slack: deps.slack, now, logger: deps.logger, signal: controller.signal }) : null;
        if (notices) deps.logger.info(`tk-notices: ${notices.status}, ${notices.posted} posted, ${notices.pending} pending`);
        return { sync, notices };
      } catch (error) {
        deps.logger.error('tk-sync: run failed', error);
        return null;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const task: ScheduledTask = cron.createTask(deps.tk.cron, () => run(), { timezone: TIMEZONE, name: 'motiebot-tk-sync', noOverlap: true });
  void task.start();
  return {
    run,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      controller.abort();
      await running;
    },
    nextRun: () => (stopped ? null : task.getNextRun()),
  };
}
