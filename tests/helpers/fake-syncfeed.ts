// A local fake of the Tweede Kamer SyncFeed for tests: an HTTP server on port 0 that serves Atom
// pages by skiptoken, with the deviations live data shows (TK-OPEN-DATA.md) written into the
// pages by the builders below, and scripted failures per page: HTTP errors with Retry-After,
// a truncated body, or a hold (the page is only answered when the test releases it).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Failure = { status: number; retryAfter?: string } | 'truncate';

export interface FakeSyncFeed {
  /** ".../SyncFeed/2.0", what TK_SYNCFEED_URL is set to. */
  base: string;
  /** Every request: its skiptoken ('' for the first page) and category. */
  requests: { skiptoken: string; category: string | null; path: string }[];
  /** skiptoken ('' = the first page) → page XML of the Toezegging feed; "Zaak|<skiptoken>" for other feeds. "BASE" becomes `base`. Missing → an empty page with rel="resume". */
  pages: Map<string, string>;
  /** Answers given before the page itself, per skiptoken, in order. */
  failures: Map<string, Failure[]>;
  /** When set for a skiptoken, that page is answered only after the promise resolves. */
  holds: Map<string, Promise<void>>;
  /** Resource id → the file served under /Resources/<id> (a Document's rel="enclosure"); failures for it under "Resources|<id>". Missing → 404. */
  resources: Map<string, { bytes: Uint8Array; contentType: string }>;
  /**
   * Zaak id → the OData answer (JSON) served for `<origin>/OData/…/Zaak?$filter=Id eq <id>&$expand=Document`
   * (recorded answers: tests/fixtures/tk/odata-zaak-*.json); failures under "OData|<id>". Missing → 404.
   */
  odata: Map<string, string>;
  /** The body served for `<origin>/OData/…/$metadata` (recorded: tests/fixtures/tk/odata-metadata.trimmed.xml); null → 404. */
  odataMetadata: string | null;
  /** Called when a request for a held page arrives. */
  onHeld?: (skiptoken: string) => void;
  close(): Promise<void>;
}

export async function startFakeSyncFeed(): Promise<FakeSyncFeed> {
  const requests: FakeSyncFeed['requests'] = [];
  const pages = new Map<string, string>();
  const failures = new Map<string, Failure[]>();
  const holds = new Map<string, Promise<void>>();
  const resources = new Map<string, { bytes: Uint8Array; contentType: string }>();
  const odata = new Map<string, string>();
  let base = '';
  const fake: FakeSyncFeed = {
    get base() {
      return base;
    },
    requests,
    pages,
    failures,
    holds,
    resources,
    odata,
    odataMetadata: null,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      if (/\/OData\/[^?]*\/\$metadata$/.test(url.pathname)) {
        requests.push({ skiptoken: '', category: null, path: url.pathname });
        if (fake.odataMetadata === null) {
          res.writeHead(404);
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': fake.odataMetadata.trimStart().startsWith('{') ? 'application/json' : 'application/xml' });
        res.end(fake.odataMetadata);
        return;
      }
      if (/\/OData\/[^?]*\/Zaak$/.test(url.pathname)) {
        requests.push({ skiptoken: '', category: null, path: `${url.pathname}?${url.searchParams.toString()}` });
        const id = /^Id eq ([0-9a-f-]{36})$/i.exec(url.searchParams.get('$filter') ?? '')?.[1] ?? '';
        const failure = failures.get(`OData|${id}`)?.shift();
        const body = odata.get(id);
        const expand = url.searchParams.get('$expand');
        if ((failure && failure !== 'truncate') || body === undefined || expand !== 'Document') {
          res.writeHead(failure && failure !== 'truncate' ? failure.status : 404);
          res.end('{"error":{"message":"Not Found"}}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal' });
        res.end(body);
        return;
      }
      const resource = /\/Resources\/([^/]+)$/.exec(url.pathname)?.[1];
      if (resource !== undefined) {
        requests.push({ skiptoken: '', category: null, path: url.pathname });
        const failure = failures.get(`Resources|${resource}`)?.shift();
        const file = resources.get(resource);
        if ((failure && failure !== 'truncate') || !file) {
          res.writeHead(failure && failure !== 'truncate' ? failure.status : 404);
          res.end('<html>Not Found</html>');
          return;
        }
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
        res.end(Buffer.from(file.bytes));
        return;
      }
      const skiptoken = url.searchParams.get('skiptoken') ?? '';
      const category = url.searchParams.get('category') ?? 'Toezegging';
      // Toezegging pages by skiptoken; pages of other feeds as "<Category>|<skiptoken>".
      const key = /^toezegging$/i.test(category) ? skiptoken : `${category}|${skiptoken}`;
      requests.push({ skiptoken, category: url.searchParams.get('category'), path: url.pathname });
      const queue = failures.get(key);
      const failure = queue?.shift();
      if (failure && failure !== 'truncate') {
        res.writeHead(failure.status, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
        res.end('<html>Service Unavailable</html>');
        return;
      }
      const hold = holds.get(key);
      if (hold) {
        fake.onHeld?.(skiptoken);
        await hold;
      }
      const body = (pages.get(key) ?? tkFeed({ entries: [], resume: `BASE/Feed?skiptoken=${skiptoken || '0'}&amp;category=${category}` })).replaceAll('BASE', base);
      res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
      res.end(failure === 'truncate' ? body.slice(0, Math.floor(body.length * 0.6)) : body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/SyncFeed/2.0`;
  return fake;
}

export interface ToezeggingFields {
  id: string;
  nummer?: string;
  tekst?: string;
  functie?: string;
  ministerie?: string;
  status?: string;
  aanmaakdatum?: string;
  datumNakoming?: string;
  kamerbrieven?: string[];
  bijgewerkt?: string;
  /** Written as "True" (as live data does) when true. */
  deleted?: boolean;
  /** 'ns1:', 'tk:' or '' (a default namespace). */
  prefix?: string;
}

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** One entry; `skip` is the skiptoken of its rel="next" link. */
export function tkEntry(t: ToezeggingFields, skip: number | string): string {
  const p = t.prefix ?? 'ns1:';
  const ns = p === '' ? 'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0"' : `xmlns:${p.slice(0, -1)}="http://www.tweedekamer.nl/xsd/tkData/v1-0"`;
  const el = (name: string, value: string | undefined) => (value === undefined ? '' : `<${p}${name}>${escape(value)}</${p}${name}>`);
  const body = t.deleted
    ? ''
    : [
        `<${p}toegezegdAan><${p}persoon ref="aa000000-0000-4000-8000-000000000001" /></${p}toegezegdAan>`,
        `<${p}toegezegdAan />`,
        el('aanmaakdatum', t.aanmaakdatum ?? '2025-03-12T00:00:00'),
        el('nummer', t.nummer),
        el('naam', 'Bewindspersoon, A.'),
        el('functie', t.functie),
        el('status', t.status),
        el('datumNakoming', t.datumNakoming ?? '0001-01-01T00:00:00'),
        ...(t.kamerbrieven ?? []).map((k) => el('kamerbriefNakoming', k)),
        el('ministerie', t.ministerie),
        el('tekst', t.tekst),
      ].join('\n        ');
  return `
  <entry>
    <title>${t.id}</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/${t.id}</id>
    <updated>2025-05-01T10:00:00Z</updated>
    <category term="toezegging" />
    <link rel="next" href="BASE/Feed?skiptoken=${skip}&amp;category=Toezegging" />
    <content type="application/xml">
      <${p}toezegging ${ns} ${p}id="${t.id}" ${p}verwijderd="${t.deleted ? 'True' : 'false'}" ${p}bijgewerkt="${t.bijgewerkt ?? '2025-05-01T12:00:00'}">
        ${body}
      </${p}toezegging>
    </content>
  </entry>`;
}

/** A page: entries, then rel="next" (more) or rel="resume" (caught up). */
export function tkFeed(page: { entries: string[]; next?: number | string; resume?: string }): string {
  const link =
    page.next !== undefined
      ? `<link rel="next" href="BASE/Feed?skiptoken=${page.next}&amp;category=Toezegging" />`
      : `<link rel="resume" href="${page.resume ?? 'BASE/Feed?skiptoken=RESUME&amp;category=Toezegging'}" />`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Toezegging</title>
  <id>BASE/Feed</id>
  <updated>2025-05-01T10:00:00Z</updated>
  ${link}
  ${page.entries.join('\n')}
</feed>`;
}

const OCW = 'Onderwijs, Cultuur en Wetenschap';

/** Toezeggingen written for the tests (OCW unless said otherwise). */
export const T = {
  open: { id: '3f1c2a10-0000-4000-8000-000000000001', nummer: 'TZ202503-101', functie: 'minister van Onderwijs, Cultuur en Wetenschap', ministerie: OCW, status: 'Openstaand', tekst: 'De minister stuurt de Kamer voor de zomer van 2025 een brief over de voortgang van de aanpak van lerarentekorten.' },
  done: { id: '3f1c2a10-0000-4000-8000-000000000002', nummer: 'TZ202503-102', functie: 'Staatssecretaris van Onderwijs, Cultuur en Wetenschap', ministerie: OCW, status: 'Afgedaan', tekst: 'De staatssecretaris informeert de Kamer in het najaar van 2025 over de evaluatie van de bekostiging.', kamerbrieven: ['36600-VIII-12', '36600-VIII-14'], datumNakoming: '2025-04-20T00:00:00' },
  vws: { id: '3f1c2a10-0000-4000-8000-000000000003', nummer: 'TZ202503-103', functie: 'minister van Volksgezondheid, Welzijn en Sport', ministerie: 'Volksgezondheid, Welzijn en Sport', status: 'Openstaand', tekst: 'De minister stuurt voor het kerstreces een brief over wachttijden in de ggz.' },
  lapsed: { id: '3f1c2a10-0000-4000-8000-000000000004', nummer: 'TZ202504-017', functie: 'minister van Onderwijs, Cultuur en Wetenschap', ministerie: OCW, status: 'Vervallen', tekst: 'De minister komt voor 1 juni 2025 met een reactie op het advies van de Onderwijsraad.', aanmaakdatum: '2025-04-02T00:00:00' },
  partly: { id: '3f1c2a10-0000-4000-8000-000000000005', nummer: 'TZ202504-018', functie: 'minister van Onderwijs, Cultuur en Wetenschap', ministerie: OCW, status: 'Deels Afgedaan', tekst: 'De minister informeert de Kamer uiterlijk eind 2025 over de uitkomsten van de pilot.', aanmaakdatum: '2025-04-02T00:00:00' },
} satisfies Record<string, ToezeggingFields>;

/** Three pages with every deviation: ns1:/tk:/no prefix, repeated toegezegdAan and kamerbriefNakoming, zone-less bijgewerkt, 0001-01-01. */
export function standardPages(fake: FakeSyncFeed): void {
  fake.pages.set('', tkFeed({ entries: [tkEntry(T.open, 101), tkEntry({ ...T.done, prefix: 'tk:' }, 102), tkEntry(T.vws, 103)], next: 103 }));
  fake.pages.set('103', tkFeed({ entries: [tkEntry(T.lapsed, 104), tkEntry({ ...T.partly, prefix: '' }, 105)], next: 105 }));
}

/** An entry of any feed: `name` is the entity element ("zaak"), `body` its child elements (without prefix handling: plain). */
function entityEntry(name: string, id: string, body: string, skip: number | string, category: string, options: { deleted?: boolean; bijgewerkt?: string; enclosure?: { href: string; type: string }; attributes?: string } = {}): string {
  return `
  <entry>
    <title>${id}</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/${id}</id>
    <updated>2025-05-01T10:00:00Z</updated>
    <category term="${name}" />
    <link rel="next" href="BASE/Feed?skiptoken=${skip}&amp;category=${category}" />${options.enclosure ? `\n    <link rel="enclosure" href="${options.enclosure.href}" type="${options.enclosure.type}" />` : ''}
    <content type="application/xml">
      <ns1:${name} xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" ns1:id="${id}" ns1:verwijderd="${options.deleted ? 'True' : 'false'}" ns1:bijgewerkt="${options.bijgewerkt ?? '2025-05-01T12:00:00'}"${options.attributes ?? ''}>
        ${options.deleted ? '' : body.replace(/<(\/?)([a-zA-Z])/g, '<$1ns1:$2')}
      </ns1:${name}>
    </content>
  </entry>`;
}

/** A page of another feed. */
function feedPage(category: string, entries: string[], next?: number | string): string {
  return tkFeed({ entries, ...(next !== undefined ? { next } : {}) }).replaceAll('category=Toezegging', `category=${category}`);
}

export interface MotieFixture {
  zaak: { id: string; nummer: string; onderwerp: string; gestartOp: string; volgnummer?: string; dossierId?: string; termijn?: string; kabinetsappreciatie?: string };
  dossier?: { id: string; nummer: string; toevoeging?: string; titel?: string };
  actors: { id: string; naam: string; fractie?: string; relatie: string }[];
  besluiten: { id: string; soort: string; bijgewerkt?: string }[];
  /** The agendapunt its votes were taken under (naming the debate) and that debate's committee meetings with their actors (Activiteit, ActiviteitActor). */
  debate?: {
    agendapunt: { id: string; onderwerp: string };
    meetings: { id: string; soort: string; onderwerp: string; datum: string; voortouwnaam: string; voortouwafkorting: string; actors?: { id: string; naam: string; functie: string; relatie: string }[] }[];
  };
}

const x = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Serves moties as the motie feeds (one page each, then caught up). */
export function motiePages(fake: FakeSyncFeed, moties: readonly MotieFixture[]): void {
  const meetings = moties.flatMap((m) => m.debate?.meetings ?? []);
  if (meetings.length > 0) {
    fake.pages.set('Activiteit|', feedPage('Activiteit', meetings.map((a, i) => entityEntry('activiteit', a.id, `<soort>${a.soort}</soort><onderwerp>${x(a.onderwerp)}</onderwerp><datum>${a.datum}</datum><voortouwnaam>${x(a.voortouwnaam)}</voortouwnaam><voortouwafkorting>${x(a.voortouwafkorting)}</voortouwafkorting>`, 50 + i, 'Activiteit')), 50 + meetings.length));
    const actors = meetings.flatMap((a) => (a.actors ?? []).map((actor) => ({ ...actor, activiteitId: a.id })));
    fake.pages.set('ActiviteitActor|', feedPage('ActiviteitActor', actors.map((a, i) => entityEntry('activiteitActor', a.id, `<activiteit ref="${a.activiteitId}" /><actorNaam>${x(a.naam)}</actorNaam><relatie>${x(a.relatie)}</relatie><functie>${x(a.functie)}</functie>`, 60 + i, 'ActiviteitActor')), 60 + actors.length));
  }
  const agendapunten = moties.flatMap((m) => (m.debate ? [m.debate.agendapunt] : []));
  if (agendapunten.length > 0) {
    fake.pages.set('Agendapunt|', feedPage('Agendapunt', agendapunten.map((a, i) => entityEntry('agendapunt', a.id, `<onderwerp>${x(a.onderwerp)}</onderwerp>`, 70 + i, 'Agendapunt')), 70 + agendapunten.length));
  }
  const dossiers = moties.flatMap((m) => (m.dossier ? [m.dossier] : []));
  fake.pages.set('Kamerstukdossier|', feedPage('Kamerstukdossier', dossiers.map((d, i) => entityEntry('kamerstukdossier', d.id, `<nummer>${d.nummer}</nummer>${d.toevoeging ? `<toevoeging>${d.toevoeging}</toevoeging>` : ''}${d.titel ? `<titel>${x(d.titel)}</titel>` : ''}`, 10 + i, 'Kamerstukdossier')), 10 + dossiers.length));
  fake.pages.set('Zaak|', feedPage('Zaak', moties.map((m, i) => entityEntry('zaak', m.zaak.id, `<soort>Motie</soort><nummer>${m.zaak.nummer}</nummer><onderwerp>${x(m.zaak.onderwerp)}</onderwerp><gestartOp>${m.zaak.gestartOp}</gestartOp>${m.zaak.volgnummer ? `<volgnummer>${m.zaak.volgnummer}</volgnummer>` : ''}${m.zaak.dossierId ? `<kamerstukdossier ref="${m.zaak.dossierId}" />` : ''}${m.zaak.termijn ? `<termijn>${m.zaak.termijn}</termijn>` : ''}${m.zaak.kabinetsappreciatie ? `<kabinetsappreciatie>${x(m.zaak.kabinetsappreciatie)}</kabinetsappreciatie>` : ''}`, 20 + i, 'Zaak')), 20 + moties.length));
  const actors = moties.flatMap((m) => m.actors.map((a) => ({ ...a, zaakId: m.zaak.id })));
  fake.pages.set('ZaakActor|', feedPage('ZaakActor', actors.map((a, i) => entityEntry('zaakActor', a.id, `<zaak ref="${a.zaakId}" /><actorNaam>${x(a.naam)}</actorNaam>${a.fractie ? `<actorFractie>${a.fractie}</actorFractie>` : ''}<relatie>${a.relatie}</relatie>`, 30 + i, 'ZaakActor')), 30 + actors.length));
  const besluiten = moties.flatMap((m) => m.besluiten.map((b) => ({ ...b, zaakId: m.zaak.id, agendapuntId: m.debate?.agendapunt.id ?? null })));
  fake.pages.set('Besluit|', feedPage('Besluit', besluiten.map((b, i) => entityEntry('besluit', b.id, `${b.agendapuntId ? `<agendapunt ref="${b.agendapuntId}" />` : ''}<zaak ref="${b.zaakId}" /><stemmingsSoort>Met handopsteken</stemmingsSoort><besluitSoort>${b.soort}</besluitSoort>`, 40 + i, 'Besluit', b.bijgewerkt ? { bijgewerkt: b.bijgewerkt } : {})), 40 + besluiten.length));
}

/** The two recorded moties (tests/fixtures/tk/zaak-motie-*.trimmed.json) as SyncFeed entities. */
export const RECORDED_MOTIES: MotieFixture[] = [
  {
    zaak: { id: '0626c8c4-f2a4-41e4-9e4c-3efe8f745eb9', nummer: '2023Z00933', onderwerp: 'Motie van de leden Van der Plas en Pouw-Verweij over werkgelegenheid, innovatie en behoud van kennis en kunde in ons land meewegen bij besluitvorming over de vlootvernieuwing van de Rijksrederij ', gestartOp: '2023-01-24T00:00:00+01:00' },
    actors: [
      { id: '56b8949c-bf6e-43fe-8df0-7b09f477a8b0', naam: 'N.J.F. Pouw-Verweij', fractie: 'JA21', relatie: 'Medeindiener' },
      { id: '074eaf7e-68bc-4d76-bbf0-e8227ed6f141', naam: 'C.A.M. van der Plas', fractie: 'BBB', relatie: 'Indiener' },
    ],
    besluiten: [{ id: '2a073b67-2ebc-4349-90cb-cca4052906f5', soort: 'Stemmen - aangenomen', bijgewerkt: '2023-02-07T16:28:56.887+01:00' }],
  },
  {
    zaak: { id: '12abfbbf-a818-450e-9bc8-6216f02c5616', nummer: '2023Z00544', onderwerp: 'Motie van de leden Van der Plas en Hijink over een breed opgezet onderzoek naar de achterliggende oorzaken van agressie tegen zorgverleners', gestartOp: '2023-01-18T00:00:00+01:00' },
    actors: [
      { id: 'c2e3747f-6f88-4456-8b57-1ee9e92132ed', naam: 'C.A.M. van der Plas', fractie: 'BBB', relatie: 'Indiener' },
      { id: '5a29dc89-99d6-41e9-951a-4523cb4a190a', naam: 'H.P.M. Hijink', fractie: 'SP', relatie: 'Medeindiener' },
    ],
    besluiten: [{ id: '90eacfb3-9c73-4c58-b56f-539ddba08eb7', soort: 'Stemmen - verworpen', bijgewerkt: '2023-01-24T16:30:59.947+01:00' }],
  },
];

/** A motie on the OCW begroting, adopted, with a term in its Onderwerp (written for the tests). */
export const OCW_MOTIE: MotieFixture = {
  zaak: { id: 'b0000000-0000-4000-8000-000000000001', nummer: '2025Z01234', onderwerp: 'Motie van het lid Bisschop c.s. over de Kamer voor de zomer van 2025 informeren over de werkdruk van leraren', gestartOp: '2025-02-12T00:00:00+01:00', volgnummer: '23', dossierId: 'd0000000-0000-4000-8000-000000000001' },
  dossier: { id: 'd0000000-0000-4000-8000-000000000001', nummer: '36600', toevoeging: 'VIII', titel: 'Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs, Cultuur en Wetenschap (VIII) voor het jaar 2025' },
  actors: [
    { id: 'a0000000-0000-4000-8000-000000000001', naam: 'R.R. Bisschop', fractie: 'SGP', relatie: 'Indiener' },
    { id: 'a0000000-0000-4000-8000-000000000002', naam: 'vaste commissie voor Onderwijs, Cultuur en Wetenschap', relatie: 'Voortouwcommissie' },
  ],
  besluiten: [
    { id: 'c0000000-0000-4000-8000-000000000001', soort: 'Stemmen - aangehouden', bijgewerkt: '2025-02-18T16:00:00+01:00' },
    { id: 'c0000000-0000-4000-8000-000000000002', soort: 'Stemmen - aangenomen', bijgewerkt: '2025-03-04T16:00:00+01:00' },
  ],
};

export interface MotieDocumentFixture {
  id: string;
  zaakId: string;
  documentNummer: string;
  soort: string;
  onderwerp: string;
  contentType: string;
  bijgewerkt?: string;
}

/**
 * Serves motie Documents as the Document feed (one page, then caught up), each entry with its
 * rel="enclosure" link to BASE/Resources/<id> and the entity's contentType, as the live feed has
 * them (berthubert/tkconv reads both); the files themselves go in `fake.resources`.
 */
export function motieDocumentPages(fake: FakeSyncFeed, documents: readonly MotieDocumentFixture[]): void {
  fake.pages.set('Document|', feedPage('Document', documents.map((d, i) => entityEntry('document', d.id, `<zaak ref="${d.zaakId}" /><soort>${x(d.soort)}</soort><documentNummer>${d.documentNummer}</documentNummer><onderwerp>${x(d.onderwerp)}</onderwerp>`, 80 + i, 'Document', { enclosure: { href: `BASE/Resources/${d.id}`, type: d.contentType }, attributes: ` ns1:contentType="${d.contentType}"`, ...(d.bijgewerkt ? { bijgewerkt: d.bijgewerkt } : {}) })), 80 + documents.length));
}
