// The checks in front of Bolt's HTTP receiver, without HTTP: time window both ways, replays,
// bodies Bolt cannot handle, and a replay cache that forgets what can no longer be replayed.
import { describe, expect, it } from 'vitest';
import { checkRequest, ReplayCache } from '../../src/slack/request-guard.ts';
import { sign } from '../helpers/slack-harness.ts';

const SECRET = 'test-signing-secret-8f3a2c';
const NOW = Date.parse('2026-06-01T07:00:00Z');
const nowSec = NOW / 1000;

function request(body: string, opts: { offset?: number; contentType?: string; signature?: string; retry?: boolean } = {}) {
  const timestamp = nowSec + (opts.offset ?? 0);
  return {
    headers: {
      'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? sign(body, timestamp, SECRET),
      ...(opts.retry ? { 'x-slack-retry-num': '1' } : {}),
    },
  };
}

const check = (req: ReturnType<typeof request>, body: string, cache = new ReplayCache(), now = NOW) =>
  checkRequest(req, Buffer.from(body), { signingSecret: SECRET, now, cache });

describe('checkRequest', () => {
  it.each([
    { name: '5 minutes in the past', offset: -300, ok: true },
    { name: '5 minutes in the future', offset: 300, ok: true },
    { name: '5 minutes and 2 s in the past', offset: -302, ok: false },
    { name: '5 minutes and 2 s in the future', offset: 302, ok: false },
    { name: 'a year in the future', offset: 365 * 86_400, ok: false },
  ])('a correct signature dated $name → ok $ok', ({ offset, ok }) => {
    expect(check(request('command=/motie&text=help', { offset }), 'command=/motie&text=help').ok).toBe(ok);
  });

  it('refuses the second copy of a request (401), acknowledges a copy marked as Slack\'s retry (200), and handles neither', () => {
    const cache = new ReplayCache();
    const body = 'command=/motie&text=afgerond%2012';
    const req = request(body);
    expect(check(req, body, cache)).toEqual({ ok: true });
    expect(check(req, body, cache)).toEqual({ ok: false, status: 401, reason: 'a replay of a request already received' });
    expect(check(request(body, { retry: true }), body, cache)).toMatchObject({ ok: false, status: 200 });
    // the same body signed at another second is another request
    expect(check(request(body, { offset: -1 }), body, cache)).toEqual({ ok: true });
  });

  it('does not remember a request it refused for its signature', () => {
    const cache = new ReplayCache();
    const body = 'command=/motie&text=help';
    expect(check(request(body, { signature: 'v0=00' }), body, cache)).toMatchObject({ ok: false, status: 401, reason: 'bad signature' });
    expect(cache.size).toBe(0);
  });

  it.each([
    ['payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['payload=[]', 'payload=%5B%5D', 'application/x-www-form-urlencoded'],
    ['a JSON null', 'null', 'application/json'],
    ['a JSON number', '42', 'application/json'],
  ])('refuses a signed %s with 400', (_name, body, contentType) => {
    expect(check(request(body, { contentType }), body)).toMatchObject({ ok: false, status: 400 });
  });

  it('lets an ssl_check ping through without a signature (Bolt answers it)', () => {
    expect(check({ headers: { 'content-type': 'application/x-www-form-urlencoded' } } as never, 'ssl_check=1&token=x')).toEqual({ ok: true });
  });
});

describe('ReplayCache', () => {
  it('forgets signatures whose window has ended, so it holds only the last minutes of requests', () => {
    const cache = new ReplayCache();
    for (let i = 0; i < 1000; i++) expect(cache.firstTime(`sig${i}`, NOW + i + 1, NOW)).toBe(true);
    expect(cache.size).toBe(1000);
    expect(cache.firstTime('late', NOW + 10_000, NOW + 500)).toBe(true);
    expect(cache.size).toBe(1000 - 500 + 1); // sig0…sig499 expired at or before NOW + 500
    expect(cache.firstTime('sig999', NOW + 1000, NOW + 500)).toBe(false);
  });
});
