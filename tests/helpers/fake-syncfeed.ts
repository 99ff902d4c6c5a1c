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
  /** skiptoken ('' = the first page) → page XML; "BASE" in it becomes `base`. Missing → an empty page with rel="resume". */
  pages: Map<string, string>;
  /** Answers given before the page itself, per skiptoken, in order. */
  failures: Map<string, Failure[]>;
  /** When set for a skiptoken, that page is answered only after the promise resolves. */
  holds: Map<string, Promise<void>>;
  /** Called when a request for a held page arrives. */
  onHeld?: (skiptoken: string) => void;
  close(): Promise<void>;
}

export async function startFakeSyncFeed(): Promise<FakeSyncFeed> {
  const requests: FakeSyncFeed['requests'] = [];
  const pages = new Map<string, string>();
  const failures = new Map<string, Failure[]>();
  const holds = new Map<string, Promise<void>>();
  let base = '';
  const fake: FakeSyncFeed = {
    get base() {
      return base;
    },
    requests,
    pages,
    failures,
    holds,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const skiptoken = url.searchParams.get('skiptoken') ?? '';
      requests.push({ skiptoken, category: url.searchParams.get('category'), path: url.pathname });
      const queue = failures.get(skiptoken);
      const failure = queue?.shift();
      if (failure && failure !== 'truncate') {
        res.writeHead(failure.status, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
        res.end('<html>Service Unavailable</html>');
        return;
      }
      const hold = holds.get(skiptoken);
      if (hold) {
        fake.onHeld?.(skiptoken);
        await hold;
      }
      const body = (pages.get(skiptoken) ?? tkFeed({ entries: [], resume: `BASE/Feed?skiptoken=${skiptoken || '0'}&amp;category=Toezegging` })).replaceAll('BASE', base);
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
