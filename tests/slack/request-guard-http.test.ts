// The request guard on a real socket (issue 22.4): requests without signature headers or with a
// stale timestamp are refused before their body is read, the bytes held for all bodies together
// stay within one budget, and a body that does not arrive in time is refused. Raw TCP clients on
// 127.0.0.1 send headers and partial bodies exactly as an attacker holding posts open would.
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardSlackRequests, type BodyLimits, type GuardedListener } from '../../src/slack/request-guard.ts';
import { sign } from '../helpers/slack-harness.ts';

const SECRET = 'test-signing-secret-8f3a2c';

interface Harness {
  port: number;
  guard: GuardedListener;
  handled: string[];
  warnings: string[];
  server: Server;
}

let harness: Harness | null = null;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  if (harness) {
    const { server } = harness;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    harness = null;
  }
});

async function start(limits: Partial<BodyLimits> = {}): Promise<Harness> {
  const handled: string[] = [];
  const warnings: string[] = [];
  const inner = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    handled.push((req as { rawBody?: Buffer }).rawBody?.toString('utf8') ?? '');
    res.writeHead(200);
    res.end('handled');
  };
  const guard = guardSlackRequests(inner, { signingSecret: SECRET, endpoints: ['/slack/events'], logger: { warn: (m: string) => warnings.push(m) }, limits });
  const server = createServer(guard);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  harness = { port: (server.address() as AddressInfo).port, guard, handled, warnings, server };
  return harness;
}

interface Raw {
  socket: Socket;
  /** The status code of the answer, or null when the connection closed without one. */
  status: Promise<number | null>;
}

/** Sends a request's head and `body` (which may be only part of what content-length announces), and keeps the socket open. */
function send(port: number, headers: Record<string, string>, body: string | Buffer = ''): Raw {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  socket.on('error', () => undefined);
  const head = ['POST /slack/events HTTP/1.1', 'Host: 127.0.0.1', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
  socket.write(head);
  if (body.length > 0) socket.write(body);
  const status = new Promise<number | null>((resolve) => {
    let received = '';
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      if (match) resolve(Number(match[1]));
    });
    socket.on('close', () => { resolve(null); });
  });
  return { socket, status };
}

const nowSec = () => Math.floor(Date.now() / 1000);

function signedHeaders(body: string, opts: { offset?: number; length?: number; signature?: string } = {}): Record<string, string> {
  const timestamp = nowSec() + (opts.offset ?? 0);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'content-length': String(opts.length ?? Buffer.byteLength(body)),
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': opts.signature ?? sign(body, timestamp, SECRET),
  };
}

/** Polls `condition` (bounded: at most `tries` polls, 10 ms apart), checking `invariant` on every poll. */
async function until(condition: () => boolean, invariant: () => void = () => undefined, tries = 2000): Promise<void> {
  for (let i = 0; i < tries; i += 1) {
    invariant();
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}

describe('the request guard over HTTP (issue 22.4)', () => {
  it('answers 200 held-open posts without signature headers, each announcing 4 MB, with 401 before reading their bodies', async () => {
    const h = await start();
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const raws = Array.from({ length: 200 }, (_, i) =>
      send(h.port, { 'content-type': i % 2 === 0 ? 'application/json' : 'application/x-www-form-urlencoded', 'content-length': String(4 * 1024 * 1024) }, chunk),
    );
    const statuses = await Promise.all(raws.map((r) => r.status));
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect(h.guard.bufferedBytes()).toBe(0);
    expect(h.handled).toEqual([]);
  });

  it.each([
    { name: 'a timestamp 6 minutes old', offset: -360 },
    { name: 'a timestamp 6 minutes ahead', offset: 360 },
  ])('refuses $name with 401 while the announced body has not been sent at all', async ({ offset }) => {
    const h = await start();
    const raw = send(h.port, signedHeaders('x', { offset, length: 1024 * 1024 }));
    expect(await raw.status).toBe(401);
    expect(h.handled).toEqual([]);
  });

  it('refuses a body announced larger than the limit (413) before it arrives, and one that grows past it while read', async () => {
    const h = await start({ maxBodyBytes: 10_000 });
    const announced = send(h.port, signedHeaders('x', { length: 10_001 }));
    expect(await announced.status).toBe(413);
    // chunked: no content-length, the bytes decide
    const headers = signedHeaders('x');
    delete headers['content-length'];
    const chunked = send(h.port, { ...headers, 'transfer-encoding': 'chunked' }, `3a98\r\n${'a'.repeat(15_000)}\r\n`);
    expect(await chunked.status).toBe(413);
    await until(() => h.guard.bufferedBytes() === 0);
    expect(h.handled).toEqual([]);
  });

  it('holds at most maxBufferedBytes for all bodies together: posts beyond it get 503, and the budget is free again afterwards', async () => {
    const limits = { maxBodyBytes: 64 * 1024, maxBufferedBytes: 128 * 1024, bodyTimeoutMs: 60_000 };
    const h = await start(limits);
    const part = Buffer.alloc(40 * 1024, 0x61);
    const raws = Array.from({ length: 10 }, () => send(h.port, signedHeaders('x', { length: 60 * 1024, signature: 'v0=forged' }), part));
    const answered: (number | null)[] = [];
    raws.forEach((r, i) => { void r.status.then((s) => { answered[i] = s; }); });
    let most = 0;
    await until(
      () => answered.filter((s) => s === 503).length >= 7,
      () => {
        most = Math.max(most, h.guard.bufferedBytes());
        expect(h.guard.bufferedBytes()).toBeLessThanOrEqual(limits.maxBufferedBytes);
      },
    );
    expect(most).toBeGreaterThan(0);
    for (const r of raws) r.socket.destroy();
    await until(() => h.guard.bufferedBytes() === 0);
    // the control: a signed request is handled once the flood is gone
    const body = 'command=/motie&text=help';
    const ok = send(h.port, signedHeaders(body), body);
    expect(await ok.status).toBe(200);
    expect(h.handled).toEqual([body]);
  });

  it('refuses a body that does not arrive within the body timeout with 408, and frees its bytes', async () => {
    const h = await start({ bodyTimeoutMs: 200 });
    const raw = send(h.port, signedHeaders('x', { length: 5000 }), 'a'.repeat(100));
    expect(await raw.status).toBe(408);
    await until(() => h.guard.bufferedBytes() === 0);
    expect(h.handled).toEqual([]);
  });

  it('passes an unsigned ssl_check of a few bytes to Bolt, and refuses an unsigned form post longer than 1 kB', async () => {
    const h = await start();
    const ping = 'ssl_check=1&token=x';
    const small = send(h.port, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(ping.length) }, ping);
    expect(await small.status).toBe(200);
    const big = send(h.port, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '2000' }, 'ssl_check=1&');
    expect(await big.status).toBe(401);
    expect(h.handled).toEqual([ping]);
  });
});
