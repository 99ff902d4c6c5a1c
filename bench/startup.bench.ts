// Start-up of the compiled code, as `npm start` and `motie` run it (plain node on dist/).
// The bot: spawn it in HTTP mode (dist/main.js with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
// SLACK_API_URL at the fake Web API, PORT, DATABASE_PATH) and time until it answers a signed
// url_verification request on /slack/events; then, after 3 idle seconds, its resident memory
// (VmRSS). Baseline: bench/bare-bolt.mjs started the same way.
// The CLI: `motie --help` and `motie list` (on --list-db) until they exit; baseline `node -e ''`.
// Runs alternate; one warm-up each (the OS file cache), medians of the rest.
//   node --import tsx bench/startup.bench.ts --db <path> --list-db <path> [--runs 3] [--cli-runs 9]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signRequest } from '../src/preview/signer.ts';
import { startBenchSlack } from './lib/fake-slack.ts';
import { ROOT } from './lib/child.ts';
import { median, report } from './lib/stats.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, 'list-db': { type: 'string' }, runs: { type: 'string', default: '3' }, 'cli-runs': { type: 'string', default: '9' } },
});
const SECRET = 'bench-signing-secret-5d1e';
const slack = await startBenchSlack();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => { resolve(port); });
    });
  });
}

function vmRssMiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function startOnce(script: string): Promise<{ readyMs: number; rssMiB: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATABASE_PATH: values.db!,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Set by Node before the 'exit' event fires (a signal leaves exitCode null and sets signalCode).
  const exited = (): boolean => child.exitCode !== null || child.signalCode !== null;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const body = JSON.stringify({ token: 'bench', challenge: 'ready-check', type: 'url_verification' });
  let readyMs: number;
  for (;;) {
    if (exited()) throw new Error(`${script} exited before it was ready:\n${stderr}`);
    if (performance.now() - started > 60_000) throw new Error(`${script} not ready after 60 s`);
    try {
      const request = signRequest(SECRET, body, 'application/json');
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: request.headers, body: request.body });
      const text = await res.text();
      if (res.status === 200 && text.includes('ready-check')) {
        readyMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, 3000));
  const rssMiB = vmRssMiB(child.pid!);
  child.kill('SIGTERM');
  await new Promise((r) => {
    if (exited()) r(null);
    else child.once('exit', r);
  });
  return { readyMs, rssMiB };
}

/** Milliseconds from spawn to exit of `node <args>` (output discarded). */
function timeCommand(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: values['list-db']! },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${String(code)}: ${stderr.slice(-1000)}`));
      else resolve(performance.now() - started);
    });
  });
}

const motie = fileURLToPath(new URL('../bin/motie.js', import.meta.url));
const cli: Record<'node' | 'help' | 'list', string[]> = { node: ['-e', ''], help: [motie, '--help'], list: [motie, 'list'] };
const cliTimes: Record<keyof typeof cli, number[]> = { node: [], help: [], list: [] };
for (const args of Object.values(cli)) await timeCommand(args);
for (let i = 0; i < Number(values['cli-runs']); i++) {
  for (const [key, args] of Object.entries(cli) as [keyof typeof cli, string[]][]) cliTimes[key].push(await timeCommand(args));
}

const bot = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const bare = fileURLToPath(new URL('bare-bolt.mjs', import.meta.url));
await startOnce(bot);
await startOnce(bare);
const ours: { readyMs: number; rssMiB: number }[] = [];
const base: { readyMs: number; rssMiB: number }[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  ours.push(await startOnce(bot));
  base.push(await startOnce(bare));
}
await slack.close();
report({
  readyMs: median(ours.map((r) => r.readyMs)),
  rssMiB: median(ours.map((r) => r.rssMiB)),
  baselineReadyMs: median(base.map((r) => r.readyMs)),
  baselineRssMiB: median(base.map((r) => r.rssMiB)),
  nodeMs: median(cliTimes.node),
  helpMs: median(cliTimes.help),
  listMs: median(cliTimes.list),
});
