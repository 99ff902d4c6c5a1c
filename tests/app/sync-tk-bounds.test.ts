// Issue 22.8 and 22.18 for the TK sync: texts within the item limits, a page that never holds the
// event loop for its whole length, entity declarations refused, one item per register nummer.
import { describe, expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { ITEM_LIMITS } from '../../src/domain/item-limits.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { tkSyncStopNl } from '../../src/texts/tk-sync.nl.ts';
import { T, tkEntry, tkFeed } from '../helpers/fake-syncfeed.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const sync = useSyncFeedTest('2025-05-02T08:00:00Z', { client: { backoffMs: 1, maxWaitMs: 5, maxAttempts: 2 } });
const { deps } = sync;

const count = (table: string) => (sync.t.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Five OCW toezeggingen with their own ids and numbers. */
function fiveToezeggingen(): string[] {
  return [1, 2, 3, 4, 5].map((n) =>
    tkEntry({ ...T.open, id: `3f1c2a10-0000-4000-8000-00000000010${n}`, nummer: `TZ202503-11${n}`, tekst: `${T.open.tekst} Deel ${n}.` }, 110 + n),
  );
}

describe('the scheduled sync lets the event loop run between records (issue 22.8)', () => {
  it('a probe queued with setImmediate runs between the records of one page: it sees the page half applied', async () => {
    sync.fake.pages.set('', tkFeed({ entries: fiveToezeggingen(), next: 115 }));
    const seen = new Set<number>();
    let running = true;
    const probe = () => {
      seen.add(count('items'));
      if (running) setImmediate(probe);
    };
    setImmediate(probe);
    const report = await syncTk(deps());
    running = false;
    expect(report).toMatchObject({ status: 'done', created: 5 });
    // One page in one synchronous transaction would show the probe 0 items, then 5: nothing in between.
    expect([1, 2, 3, 4].filter((n) => seen.has(n)).length).toBeGreaterThanOrEqual(3);
  });

  it('a page read again after a run stopped within it creates nothing twice', async () => {
    sync.fake.pages.set('', tkFeed({ entries: fiveToezeggingen(), next: 115 }));
    await syncTk(deps());
    // As if the run had been killed after the records and before the cursor: read the page again.
    sync.t.db.$client.prepare("UPDATE tk_feeds SET cursor = NULL WHERE category = 'Toezegging'").run();
    const again = await syncTk(deps());
    expect(again).toMatchObject({ status: 'done', created: 0, unchanged: 5 });
    expect(listItems(sync.t.db)).toHaveLength(5);
  });
});

describe('texts from the register are cut to the item limits, with a note naming the record (issue 22.8)', () => {
  it('a record with a 1 MB tekst: the item holds the first 10,000 characters, the stored record too, and the report names it', async () => {
    const tekst = `De minister stuurt de Kamer voor de zomer van 2025 een brief. ${'Een heel lange toelichting zonder einde. '.repeat(26_000)}`;
    expect(tekst.length).toBeGreaterThan(1_000_000);
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry({ ...T.open, tekst }, 101)], next: 101 }));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', created: 1 });
    const [item] = listItems(sync.t.db);
    expect(item!.text.length).toBeLessThanOrEqual(ITEM_LIMITS.text);
    expect(tekst.startsWith(item!.text)).toBe(true);
    // The date at the start is still read.
    expect(item!.deadline).toMatchObject({ deadline: '2025-07-03' });
    const stored = sync.t.db.$client.prepare('SELECT length(data) AS n FROM tk_records').get() as { n: number };
    expect(stored.n).toBeLessThan(ITEM_LIMITS.text * 2);
    expect(report.notes).toContainEqual(expect.objectContaining({ code: 'TK_TEXT_CUT_OFF', entityId: T.open.id, value: T.open.nummer, field: 'tekst', length: expect.any(Number) as number }));
  });
});

describe('XML entities and register numbers (issue 22.18)', () => {
  it('a page that declares its own entities is refused: nothing of it is stored, "&lol9;" least of all', async () => {
    const page = tkFeed({ entries: [tkEntry({ ...T.open, tekst: 'LOL' }, 101)], next: 101 })
      .replace('<?xml version="1.0" encoding="utf-8"?>', '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;"><!ENTITY lol9 "&lol2;&lol2;">]>')
      .replace('LOL', '&lol9;');
    sync.fake.pages.set('', page);
    const report = await syncTk(deps());
    expect(report.status).toBe('failed');
    expect(tkSyncStopNl(report.stop)).toContain('DOCTYPE');
    expect(count('items')).toBe(0);
    expect(count('tk_records')).toBe(0);
  });

  it('two register entries with the same nummer become one item, and both records point at it', async () => {
    const a = { ...T.open, id: '3f1c2a10-0000-4000-8000-000000000006', nummer: 'TZ202503-106', tekst: 'De minister stuurt de Kamer voor de zomer van 2025 een brief over A.' };
    const b = { ...a, id: '3f1c2a10-0000-4000-8000-000000000007', tekst: 'De minister stuurt de Kamer voor de zomer van 2025 een brief over B.', bijgewerkt: '2025-05-01T13:00:00' };
    sync.fake.pages.set('', tkFeed({ entries: [tkEntry(a, 101), tkEntry(b, 102)], next: 102 }));
    const report = await syncTk(deps());
    expect(report.status).toBe('done');
    const items = listItems(sync.t.db);
    expect(items.map((i) => i.reference)).toEqual(['TZ202503-106']);
    const links = sync.t.db.$client.prepare('SELECT DISTINCT item_id AS id FROM tk_records').all() as { id: number }[];
    expect(links).toEqual([{ id: items[0]!.id }]);
  });
});
