import { describe, expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { getTkOrigin, listTriage } from '../../src/store/tk.queries.ts';
import { motiePages, OCW_MOTIE, RECORDED_MOTIES } from '../helpers/fake-syncfeed.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const sync = useSyncFeedTest('2025-03-05T08:00:00Z', { scope: [], moties: true });
const { deps } = sync;

describe('syncTk: adopted moties', () => {
  it('an adopted motie on a begroting becomes an item with submitters, Kamerstuk, term and the rule that derived its ministry', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', created: 1, triage: 0 });
    const [item] = listItems(sync.t.db);
    expect(item).toMatchObject({
      kind: 'motie',
      reference: '2025Z01234',
      submitters: ['R.R. Bisschop'],
      kamerstuk: { dossier: '36600-VIII', number: '23' },
      responsible: [{ code: 'MOCW', ministry: 'OCW' }],
      status: 'open',
    });
    expect(item!.deadline).toMatchObject({ deadline: '2025-07-03' });
    expect(item!.title).toBe('De Kamer voor de zomer van 2025 informeren over de werkdruk van leraren');
    expect(getTkOrigin(sync.t.db, item!.id)?.ministryRule).toMatch(/^begroting \(begrotingsdossier 36600-VIII\) en voortouwcommissie \("vaste commissie voor Onderwijs, Cultuur en Wetenschap"\)/);
  });

  it('the recorded moties: the rejected one makes nothing, the adopted one without a derivable ministry goes to triage', async () => {
    motiePages(sync.fake, RECORDED_MOTIES);
    const report = await syncTk(deps());
    expect(report).toMatchObject({ created: 0, triage: 1 });
    expect(listItems(sync.t.db)).toEqual([]);
    const triage = listTriage(sync.t.db);
    expect(triage.map((e) => (e.data as { nummer: string }).nummer)).toEqual(['2023Z00933']);
  });

  it('TK_MINISTRIES leaves moties of other ministries out', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    expect(await syncTk(deps({ scope: ['VWS'] }))).toMatchObject({ created: 0, outOfScope: 1 });
  });

  it('a second run changes nothing', async () => {
    motiePages(sync.fake, [OCW_MOTIE, ...RECORDED_MOTIES]);
    await syncTk(deps());
    const before = JSON.stringify(listItems(sync.t.db));
    const again = await syncTk(deps());
    expect(again).toMatchObject({ created: 0, updated: 0, triage: 0 });
    expect(JSON.stringify(listItems(sync.t.db))).toBe(before);
  });
});

describe('syncTk: the triage count', () => {
  it('a motie in triage is counted once, however many pages of the run touch it (issue 24: no double count)', async () => {
    const triaged = RECORDED_MOTIES.filter((m) => m.zaak.nummer === '2023Z00933');
    motiePages(sync.fake, triaged);
    // A second Besluit page in the same run with another decision on the same zaak (the live feed
    // sends each besluit, and a zaak's actors and votes, on pages of their own).
    const first = sync.fake.pages.get('Besluit|') ?? '';
    const besluitId = triaged[0]?.besluiten[0]?.id ?? '';
    sync.fake.pages.set('Besluit|40', first.replaceAll(besluitId, '5f0b7c1e-0000-4000-8000-000000000001').replaceAll('skiptoken=40', 'skiptoken=99').replaceAll('skiptoken=41', 'skiptoken=100'));
    const report = await syncTk(deps());
    expect(report).toMatchObject({ status: 'done', caughtUp: true });
    expect(sync.fake.requests.filter((r) => r.category === 'Besluit').map((r) => r.skiptoken)).toEqual(['', '40', '99']);
    expect(listTriage(sync.t.db)).toHaveLength(1);
    expect(report.triage).toBe(1);
    // A later run that touches it again does not count it again: it was already waiting.
    expect((await syncTk(deps())).triage).toBe(0);
  });
});
