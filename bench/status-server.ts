// The app side of the /motie status benchmark, in its own process so that the Slack side (the
// signed requests and the fake Web API, in bench/status.bench.ts) never waits for its event loop.
// `--mode ours`: motiebot's Bolt app on a database. `--mode baseline`: a bare Bolt app with the
// same receiver settings that acknowledges and answers a constant.
// `--jobs`: the digest and the reminder job run meanwhile, one after the other and again (dry runs:
// planned and built as the bot's scheduler does, in a worker thread, not posted; `--plan inline`
// plans on this process's event loop, as before issue 28's fix). `--worker-entry <file>`: the
// planning workers start that linked entry (as the compiled bot starts its worker chunk) instead of
// compiling the sources through tsx in each worker.
// The event loop's delay is measured (perf_hooks.monitorEventLoopDelay) from the first request after
// the warm-up (`--warmup N`) on and printed as `LOOP <json>` when it stops.
// Prints `READY <port>` once it listens; stops on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { App, HTTPReceiver } from '@slack/bolt';
import { defaultCalendar } from '../src/domain/dates/calendar.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { runDigest } from '../src/scheduler/run-digest.ts';
import { runReminders } from '../src/scheduler/run-reminders.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { useWorkerEntry } from '../src/worker/run-task.ts';

export const BENCH_SECRET = 'bench-signing-secret-5d1e';
export const BENCH_TOKEN = 'xoxb-bench';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'ours' },
    db: { type: 'string' },
    api: { type: 'string' },
    jobs: { type: 'boolean', default: false },
    plan: { type: 'string', default: 'worker' },
    /** Requests of the warm-up: the event loop's delay and the CPU time are measured after them. */
    warmup: { type: 'string', default: '0' },
    /** The linked worker entry to start (status.bench.ts --worker linked); absent: through tsx. */
    'worker-entry': { type: 'string' },
    /** With --jobs: the planning thread's niceness (default: the bot's, PLAN_NICENESS). */
    niceness: { type: 'string' },
  },
});
if (values['worker-entry']) useWorkerEntry(values['worker-entry']);
const apiUrl = values.api!;
const logger = createLogger('error');

let app: App;
let close = () => {};
/** Starts the jobs (as the bot starts its scheduler: once the app listens, not while it loads). */
let startJobs = () => {};
/** Digest + reminder rounds finished while the requests ran. */
let jobRuns = 0;
if (values.mode === 'baseline') {
  const receiver = new HTTPReceiver({ signingSecret: BENCH_SECRET, endpoints: '/slack/events', logger, unhandledRequestTimeoutMillis: 3001 });
  app = new App({
    receiver,
    token: BENCH_TOKEN,
    botId: 'BBOT',
    botUserId: 'UBOT',
    logger,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 2500 },
  });
  app.command('/motie', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'Alles in orde.' });
  });
} else {
  const db = openDb(values.db!);
  const deps = { db, admins: [], calendar: defaultCalendar, now: () => new Date(), logger };
  app = createSlackApp(deps, { token: BENCH_TOKEN, signingSecret: BENCH_SECRET, apiUrl, botId: 'BBOT', botUserId: 'UBOT', webRetries: 0 }).app;
  let stopped = false;
  const planInWorker = values.plan !== 'inline';
  const planWorker = values.niceness === undefined ? {} : { niceness: Number(values.niceness) };
  const jobs = async () => {
    while (!stopped) {
      await runDigest({ db, slack: null, dryRun: true, planInWorker, planWorker });
      await sleep(100);
      await runReminders({ db, slack: null, dryRun: true, leadDays: [28, 7, 0], planInWorker, planWorker });
      await sleep(100);
      jobRuns += 1;
      process.stdout.write(`JOBRUN ${jobRuns}\n`);
    }
  };
  let running: Promise<unknown> = Promise.resolve();
  if (values.jobs) {
    startJobs = () => {
      running = jobs();
    };
  }
  close = () => {
    stopped = true;
    void running.then(() => { closeDb(db); });
  };
}
const loop = monitorEventLoopDelay({ resolution: 1 });
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
let cpuAtStart: NodeJS.CpuUsage | null = null;
// From the first request after the warm-up (status.bench.ts passes its count): the first, cold
// requests load the command's modules and fill the answers remembered per connection.
let requests = 0;
server.on('request', () => {
  requests += 1;
  if (requests !== Number(values.warmup) + 1) return;
  loop.enable();
  cpuAtStart = process.cpuUsage();
});
startJobs();
process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
process.on('SIGTERM', () => {
  loop.disable();
  // CPU time of the whole process (every thread, the planning workers included) since the first measured request.
  const cpu = process.cpuUsage(cpuAtStart ?? undefined);
  process.stdout.write(`LOOP ${JSON.stringify({ p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6, cpuMs: (cpu.user + cpu.system) / 1000, jobRuns })}\n`);
  void app.stop().then(() => {
    close();
    process.exit(0);
  });
});
