// Issue 24.4 by default: without the Document feed (TK_SYNC_DOCUMENTEN off, the default), a motie
// whose Onderwerp names no request finds its own Document through its Zaak, with one small OData
// query (`Zaak?$filter=Id eq <id>&$expand=Document`), and its title becomes the dictum read from
// the file (/Resources/<document id>). The OData answers are RECORDED (tests/fixtures/tk/odata-zaak-*.json,
// tommyvanderwal/motiematcher), served by the local fake; the PDFs are made in the test from the
// recorded texts of the same two moties (tests/fixtures/tk/real/motie-texts-2025-09.json), with the
// Onderwerp cut before "over" as the month had 46 of them. Also review6 LOW-2: a file that
// keeps failing is given up after MAX_MOTIE_FILE_ATTEMPTS tries, and `motie show` says so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_MOTIE_FILE_ATTEMPTS, MAX_MOTIE_LOOKUP_NONES, MOTIE_LOOKUP_AGAIN_MS, syncTk } from '../../src/app/sync-tk.ts';
import { runCli as runMotie } from '../../src/cli/main.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { getTkOrigin, listTkChildren, upsertTkRecord } from '../../src/store/tk.queries.ts';
import { makePdf } from '../import/document/make-pdf.ts';
import { motiePages, type MotieFixture } from '../helpers/fake-syncfeed.ts';
import { recordedMotieTexts } from '../helpers/recorded-month.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const texts = recordedMotieTexts('2025-09');
const textOf = (identifier: string) => {
  const found = Object.values(texts).find((t) => t.identifier === identifier);
  if (!found) throw new Error(`no recorded text ${identifier}`);
  return found.text;
};
const recorded = (nummer: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'tk', `odata-zaak-${nummer}.trimmed.json`), 'utf8');

const GASWINNING = { id: '5e47d651-171a-54ee-b8ad-70b553d56e0b', nummer: '33529', titel: 'Gaswinning' };

function motie(zaakId: string, nummer: string, onderwerp: string): MotieFixture {
  return {
    zaak: { id: zaakId, nummer, onderwerp, gestartOp: '2025-09-02T00:00:00+02:00', volgnummer: '1330', dossierId: GASWINNING.id },
    dossier: GASWINNING,
    actors: [],
    besluiten: [{ id: `${zaakId.slice(0, 8)}-0000-4000-8000-00000000b001`, soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-09T16:24:37+02:00' }],
  };
}

// The recorded zaken and the ids of their motie Documents in the recorded OData answers.
const HUURDERS = motie('eaaeadf2-ca45-4613-ae4c-a9eab6f4cafb', '2025Z15842', 'Motie van de leden Beckerman en Bushoff');
const HUURDERS_DOC = 'fe55c67f-13f5-4d15-a7a1-747c7cc13f36';
const COMPENSEREN = motie('d870f8e0-1bb7-44b4-ac63-52e512c0cd7d', '2025Z15846', 'Motie van de leden Bushoff en Beckerman');
const COMPENSEREN_DOC = 'fc35274d-35ce-4002-8c33-94239ae54fa9';

function motieFile(nr: string, by: string, text: string): string {
  const wrapped = text.split('\n').flatMap((line) => line.match(/.{1,110}(?:\s|$)/g) ?? [line]).map((l) => l.trim());
  return ['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2024–2025', `33 529 Nr. ${nr}`, `MOTIE VAN ${by}`, 'Voorgesteld 2 september 2025', '', ...wrapped].join('\n');
}

const sync = useSyncFeedTest('2025-09-15T07:00:00Z', { moties: true, scope: [] });
const titleOf = (nummer: string) => listItems(sync.t.db).find((i) => i.reference === nummer)?.title;
const odataRequests = () => sync.fake.requests.filter((r) => r.path.includes('/OData/'));

async function serve() {
  motiePages(sync.fake, [HUURDERS, COMPENSEREN]);
  sync.fake.odata.set(HUURDERS.zaak.id, recorded('2025Z15842'));
  sync.fake.odata.set(COMPENSEREN.zaak.id, recorded('2025Z15846'));
  sync.fake.resources.set(HUURDERS_DOC, { bytes: await makePdf(motieFile('1330', 'DE LEDEN BECKERMAN EN BUSHOFF', textOf('kst-33529-1330'))), contentType: 'application/pdf' });
  sync.fake.resources.set(COMPENSEREN_DOC, { bytes: await makePdf(motieFile('1334', 'DE LEDEN BUSHOFF EN BECKERMAN', textOf('kst-33529-1334'))), contentType: 'application/pdf' });
}

describe('the dictum title without the Document feed: the motie Document found through its Zaak (issue 24.4)', () => {
  it('looks the Document up with one OData query per motie and takes the title from the dictum; the Document feed is never read', async () => {
    await serve();
    const report = await syncTk(sync.deps());
    expect(report).toMatchObject({ status: 'done', motieFiles: { lookedUp: 2, lookupFailed: 0, read: 2, failed: 0 } });
    expect(titleOf('2025Z15842')).toBe('Te zorgen dat nog deze maand alle rechthebbende huurders de € 750 ontvangen');
    expect(titleOf('2025Z15846')).toBe('Deze bewoners nog voor 1 november te compenseren');
    const item = listItems(sync.t.db).find((i) => i.reference === '2025Z15842');
    expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.titleFrom).toBe('dictum');
    expect(sync.fake.requests.some((r) => r.category === 'Document')).toBe(false);
    expect(odataRequests().map((r) => r.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/OData\/v5\/Zaak\?%24filter=Id\+eq\+eaaeadf2-ca45-4613-ae4c-a9eab6f4cafb&%24expand=Document&%24top=1$/)]));
    expect(sync.fake.requests.filter((r) => r.path.endsWith(`/Resources/${HUURDERS_DOC}`))).toHaveLength(1);
    // Looked up and read once: the next run asks nothing again.
    const asked = sync.fake.requests.length;
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 0, read: 0 } });
    expect(sync.fake.requests.slice(asked).filter((r) => r.category === null)).toEqual([]);
  });

  it('an Onderwerp with "over" needs no lookup; a Zaak whose Documents hold no motie keeps the fallback title', async () => {
    const withOver = { ...HUURDERS, zaak: { ...HUURDERS.zaak, onderwerp: 'Motie van de leden Beckerman en Bushoff over zorgen dat rechthebbende huurders €750 ontvangen' } };
    motiePages(sync.fake, [withOver, COMPENSEREN]);
    // The recorded answer with its one Document's soort changed: no motie Document to read.
    const answer = JSON.parse(recorded('2025Z15846')) as { value: { Document: { Soort: string }[] }[] };
    expect(answer.value[0]?.Document.map((d) => d.Soort)).toEqual(['Motie']);
    for (const d of answer.value[0]?.Document ?? []) d.Soort = 'Brief regering';
    sync.fake.odata.set(COMPENSEREN.zaak.id, JSON.stringify(answer));
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1, read: 0, failed: 0 } });
    expect(titleOf('2025Z15842')).toBe('Zorgen dat rechthebbende huurders €750 ontvangen');
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    expect(odataRequests().map((r) => r.path).join('\n')).not.toContain(HUURDERS.zaak.id);
    expect(sync.fake.requests.some((r) => r.path.includes('/Resources/'))).toBe(false);
  });

  it('a lookup that fails: the sync completes with the fallback title, the next run finds the Document', async () => {
    await serve();
    sync.fake.failures.set(`OData|${COMPENSEREN.zaak.id}`, [{ status: 503 }, { status: 503 }]);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', caughtUp: true, motieFiles: { lookedUp: 1, lookupFailed: 1, read: 1 } });
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1, lookupFailed: 0, read: 1 } });
    expect(titleOf('2025Z15846')).toBe('Deze bewoners nog voor 1 november te compenseren');
  });

  it('a motie that was not adopted is not looked up (it becomes no item)', async () => {
    const verworpen = { ...COMPENSEREN, besluiten: COMPENSEREN.besluiten.map((b) => ({ ...b, soort: 'Stemmen - verworpen' })) };
    motiePages(sync.fake, [HUURDERS, verworpen]);
    sync.fake.odata.set(HUURDERS.zaak.id, recorded('2025Z15842'));
    sync.fake.odata.set(COMPENSEREN.zaak.id, recorded('2025Z15846'));
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1 } });
    expect(odataRequests().map((r) => r.path).join('\n')).not.toContain(COMPENSEREN.zaak.id);
  });

  // review7: OData v5's field names are unverified (TK-OPEN-DATA.md). A query the service refuses or answers in
  // another shape fails for every motie alike: one try per run, not counted against the moties, so that none of
  // them is given up ("kon 10 keer niet worden opgehaald") for the API's sake, and the next run tries again.
  it.each([
    { answer: 'another shape', serve: (id: string) => { sync.fake.odata.set(id, JSON.stringify({ value: [{ id, documenten: [{ id: HUURDERS_DOC, soort: 'Motie' }] }] })); } },
    { answer: 'a refusal (HTTP 400)', serve: (id: string) => { sync.fake.failures.set(`OData|${id}`, [{ status: 400 }]); } },
  ])('a query OData refuses or answers in $answer: one try per run, counted against no motie', async ({ serve: refuse }) => {
    await serve();
    refuse(HUURDERS.zaak.id);
    refuse(COMPENSEREN.zaak.id);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', caughtUp: true, motieFiles: { lookedUp: 0, lookupFailed: 1, read: 0 } });
    expect(odataRequests()).toHaveLength(1);
    for (const zaak of [HUURDERS, COMPENSEREN]) {
      expect(listTkChildren(sync.t.db, zaak.zaak.id, 'motieLookup')[0]?.data).toMatchObject({ state: 'pending', attempts: 0 });
    }
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    // The service answers as recorded again: both are found.
    sync.fake.failures.clear();
    sync.fake.odata.set(HUURDERS.zaak.id, recorded('2025Z15842'));
    sync.fake.odata.set(COMPENSEREN.zaak.id, recorded('2025Z15846'));
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 2, lookupFailed: 0, read: 2 } });
    expect(titleOf('2025Z15846')).toBe('Deze bewoners nog voor 1 november te compenseren');
  });

  it('with the Document feed on, no OData query is made (the feed gives the file)', async () => {
    await serve();
    await syncTk(sync.deps({ documenten: true }));
    expect(odataRequests()).toEqual([]);
  });
});

// Session 8: a lookup whose answer held no motie Document (state none) was never asked again; the Document
// is often published after its Zaak. Now it is asked again a day later, up to MAX_MOTIE_LOOKUP_NONES answers.
describe('a lookup that found no motie Document is asked again later, bounded', () => {
  const noMotieYet = () => {
    const answer = JSON.parse(recorded('2025Z15846')) as { value: { Document: { Soort: string }[] }[] };
    for (const d of answer.value[0]?.Document ?? []) d.Soort = 'Brief regering';
    return JSON.stringify(answer);
  };
  let later = 0;
  const at = (hoursAfterStart: number) => {
    later = Date.parse('2025-09-15T07:00:00Z') + hoursAfterStart * 3_600_000;
    return sync.deps({ now: () => new Date((later += 1000)) });
  };
  const lookup = () => listTkChildren(sync.t.db, COMPENSEREN.zaak.id, 'motieLookup')[0]?.data;

  it('not the same day; a day later it is asked again, and the Document published since gives the dictum title', async () => {
    await serve();
    sync.fake.odata.set(COMPENSEREN.zaak.id, noMotieYet());
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { lookedUp: 2, lookedUpAgain: 0, read: 1 } });
    expect(lookup()).toMatchObject({ state: 'none', nones: 1 });
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    // The same day: not asked again.
    const asked = odataRequests().length;
    expect(await syncTk(at(MOTIE_LOOKUP_AGAIN_MS / 3_600_000 - 1))).toMatchObject({ status: 'done', motieFiles: { lookedUp: 0 } });
    expect(odataRequests()).toHaveLength(asked);
    // A day later the Zaak holds its motie Document: looked up again, read, titled by the dictum.
    sync.fake.odata.set(COMPENSEREN.zaak.id, recorded('2025Z15846'));
    expect(await syncTk(at(25))).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1, lookedUpAgain: 1, read: 1 } });
    expect(lookup()).toMatchObject({ state: 'found' });
    expect(titleOf('2025Z15846')).toBe('Deze bewoners nog voor 1 november te compenseren');
  });

  it(`after ${MAX_MOTIE_LOOKUP_NONES} answers without a motie Document it is not asked again; a lookup stored as none before (no count) is asked again too`, async () => {
    motiePages(sync.fake, [COMPENSEREN]);
    sync.fake.odata.set(COMPENSEREN.zaak.id, noMotieYet());
    await syncTk(sync.deps());
    // As session 7's code stored it: state none, no count.
    const [record] = listTkChildren(sync.t.db, COMPENSEREN.zaak.id, 'motieLookup');
    if (record) upsertTkRecord(sync.t.db, { ...record, data: { state: 'none', attempts: 1 } });
    expect(await syncTk(at(25))).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1, lookedUpAgain: 1 } });
    expect(lookup()).toMatchObject({ state: 'none', nones: 2 });
    expect(await syncTk(at(50))).toMatchObject({ status: 'done', motieFiles: { lookedUp: 1, lookedUpAgain: 1 } });
    expect(lookup()).toMatchObject({ state: 'no-document', nones: MAX_MOTIE_LOOKUP_NONES });
    const asked = odataRequests().length;
    expect(await syncTk(at(24 * 30))).toMatchObject({ status: 'done', motieFiles: { lookedUp: 0 } });
    expect(odataRequests()).toHaveLength(asked);
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
  });
});

describe('a motie file that keeps failing is given up (review6 LOW-2)', () => {
  it(`after ${MAX_MOTIE_FILE_ATTEMPTS} failed tries it is not fetched again, and motie show says so`, async () => {
    await serve();
    sync.fake.resources.delete(COMPENSEREN_DOC);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { read: 1, failed: 1, gaveUp: 0 } });
    const [file] = listTkChildren(sync.t.db, COMPENSEREN.zaak.id, 'motieFile');
    expect(file?.data).toMatchObject({ state: 'failed', attempts: 1 });
    // As if it had failed in the runs since: one try left.
    if (file) upsertTkRecord(sync.t.db, { ...file, data: { ...file.data, attempts: MAX_MOTIE_FILE_ATTEMPTS - 1 } });
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { failed: 0, gaveUp: 1 } });
    expect(listTkChildren(sync.t.db, COMPENSEREN.zaak.id, 'motieFile')[0]?.data).toMatchObject({ state: 'gave-up', attempts: MAX_MOTIE_FILE_ATTEMPTS });
    const asked = sync.fake.requests.filter((r) => r.path.endsWith(`/Resources/${COMPENSEREN_DOC}`)).length;
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { failed: 0, gaveUp: 0 } });
    expect(sync.fake.requests.filter((r) => r.path.endsWith(`/Resources/${COMPENSEREN_DOC}`))).toHaveLength(asked);
    // The other motie's file, read in the first run, shows no such note.
    const id = (nummer: string) => String(listItems(sync.t.db).find((i) => i.reference === nummer)?.id);
    const out: string[] = [];
    const run = (argv: string[]) => runMotie(argv, { out: (l) => out.push(l), err: () => undefined, now: () => new Date('2025-09-15T07:00:00Z'), env: {}, dbPath: sync.t.path });
    expect(await run(['show', id('2025Z15846')])).toBe(0);
    expect(out.join('\n')).toContain(`Het document van de motie kon ${MAX_MOTIE_FILE_ATTEMPTS} keer niet worden opgehaald; de sync probeert het niet meer`);
    out.length = 0;
    expect(await run(['show', id('2025Z15846'), '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ tk: { titleFrom: 'nummer', fileGaveUpAfter: MAX_MOTIE_FILE_ATTEMPTS } });
    out.length = 0;
    expect(await run(['show', id('2025Z15842')])).toBe(0);
    expect(out.join('\n')).not.toContain('niet worden opgehaald');
  });
});
