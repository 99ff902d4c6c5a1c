import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
