// Reads the bot answers with, on the database at --db, each beside its baseline in the same run:
// punctuality (the /motie status and App Home block: twelve months of items marked done, per code)
// against a raw read of the same rows; "Mijn" (a person's open items) against a raw indexed read;
// GET /healthz on an HTTP server with the bot's health route (quick_check in its worker, re-run
// every second so that it runs during the requests) against a server that answers a constant.
// Every computed answer is computed afresh (an item is touched before each, so nothing is remembered).
//   node --import tsx bench/queries.bench.ts --db <path> [--runs 30] [--requests 200]
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { amsterdamDate, amsterdamMidnight } from '../src/clock.ts';
import { addDays } from '../src/domain/dates/calendar-date.ts';
import { punctualitySince } from '../src/domain/punctuality.ts';
import { healthRoute } from '../src/health/health-route.ts';
import { punctualityOf } from '../src/slack/punctuality-view.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { listItems } from '../src/store/items.queries.ts';
import { createQuickCheckMonitor } from '../src/store/quick-check-monitor.ts';
import { median, percentile, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '30' }, requests: { type: 'string', default: '200' } } });
const db = openDb(values.db!);
const runs = Number(values.runs);
const touch = db.$client.prepare('UPDATE items SET updated_at = updated_at + 1 WHERE id = ?');
let touched = 0;

function timed(fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    touch.run((touched++ % 1000) + 1);
    const t = performance.now();
    fn();
    if (i >= 3) out.push(performance.now() - t); // the first three warm up
  }
  return out;
}

const today = amsterdamDate(Date.now());
const everything = { codes: [], ministries: [] };
const from = amsterdamMidnight(addDays(punctualitySince(today), 1));
const to = amsterdamMidnight(addDays(today, 1));
let punctualCodes = 0;
const punctuality = timed(() => (punctualCodes = punctualityOf(db, everything, today).length));
const rawInformed = db.$client.prepare(
  `SELECT r.code, i.deadline, i.done_at FROM items i JOIN responsibilities r ON r.item_id = i.id
   WHERE i.status = 'done' AND i.done_at >= ? AND i.done_at < ? AND i.deadline IS NOT NULL AND i.done_by IS NOT NULL`,
);
let informedRows = 0;
const punctualityBase = timed(() => (informedRows = rawInformed.all(from, to).length));

let mineCount = 0;
const mine = timed(() => (mineCount = listItems(db, { owner: 'UALICE', status: 'open' }).length));
const rawMine = db.$client.prepare("SELECT * FROM items WHERE owner = ? AND status = 'open' ORDER BY deadline IS NULL, deadline, id");
const mineBase = timed(() => rawMine.all('UALICE'));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz` };
}

async function requestTimes(url: string): Promise<{ times: number[]; loopP99: number; loopMax: number }> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  const times: number[] = [];
  for (let i = 0; i < Number(values.requests) + 20; i++) {
    if (i === 20) loop.enable();
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    if (i >= 20) times.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  loop.disable();
  return { times, loopP99: loop.percentile(99) / 1e6, loopMax: loop.max / 1e6 };
}

const quickCheck = createQuickCheckMonitor({ path: values.db!, maxAgeMs: 1000 });
await quickCheck.checkNow();
const route = healthRoute({ db, quickCheck, scheduler: null });
const ours = await serve(route.handler);
const base = await serve((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end('{"status":"ok"}');
});
const health = await requestTimes(ours.url);
const healthBase = await requestTimes(base.url);
await quickCheck.stop();
ours.server.close();
base.server.close();
closeDb(db);

const stats = (xs: number[]) => ({ p50: median(xs), p99: percentile(xs, 99) });
report({
  punctuality: { ...stats(punctuality), codes: punctualCodes },
  punctualityBase: { ...stats(punctualityBase), rows: informedRows },
  mine: { ...stats(mine), items: mineCount },
  mineBase: stats(mineBase),
  health: { ...stats(health.times), loopP99: health.loopP99, loopMax: health.loopMax },
  healthBase: { ...stats(healthBase.times), loopP99: healthBase.loopP99, loopMax: healthBase.loopMax },
});
