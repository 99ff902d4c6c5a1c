// Running against real Slack: database, Bolt (Socket Mode or HTTP), scheduler.
// stop() is the graceful shutdown: the scheduler stops (a running job ends at its next safe point,
// between two posts, so nothing is marked sent that was not posted and the rest stays pending for
// the next run), Bolt stops taking requests, and the database is checkpointed and closed.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import type { MotiebotLogger } from './logger.ts';
import { healthRoute, HEALTH_PATH } from './health/health-route.ts';
import { createScheduler, type Scheduler } from './scheduler/create-scheduler.ts';
import { startSearchIndexer } from './scheduler/search-indexer.ts';
import { createJobSlackClient } from './scheduler/slack-client.ts';
import { startTkSchedule } from './scheduler/tk-sync-schedule.ts';
import { createSlackApp } from './slack/app.ts';
import { announcementsSettled } from './slack/changes.ts';
import { loadCalendar } from './store/calendar-file.ts';
import { amsterdamDateTime } from './clock.ts';
import { BOT_BUSY_TIMEOUT_MS } from './store/busy.ts';
import { closeDb, openDb, type Db } from './store/db.ts';
import { findLatestBackup } from './store/maintenance.ts';
import { createQuickCheckMonitor } from './store/quick-check-monitor.ts';
import type { BotDeps } from './slack/deps.ts';
import { STARTUP } from './texts/startup.nl.ts';

/** How long a shutdown waits for change lines still being posted. */
const ANNOUNCE_GRACE_MS = 10_000;
/** How long an idle HTTP connection stays open (longer than clients keep one; Node's default is 5 s). */
const KEEP_ALIVE_MS = 65_000;

/** Folds the WAL into the database file and closes it, so the file alone is the whole database. */
function checkpointAndClose(db: Db, logger: MotiebotLogger): void {
  if (!db.$client.open) return;
  try {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    logger.warn(`could not checkpoint the database before closing: ${(error as Error).message}`);
  }
  closeDb(db);
}

export interface RunningBot {
  /** Where people find it: the preview page, or the HTTP endpoint. */
  url: string | null;
  stop: () => Promise<void>;
}

export async function startBot(config: Config, logger: MotiebotLogger): Promise<RunningBot> {
  const token = config.slack.botToken;
  if (!token) throw new Error('startBot needs SLACK_BOT_TOKEN; without it main.ts starts the preview');
  const calendar = loadCalendar(config.calendarFile ?? undefined);
  // Before migrations or anything else touch it: a damaged file gives silent wrong answers.
  // PRAGMA quick_check reads every page (seconds on a large database), so it runs in a worker
  // thread while Bolt starts listening; every Slack request waits until it passed and the
  // database is open and migrated, and a damaged database ends the start-up (Dutch message,
  // exit 1) before anything was served.
  // The same check the health endpoint repeats later (one worker, one connection, read-only).
  const quickCheck = createQuickCheckMonitor({ path: config.databasePath, maxAgeMs: config.healthCheckSeconds * 1000 });
  let db: Db | null = null;
  // A file that does not exist yet is sound: it is about to be created.
  const checked = existsSync(config.databasePath) ? quickCheck.checkNow() : Promise.resolve({ problems: [] as string[] });
  const ready = checked.then(({ problems }) => {
    if (problems.length > 0) {
      const backup = findLatestBackup(config.databasePath);
      throw new Error(
        STARTUP.databaseCorrupt(config.databasePath, problems[0] ?? '', backup && { path: backup.path, when: amsterdamDateTime(backup.modifiedAt) }),
      );
    }
    const opened = openDb(config.databasePath);
    // From here on no call waits on another process's lock for more than a few milliseconds: the
    // listeners and jobs wait asynchronously (store/busy.ts), so one lock never freezes the bot.
    opened.$client.pragma(`busy_timeout = ${BOT_BUSY_TIMEOUT_MS}`);
    db = opened;
    return opened;
  });
  // Handled below; the request gate only waits for it.
  ready.catch(() => undefined);
  const deps: BotDeps = {
    get db(): Db {
      if (!db) throw new Error('the database is not open yet: listeners wait for start-up to finish');
      return db;
    },
    admins: config.admins,
    calendar,
    now: () => new Date(),
    logger,
    tkMinistries: config.tk.ministries,
  };
  let scheduler: Scheduler | null = null;
  const { app } = createSlackApp(deps, {
    token,
    signingSecret: config.slack.signingSecret,
    appToken: config.slack.appToken,
    apiUrl: config.slack.apiUrl,
    httpPort: config.port,
    ready,
    customRoutes: [
      healthRoute({
        // Until start-up has opened it, reading the database fails: the endpoint says not healthy.
        get db(): Db {
          return deps.db;
        },
        quickCheck,
        scheduler: { holding: () => scheduler?.holding() ?? {}, active: () => scheduler?.active() ?? false },
      }),
    ],
  });
  let url: string | null = null;
  try {
    if (config.slack.appToken) {
      await app.start();
      logger.info(`connected to Slack in Socket Mode; health on port ${config.port} at ${HEALTH_PATH}`);
    } else {
      const server = (await app.start(config.port)) as Server | undefined;
      if (server) {
        // A client must send its headers within 10 s and its whole request within 30 s (Node's
        // defaults are 60 s and 5 minutes); the request guard bounds the body itself (issue 22.4).
        server.headersTimeout = 10_000;
        server.requestTimeout = 30_000;
        // An idle connection stays open longer than any client keeps one (Node's 5 s default
        // raced a client that reused a connection the bot had just closed: "other side closed").
        // Idle connections cost no buffered body; the request guard bounds those.
        server.keepAliveTimeout = KEEP_ALIVE_MS;
      }
      const port = (server?.address() as AddressInfo | null)?.port ?? config.port;
      url = `http://localhost:${port}/slack/events`;
      logger.info(`listening for Slack on port ${port} at /slack/events; health at ${HEALTH_PATH}`);
    }
  } catch (error) {
    await quickCheck.stop();
    await ready.then((opened) => {
      checkpointAndClose(opened, logger);
    }, () => undefined);
    throw error;
  }
  let database: Db;
  try {
    database = await ready;
  } catch (error) {
    await app.stop().catch(() => undefined);
    throw error;
  }
  const jobSlack = createJobSlackClient({ token, apiUrl: config.slack.apiUrl });
  scheduler = createScheduler({
    db: database,
    slack: jobSlack,
    admins: config.admins,
    logger,
    reminderCron: config.reminderCron,
    digestCron: config.digestCron,
    leadDays: config.reminderLeadDays,
    rappels: calendar.rappels ?? [],
  });
  // What `motie import` left pending for the search index, indexed at idle in small batches.
  const searchIndexer = startSearchIndexer({ db: database, logger });
  // TK_SYNC_CRON (off by default): the Tweede Kamer open-data sync.
  const tkSchedule = startTkSchedule({ db: database, tk: config.tk, slack: jobSlack, calendar, logger });
  if (tkSchedule) logger.info(`Tweede Kamer sync scheduled (${config.tk.cron ?? ''}); next run ${tkSchedule.nextRun()?.toISOString() ?? 'unknown'}`);
  // Not awaited: a catch-up run can post for minutes, and a shutdown must be able to stop it.
  const started = scheduler.start().then(
    (caughtUp) => {
      if (caughtUp.length > 0) logger.info(`caught up on missed runs: ${caughtUp.join(', ')}`);
    },
    (error: unknown) => { logger.error(`scheduler could not start: ${(error as Error).message}`); },
  );

  let stopping: Promise<void> | null = null;
  return {
    url,
    stop: () =>
      (stopping ??= (async () => {
        searchIndexer.stop();
        try {
          const [schedulerStop, , appStop, tkStop] = await Promise.allSettled([
            // Aborts a running job at its next safe point and waits for it.
            scheduler.stop().then(() => started),
            quickCheck.stop(),
            app.stop(),
            tkSchedule?.stop() ?? Promise.resolve(),
          ]);
          if (schedulerStop.status === 'rejected') logger.error(`scheduler did not stop cleanly: ${(schedulerStop.reason as Error).message}`);
          if (tkStop.status === 'rejected') logger.error(`tk sync did not stop cleanly: ${(tkStop.reason as Error).message}`);
          if (appStop.status === 'rejected') logger.warn(`Bolt did not stop cleanly: ${(appStop.reason as Error).message}`);
          // Changes made just before the stop are still told to their channels (bounded: Slack may hang).
          const settled = await Promise.race([announcementsSettled().then(() => true), new Promise<false>((r) => {
            setTimeout(() => {
              r(false);
            }, ANNOUNCE_GRACE_MS).unref();
          })]);
          if (!settled) logger.warn('change lines still being posted at shutdown; their sent-log rows stay pending');
        } finally {
          checkpointAndClose(database, logger);
        }
      })()),
  };
}
