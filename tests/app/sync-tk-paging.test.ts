// Paging through the SyncFeed as live clients do (issue 24.7), within bounds (issue 22.9 and
// 22.10): the last entry's rel="next" link leads on, then the feed's; only an empty page with
// rel="resume" means caught up; a run reads a bounded number of pages and stops after many
// empty ones, resuming from its cursor next time; only TK_SYNCFEED_URL's origin is fetched or
// stored as the cursor.
import { describe, expect, it } from 'vitest';
import { MAX_EMPTY_PAGES, syncTk } from '../../src/app/sync-tk.ts';
import { TK_AUDIT } from '../../src/app/tk-audit.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { getTkFeed, saveTkCursor } from '../../src/store/tk.queries.ts';
import { T, tkEntry, tkFeed } from '../helpers/fake-syncfeed.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const sync = useSyncFeedTest('2025-05-02T08:00:00Z', { client: { backoffMs: 1, maxWaitMs: 5, maxAttempts: 2 } });
const { deps } = sync;

/** A page with entries and no feed-level link at all (what live pages may look like). */
const bare = (entries: string[]) => tkFeed({ entries }).replace(/<link rel="resume"[^>]*\/>/, '');
const skiptokens = () => sync.fake.requests.map((r) => r.skiptoken);
const firstSyncAudits = () => sync.t.db.$client.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(TK_AUDIT.firstSync) as { n: number };
const open2 = { ...T.partly, status: 'Openstaand' };

describe('paging by the last entry (issue 24.7)', () => {
  it('reads on by the last entry\'s next link when pages have no feed-level link, and is caught up only at an empty page with rel="resume"', async () => {
    sync.fake.pages.set('', bare([tkEntry(T.open, 101), tkEntry(T.done, 102)]));
    sync.fake.pages.set('102', bare([tkEntry(T.lapsed, 103)]));
    sync.fake.pages.set('103', bare([tkEntry(open2, 104)]));
    // 104 is not set: the sync.fake answers an empty page with rel="resume"
    const report = await syncTk(deps());
    expect(skiptokens()).toEqual(['', '102', '103', '104']);
    expect(report).toMatchObject({ status: 'done', caughtUp: true, pages: 4, created: 4 });
    expect(getTkFeed(sync.t.db, 'Toezegging')).toMatchObject({ cursor: `${sync.fake.base}/Feed?skiptoken=104&category=Toezegging` });
    expect(firstSyncAudits().n).toBe(1);
  });

  it('follows the last entry\'s next link before the feed\'s', async () => {
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101), tkEntry(T.done, 102)], next: 999 }));
    sync.fake.pages.set('102', tkFeed({ entries: [tkEntry(T.lapsed, 103)], next: 999 }));
    const report = await syncTk(deps());
    expect(skiptokens()).toEqual(['', '102', '103']);
    expect(report).toMatchObject({ status: 'done', caughtUp: true, created: 3 });
  });

  it('a page with entries that says rel="resume" is not the end: the sync reads on to the empty page', async () => {
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101)], resume: 'BASE/Feed?skiptoken=101&amp;category=Toezegging' }));
    sync.fake.pages.set('101', tkFeed({ entries: [tkEntry(T.done, 102)], resume: 'BASE/Feed?skiptoken=102&amp;category=Toezegging' }));
    const report = await syncTk(deps());
    expect(skiptokens()).toEqual(['', '101', '102']);
    expect(report).toMatchObject({ status: 'done', caughtUp: true, created: 2 });
  });

  it('a page with entries and no link to go on is not "caught up": the first sync is not marked complete and nothing is announced', async () => {
    const noLinks = bare([tkEntry(T.open, 101)]).replace(/<link rel="next"[^>]*\/>/g, '');
    sync.fake.pages.set('', noLinks);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'incomplete', caughtUp: false, stop: { code: 'TK_SYNC_NO_NEXT' } });
    expect(getTkFeed(sync.t.db, 'Toezegging')?.firstCompletedAt ?? null).toBeNull();
    expect(firstSyncAudits().n).toBe(0);
  });
});

describe('bounded paging (issue 22.9)', () => {
  it(`stops after ${MAX_EMPTY_PAGES} empty pages in a row whose next links never repeat; the next run resumes from the cursor`, async () => {
    for (let i = 0; i < 200; i += 1) sync.fake.pages.set(i === 0 ? '' : String(i), tkFeed({ entries: [], next: i + 1 }));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'incomplete', caughtUp: false, pages: MAX_EMPTY_PAGES, stop: { code: 'TK_SYNC_EMPTY_PAGES', pages: MAX_EMPTY_PAGES } });
    expect(getTkFeed(sync.t.db, 'Toezegging')?.cursor).toBe(`${sync.fake.base}/Feed?skiptoken=${MAX_EMPTY_PAGES}&category=Toezegging`);
    sync.fake.requests.length = 0;
    await syncTk(deps());
    expect(skiptokens()[0]).toBe(String(MAX_EMPTY_PAGES));
  });

  it('an endless feed of pages with entries ends at the page budget; the next run resumes from the cursor', async () => {
    // Every skiptoken has a page with one entry and a new next link (the sync.fake looks pages up with get).
    sync.fake.pages.get = (key: string) => {
      const n = key === '' ? 0 : Number(key);
      return Number.isInteger(n) && !key.includes('|') ? tkFeed({ entries: [tkEntry({ ...T.open, bijgewerkt: `2025-05-01T12:00:${String(n % 60).padStart(2, '0')}` }, n + 1)] }).replace(/<link rel="resume"[^>]*\/>/, '') : undefined;
    };
    const report = await syncTk(deps({ maxPages: 30 }));
    expect(report).toMatchObject({ status: 'incomplete', pages: 30, stop: { code: 'TK_SYNC_PAGE_LIMIT', pages: 30 } });
    expect(sync.fake.requests).toHaveLength(30);
    sync.fake.requests.length = 0;
    await syncTk(deps({ maxPages: 2 }));
    expect(skiptokens()).toEqual(['30', '31']);
    expect(listItems(sync.t.db)).toHaveLength(1);
  });
});

describe('only the configured origin (issue 22.10)', () => {
  it('does not follow or store a next link to another host, and applies nothing of that page', async () => {
    const elsewhere = 'http://elders.invalid/SyncFeed/2.0/Feed?skiptoken=5&amp;category=Toezegging';
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101)], next: 101 }));
    sync.fake.pages.set('101', tkFeed({ entries: [tkEntry(T.done, 102)] }).replace(/href="BASE\/Feed\?skiptoken=102&amp;category=Toezegging"/, `href="${elsewhere}"`));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'failed', caughtUp: false, stop: { code: 'TK_SYNC_OFF_ORIGIN', url: 'http://elders.invalid/SyncFeed/2.0/Feed?skiptoken=5&category=Toezegging' } });
    expect(getTkFeed(sync.t.db, 'Toezegging')?.cursor).toBe(`${sync.fake.base}/Feed?skiptoken=101&category=Toezegging`);
    expect(listItems(sync.t.db).map((i) => i.reference)).toEqual(['TZ202503-101']);
  });

  it('a stored cursor on another host is not fetched: the sync starts from the beginning of the configured feed', async () => {
    saveTkCursor(sync.t.db, 'Toezegging', 'http://elders.invalid/SyncFeed/2.0/Feed?skiptoken=77&category=Toezegging', sync.clock);
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101)], next: 101 }));
    const report = await syncTk(deps());
    expect(skiptokens()).toEqual(['', '101']);
    expect(report).toMatchObject({ status: 'done', caughtUp: true, created: 1 });
  });
});
