import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncTk, type TkSyncDeps } from '../../src/app/sync-tk.ts';
import { TK_AUDIT } from '../../src/app/tk-audit.ts';
import { acquireLease } from '../../src/store/leases.queries.ts';
import { createItem, listItems, markDone, updateItem } from '../../src/store/items.queries.ts';
import { getTkFeed } from '../../src/store/tk.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { standardPages, startFakeSyncFeed, T, tkEntry, tkFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';
import { tkSyncStopNl } from '../../src/texts/tk-sync.nl.ts';

let fake: FakeSyncFeed;
let t: TempDb;
let clock: number;
let sleeps: number[];

beforeEach(async () => {
  fake = await startFakeSyncFeed();
  t = openTempDb();
  clock = Date.parse('2025-05-02T08:00:00Z');
  sleeps = [];
});
afterEach(async () => {
  t.cleanup();
  await fake.close();
});

function deps(overrides: Partial<TkSyncDeps> = {}): TkSyncDeps {
  return {
    db: t.db,
    baseUrl: fake.base,
    scope: ['OCW'],
    now: () => new Date((clock += 1000)),
    pageDelayMs: 100,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    client: { backoffMs: 1, maxWaitMs: 5, maxAttempts: 3 },
    ...overrides,
  };
}

/** The tables the sync's item work touches, row by row (the cursor and lease rows move on every run). */
function itemState(): string {
  const dump = (table: string) => t.db.$client.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
  return JSON.stringify(['items', 'responsibilities', 'audit_log', 'tk_records', 'sent_log'].map(dump));
}

const byRef = () => new Map(listItems(t.db).map((i) => [i.reference, i]));
const auditActions = (action: string) => (t.db.$client.prepare('SELECT item_id AS itemId, new_value AS value FROM audit_log WHERE action = ?').all(action) as { itemId: number; value: string }[]);

describe('syncTk', () => {
  it('creates the items of the ministries asked for, with codes, statuses, deadlines and references', async () => {
    standardPages(fake);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', caughtUp: true, firstSync: true, pages: 3, entries: 5, created: 4, outOfScope: 1 });
    const items = byRef();
    expect([...items.keys()].sort()).toEqual(['TZ202503-101', 'TZ202503-102', 'TZ202504-017', 'TZ202504-018']);
    expect(items.get('TZ202503-101')).toMatchObject({ kind: 'toezegging', status: 'open', responsible: [{ code: 'MOCW', ministry: 'OCW' }], sourceDocument: 'toezeggingenregister' });
    expect(items.get('TZ202503-101')!.deadline).toMatchObject({ deadline: '2025-07-03', text: 'voor de zomer van 2025' });
    expect(items.get('TZ202503-102')).toMatchObject({ status: 'done', responsible: [{ code: 'SOCW', ministry: 'OCW' }] });
    expect(items.get('TZ202503-102')!.statusText).toContain('36600-VIII-12, 36600-VIII-14');
    expect(items.get('TZ202504-017')!.status).toBe('lapsed');
    expect(items.get('TZ202504-018')).toMatchObject({ status: 'open', deadline: expect.objectContaining({ deadline: '2025-12-31' }) });
    expect(getTkFeed(t.db, 'Toezegging')!.cursor).toBe(`${fake.base}/Feed?skiptoken=105&category=Toezegging`);
    // Politeness: a pause between pages.
    expect(sleeps).toEqual([100, 100]);
  });

  it('a second run resumes from the cursor and changes nothing', async () => {
    standardPages(fake);
    await syncTk(deps());
    const before = itemState();
    fake.requests.length = 0;
    const again = await syncTk(deps());
    expect(fake.requests.map((r) => r.skiptoken)).toEqual(['105']);
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, closed: 0, lapsed: 0, firstSync: false });
    expect(itemState()).toBe(before);
  });

  it('the same entries served again (a restart from an older cursor) are unchanged, not duplicated', async () => {
    standardPages(fake);
    await syncTk(deps());
    const before = itemState();
    const again = await syncTk(deps({ fromStart: true }));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(itemState()).toBe(before);
  });

  it('a delete in the feed lapses the item; absence deletes nothing', async () => {
    standardPages(fake);
    await syncTk(deps());
    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, deleted: true, bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ lapsed: 1, created: 0 });
    const items = byRef();
    expect(items.get('TZ202503-101')).toMatchObject({ status: 'lapsed', statusText: 'Verwijderd uit de open data van de Tweede Kamer' });
    expect(items.get('TZ202504-018')!.status).toBe('open');
  });

  it('an older version of a record does not overwrite a newer one', async () => {
    fake.pages.set('', tkFeed({ entries: [tkEntry({ ...T.open, status: 'Afgedaan', bijgewerkt: '2025-05-02T12:00:00' }, 101), tkEntry({ ...T.open, bijgewerkt: '2025-05-01T12:00:00' }, 102)], next: 102 }));
    await syncTk(deps());
    expect(byRef().get('TZ202503-101')!.status).toBe('done');
  });

  it('503 and a truncated page on the way: the run retries and completes', async () => {
    standardPages(fake);
    fake.failures.set('103', [{ status: 503, retryAfter: '1' }, 'truncate']);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', created: 4 });
    expect(fake.requests.map((r) => r.skiptoken)).toEqual(['', '103', '103', '103', '105']);
  });

  it('a feed that keeps failing: the pages before it stay committed, the next run continues there', async () => {
    standardPages(fake);
    fake.failures.set('103', [{ status: 503 }, { status: 503 }, { status: 503 }]);
    const failed = await syncTk(deps());
    expect(failed).toMatchObject({ status: 'failed', created: 2 });
    expect(failed.stop).toMatchObject({ code: 'TK_SYNC_FEED_FAILED', failure: { code: 'TK_HTTP_STATUS', status: 503 } });
    expect(tkSyncStopNl(failed.stop)).toMatch(/HTTP 503/);
    expect(getTkFeed(t.db, 'Toezegging')!.cursor).toContain('skiptoken=103');
    fake.requests.length = 0;
    const resumed = await syncTk(deps());
    expect(resumed).toMatchObject({ status: 'done', created: 2, firstSync: true });
    expect(fake.requests[0]!.skiptoken).toBe('103');
    expect(listItems(t.db)).toHaveLength(4);
  });

  it('maxPages stops early; the next run continues', async () => {
    standardPages(fake);
    expect(await syncTk(deps({ maxPages: 1 }))).toMatchObject({ status: 'incomplete', pages: 1, created: 2, stop: { code: 'TK_SYNC_PAGE_LIMIT', pages: 1 } });
    expect(await syncTk(deps())).toMatchObject({ status: 'done', created: 2 });
  });

  it('an item from an overview import is matched by its TZ number and not duplicated; its text stays', async () => {
    const imported = createItem(
      t.db,
      { kind: 'toezegging', title: 'Lerarentekorten', text: 'Brief over de aanpak van lerarentekorten (TZ202503-101).', responsible: [{ code: 'MOCW', ministry: 'OCW' }], sourceDocument: 'stand-van-zaken.pdf' },
      'import',
      clock,
    );
    standardPages(fake);
    await syncTk(deps());
    const items = listItems(t.db).filter((i) => i.reference === 'TZ202503-101' || i.id === imported.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: imported.id, text: imported.text, reference: 'TZ202503-101', deadline: expect.objectContaining({ deadline: '2025-07-03' }) });
  });

  it('a decision made in Slack is never overwritten by the register: the conflict is reported', async () => {
    standardPages(fake);
    await syncTk(deps());
    const item = byRef().get('TZ202503-101')!;
    markDone(t.db, item.id, 'U0PERSON', clock);
    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, status: 'Vervallen', bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report.conflicts).toEqual([expect.objectContaining({ itemId: item.id, field: 'status', current: 'done', incoming: 'lapsed', setBy: 'U0PERSON' })]);
    expect(byRef().get('TZ202503-101')!.status).toBe('done');
  });

  it('a stand van zaken a person wrote is never overwritten: a newer version without text is a conflict (issue 22.2)', async () => {
    standardPages(fake);
    await syncTk(deps());
    const item = byRef().get('TZ202503-101')!;
    updateItem(t.db, item.id, { statusText: 'Brief gaat op 12 juni naar de ministerraad.' }, 'U0PERSON', clock);
    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, tekst: `${T.open.tekst} `, bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report.conflicts).toEqual([
      expect.objectContaining({ itemId: item.id, code: 'STATUS_TEXT_KEPT', field: 'statusText', current: 'Brief gaat op 12 juni naar de ministerraad.', incoming: null, setBy: 'U0PERSON', removed: false }),
    ]);
    expect(byRef().get('TZ202503-101')!.statusText).toBe('Brief gaat op 12 juni naar de ministerraad.');
  });

  it('a title and text a person wrote are kept when the register changes its words; without such an edit they follow the register (review6)', async () => {
    standardPages(fake);
    await syncTk(deps());
    const edited = byRef().get('TZ202503-101')!;
    const untouched = byRef().get('TZ202503-102')!;
    updateItem(t.db, edited.id, { title: 'Brief over de voortgang', text: 'De minister stuurt de Kamer een brief over de voortgang.' }, 'U0PERSON', clock);
    fake.pages.set('105', tkFeed({ entries: [
      tkEntry({ ...T.open, tekst: 'De minister zegt toe de Kamer voor de zomer te informeren over het vervolg.', bijgewerkt: '2025-05-03T09:00:00' }, 106),
      tkEntry({ ...T.done, tekst: 'De minister zegt toe de Kamer na de zomer te informeren over de evaluatie.', bijgewerkt: '2025-05-03T09:00:00' }, 107),
    ], next: 107 }));
    await syncTk(deps());
    expect(byRef().get('TZ202503-101')).toMatchObject({ title: 'Brief over de voortgang', text: 'De minister stuurt de Kamer een brief over de voortgang.' });
    expect(byRef().get('TZ202503-102')!.text).toBe('De minister zegt toe de Kamer na de zomer te informeren over de evaluatie.');
    expect(byRef().get('TZ202503-102')!.title).not.toBe(untouched.title);
  });

  it('a delete lapses the item and keeps the stand van zaken a person wrote (issue 22.2)', async () => {
    standardPages(fake);
    await syncTk(deps());
    const item = byRef().get('TZ202503-101')!;
    updateItem(t.db, item.id, { statusText: 'Wordt meegenomen in de voortgangsbrief.' }, 'cli:Piet', clock);
    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.open, deleted: true, bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ lapsed: 1 });
    expect(report.conflicts).toEqual([expect.objectContaining({ itemId: item.id, code: 'STATUS_TEXT_KEPT', setBy: 'cli:Piet', removed: true })]);
    expect(byRef().get('TZ202503-101')).toMatchObject({ status: 'lapsed', statusText: 'Wordt meegenomen in de voortgangsbrief.' });
  });

  it('a stand van zaken the sync or an import wrote is still brought in line with the register', async () => {
    standardPages(fake);
    await syncTk(deps());
    const item = byRef().get('TZ202503-102')!;
    updateItem(t.db, item.id, { statusText: 'Uit een overzicht.' }, 'import', clock);
    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.done, kamerbrieven: ['36600-VIII-20'], bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report.conflicts).toEqual([]);
    expect(byRef().get('TZ202503-102')!.statusText).toContain('36600-VIII-20');
  });

  it('the first sync announces nothing per item; later, Afgedaan closes the item and asks for one channel message', async () => {
    standardPages(fake);
    await syncTk(deps());
    expect(auditActions(TK_AUDIT.afgedaan)).toEqual([]);
    expect(auditActions(TK_AUDIT.created)).toEqual([]);
    expect(auditActions(TK_AUDIT.firstSync)).toHaveLength(1);

    fake.pages.set('105', tkFeed({ entries: [tkEntry({ ...T.partly, status: 'Afgedaan', kamerbrieven: ['36222-45'], bijgewerkt: '2025-05-03T09:00:00' }, 106)], next: 106 }));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ closed: 1, firstSync: false });
    const item = byRef().get('TZ202504-018')!;
    expect(item).toMatchObject({ status: 'done', statusText: 'Afgedaan volgens het toezeggingenregister, Kamerbrief 36222-45' });
    expect(auditActions(TK_AUDIT.afgedaan)).toEqual([{ itemId: item.id, value: '["36222-45"]' }]);
    expect(auditActions(TK_AUDIT.firstSync)).toHaveLength(1);

    // A new toezegging after the first sync is announced once.
    fake.pages.set('106', tkFeed({ entries: [tkEntry({ ...T.open, id: '3f1c2a10-0000-4000-8000-000000000009', nummer: 'TZ202505-001' }, 107)], next: 107 }));
    await syncTk(deps());
    expect(auditActions(TK_AUDIT.created)).toEqual([{ itemId: byRef().get('TZ202505-001')!.id, value: 'TZ202505-001' }]);
  });

  it('a record whose ministry cannot be derived goes to triage, not to an item', async () => {
    fake.pages.set('', tkFeed({ entries: [tkEntry({ ...T.open, functie: 'Minister voor Klimaat', ministerie: '' }, 101)], next: 101 }));
    const report = await syncTk(deps({ scope: [] }));
    expect(report).toMatchObject({ triage: 1, created: 0 });
    expect(report.notes.map((n) => n.code)).toContain('TK_MINISTRY_UNMAPPED');
    expect(listItems(t.db)).toEqual([]);
  });

  it('another process holding the lease: this run is skipped and reads nothing', async () => {
    standardPages(fake);
    acquireLease(t.db, 'tk-sync', 'elsewhere:1:abc', clock + 10_000, 60_000);
    const report = await syncTk(deps());
    expect(report.status).toBe('skipped');
    expect(report.stop).toEqual({ code: 'TK_SYNC_BUSY' });
    expect(fake.requests).toEqual([]);
  });
});
