// The app side of the /motie status benchmark, in its own process so that the Slack side (the
// signed requests and the fake Web API, in bench/status.bench.ts) never waits for its event loop.
// `--mode ours`: motiebot's Bolt app on a database. `--mode baseline`: a bare Bolt app with the
// same receiver settings that acknowledges and answers a constant.
// Prints `READY <port>` once it listens; stops on SIGTERM.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { App, HTTPReceiver } from '@slack/bolt';
import { defaultCalendar } from '../src/domain/dates/calendar.ts';
import { createLogger } from '../src/logger.ts';
import { createSlackApp } from '../src/slack/app.ts';
import { closeDb, openDb } from '../src/store/db.ts';

export const BENCH_SECRET = 'bench-signing-secret-5d1e';
export const BENCH_TOKEN = 'xoxb-bench';

const { values } = parseArgs({
  options: { mode: { type: 'string', default: 'ours' }, db: { type: 'string' }, api: { type: 'string' } },
});
const apiUrl = values.api!;
const logger = createLogger('error');

let app: App;
let close = () => {};
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
  close = () => { closeDb(db); };
}
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
process.on('SIGTERM', () => {
  void app.stop().then(() => {
    close();
    process.exit(0);
  });
});
