// A small fake of Slack's Web API (SLACK.md "Testing without Slack"): records every
// POST /api/<method>, answers like Slack, can be told to fail, and captures respond() posts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface RecordedResponse {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

interface Failure {
  error: string;
  status: number;
  retryAfter?: number;
  delayMs?: number;
  times: number;
}

export interface FakeSlack {
  /** Base URL to pass as slackApiUrl (ends in /api/). */
  url: string;
  /** http://127.0.0.1:port, for response URLs: `${origin}/response/<id>`. */
  origin: string;
  calls: RecordedCall[];
  responses: RecordedResponse[];
  callsTo: (method: string) => RecordedCall[];
  /** Makes the next `times` calls of `method` fail with `error` (HTTP status, Retry-After, delay). */
  failNext: (method: string, error: string, opts?: { status?: number; retryAfter?: number; times?: number; delayMs?: number }) => void;
  responseUrl: (id: string) => string;
  reset: () => void;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const params = new URLSearchParams(raw);
  const body: Record<string, unknown> = {};
  for (const [k, v] of params) {
    // web-api sends blocks and other objects as JSON strings in form bodies
    body[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return body;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const failures = new Map<string, Failure[]>();
  let tsCounter = 0;
  const nextTs = () => `1700000000.${String(++tsCounter).padStart(6, '0')}`;

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (url.pathname.startsWith('/response/')) {
      responses.push({ id: url.pathname.slice('/response/'.length), body, at: Date.now() });
      send(200, { ok: true });
      return;
    }
    const m = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!m) {
      send(404, { ok: false, error: 'unknown_method' });
      return;
    }
    const method = m[1]!;
    calls.push({ method, body, headers: req.headers, at: Date.now() });
    const queue = failures.get(method);
    const failure = queue?.[0];
    if (failure) {
      failure.times -= 1;
      if (failure.times <= 0) queue!.shift();
      if (failure.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
      const headers: Record<string, string> = failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
      send(failure.status, { ok: false, error: failure.error }, headers);
      return;
    }
    switch (method) {
      case 'auth.test':
        send(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'motiebot' });
        return;
      case 'conversations.open':
        send(200, { ok: true, channel: { id: `D${String(body.users ?? 'X').replace(/,.*/, '')}` } });
        return;
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        send(200, { ok: true, view: { id: `V${++tsCounter}` } });
        return;
      case 'chat.postEphemeral':
        send(200, { ok: true, message_ts: nextTs() });
        return;
      default:
        send(200, { ok: true, ts: body.ts ?? nextTs(), channel: body.channel ?? null, message: { text: body.text } });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/api/`,
    origin,
    calls,
    responses,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failNext: (method, error, opts = {}) => {
      const list = failures.get(method) ?? [];
      list.push({ error, status: opts.status ?? 200, retryAfter: opts.retryAfter, delayMs: opts.delayMs, times: opts.times ?? 1 });
      failures.set(method, list);
    },
    responseUrl: (id) => `${origin}/response/${id}`,
    reset: () => {
      calls.length = 0;
      responses.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` returns a truthy value or the timeout passes. */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`waitFor: condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
