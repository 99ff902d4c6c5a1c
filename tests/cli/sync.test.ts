import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { getTkFeed } from '../../src/store/tk.queries.ts';
import { tempDir } from '../helpers/db.ts';

const ODATA_METADATA = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'tk', 'odata-metadata.trimmed.xml'), 'utf8');
import { motiePages, OCW_MOTIE, standardPages, startFakeSyncFeed, T, tkEntry, tkFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

const root = resolve(import.meta.dirname, '../..');
const recorded = readFileSync(join(root, 'tests/fixtures/tk/feed-recorded-toezeggingen.xml'), 'utf8');

let fake: FakeSyncFeed;
let dir: string;
let dbPath: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  fake = await startFakeSyncFeed();
  dir = tempDir();
  dbPath = join(dir, 'tk.db');
  out = [];
  err = [];
});
afterEach(() => fake.close());

const cli = (argv: string[], env: Record<string, string> = {}, now = () => new Date('2025-06-02T08:00:00Z')) =>
  runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now,
    env: { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0', MOTIEBOT_TK_BACKOFF_MS: '1', ...env },
    dbPath,
  });

function items() {
  const db = openDb(dbPath);
  try {
    return listItems(db);
  } finally {
    closeDb(db);
  }
}

describe('motie sync tk', () => {
  it('--json on the recorded feed creates the right items with codes, statuses and deadlines', async () => {
    fake.pages.set('', recorded);
    expect(await cli(['sync', 'tk', '--json'])).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report).toMatchObject({ status: 'done', created: 3, caughtUp: true, firstSync: true });
    const got = items().map((i) => ({ ref: i.reference, status: i.status, codes: i.responsible.map((r) => r.code), deadline: i.deadline?.deadline ?? null }));
    expect(got.sort((a, b) => a.ref!.localeCompare(b.ref!))).toEqual([
      { ref: 'TZ202402-164', status: 'done', codes: ['MBZ'], deadline: null },
      { ref: 'TZ202412-116', status: 'open', codes: ['MLVVN'], deadline: '2025-03-31' },
      // "voor de zomer" said in April 2025: the day before the 2025 zomerreces.
      { ref: 'TZ202504-057', status: 'done', codes: ['MIenW'], deadline: '2025-07-03' },
    ]);
    out = [];
    expect(await cli(['sync', 'tk', '--json'])).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ created: 0, updated: 0, closed: 0, lapsed: 0 });
  });

  it('TK_MINISTRIES limits what is created; the Dutch summary says what happened', async () => {
    standardPages(fake);
    expect(await cli(['sync', 'tk'], { TK_MINISTRIES: 'OCW' })).toBe(0);
    expect(out.filter((l) => l.startsWith('+ nieuw'))).toHaveLength(4);
    // 10 pages: three of toezeggingen, one (empty) of each of the seven motie feeds.
    expect(out).toContain('Tweede Kamer: 4 nieuwe items, 0 bijgewerkt, 0 afgedaan, 0 vervallen, 0 ongewijzigd, 1 voor andere ministeries overgeslagen (10 pagina\'s).');
    expect(fake.requests.map((r) => r.category)).toEqual(['Toezegging', 'Toezegging', 'Toezegging', 'Activiteit', 'ActiviteitActor', 'Agendapunt', 'Kamerstukdossier', 'Zaak', 'ZaakActor', 'Besluit']);
    expect(items().every((i) => i.responsible.some((r) => r.ministry === 'OCW'))).toBe(true);
  });

  it('the Dutch summary names the motie documents looked up and read, with the counts --json has (session 8)', async () => {
    // A motie whose Onderwerp names no request: its Document is looked up through its Zaak; its file is not there (404).
    const cut = { ...OCW_MOTIE, zaak: { ...OCW_MOTIE.zaak, onderwerp: 'Motie van het lid Bisschop c.s.' } };
    standardPages(fake);
    motiePages(fake, [cut]);
    fake.odata.set(cut.zaak.id, JSON.stringify({ value: [{ Id: cut.zaak.id, Soort: 'Motie', Document: [{ Id: 'fe55c67f-13f5-4d15-a7a1-747c7cc13f36', Soort: 'Motie', ContentType: 'application/pdf' }] }] }));
    expect(await cli(['sync', 'tk'], { TK_MINISTRIES: 'OCW' })).toBe(0);
    expect(out).toContain('Motiedocumenten (voor de titel uit het dictum): 1 motie via de zaak opgezocht, 1 bestand niet opgehaald (volgende keer opnieuw).');
    out = [];
    expect(await cli(['sync', 'tk', '--json'], { TK_MINISTRIES: 'OCW' })).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ motieFiles: { lookedUp: 0, failed: 1, read: 0 } });
    // The file is there now but holds no motie text: said so.
    out = [];
    fake.resources.set('fe55c67f-13f5-4d15-a7a1-747c7cc13f36', { bytes: new Uint8Array([1, 2, 3]), contentType: 'application/pdf' });
    expect(await cli(['sync', 'tk'], { TK_MINISTRIES: 'OCW' })).toBe(0);
    expect(out.filter((l) => l.startsWith('Motiedocumenten'))).toEqual(['Motiedocumenten (voor de titel uit het dictum): 1 bestand zonder motietekst.']);
  });

  it('bad configuration is refused in Dutch before anything is read or written', async () => {
    expect(await cli(['sync', 'tk'], { TK_MINISTRIES: 'OCW,Onderwijs' })).toBe(2);
    expect(err.join('\n')).toMatch(/TK_MINISTRIES bevat "Onderwijs"/);
    expect(await cli(['sync', 'tk'], { TK_SYNCFEED_URL: 'ftp://example.org' })).toBe(2);
    expect(await cli(['sync', 'kamer'])).toBe(2);
    expect(fake.requests).toEqual([]);
    expect(existsSync(dbPath)).toBe(false);
  });

  it('an unreachable feed fails with exit code 1 and a Dutch message', async () => {
    fake.failures.set('', [{ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 }]);
    expect(await cli(['sync', 'tk'])).toBe(1);
    expect(err.join('\n')).toMatch(/De synchronisatie is mislukt: .*HTTP 503/);
    // Each retry in Dutch, and advice on what to check; no English log lines.
    expect(err.join('\n')).toMatch(/De Tweede Kamer antwoordt niet; poging 2 over \d+ seconden?…/);
    expect(err.join('\n')).toContain('Controleer of deze computer internet heeft');
    expect(err.join('\n')).toContain('TK_SYNCFEED_URL');
    expect(err.join('\n')).not.toMatch(/tk-sync:|failed \(|try \d/);
  });

  describe('--check', () => {
    it('reports field by field that the shape matches, and writes nothing', async () => {
      standardPages(fake);
      expect(await cli(['sync', 'tk', '--check'])).toBe(0);
      expect(out[0]).toMatch(/^Controle van de SyncFeed/);
      expect(out).toContain('OK      Toezegging nummer: in 3 van 3 items, TZjjjjmm-nnn');
      expect(out.at(-1)).toBe('De vorm van de feed klopt met wat motiebot verwacht.');
      // The first page of every feed the sync reads (issue 24.7), nothing more.
      expect(fake.requests.map((r) => r.category)).toEqual(['Toezegging', 'Activiteit', 'ActiviteitActor', 'Agendapunt', 'Kamerstukdossier', 'Zaak', 'ZaakActor', 'Besluit', 'Document']);
      expect(existsSync(dbPath)).toBe(false);
    });

    it('checks the motie feeds and the Document feed too (issue 24.7): a zaak without soort or a vote without besluitSoort is named', async () => {
      standardPages(fake);
      motiePages(fake, [OCW_MOTIE]);
      fake.odata.set(OCW_MOTIE.zaak.id, JSON.stringify({ value: [{ Id: OCW_MOTIE.zaak.id, Soort: 'Motie', Document: [{ Id: 'fe55c67f-13f5-4d15-a7a1-747c7cc13f36', Soort: 'Motie', ContentType: 'application/pdf' }] }] }));
      fake.odataMetadata = ODATA_METADATA;
      expect(await cli(['sync', 'tk', '--check'])).toBe(0);
      expect(out).toContain('OK      Zaak soort: in 1 van 1 items');
      expect(out).toContain('OK      ZaakActor zaak@ref: in 2 van 2 items, een GUID');
      expect(out.some((line) => line.startsWith('OK      Document feed (Atom)'))).toBe(true);
      // The lookup of a motie's Documents through its Zaak (the dictum title without the Document feed), tried on the page's motie.
      expect(out).toContain(`OK      OData Zaak?$expand=Document: 1 document van motie-zaak ${OCW_MOTIE.zaak.id} gelezen`);
      out.length = 0;
      const zaak = fake.pages.get('Zaak|')!;
      fake.pages.set('Zaak|', zaak.replace(/<ns1:soort>Motie<\/ns1:soort>/g, ''));
      fake.pages.set('Besluit|', fake.pages.get('Besluit|')!.replace(/<ns1:besluitSoort>[^<]*<\/ns1:besluitSoort>/g, ''));
      expect(await cli(['sync', 'tk', '--check', '--json'])).toBe(1);
      const result = JSON.parse(out.join('\n')) as { fields: { ok: boolean; feed: string; field: string }[] };
      expect(result.fields.filter((f) => !f.ok).map((f) => `${f.feed} ${f.field}`)).toEqual(['Zaak soort', 'Besluit besluitSoort']);
    });

    it('an OData answer of another shape (the v5 field names differ) fails the check, named', async () => {
      standardPages(fake);
      motiePages(fake, [OCW_MOTIE]);
      fake.odata.set(OCW_MOTIE.zaak.id, JSON.stringify({ value: [{ id: OCW_MOTIE.zaak.id, documenten: [] }] }));
      fake.odataMetadata = ODATA_METADATA;
      expect(await cli(['sync', 'tk', '--check', '--json'])).toBe(1);
      const result = JSON.parse(out.join('\n')) as { fields: { ok: boolean; feed: string; field: string }[] };
      expect(result.fields.filter((f) => !f.ok).map((f) => `${f.feed} ${f.field}`)).toEqual(['OData Zaak?$expand=Document']);
    });

    it('the service\'s $metadata is read before the lookup: what it does not declare is named, and an unreadable one fails the check', async () => {
      standardPages(fake);
      motiePages(fake, [OCW_MOTIE]);
      fake.odata.set(OCW_MOTIE.zaak.id, JSON.stringify({ value: [{ Id: OCW_MOTIE.zaak.id, Soort: 'Motie', Document: [] }] }));
      fake.odataMetadata = ODATA_METADATA;
      expect(await cli(['sync', 'tk', '--check'])).toBe(0);
      expect(out).toContain('OK      OData $metadata: Zaak met zijn Documenten, en Id, Soort en ContentType van een Document, zoals motiebot ze opvraagt');
      const odataPaths = fake.requests.filter((r) => r.path.includes('/OData/')).map((r) => r.path.replace(/\?.*$/, '').replace(/^.*\/OData\/v5/, ''));
      expect(odataPaths).toEqual(['/$metadata', '/Zaak']);
      // OData v5 renamed a field the lookup reads: named, before any lookup fails on it.
      out.length = 0;
      fake.odataMetadata = ODATA_METADATA.replace('<Property Name="ContentType" Type="Edm.String" />', '<Property Name="Mimetype" Type="Edm.String" />');
      expect(await cli(['sync', 'tk', '--check'])).toBe(1);
      expect(out).toContain(
        'AFWIJKT OData $metadata: de dienst kent Document.ContentType niet: het opzoeken van het document van een motie zal mislukken (zonder TK_SYNC_DOCUMENTEN=aan blijft de titel van een motie zonder "over" "Motie <nummer> (<dossier>)")',
      );
      // No metadata at all (404): the check fails, named.
      out.length = 0;
      fake.odataMetadata = null;
      expect(await cli(['sync', 'tk', '--check', '--json'])).toBe(1);
      const result = JSON.parse(out.join('\n')) as { fields: { ok: boolean; feed: string; field: string }[] };
      expect(result.fields.filter((f) => !f.ok).map((f) => `${f.feed} ${f.field}`)).toEqual(['OData $metadata']);
    });

    it('names every field that deviates', async () => {
      fake.pages.set('', tkFeed({ entries: [tkEntry({ ...T.open, status: 'In behandeling', nummer: undefined }, 101)], next: 101 }));
      expect(await cli(['sync', 'tk', '--check', '--json'])).toBe(1);
      const result = JSON.parse(out.join('\n')) as { fields: { ok: boolean; field: string }[] };
      const bad = result.fields.filter((f) => !f.ok).map((f) => f.field);
      expect(bad).toEqual(['nummer', 'status']);
    });

    it('a feed that is not Atom fails the check', async () => {
      fake.pages.set('', '<html><body>Onderhoud</body></html>');
      expect(await cli(['sync', 'tk', '--check'])).toBe(1);
      expect(err.join('\n')).toMatch(/De controle kon de feed niet lezen/);
    });
  });

  it('killed between pages (SIGKILL): a restart loses nothing and duplicates nothing', async () => {
    standardPages(fake);
    let release!: () => void;
    fake.holds.set('103', new Promise<void>((r) => (release = r)));
    const env = { ...process.env, TK_SYNCFEED_URL: fake.base, TK_MINISTRIES: 'OCW', TK_SYNC_PAGE_DELAY_MS: '0', DATABASE_PATH: dbPath };
    const child = spawn(process.execPath, [join(root, 'bin/motie.js'), 'sync', 'tk', '--db', dbPath], { env, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => { r(signal); }));
    await new Promise<void>((r) => (fake.onHeld = () => { r(); }));
    // The second page was asked for: the first is committed. Kill now.
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    release();
    fake.holds.clear();

    const db = openDb(dbPath);
    try {
      expect(getTkFeed(db, 'Toezegging')!.cursor).toContain('skiptoken=103');
      expect(listItems(db).map((i) => i.reference).sort()).toEqual(['TZ202503-101', 'TZ202503-102']);
    } finally {
      closeDb(db);
    }

    // Right after the kill the dead run's lease still stands: a restart then skips (and reads nothing).
    fake.requests.length = 0;
    expect(await cli(['sync', 'tk', '--json'], { TK_MINISTRIES: 'OCW' }, () => new Date())).toBe(0);
    expect((JSON.parse(out.join('\n')) as { status: string }).status).toBe('skipped');
    expect(fake.requests).toEqual([]);
    // Once the lease expired (the only sign of death: no PID checks), the restart continues where the dead run was.
    out = [];
    const later = () => new Date(Date.now() + 11 * 60_000);
    expect(await cli(['sync', 'tk', '--json'], { TK_MINISTRIES: 'OCW' }, later)).toBe(0);
    expect(fake.requests[0]!.skiptoken).toBe('103');
    const refs = items().map((i) => i.reference).sort();
    expect(refs).toEqual(['TZ202503-101', 'TZ202503-102', 'TZ202504-017', 'TZ202504-018']);
  }, 60_000);
});
