import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTkConfig } from '../../src/config.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { acquireLease } from '../../src/store/leases.queries.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { startTkSchedule, type TkSchedule } from '../../src/scheduler/tk-sync-schedule.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.ts';
import { standardPages, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let feed: FakeSyncFeed;
let slack: FakeSlack;
let t: TempDb;
let schedule: TkSchedule | null = null;
const logger = { debug() {}, info() {}, warn() {}, error() {} };

beforeEach(async () => {
  feed = await startFakeSyncFeed();
  slack = await startFakeSlack();
  t = openTempDb();
});
afterEach(async () => {
  await schedule?.stop();
  schedule = null;
  t.cleanup();
  await feed.close();
  await slack.close();
});

const config = (env: Record<string, string>) => loadTkConfig({ TK_SYNCFEED_URL: feed.base, TK_SYNC_PAGE_DELAY_MS: '0', ...env });

describe('startTkSchedule', () => {
  it('is off unless TK_SYNC_CRON is set', () => {
    expect(startTkSchedule({ db: t.db, tk: config({}), slack: null, logger })).toBeNull();
  });

  it('a run syncs and then posts what the channels are owed', async () => {
    standardPages(feed);
    insertChannelLink(t.db, { kind: 'ministry', ministry: 'OCW' }, 'COCW', 'U0ADMIN', Date.now());
    schedule = startTkSchedule({ db: t.db, tk: config({ TK_SYNC_CRON: '30 6 * * *', TK_MINISTRIES: 'OCW' }), slack: createJobSlackClient({ token: 'xoxb-test', apiUrl: slack.url }), logger });
    expect(schedule!.nextRun()).toBeInstanceOf(Date);
    const result = await schedule!.run();
    expect(result?.sync).toMatchObject({ status: 'done', created: 4 });
    expect(result?.notices).toMatchObject({ status: 'done', posted: 1 });
    expect(slack.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['COCW']);
  });

  it('another bot holding the sync lease: this one skips and creates nothing', async () => {
    standardPages(feed);
    acquireLease(t.db, 'tk-sync', 'other-bot', Date.now(), 60_000);
    schedule = startTkSchedule({ db: t.db, tk: config({ TK_SYNC_CRON: '30 6 * * *' }), slack: null, logger });
    const result = await schedule!.run();
    expect(result?.sync.status).toBe('skipped');
    expect(listItems(t.db)).toEqual([]);
    expect(feed.requests).toEqual([]);
  });
});
