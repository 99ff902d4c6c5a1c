// `npm start` without Slack credentials: the real bot on its real HTTP receiver, a stand-in for
// Slack's Web API on the same port, and a page in the browser that plays Slack. Everything
// listens on 127.0.0.1 and talks only to itself.
import { startSearchIndexer } from '../scheduler/search-indexer.ts';
import { assertDatabaseSound } from '../store/maintenance.ts';
import { STARTUP } from '../texts/startup.nl.ts';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { amsterdamDate, amsterdamDateTime } from '../clock.ts';
import type { Config } from '../config.ts';
import type { MotiebotLogger } from '../logger.ts';
import { runDigest } from '../scheduler/run-digest.ts';
import { runReminders } from '../scheduler/run-reminders.ts';
import { createJobSlackClient } from '../scheduler/slack-client.ts';
import { createSlackApp } from '../slack/app.ts';
import type { BotDeps } from '../slack/deps.ts';
import { loadCalendar } from '../store/calendar-file.ts';
import { closeDb, openDb, type Db } from '../store/db.ts';
import { createPretendClock, type PretendClock } from './pretend-clock.ts';
import { createPreviewRoutes } from './preview-routes.ts';
import { previewChannels, seedSample } from './seed-sample.ts';
import type { Sender } from './signer.ts';
import { SlackStandIn } from './slack-stand-in.ts';
import { PREVIEW_TEXT } from './texts.nl.ts';
import { PREVIEW_USER_ID } from '../domain/actor.ts';

const PREVIEW_HOST = '127.0.0.1';

const PREVIEW_SENDER: Omit<Sender, 'botUserId'> = {
  teamId: 'TPREVIEW',
  teamDomain: 'motiebot-preview',
  appId: 'APREVIEW',
  userId: PREVIEW_USER_ID,
  userName: 'jij',
};
const BOT_USER_ID = 'UMOTIEBOT';
const BOT_ID = 'BMOTIEBOT';

export interface RunningPreview {
  /** http://localhost:PORT/ */
  url: string;
  port: number;
  db: Db;
  standIn: SlackStandIn;
  clock: PretendClock;
  stop: () => Promise<void>;
}

/** A free port on 127.0.0.1 (PORT=0 asks for one; the Web API URL must be known before the start). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, PREVIEW_HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => { resolve(port); });
    });
  });
}

export async function startPreview(config: Config, logger: MotiebotLogger): Promise<RunningPreview> {
  const port = config.port === 0 ? await freePort() : config.port;
  const origin = `http://${PREVIEW_HOST}:${port}`;
  // Made up per process: the preview's "Slack" accepts nothing else.
  const token = `xoxb-preview-${randomBytes(12).toString('hex')}`;
  const signingSecret = randomBytes(24).toString('hex');
  logger.addSecret(token);
  logger.addSecret(signingSecret);

  const calendar = loadCalendar(config.calendarFile ?? undefined);
  // The preview's own database: its sample items and made-up channels never reach DATABASE_PATH.
  assertDatabaseSound(config.previewDatabasePath, (problem, backup) =>
    STARTUP.databaseCorrupt(config.previewDatabasePath, problem, backup && { path: backup.path, when: amsterdamDateTime(backup.modifiedAt) }),
  );
  const db = openDb(config.previewDatabasePath);
  const clock = createPretendClock();
  const deps: BotDeps = { db, admins: config.admins, calendar, now: clock.now, logger };
  try {
    const seeded = seedSample(deps);
    if (seeded.seeded) {
      logger.info(`preview: imported ${seeded.imported} sample items and linked ${seeded.channels.map((c) => `#${c.name}`).join(', ')}`);
    }
  } catch (error) {
    closeDb(db);
    throw error;
  }

  const standIn = new SlackStandIn({ origin, token, botUserId: BOT_USER_ID, botId: BOT_ID, teamId: PREVIEW_SENDER.teamId });
  for (const channel of previewChannels(db)) standIn.addChannel(channel.id, channel.name);
  standIn.addUser(PREVIEW_SENDER.userId, PREVIEW_SENDER.userName);

  const jobClient = createJobSlackClient({ token, apiUrl: standIn.apiUrl, timeoutMs: 5000 });
  const jobDeps = { db, slack: jobClient, now: clock.now, logger, admins: config.admins };
  let jobs: Promise<unknown> = Promise.resolve();
  const preview = createPreviewRoutes({
    standIn,
    clock,
    logger,
    sender: { ...PREVIEW_SENDER, botUserId: BOT_USER_ID },
    signingSecret,
    port,
    runJob: (job) => {
      const run = job === 'digest' ? runDigest(jobDeps) : runReminders({ ...jobDeps, leadDays: config.reminderLeadDays });
      jobs = run.catch(() => undefined);
      return run;
    },
  });

  const { app } = createSlackApp(deps, {
    token,
    signingSecret,
    apiUrl: standIn.apiUrl,
    botId: BOT_ID,
    botUserId: BOT_USER_ID,
    customRoutes: preview.routes,
  });
  let server: Server;
  try {
    server = (await app.start({ port, host: PREVIEW_HOST }));
  } catch (error) {
    closeDb(db);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new Error(PREVIEW_TEXT.portInUse(port), { cause: error });
    throw error;
  }
  // The seed's items and any later import's, indexed for search at idle (as the bot does).
  const searchIndexer = startSearchIndexer({ db, logger });
  const url = `http://localhost:${port}/`;
  logger.info(`preview: listening on ${origin}, today is ${amsterdamDate(clock.now())}, database ${config.previewDatabasePath}`);

  let stopped = false;
  return {
    url,
    port,
    db,
    standIn,
    clock,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      searchIndexer.stop();
      preview.closeStreams();
      await jobs;
      // A browser may hold a connection open for a while; a second is enough for a request in flight.
      const impatient = setTimeout(() => { server.closeAllConnections(); }, 1000);
      try {
        await app.stop();
      } finally {
        clearTimeout(impatient);
      }
      closeDb(db);
    },
  };
}
