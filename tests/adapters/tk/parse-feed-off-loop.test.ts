// Issue 22.8: the bot's scheduled sync parses each SyncFeed page in a worker thread
// (src/adapters/tk/parse-feed-off-loop.ts), so that fast-xml-parser's synchronous parse of a page
// never stalls the bot. What holds it: the event loop keeps turning while a page is parsed (a
// parse on the loop is one synchronous call: no turn), the page is the one parseFeed reads, a
// page that is no feed comes back as the same problem, and the scheduled sync is given this parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/adapters/tk/parse-feed.ts';
import { parseFeedOffLoop } from '../../../src/adapters/tk/parse-feed-off-loop.ts';
import { loadTkConfig } from '../../../src/config.ts';
import type { syncTk } from '../../../src/app/sync-tk.ts';
import { startTkSchedule } from '../../../src/scheduler/tk-sync-schedule.ts';
import { openTempDb } from '../../helpers/db.ts';
import { turnsDuring } from '../../helpers/loop-turns.ts';

const recorded = readFileSync(new URL('../../fixtures/tk/feed-recorded-toezeggingen.xml', import.meta.url), 'utf8');

/** Fails the test when the page is parsed on the calling thread. */
const notHere = () => Promise.reject(new Error('parsed on the main thread'));

// Each test starts workers, which under vitest first load the sources through tsx: seconds on a busy machine.
describe('a feed page parsed off the event loop (issue 22.8)', { timeout: 60_000 }, () => {
  it('gives the page parseFeed reads, parsed in the worker, while the event loop turns', async () => {
    const { value, turns } = await turnsDuring(() => parseFeedOffLoop(recorded, notHere));
    expect(value).toEqual(parseFeed(recorded));
    expect(value.ok && value.page.entries.length).toBeGreaterThan(0);
    expect(turns).toBeGreaterThanOrEqual(3);
    // parsing on the loop is one synchronous call: not a single turn
    expect((await turnsDuring(() => Promise.resolve(parseFeed(recorded)))).turns).toBe(0);
  });

  it('gives a page that is no feed as the same problem', async () => {
    const truncated = recorded.slice(0, Math.floor(recorded.length / 2));
    const problem = await parseFeedOffLoop(truncated, notHere);
    expect(problem).toEqual(parseFeed(truncated));
    expect(problem).toMatchObject({ ok: false, code: 'TK_FEED_NOT_XML' });
    const dtd = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<feed/>';
    expect(await parseFeedOffLoop(dtd, notHere)).toEqual({ ok: false, code: 'TK_FEED_DTD', line: 2 });
  });

  it('stops at a page that outgrows the worker\'s time, and never parses it on the bot\'s own thread', async () => {
    // A deadline no worker meets; notHere would reject with another message.
    await expect(parseFeedOffLoop(recorded, notHere, { maxHeapMb: 256, maxMillis: 1 })).rejects.toThrow(/parsing worker gave up/);
  });

  it('is the parser the scheduled sync uses', async () => {
    const t = openTempDb();
    let parse: unknown = null;
    const sync = ((deps: Parameters<typeof syncTk>[0]) => {
      parse = deps.client?.parse;
      return Promise.reject(new Error('stub'));
    }) as typeof syncTk;
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    const schedule = startTkSchedule({ db: t.db, tk: loadTkConfig({ TK_SYNCFEED_URL: 'http://127.0.0.1:9', TK_SYNC_CRON: '30 6 * * *' }), slack: null, logger, sync });
    await schedule!.run();
    await schedule!.stop();
    t.cleanup();
    expect(parse).toBe(parseFeedOffLoop);
  });
});
