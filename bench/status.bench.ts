// `/motie status` end to end, from the Slack side: signed slash-command requests to the app's
// real HTTP receiver (bench/status-server.ts, its own process), timed to the acknowledgement (the
// HTTP answer) and to the answer at the fake Web API (the response URL). Sequential requests
// after a warm-up; p50 and p99.
//   node --import tsx bench/status.bench.ts --mode ours --db <path> [--text status] [--channel COCW]
//     [--jobs [--plan worker|inline] [--worker linked|tsx] [--niceness N]]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { slashCommandRequest, type Sender } from '../src/preview/signer.ts';
import { link } from '../tests/worker-setup.ts';
import { startBenchSlack } from './lib/fake-slack.ts';
import { median, percentile, report } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'ours' },
    db: { type: 'string' },
    text: { type: 'string', default: 'status' },
    channel: { type: 'string', default: 'COCW' },
    requests: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    /** Change an item from another connection before each request: every answer is computed afresh. */
    touch: { type: 'boolean', default: false },
    /** The digest and reminder jobs run in the bot meanwhile (status-server.ts --jobs). */
    jobs: { type: 'boolean', default: false },
    /** With --jobs: where the jobs plan, `worker` (as the bot's scheduler) or `inline` (on the bot's event loop). */
    plan: { type: 'string', default: 'worker' },
    /**
     * With --jobs: the planning worker's code. `linked` (default): src/worker/entry.ts linked once
     * with esbuild, as the compiled bot starts dist/chunks/worker-<hash>.js; `tsx`: each worker
     * compiles the sources through tsx first (seconds of CPU per worker beside the bot's loop,
     * which the bot never spends).
     */
    worker: { type: 'string', default: 'linked' },
    /** With --jobs: the planning thread's niceness (default: the bot's, PLAN_NICENESS in src/scheduler/plan-off-loop.ts). */
    niceness: { type: 'string' },
  },
});

const SECRET = 'bench-signing-secret-5d1e';
const SENDER: Sender = { teamId: 'T1', teamDomain: 'ocw', appId: 'A1', botUserId: 'UBOT', userId: 'UALICE', userName: 'alice' };

const artifacts = join(fileURLToPath(new URL('..', import.meta.url)), 'tests', 'artifacts');
let workerDir: string | null = null;
if (values.jobs && values.worker === 'linked') {
  // Below the package root: the worker finds the migrations from where its code lies (src/paths.ts).
  mkdirSync(artifacts, { recursive: true });
  workerDir = mkdtempSync(join(artifacts, 'bench-worker-'));
}
const workerEntry = workerDir ? await link(workerDir) : null;
const slack = await startBenchSlack();
const server = spawn(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('status-server.ts', import.meta.url)), '--mode', values.mode, '--api', slack.apiUrl, '--warmup', values.warmup, ...(values.db ? ['--db', values.db] : []), ...(values.jobs ? ['--jobs', '--plan', values.plan] : []), ...(workerEntry ? ['--worker-entry', workerEntry] : []), ...(values.niceness === undefined ? [] : ['--niceness', values.niceness])],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
let serverOut = '';
const port = await new Promise<number>((resolve, reject) => {
  server.stdout.on('data', (d: Buffer) => {
    serverOut += d.toString();
    const m = /READY (\d+)/.exec(serverOut);
    if (m) resolve(Number(m[1]));
  });
  server.on('exit', (code) => { reject(new Error(`status-server exited with ${String(code)}`)); });
});
const url = `http://127.0.0.1:${port}/slack/events`;

const writer = values.touch && values.db ? new Database(values.db) : null;
writer?.pragma('busy_timeout = 5000');
const touch = writer?.prepare('UPDATE items SET updated_at = updated_at + 1 WHERE id = ?');
let counter = 0;
async function one(): Promise<{ ack: number; answer: number; status: number }> {
  const id = `R${++counter}`;
  const request = slashCommandRequest(SECRET, SENDER, {
    command: '/motie',
    text: values.text,
    channel: { id: values.channel, name: 'bench' },
    responseUrl: slack.responseUrl(id),
    triggerId: `${counter}.1.bench`,
  });
  touch?.run((counter % 1000) + 1);
  const answered = slack.answered(id);
  const started = performance.now();
  // A keep-alive connection the server closed while its event loop was blocked is reset: sent
  // again on a new one (as Slack retries), timed from the first attempt.
  const post = () => fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  const res = await post().catch(post);
  await res.text();
  const acked = performance.now();
  const at = await answered;
  return { ack: acked - started, answer: at - started, status: res.status };
}

const acks: number[] = [];
const answers: number[] = [];
const loadAtStart = loadavg()[0];
const wallAtStart = performance.now();
try {
  for (let i = 0; i < Number(values.warmup); i++) await one();
  // With the jobs: at least the requests asked for, and on until one digest + reminder round has
  // finished while they ran (each planned the whole database), at most ten times as many.
  const jobRounds = () => Number(/JOBRUN (\d+)(?![\s\S]*JOBRUN)/.exec(serverOut)?.[1] ?? 0);
  const roundsAtStart = jobRounds();
  for (let i = 0; i < Number(values.requests) || (values.jobs && jobRounds() <= roundsAtStart && i < 10 * Number(values.requests)); i++) {
    const r = await one();
    if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
    acks.push(r.ack);
    answers.push(r.answer);
  }
} finally {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  await slack.close();
  writer?.close();
  if (workerDir) rmSync(workerDir, { recursive: true, force: true });
}
const loopLine = /LOOP (\{.*\})/.exec(serverOut)?.[1];
const loop = loopLine ? (JSON.parse(loopLine) as { p50: number; p99: number; max: number; cpuMs?: number; jobRuns?: number }) : null;
const wallMs = performance.now() - wallAtStart;
report({
  mode: values.mode,
  text: values.text,
  requests: acks.length,
  ackP50: median(acks),
  ackP99: percentile(acks, 99),
  answerP50: median(answers),
  answerP99: percentile(answers, 99),
  answerMax: Math.max(...answers),
  loop,
  // The machine is shared: the load average around the run, and the bot process's CPU time
  // (every thread) against the wall time of the measured requests.
  load: [loadAtStart, loadavg()[0]],
  wallMs,
  acks,
  answers,
});
