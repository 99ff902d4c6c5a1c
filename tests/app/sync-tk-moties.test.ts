import { describe, expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { TK_AUDIT } from '../../src/app/tk-audit.ts';
import { getTkOrigin, listTriage, markTkCaughtUp } from '../../src/store/tk.queries.ts';
import { type MotieFixture, motiePages, OCW_MOTIE, RECORDED_MOTIES } from '../helpers/fake-syncfeed.ts';
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

describe('syncTk: the debate a motie was submitted in (Activiteit, ActiviteitActor, Agendapunt; hand-written records in the XSD shape)', () => {
  // A motie with no begroting, no committee of its own and a neutral Onderwerp, voted under the
  // agendapunt of a tweeminutendebat whose commissiedebat the committee for Infrastructuur en
  // Waterstaat held. (No public recording has ActiviteitActor data: the actors are written for the test.)
  const motie = (meetingActors: { id: string; naam: string; functie: string; relatie: string }[]): MotieFixture => ({
    zaak: { id: 'b0000000-0000-4000-8000-0000000000d1', nummer: '2025Z09999', onderwerp: 'Motie van het lid X over een onderzoek naar de kosten', gestartOp: '2025-05-15T00:00:00+02:00', volgnummer: '12' },
    actors: [{ id: 'a0000000-0000-4000-8000-0000000000d1', naam: 'X', fractie: 'Y', relatie: 'Indiener' }],
    besluiten: [{ id: 'c0000000-0000-4000-8000-0000000000d1', soort: 'Stemmen - aangenomen', bijgewerkt: '2025-05-20T16:00:00+02:00' }],
    debate: {
      agendapunt: { id: 'e0000000-0000-4000-8000-0000000000d1', onderwerp: 'Moties ingediend bij het tweeminutendebat Auto (CD 2/4)' },
      meetings: [
        { id: 'f0000000-0000-4000-8000-0000000000d1', soort: 'Commissiedebat', onderwerp: 'Auto', datum: '2025-04-02T10:00:00+02:00', voortouwnaam: 'vaste commissie voor Infrastructuur en Waterstaat', voortouwafkorting: 'I&W', actors: meetingActors },
        // The plenary tweeminutendebat itself: voortouw "TK", not a committee meeting.
        { id: 'f0000000-0000-4000-8000-0000000000d2', soort: 'Plenair debat (tweeminutendebat)', onderwerp: 'Tweeminutendebat Auto (CD 2/4)', datum: '2025-05-15T10:00:00+02:00', voortouwnaam: 'TK', voortouwafkorting: 'TK' },
      ],
    },
  });
  const kamerlid = { id: '90000000-0000-4000-8000-0000000000d0', naam: 'Z', functie: 'Tweede Kamerlid', relatie: 'Deelnemer' };

  it('the committee of the debate\'s commissiedebat routes the motie, and the rule says which debate', async () => {
    motiePages(sync.fake, [motie([kamerlid])]);
    expect(await syncTk(deps())).toMatchObject({ created: 1, triage: 0 });
    const [item] = listItems(sync.t.db);
    expect(item?.responsible).toEqual([{ code: 'MIenW', ministry: 'IenW' }]);
    expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.ministryRule).toBe('commissie van het debat (debat "Auto (CD 2/4)": vaste commissie voor Infrastructuur en Waterstaat)');
  });

  it('the bewindspersoon who answered in that commissiedebat outranks its committee', async () => {
    motiePages(sync.fake, [motie([kamerlid, { id: '90000000-0000-4000-8000-0000000000d1', naam: 'E. Heinen', functie: 'minister van Financiën', relatie: 'Deelnemer' }])]);
    expect(await syncTk(deps())).toMatchObject({ created: 1 });
    const [item] = listItems(sync.t.db);
    expect(item?.responsible).toEqual([{ code: 'MFin', ministry: 'Fin' }]);
    expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.ministryRule).toBe('bewindspersoon (debat: "minister van Financiën")');
  });

  it('bewindspersonen of two ministries in the debate decide nothing: the committee does', async () => {
    const ministers = [
      { id: '90000000-0000-4000-8000-0000000000d1', naam: 'E. Heinen', functie: 'minister van Financiën', relatie: 'Deelnemer' },
      { id: '90000000-0000-4000-8000-0000000000d2', naam: 'B. Madlener', functie: 'minister van Infrastructuur en Waterstaat', relatie: 'Deelnemer' },
    ];
    motiePages(sync.fake, [motie(ministers)]);
    await syncTk(deps());
    expect(listItems(sync.t.db)[0]?.responsible).toEqual([{ code: 'MIenW', ministry: 'IenW' }]);
  });
});

describe('syncTk: an installation whose motie feeds caught up before the debate feeds existed', () => {
  it('is not a first sync again: the moties feeds are read first and a new adopted motie is announced', async () => {
    for (const category of ['Kamerstukdossier', 'Zaak', 'ZaakActor', 'Besluit']) markTkCaughtUp(sync.t.db, category, Date.parse('2025-03-01T08:00:00Z'));
    motiePages(sync.fake, [OCW_MOTIE]);
    await syncTk(deps());
    const order = sync.fake.requests.map((r) => r.category).filter((c) => c !== 'Toezegging');
    expect(order.indexOf('Besluit')).toBeLessThan(order.indexOf('Activiteit'));
    const announced = sync.t.db.$client.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE action = ?').get(TK_AUDIT.created) as { n: number };
    expect(announced.n).toBe(1);
  });

  it('a fresh installation reads the debate feeds first', async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    await syncTk(deps());
    const order = sync.fake.requests.map((r) => r.category).filter((c) => c !== 'Toezegging');
    expect(order.slice(0, 3)).toEqual(['Activiteit', 'ActiviteitActor', 'Agendapunt']);
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
