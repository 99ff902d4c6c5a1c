// motie herinner [--at JJJJ-MM-DD] [--dry-run] | motie digest [--at …] [--dry-run]: the scheduler's
// jobs by hand. --dry-run prints what would be posted and records nothing.
import { amsterdamDate, amsterdamDateTime } from '../../clock.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import { parseDay } from '../../domain/parse-day.ts';
import { ConfigError } from '../../config-core.ts';
import { loadSlackConfig, type SlackConfig } from '../../config-slack.ts';
import type { JobDeps, JobResult } from '../../scheduler/run-job.ts';
import type { Log } from '../../log.ts';
import { runReminders } from '../../scheduler/run-reminders.ts';
import { createJobSlackClient } from '../../scheduler/slack-client.ts';
import { CLI } from '../texts.nl.ts';
import { contextOrExitCode } from '../context.ts';
import { withDb } from '../db.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand, CliIo, ParsedArgs } from '../types.ts';

type JobRunner = (deps: JobDeps & { leadDays: readonly number[] }) => Promise<JobResult>;


function cliLogger(io: CliIo): Log {
  return { debug() {}, info() {}, warn: (...m) => { io.err(m.map(String).join(' ')); }, error: (...m) => { io.err(m.map(String).join(' ')); } };
}

export async function runJobCommand(label: string, job: JobRunner, args: ParsedArgs, io: CliIo): Promise<number> {
  const atFlag = args.flags.at;
  const at = typeof atFlag === 'string' ? (parseDay(atFlag, amsterdamDate(io.now())) ?? undefined) : undefined;
  if (atFlag !== undefined && at === undefined) {
    io.err(CLI.badDate(String(atFlag)));
    return 2;
  }
  const context = contextOrExitCode(io);
  if (typeof context === 'number') return context;
  const { config } = context;
  // Posting needs only the bot token: the signing secret and app token play no part here.
  let slackConfig: SlackConfig;
  try {
    slackConfig = loadSlackConfig(io.env, 'post');
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  const dryRun = args.flags['dry-run'] === true;
  if (!dryRun && !slackConfig.botToken) {
    io.err(CLI.needsToken);
    return 2;
  }
  const slack = slackConfig.botToken ? createJobSlackClient({ token: slackConfig.botToken, apiUrl: slackConfig.apiUrl }) : null;
  return withDb(io, async (db) => {
    const result = await job({
      db,
      slack,
      now: io.now,
      ...(typeof at === 'string' ? { today: at } : {}),
      admins: config.admins,
      leadDays: config.reminderLeadDays,
      dryRun,
      logger: cliLogger(io),
    });
    if (args.flags.json) {
      io.out(JSON.stringify({ ...result, preview: result.preview.map(({ blocks: _b, ...p }) => p) }, null, 2));
      return result.status === 'incomplete' ? 1 : 0;
    }
    if (result.status === 'dry-run') {
      io.out(CLI.dryRunHeader(result.preview.length, `${label}, ${formatDateNl(result.today)}`));
      for (const p of result.preview) io.out(CLI.dryRunLine(p.channel, p.text));
      return 0;
    }
    if (result.status === 'skipped') {
      io.out(CLI.leaseHeld(result.leaseHeldUntil ? amsterdamDateTime(result.leaseHeldUntil) : null));
      return 0;
    }
    io.out(CLI.summary(result.posted, result.pending, result.alreadySent));
    if (result.reason) io.out(CLI.stoppedEarly(CLI.reasons[result.reason] ?? result.reason));
    return result.status === 'incomplete' ? 1 : 0;
  });
}

export const herinnerCommand: CliCommand = {
  ...SPECS.herinner,
  run: (args, io) => runJobCommand('herinneringen', runReminders, args, io),
};
