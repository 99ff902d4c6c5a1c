// Running against real Slack: database, Bolt (Socket Mode or HTTP), scheduler.
import type { Config } from './config.ts';
import type { MotiebotLogger } from './logger.ts';
import type { RunningBot } from './main.ts';
import { createScheduler } from './scheduler/create-scheduler.ts';
import { createJobSlackClient } from './scheduler/slack-client.ts';
import { createSlackApp } from './slack/app.ts';
import { loadCalendar } from './store/calendar-file.ts';
import { closeDb, openDb } from './store/db.ts';

export async function startBot(config: Config, logger: MotiebotLogger): Promise<RunningBot> {
  const token = config.slack.botToken;
  if (!token) throw new Error('startBot needs SLACK_BOT_TOKEN; without it main.ts starts the preview');
  const calendar = loadCalendar(config.calendarFile ?? undefined);
  const db = openDb(config.databasePath);
  const deps = { db, admins: config.admins, calendar, now: () => new Date(), logger };
  const { app } = createSlackApp(deps, {
    token,
    signingSecret: config.slack.signingSecret,
    appToken: config.slack.appToken,
    apiUrl: config.slack.apiUrl,
  });
  if (config.slack.appToken) {
    await app.start();
    logger.info('connected to Slack in Socket Mode');
  } else {
    await app.start(config.port);
    logger.info(`listening for Slack on port ${config.port} at /slack/events`);
  }
  const scheduler = createScheduler({
    db,
    slack: createJobSlackClient({ token, apiUrl: config.slack.apiUrl }),
    admins: config.admins,
    logger,
    reminderCron: config.reminderCron,
    digestCron: config.digestCron,
    leadDays: config.reminderLeadDays,
  });
  const caughtUp = await scheduler.start();
  if (caughtUp.length > 0) logger.info(`caught up on missed runs: ${caughtUp.join(', ')}`);
  return {
    url: config.slack.appToken ? null : `http://localhost:${config.port}/slack/events`,
    stop: async () => {
      await scheduler.stop();
      await app.stop();
      closeDb(db);
    },
  };
}
