import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchFeedPage, retryAfterMs } from '../../../src/adapters/tk/syncfeed-client.ts';
import { startFakeSyncFeed, T, tkEntry, tkFeed, type FakeSyncFeed } from '../../helpers/fake-syncfeed.ts';
import { feedFailureNl } from '../../../src/texts/tk-sync.nl.ts';

let fake: FakeSyncFeed;
let waits: number[];
const options = () => ({ backoffMs: 100, maxWaitMs: 5_000, maxAttempts: 4, sleep: (ms: number) => { waits.push(ms); return Promise.resolve(); } });

beforeEach(async () => {
  fake = await startFakeSyncFeed();
  fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101)], next: 101 }));
  waits = [];
});
afterEach(() => fake.close());

const first = () => `${fake.base}/Feed?category=Toezegging`;

describe('fetchFeedPage', () => {
  it('503 then success: the same URL again after a backoff', async () => {
    fake.failures.set('', [{ status: 503 }]);
    const result = await fetchFeedPage(first(), options());
    expect(result.ok && result.page.entries.map((e) => e.entityId)).toEqual([T.open.id]);
    expect(fake.requests.map((r) => r.skiptoken)).toEqual(['', '']);
    expect(waits).toEqual([100]);
  });

  it('honours Retry-After (seconds) on 429, capped by maxWaitMs, and doubles the backoff otherwise', async () => {
    fake.failures.set('', [{ status: 429, retryAfter: '2' }, { status: 500 }, { status: 429, retryAfter: '3600' }]);
    const result = await fetchFeedPage(first(), options());
    expect(result.ok).toBe(true);
    expect(waits).toEqual([2_000, 200, 5_000]);
  });

  it('a truncated page is fetched again', async () => {
    fake.failures.set('', ['truncate']);
    const result = await fetchFeedPage(first(), options());
    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });

  it('gives up after maxAttempts with a Dutch message, and does not retry a 404', async () => {
    fake.failures.set('', [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    const failed = await fetchFeedPage(first(), options());
    expect(failed).toMatchObject({ ok: false, code: 'TK_HTTP_STATUS', status: 503, attempts: 4 });
    expect(!failed.ok && feedFailureNl(failed)).toMatch(/na 4 pogingen nog steeds met HTTP 503/);
    expect(fake.requests).toHaveLength(4);

    fake.requests.length = 0;
    fake.failures.set('', [{ status: 404 }]);
    const missing = await fetchFeedPage(first(), options());
    expect(missing).toMatchObject({ ok: false, code: 'TK_HTTP_STATUS', status: 404, attempts: 1 });
    expect(!missing.ok && feedFailureNl(missing)).toMatch(/antwoordt met HTTP 404\.$/);
    expect(fake.requests).toHaveLength(1);
  });

  it('a server that does not answer in time is retried, then reported', async () => {
    fake.holds.set('', new Promise(() => {}));
    const result = await fetchFeedPage(first(), { ...options(), timeoutMs: 100, maxAttempts: 2 });
    expect(result).toMatchObject({ ok: false, code: 'TK_HTTP_UNREACHABLE', attempts: 2, timeoutSeconds: 0, error: null });
    expect(fake.requests).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['120', 120_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['soon', null],
    [null, null],
  ] as const)('%s → %s', (header, ms) => { expect(retryAfterMs(header, Date.parse('2015-10-21T07:28:00Z'))).toBe(ms); });
});

describe('fetchFeedPage: bounded bodies and one origin (issue 22.6, 22.10)', () => {
  it('stops reading a body without Content-Length at the limit (a chunked answer that never ends)', async () => {
    let sent = 0;
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/atom+xml' }); // chunked: no content-length
      const chunk = Buffer.alloc(256 * 1024, 0x61);
      const pump = () => {
        while (sent < 512 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
        if (sent >= 512 * 1024 * 1024) res.end();
      };
      res.on('drain', () => { sent += chunk.length; pump(); });
      res.on('close', () => { res.removeAllListeners('drain'); });
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/SyncFeed/2.0/Feed?category=Toezegging`;
      const result = await fetchFeedPage(url, { ...options(), maxBodyBytes: 2 * 1024 * 1024 });
      expect(result).toMatchObject({ ok: false, code: 'TK_FEED_TOO_LARGE' });
      expect(!result.ok && result.code === 'TK_FEED_TOO_LARGE' && result.bytes).toBeGreaterThan(2 * 1024 * 1024);
      expect(!result.ok && feedFailureNl(result)).toMatch(/meer dan motiebot van één pagina leest/);
      // the server could send only what fits in the socket buffers after the client stopped
      expect(sent).toBeLessThan(64 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    }
  });

  it('reads at most 64 MB by default: a body stream that never ends is cancelled after 64 MB', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const result = await fetchFeedPage('https://tk.example/SyncFeed/2.0/Feed?category=Toezegging', { ...options(), fetch: () => Promise.resolve(new Response(body, { status: 200 })) });
    expect(result).toMatchObject({ ok: false, code: 'TK_FEED_TOO_LARGE', bytes: 64 * 1024 * 1024 + 1024 * 1024 });
    expect(pulled).toBeLessThanOrEqual(67);
  });

  it('follows a redirect within the origin, and refuses one to another host without requesting it', async () => {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.headers.host ?? ''} ${req.url ?? ''}`);
      const port = (server.address() as AddressInfo).port;
      if (req.url?.startsWith('/same')) {
        res.writeHead(301, { location: `/SyncFeed/2.0/Feed?category=Toezegging` });
      } else if (req.url?.startsWith('/away')) {
        res.writeHead(302, { location: `http://localhost:${port}/SyncFeed/2.0/Feed?category=Toezegging` });
      } else {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end(tkFeed({ entries: [tkEntry(T.open, 101)], next: 101 }).replaceAll('BASE', `http://127.0.0.1:${port}/SyncFeed/2.0`));
        return;
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await fetchFeedPage(`${origin}/same`, options())).toMatchObject({ ok: true });
      const away = await fetchFeedPage(`${origin}/away`, options());
      expect(away).toMatchObject({ ok: false, code: 'TK_FEED_OFF_ORIGIN', target: expect.stringMatching(/^http:\/\/localhost:/) });
      expect(!away.ok && feedFailureNl(away)).toMatch(/buiten de ingestelde SyncFeed/);
      expect(seen.every((s) => s.startsWith('127.0.0.1:'))).toBe(true);
      expect(await fetchFeedPage(`${origin}/x`, { ...options(), origin: 'https://gegevensmagazijn.tweedekamer.nl' })).toMatchObject({ ok: false, code: 'TK_FEED_OFF_ORIGIN' });
      expect(seen).toHaveLength(3); // /same, its target, /away; nothing outside the origin
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => { resolve(); }));
    }
  });
});
