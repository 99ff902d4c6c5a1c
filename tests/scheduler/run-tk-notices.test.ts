import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncTk, type TkSyncDeps } from '../../src/app/sync-tk.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { listItems } from '../../src/store/items.queries.ts';
import type { SlackPoster } from '../../src/outbox/send.ts';
import { runTkNotices } from '../../src/scheduler/run-tk-notices.ts';
import { acquireLease, getLease } from '../../src/store/leases.queries.ts';
import { virtualPace } from '../helpers/virtual-pace.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { standardPages, startFakeSyncFeed, T, tkEntry, tkFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let feed: FakeSyncFeed;
let slack: FakeSlack;
let t: TempDb;
let clock: number;

beforeEach(async () => {
  feed = await startFakeSyncFeed();
  slack = await startFakeSlack();
  t = openTempDb();
  clock = Date.parse('2025-05-02T08:00:00Z');
  insertChannelLink(t.db, { kind: 'ministry', ministry: 'OCW' }, 'COCW', 'U0ADMIN', clock);
  insertChannelLink(t.db, { kind: 'code', code: 'SOCW', ministry: 'OCW' }, 'CSOCW', 'U0ADMIN', clock);
});
afterEach(async () => {
  t.cleanup();
  await feed.close();
  await slack.close();
});

const now = () => new Date((clock += 1000));
const deps = (): TkSyncDeps => ({ db: t.db, baseUrl: feed.base, scope: ['OCW'], now, pageDelayMs: 0, client: { backoffMs: 1 } });
const post = () => runTkNotices({ db: t.db, slack: createJobSlackClient({ token: 'xoxb-test', apiUrl: slack.url }), now });
const posts = () => slack.callsTo('chat.postMessage').map((c) => ({ channel: c.body.channel as string, text: c.body.text as string }));

describe('runTkNotices', () => {
  it('the first sync does not flood: each channel gets its counts once', async () => {
    standardPages(feed);
    await syncTk(deps());
    expect(await post()).toMatchObject({ status: 'done', posted: 2 });
    expect(posts().sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { channel: 'COCW', text: expect.stringContaining('Voor dit kanaal: 3 toezeggingen en 0 aangenomen moties') },
      { channel: 'CSOCW', text: expect.stringContaining('Voor dit kanaal: 1 toezegging en 0 aangenomen moties') },
    ]);
    expect(await post()).toMatchObject({ posted: 0 });
    expect(posts()).toHaveLength(2);
  });

  it('a Kamerbrief named by its document number is a link a person can open (issue 24.8)', async () => {
    standardPages(feed);
    await syncTk(deps());
    await post();
    slack.reset();
    feed.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, status: 'Afgedaan', kamerbrieven: ['2025D21406'], bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    await syncTk(deps());
    expect(await post()).toMatchObject({ posted: 1 });
    expect(posts()[0]?.text).toMatch(/Afgedaan volgens het toezeggingenregister, Kamerbrief <https:\/\/www\.tweedekamer\.nl\/downloads\/document\?id=2025D21406\|2025D21406>\.$/);
    // Stored as the document number it is.
    expect(listItems(t.db).find((i) => i.reference === 'TZ202503-101')?.statusText).toContain('Kamerbrief 2025D21406');
  });

  it('Afgedaan in the register is said in the channel once, with the Kamerbrief', async () => {
    standardPages(feed);
    await syncTk(deps());
    await post();
    slack.reset();
    feed.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, status: 'Afgedaan', kamerbrieven: ['36222-45'], bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    await syncTk(deps());
    expect(await post()).toMatchObject({ posted: 1 });
    const id = listItems(t.db).find((i) => i.reference === 'TZ202503-101')!.id;
    expect(posts()).toEqual([{ channel: 'COCW', text: expect.stringMatching(new RegExp(`TZ202503-101 #${id}: .*Afgedaan volgens het toezeggingenregister, Kamerbrief 36222-45\\.$`)) }]);
    await syncTk(deps());
    await post();
    expect(posts()).toHaveLength(1);
  });

  it('a new toezegging after the first sync is announced in its channels with its term', async () => {
    standardPages(feed);
    await syncTk(deps());
    await post();
    slack.reset();
    feed.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, id: '3f1c2a10-0000-4000-8000-000000000009', nummer: 'TZ202505-001', functie: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap' }, 106)], next: 106 }));
    await syncTk(deps());
    await post();
    expect(posts()).toEqual([{ channel: 'CSOCW', text: expect.stringMatching(/^🆕 Nieuw uit de Tweede Kamer: Toezegging TZ202505-001 #\d+: .*Termijn: voor de zomer van 2025 → /) }]);
  });

  it('a failed post stays owed and goes out on the next run', async () => {
    standardPages(feed);
    await syncTk(deps());
    slack.failNext('chat.postMessage', 'internal_error', { times: 1 });
    const first = await post();
    expect(first.posted).toBe(1);
    expect(first.pending).toBe(1);
    expect((await post()).posted).toBe(1);
    expect((await post()).posted).toBe(0);
  });

  it('stops at the next safe point once another process took its lease over, leaving the rest owed', async () => {
    standardPages(feed);
    await syncTk(deps());
    // COCW is owed two messages (the first sync's counts and an Afgedaan), CSOCW one.
    feed.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, status: 'Afgedaan', kamerbrieven: ['36222-45'], bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    await syncTk(deps());
    const client = createJobSlackClient({ token: 'xoxb-test', apiUrl: slack.url });
    let first = true;
    const slow: SlackPoster = {
      chat: {
        postMessage: async (args) => {
          const res = await client.chat.postMessage(args);
          if (first) {
            // The run hangs past its lease and another process takes the lease over.
            first = false;
            clock += 10 * 60_000;
            acquireLease(t.db, 'tk-notices', 'other@host', clock, 60_000);
          }
          return res;
        },
      },
    };
    const result = await runTkNotices({ db: t.db, slack: slow, now, pace: virtualPace() });
    expect(result).toMatchObject({ status: 'incomplete', posted: 2, pending: 1 });
    expect(getLease(t.db, 'tk-notices')?.holder).toBe('other@host');
  });
});
