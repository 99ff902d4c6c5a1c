// motie sync tk: pull toezeggingen (and adopted moties) from the Tweede Kamer's SyncFeed.
// --check reads one page and compares its shape with what the code expects, writing nothing.
import { checkTk } from '../../app/check-tk.ts';
import { MAX_MOTIE_FILE_ATTEMPTS, syncTk, type TkSyncReport } from '../../app/sync-tk.ts';
import { ConfigError, loadSlackConfig, loadTkConfig, type TkConfig } from '../../config.ts';
import { pendingTkNotices, runTkNotices } from '../../scheduler/run-tk-notices.ts';
import { createJobSlackClient } from '../../scheduler/slack-client.ts';
import { checkDetailNl, checkFieldNl, TK_CLI } from '../texts.nl.ts';
import { MAIN_CLI } from '../usage.nl.ts';
import { contextOrExitCode } from '../context.ts';
import { withDb } from '../db.ts';
import { SPECS } from '../specs.ts';
import { KAMERBRIEF_CLI } from '../../texts/kamerbrief.nl.ts';
import type { CliCommand, CliIo, ParsedArgs } from '../types.ts';
import { conflictNl } from '../../texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../texts/history.nl.ts';
import { silentLog } from '../../log.ts';
import { feedFailureNl, tkSyncStopNl } from '../../texts/tk-sync.nl.ts';

function tkConfig(io: CliIo): TkConfig | number {
  try {
    return loadTkConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

/** Test hooks through the environment: a child process in a test uses fast retries. */
function clientOptions(io: CliIo) {
  const backoff = io.env.MOTIEBOT_TK_BACKOFF_MS;
  return backoff && /^\d+$/.test(backoff) ? { backoffMs: Number(backoff), maxWaitMs: Number(backoff) * 8 } : {};
}

async function runCheck(config: TkConfig, args: ParsedArgs, io: CliIo): Promise<number> {
  const result = await checkTk(config.syncFeedUrl, clientOptions(io));
  if (args.flags.json) {
    // The JSON contract names each field and what was seen as the text does.
    const shown = result.ok
      ? { ...result, fields: result.fields.map((f) => ({ ...f, field: checkFieldNl(f), detail: checkDetailNl(f.detail) })) }
      : { ok: false, url: result.url, message: feedFailureNl(result.failure) };
    io.out(JSON.stringify(shown, null, 2));
    return result.ok && result.fields.every((f) => f.ok) ? 0 : 1;
  }
  io.out(TK_CLI.checkHeader(result.url));
  if (!result.ok) {
    io.err(TK_CLI.checkFailed(feedFailureNl(result.failure)));
    return 1;
  }
  for (const f of result.fields) io.out(TK_CLI.checkField(f.ok, `${f.feed} ${checkFieldNl(f)}`, checkDetailNl(f.detail)));
  const bad = result.fields.filter((f) => !f.ok).length;
  io.out(bad === 0 ? TK_CLI.checkOk : TK_CLI.checkBad(bad));
  return bad === 0 ? 0 : 1;
}

function printReport(io: CliIo, report: TkSyncReport): void {
  if (report.status === 'skipped') {
    io.out(TK_CLI.skipped(tkSyncStopNl(report.stop)));
    return;
  }
  for (const c of report.changes) io.out(TK_CLI.change(c.action, c.itemId, c.reference, c.fields));
  for (const c of report.conflicts) io.out(TK_CLI.conflict(conflictNl(c, PLAIN_STYLE)));
  const unmapped = new Set(report.notes.flatMap((n) => (n.code === 'TK_MINISTRY_UNMAPPED' && n.value ? [n.value] : [])));
  for (const value of unmapped) io.out(TK_CLI.unmapped(value));
  const statuses = new Set(report.notes.flatMap((n) => (n.code === 'TK_STATUS_UNKNOWN' && n.value ? [n.value] : [])));
  for (const value of statuses) io.out(TK_CLI.unknownStatus(value));
  const besluiten = new Set(report.notes.flatMap((n) => (n.code === 'TK_BESLUIT_UNKNOWN' && n.value ? [n.value] : [])));
  for (const value of besluiten) io.out(TK_CLI.unknownBesluit(value));
  for (const n of report.notes) {
    if (n.code === 'TK_TEXT_CUT_OFF') io.out(TK_CLI.textCutOff(n.value ?? n.entityId, n.field, n.limit));
  }
  io.out(TK_CLI.summary(report));
  const motieFiles = TK_CLI.motieFiles(report.motieFiles, MAX_MOTIE_FILE_ATTEMPTS);
  if (motieFiles) io.out(motieFiles);
  if (report.letters > 0 || report.proposals > 0) io.out(KAMERBRIEF_CLI.sync(report.letters, report.proposals));
  if (report.firstSync && report.caughtUp) io.out(TK_CLI.firstSync);
  if (report.status === 'incomplete' && report.stop) io.out(TK_CLI.incomplete(tkSyncStopNl(report.stop)));
  if (report.status === 'failed' && report.stop) io.err(TK_CLI.failed(tkSyncStopNl(report.stop)));
}

/** A Slack client for the notices when SLACK_BOT_TOKEN is set; 'invalid' after a Dutch message. */
function slackFor(io: CliIo): ReturnType<typeof createJobSlackClient> | null | 'invalid' {
  try {
    // Posting needs only the bot token (the Slack part of the configuration, for posting).
    const slack = loadSlackConfig(io.env, 'post');
    return slack.botToken ? createJobSlackClient({ token: slack.botToken, apiUrl: slack.apiUrl }) : null;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(error.message);
      return 'invalid';
    }
    throw error;
  }
}

export const syncCommand: CliCommand = {
  ...SPECS.sync,
  run: async (args, io) => {
    const source = args.positional[0];
    if (source !== 'tk' || args.positional.length > 1) {
      io.err(MAIN_CLI.withUsage(TK_CLI.unknownSource(args.positional.join(' ')), SPECS.sync.usage));
      return 2;
    }
    const config = tkConfig(io);
    if (typeof config === 'number') return config;
    if (args.flags.check === true) return runCheck(config, args, io);
    const maxRaw = args.flags['max-paginas'];
    if (maxRaw !== undefined && (typeof maxRaw !== 'string' || !/^[1-9]\d{0,6}$/.test(maxRaw))) {
      io.err(TK_CLI.badMaxPages(String(maxRaw)));
      return 2;
    }
    const context = contextOrExitCode(io);
    if (typeof context === 'number') return context;
    const { calendar } = context;
    const slack = slackFor(io);
    if (slack === 'invalid') return 2;
    return withDb(io, async (db) => {
      const report = await syncTk({
        db,
        baseUrl: config.syncFeedUrl,
        scope: config.ministries,
        calendar,
        now: io.now,
        pageDelayMs: config.pageDelayMs,
        client: clientOptions(io),
        ...(typeof maxRaw === 'string' ? { maxPages: Number(maxRaw) } : {}),
        fromStart: args.flags.opnieuw === true,
        moties: config.moties,
        documenten: config.documenten,
        // The person reads Dutch: a retry is said in words, the English log lines stay out.
        logger: silentLog,
        onRetry: ({ attempt, waitMs }) => { io.err(TK_CLI.retrying(attempt, Math.max(1, Math.round(waitMs / 1000)))); },
      });
      // --json keeps `message`: the stop in words, as before the stop became a code.
      if (args.flags.json) io.out(JSON.stringify({ ...report, message: report.stop ? tkSyncStopNl(report.stop) : null }, null, 2));
      else printReport(io, report);
      // What channels are owed (Afgedaan, new items, the first sync's counts): posted now when a
      // bot token is set, else by the bot's next scheduled sync.
      if (slack) {
        const notices = await runTkNotices({ db, slack, now: io.now });
        if (!args.flags.json && notices.posted > 0) io.out(TK_CLI.noticesPosted(notices.posted));
      } else if (!args.flags.json) {
        const waiting = pendingTkNotices(db, io.now().getTime()).length;
        if (waiting > 0) io.out(TK_CLI.noticesWaiting(waiting));
      }
      if (report.status === 'failed') {
        if (args.flags.json) io.err(TK_CLI.failed(tkSyncStopNl(report.stop)));
        if (report.stop?.code === 'TK_SYNC_FEED_FAILED' && (report.stop.failure.code === 'TK_HTTP_UNREACHABLE' || report.stop.failure.code === 'TK_HTTP_STATUS')) {
          io.err(TK_CLI.networkAdvice(config.syncFeedUrl));
        }
        return 1;
      }
      return 0;
    }, { mayCreate: true });
  },
};
