// Slack accepts a post but answers after the client's timeout (issue 17, point 7). The key used to
// stay pending and every later run posted it again: three runs, three copies. Now such a key is
// marked "unknown outcome", and before posting it again the run looks for the message in the
// channel's history (each post carries its sent-log row ids as message metadata). Where the
// history cannot be read, one more post at most: never more than one duplicate per key.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReminders } from '../../src/scheduler/run-reminders.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { addItem, link, sentRows } from './setup.ts';

interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
}

/** A Web API that stores a post at once and answers it after `answerDelayMs` while `slowPosts` lasts. */
async function startSlowWebApi() {
  const api = {
    messages: [] as StoredMessage[],
    historyCalls: 0,
    slowPosts: 0,
    answerDelayMs: 4000,
    /** Slack answers history with this error (missing_scope: the app was not given channels:history). */
    historyError: null as string | null,
    /** Slack loses these posts (answers late, but never shows them). */
    losePosts: 0,
    url: '',
    close: (): Promise<void> => Promise.resolve(),
  };
  let seq = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const fields = Object.fromEntries(new URLSearchParams(raw));
      const answer = (body: unknown) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (method === 'chat.postMessage') {
        // Slack's ts is the time of posting: a few seconds into the runs' (fixed) morning
        const ts = `${Date.UTC(2026, 5, 1, 7) / 1000 + ++seq}.000100`;
        const lost = api.losePosts > 0;
        if (lost) api.losePosts -= 1;
        else api.messages.push({ channel: fields.channel!, ts, text: fields.text ?? '', metadata: fields.metadata ? (JSON.parse(fields.metadata) as StoredMessage['metadata']) : null });
        const slow = api.slowPosts > 0;
        if (slow) api.slowPosts -= 1;
        setTimeout(() => {
          answer({ ok: true, channel: fields.channel, ts });
        }, slow ? api.answerDelayMs : 0);
        return;
      }
      if (method === 'conversations.history') {
        api.historyCalls += 1;
        if (api.historyError) {
          answer({ ok: false, error: api.historyError });
          return;
        }
        const oldest = Number(fields.oldest ?? 0);
        const messages = api.messages.filter((m) => m.channel === fields.channel && Number(m.ts) > oldest).reverse();
        answer({ ok: true, messages: messages.map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(fields.include_all_metadata === 'true' && m.metadata ? { metadata: m.metadata } : {}) })), has_more: false });
        return;
      }
      answer({ ok: false, error: 'unknown_method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    });
  return api;
}

describe('a post that Slack accepts but answers after the client gave up', () => {
  let t: TempDb;
  let api: Awaited<ReturnType<typeof startSlowWebApi>>;
  beforeEach(async () => {
    t = openTempDb();
    api = await startSlowWebApi();
  });
  afterEach(async () => {
    await api.close();
    t.cleanup();
  });

  const run = (hour: number) =>
    runReminders({
      db: t.db,
      // the 15 s of production, shortened: Slack answers after it
      slack: createJobSlackClient({ token: 'xoxb-slow', apiUrl: api.url, timeoutMs: 1500 }),
      now: () => new Date(Date.UTC(2026, 5, 1, hour)),
      leadDays: [0],
      delivery: { perChannelMs: 0 },
    });

  it('three runs post it once: the next run finds it in the channel by its metadata and records it as sent', async () => {
    link(t.db, 'SOCW', 'C1');
    const id = addItem(t.db, 'SOCW', '2026-06-01');
    api.slowPosts = 1;
    const first = await run(7);
    expect(first).toMatchObject({ posted: 0, pending: 1 });
    expect(sentRows(t.db)).toEqual([expect.objectContaining({ item_id: id, state: 'unknown' })]);
    expect(api.messages[0]!.metadata).toEqual({ event_type: 'motiebot_post', event_payload: { ids: expect.stringMatching(/^\d+$/) as unknown } });

    await run(8);
    await run(9);
    expect(api.messages).toHaveLength(1);
    expect(api.historyCalls).toBe(1);
    expect(sentRows(t.db)).toEqual([expect.objectContaining({ state: 'sent', message_ts: api.messages[0]!.ts })]);
  }, 60_000);

  it('posts it again when the history shows Slack never showed it, and then once only', async () => {
    link(t.db, 'SOCW', 'C1');
    addItem(t.db, 'SOCW', '2026-06-01');
    api.slowPosts = 1;
    api.losePosts = 1;
    await run(7);
    expect(api.messages).toHaveLength(0);
    await run(8);
    await run(9);
    expect(api.messages).toHaveLength(1);
    expect(sentRows(t.db)).toEqual([expect.objectContaining({ state: 'sent', message_ts: api.messages[0]!.ts })]);
  }, 60_000);

  it('without the history (missing_scope): one more post at most, even when that one times out too', async () => {
    link(t.db, 'SOCW', 'C1');
    addItem(t.db, 'SOCW', '2026-06-01');
    api.historyError = 'missing_scope';
    api.slowPosts = 5;
    for (const hour of [7, 8, 9, 10, 11]) await run(hour);
    expect(api.messages).toHaveLength(2);
    expect(sentRows(t.db)).toEqual([expect.objectContaining({ state: 'sent', message_ts: null, last_error: expect.stringContaining('not posted again') as unknown })]);
  }, 60_000);

  it('without the history, a repost that Slack answers in time is simply sent: two copies at most, then nothing', async () => {
    link(t.db, 'SOCW', 'C1');
    addItem(t.db, 'SOCW', '2026-06-01');
    api.historyError = 'not_in_channel';
    api.slowPosts = 1;
    for (const hour of [7, 8, 9]) await run(hour);
    expect(api.messages).toHaveLength(2);
    expect(sentRows(t.db)).toEqual([expect.objectContaining({ state: 'sent', message_ts: api.messages[1]!.ts })]);
  }, 60_000);
});
