// The real bot as a child process (`node dist/main.js`, the compiled bot `npm start` runs, HTTP mode) against the
// tests' fake Slack Web API, whose chat.postMessage can be slow. Used by the shutdown, two-bots and lock tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFakeSlack, waitFor, type FakeSlack } from '../../helpers/fake-slack.ts';
import { sign } from '../../helpers/slack-harness.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const BOT_TOKEN = 'xoxb-shutdown-test-0123456789';
export const SIGNING_SECRET = 'shutdown-signing-secret-5e7d1c';

/** The fake Slack, whose chat.postMessage answers only after `postDelayMs` (and once `until` settled). */
export interface SlowSlack {
  url: string;
  fake: FakeSlack;
  /** chat.postMessage calls Slack answered (the bot saw them succeed). */
  answeredPosts: number;
  postDelayMs: number;
  close: () => Promise<void>;
}

export async function startSlowSlack(postDelayMs: number, options: { until?: Promise<unknown> } = {}): Promise<SlowSlack> {
  const isPost = (path: string) => path.includes('chat.postMessage');
  const fake = await startFakeSlack({
    before: async (path) => {
      if (!isPost(path)) return;
      await new Promise((r) => setTimeout(r, slow.postDelayMs));
      await options.until;
    },
    after: (path) => {
      if (isPost(path)) slow.answeredPosts += 1;
    },
  });
  const slow: SlowSlack = { url: fake.url, fake, answeredPosts: 0, postDelayMs, close: () => fake.close() };
  return slow;
}

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  /** The URL main printed ("motiebot draait: …"), with 127.0.0.1 for localhost. */
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface BotProcessOptions {
  /** Extra environment (wins over the defaults). */
  env?: Record<string, string>;
  /** Extra node options before the entry point, e.g. ['--import', preload]. */
  nodeArgs?: string[];
  /** The checkout to run dist/main.js of (default: this one). */
  cwd?: string;
}

export async function startBotProcess(dbPath: string, apiUrl: string, options: BotProcessOptions = {}): Promise<BotProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'dist/main.js'], {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      DATABASE_PATH: dbPath,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => { resolve({ code, signal }); }),
  );
  const url = await waitFor(() => /motiebot draait: (\S+)/.exec(out)?.[1], 45_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${out}`);
  });
  return { child, output: () => out, url, exited };
}

/** Kills a bot that is still running (SIGKILL): for afterEach. */
export function killIfRunning(bot: BotProcess | null): void {
  if (bot?.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
}

/** POSTs a form body to the bot, signed like Slack signs it (now, unless a timestamp is given). */
export async function postSigned(url: string, fields: Record<string, string>, timestamp = Math.floor(Date.now() / 1000)): Promise<{ status: number; text: string }> {
  const body = new URLSearchParams(fields).toString();
  const res = await fetch(url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, SIGNING_SECRET),
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}
