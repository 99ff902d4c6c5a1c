// Issue 24.4: a motie whose Onderwerp names no request ("Motie van het lid X", "Gewijzigde motie
// van …") takes its title from the dictum in its own file, which the SyncFeed serves under
// /Resources/<id> (a Document entry's rel="enclosure", berthubert/tkconv). The files here are made
// in the test (pdfkit, docx) from RECORDED motie texts: three adopted moties of September 2025
// (tests/fixtures/tk/real/motie-texts-2025-09.json, from tommyvanderwal/motiematcher), their
// Onderwerp cut before "over" as the month had 46 of them. The Kamerstuk heading above
// "De Kamer," is written for the test in the shape of a real motie (nothing reads it). The file
// that is no motie is the first lines of a real ministry overview (tests/fixtures/stand-van-zaken-nap-2025.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { runCli as runMotie } from '../../src/cli/main.ts';
import { listItems, updateItem } from '../../src/store/items.queries.ts';
import { getTkOrigin, listTkChildren } from '../../src/store/tk.queries.ts';
import { makeDocx } from '../import/document/make-files.ts';
import { makePdf } from '../import/document/make-pdf.ts';
import { motieDocumentPages, motiePages, type MotieDocumentFixture, type MotieFixture } from '../helpers/fake-syncfeed.ts';
import { recordedMotieTexts } from '../helpers/recorded-month.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const texts = recordedMotieTexts('2025-09');
const textOf = (identifier: string) => {
  const found = Object.values(texts).find((t) => t.identifier === identifier);
  if (!found) throw new Error(`no recorded text ${identifier}`);
  return found.text;
};

const GASWINNING = { id: '5e47d651-171a-54ee-b8ad-70b553d56e0b', nummer: '33529', titel: 'Gaswinning' };
const ICT = { id: 'da0d178d-4598-55b1-991d-004ab2b47039', nummer: '26643', titel: 'Informatie- en communicatietechnologie (ICT)' };

/** A recorded adopted motie with its Onderwerp cut before "over" (as `onderwerp` says). */
function motie(zaakId: string, nummer: string, volgnummer: string, onderwerp: string, dossier: typeof GASWINNING): MotieFixture {
  return {
    zaak: { id: zaakId, nummer, onderwerp, gestartOp: '2025-09-02T00:00:00+02:00', volgnummer, dossierId: dossier.id },
    dossier,
    actors: [],
    besluiten: [{ id: `${zaakId.slice(0, 8)}-0000-4000-8000-00000000b001`, soort: 'Stemmen - aangenomen', bijgewerkt: '2025-09-09T16:24:37+02:00' }],
  };
}

const HUURDERS = motie('eaaeadf2-ca45-4613-ae4c-a9eab6f4cafb', '2025Z15842', '1330', 'Motie van de leden Beckerman en Bushoff', GASWINNING);
const AI = motie('bf727544-5763-4fed-9dd2-afd08890b6e5', '2025Z15839', '1389', 'Gewijzigde motie van het lid Buijsse (t.v.v. 26643-1380)', ICT);
const COMPENSEREN = motie('d870f8e0-1bb7-44b4-ac63-52e512c0cd7d', '2025Z15846', '1334', 'Motie van de leden Bushoff en Beckerman', GASWINNING);

/** The heading of a motie's Kamerstuk, then its recorded text, wrapped as a PDF or Word file wraps it. */
function motieFile(dossier: string, nr: string, by: string, text: string): string {
  const wrapped = text.split('\n').flatMap((line) => line.match(/.{1,110}(?:\s|$)/g) ?? [line]).map((l) => l.trim());
  return ['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2024–2025', `${dossier} Nr. ${nr}`, `MOTIE VAN ${by}`, 'Voorgesteld 2 september 2025', '', ...wrapped].join('\n');
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function doc(m: MotieFixture, id: string, contentType: string): MotieDocumentFixture {
  return { id, zaakId: m.zaak.id, documentNummer: `2025D${id.slice(0, 5)}`, soort: m.zaak.onderwerp.startsWith('Gewijzigde') ? 'Motie (gewijzigd)' : 'Motie', onderwerp: m.zaak.onderwerp, contentType };
}

const sync = useSyncFeedTest('2025-09-15T07:00:00Z', { moties: true, documenten: true, scope: [] });

function serve(files: { motie: MotieFixture; id: string; contentType: string; bytes: Uint8Array | null }[]) {
  motiePages(sync.fake, files.map((f) => f.motie));
  motieDocumentPages(sync.fake, files.map((f) => doc(f.motie, f.id, f.contentType)));
  for (const f of files) if (f.bytes) sync.fake.resources.set(f.id, { bytes: f.bytes, contentType: f.contentType });
}

const titleOf = (nummer: string) => listItems(sync.t.db).find((i) => i.reference === nummer)?.title;

describe('the dictum of a motie whose Onderwerp names no request, read from its file (issue 24.4)', () => {
  it('takes the title from the dictum of a PDF and of a Word file; the text routes too', async () => {
    serve([
      { motie: HUURDERS, id: 'f1000000-0000-4000-8000-000000000001', contentType: DOCX, bytes: await makeDocx(motieFile('33 529', '1330', 'DE LEDEN BECKERMAN EN BUSHOFF', textOf('kst-33529-1330')).split('\n').map((paragraph) => ({ paragraph }))) },
      { motie: AI, id: 'f1000000-0000-4000-8000-000000000002', contentType: PDF, bytes: await makePdf(motieFile('26 643', '1389', 'HET LID BUIJSSE TER VERVANGING VAN DIE GEDRUKT ONDER NR. 1380', textOf('kst-26643-1389'))) },
    ]);
    const report = await syncTk(sync.deps());
    expect(report).toMatchObject({ status: 'done', motieFiles: { read: 2, notMotie: 0, failed: 0 } });
    expect(titleOf('2025Z15842')).toBe('Te zorgen dat nog deze maand alle rechthebbende huurders de € 750 ontvangen');
    expect(titleOf('2025Z15839')).toMatch(/^AI in te zetten voor een kleinere en efficiënte overheid met minder ambtenaren/);
    for (const nummer of ['2025Z15842', '2025Z15839']) {
      const item = listItems(sync.t.db).find((i) => i.reference === nummer);
      expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.titleFrom).toBe('dictum');
    }
    // The gewijzigde motie still shows the Kamerstuk it replaces, and no "nr. -1".
    expect(listItems(sync.t.db).find((i) => i.reference === '2025Z15839')?.text).toContain('vervangt Kamerstuk 26643, nr. 1380');
    // Read once: a second run fetches nothing again.
    const before = sync.fake.requests.filter((r) => r.path.includes('/Resources/')).length;
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { read: 0, notMotie: 0, failed: 0 } });
    expect(sync.fake.requests.filter((r) => r.path.includes('/Resources/')).length).toBe(before);
  });

  it('a file that fails: the sync completes, the title falls back, the next run reads it', async () => {
    const id = 'f1000000-0000-4000-8000-000000000003';
    serve([
      { motie: COMPENSEREN, id, contentType: PDF, bytes: await makePdf(motieFile('33 529', '1334', 'DE LEDEN BUSHOFF EN BECKERMAN', textOf('kst-33529-1334'))) },
      { motie: HUURDERS, id: 'f1000000-0000-4000-8000-000000000004', contentType: PDF, bytes: null },
    ]);
    sync.fake.failures.set(`Resources|${id}`, [{ status: 503 }, { status: 503 }]);
    const first = await syncTk(sync.deps());
    expect(first).toMatchObject({ status: 'done', caughtUp: true, motieFiles: { read: 0, failed: 2 } });
    // Never "Motie van de leden …": the number and the dossier.
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    expect(titleOf('2025Z15842')).toBe('Motie 2025Z15842 (Gaswinning)');
    const item = listItems(sync.t.db).find((i) => i.reference === '2025Z15846');
    expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.titleFrom).toBe('nummer');
    const second = await syncTk(sync.deps());
    expect(second).toMatchObject({ status: 'done', motieFiles: { read: 1, failed: 1 } });
    expect(titleOf('2025Z15846')).toBe('Deze bewoners nog voor 1 november te compenseren');
    expect(getTkOrigin(sync.t.db, item?.id ?? 0)?.titleFrom).toBe('dictum');
    // The file that is still missing keeps the fallback and is tried again.
    expect(titleOf('2025Z15842')).toBe('Motie 2025Z15842 (Gaswinning)');
    expect(listTkChildren(sync.t.db, HUURDERS.zaak.id, 'motieFile')[0]?.data).toMatchObject({ state: 'failed', attempts: 2 });
  });

  it('a title a person wrote while the file was not read yet is kept when the file is read (review6)', async () => {
    const id = 'f1000000-0000-4000-8000-000000000008';
    serve([{ motie: COMPENSEREN, id, contentType: PDF, bytes: await makePdf(motieFile('33 529', '1334', 'DE LEDEN BUSHOFF EN BECKERMAN', textOf('kst-33529-1334'))) }]);
    sync.fake.failures.set(`Resources|${id}`, [{ status: 503 }, { status: 503 }]);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { read: 0, failed: 1 } });
    const item = listItems(sync.t.db).find((i) => i.reference === '2025Z15846');
    expect(item?.title).toBe('Motie 2025Z15846 (Gaswinning)');
    updateItem(sync.t.db, item?.id ?? 0, { title: 'Bewoners Groningen compenseren' }, 'UALICE', Date.parse('2025-09-15T08:00:00Z'));
    const report = await syncTk(sync.deps());
    expect(report).toMatchObject({ status: 'done', motieFiles: { read: 1, failed: 0 } });
    expect(titleOf('2025Z15846')).toBe('Bewoners Groningen compenseren');
    // Not silently: the person hears what the Kamer's text says (review6 LOW-3).
    expect(report.conflicts).toEqual([
      expect.objectContaining({ code: 'TITLE_KEPT', itemId: item?.id, source: 'tk-motie', current: 'Bewoners Groningen compenseren', incoming: 'Deze bewoners nog voor 1 november te compenseren', setBy: 'UALICE' }),
    ]);
  });

  it('a file that holds no motie text (a ministry overview quoting a dictum) is not taken: the title falls back', async () => {
    const overview = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'stand-van-zaken-nap-2025.txt'), 'utf8').split('\n').slice(0, 40).join('\n');
    expect(overview).toMatch(/verzoekt\s+de\s+regering/);
    serve([{ motie: COMPENSEREN, id: 'f1000000-0000-4000-8000-000000000005', contentType: PDF, bytes: await makePdf(overview) }]);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { read: 0, notMotie: 1, failed: 0 } });
    expect(titleOf('2025Z15846')).toBe('Motie 2025Z15846 (Gaswinning)');
    expect(listTkChildren(sync.t.db, COMPENSEREN.zaak.id, 'motieFile')[0]?.data).toMatchObject({ state: 'not-motie' });
  });

  it('an Onderwerp with "over" keeps its own title and its file is never fetched', async () => {
    const withOver = { ...HUURDERS, zaak: { ...HUURDERS.zaak, onderwerp: 'Motie van de leden Beckerman en Bushoff over zorgen dat rechthebbende huurders €750 ontvangen' } };
    serve([{ motie: withOver, id: 'f1000000-0000-4000-8000-000000000006', contentType: PDF, bytes: await makePdf(motieFile('33 529', '1330', 'DE LEDEN BECKERMAN EN BUSHOFF', textOf('kst-33529-1330'))) }]);
    expect(await syncTk(sync.deps())).toMatchObject({ status: 'done', motieFiles: { read: 0, notMotie: 0, failed: 0 } });
    expect(titleOf('2025Z15842')).toBe('Zorgen dat rechthebbende huurders €750 ontvangen');
    expect(sync.fake.requests.some((r) => r.path.includes('/Resources/'))).toBe(false);
  });

  it('motie show names where the title came from', async () => {
    serve([{ motie: HUURDERS, id: 'f1000000-0000-4000-8000-000000000007', contentType: PDF, bytes: await makePdf(motieFile('33 529', '1330', 'DE LEDEN BECKERMAN EN BUSHOFF', textOf('kst-33529-1330'))) }]);
    await syncTk(sync.deps());
    const id = String(listItems(sync.t.db).find((i) => i.reference === '2025Z15842')?.id);
    const out: string[] = [];
    const run = (argv: string[]) => runMotie(argv, { out: (l) => out.push(l), err: () => undefined, now: () => new Date('2025-09-15T07:00:00Z'), env: {}, dbPath: sync.t.path });
    expect(await run(['show', id])).toBe(0);
    expect(out.join('\n')).toContain('Titel uit het dictum van de motie');
    out.length = 0;
    expect(await run(['show', id, '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ tk: { titleFrom: 'dictum' } });
  });
});
