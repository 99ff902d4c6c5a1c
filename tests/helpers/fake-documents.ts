// Document-feed pages (Kamerbrieven) for the fake SyncFeed (fake-syncfeed.ts): "Document|<skiptoken>".
import { tkFeed, type FakeSyncFeed } from './fake-syncfeed.ts';

export interface LetterFixture {
  id: string;
  nummer: string;
  onderwerp: string;
  datum: string;
  soort?: string;
  volgnummer?: number;
  dossierId?: string;
  zaakIds?: string[];
  bijgewerkt?: string;
  deleted?: boolean;
}

const x = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

function letterEntry(l: LetterFixture, skip: number): string {
  const body = l.deleted
    ? ''
    : `<ns1:soort>${x(l.soort ?? 'Brief regering')}</ns1:soort><ns1:documentNummer>${l.nummer}</ns1:documentNummer><ns1:titel>${x(l.onderwerp)}</ns1:titel><ns1:onderwerp>${x(l.onderwerp)}</ns1:onderwerp><ns1:datum>${l.datum}T00:00:00</ns1:datum>${l.volgnummer !== undefined ? `<ns1:volgnummer>${l.volgnummer}</ns1:volgnummer>` : ''}${l.dossierId ? `<ns1:kamerstukdossier ref="${l.dossierId}" />` : ''}${(l.zaakIds ?? []).map((z) => `<ns1:zaak ref="${z}" />`).join('')}`;
  return `
  <entry>
    <title>${l.id}</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/${l.id}</id>
    <updated>2025-06-01T10:00:00Z</updated>
    <category term="document" />
    <link rel="next" href="BASE/Feed?skiptoken=${skip}&amp;category=Document" />
    <content type="application/xml">
      <ns1:document xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" ns1:id="${l.id}" ns1:verwijderd="${l.deleted ? 'true' : 'false'}" ns1:bijgewerkt="${l.bijgewerkt ?? '2025-06-01T12:00:00'}">${body}</ns1:document>
    </content>
  </entry>`;
}

/** One page of letters at skiptoken `at` ('' = the feed's first page); the next page is empty, rel="resume". */
export function letterPages(fake: FakeSyncFeed, letters: readonly LetterFixture[], at = ''): void {
  const first = at === '' ? 500 : Number(at) + 1;
  fake.pages.set(`Document|${at}`, tkFeed({ entries: letters.map((l, i) => letterEntry(l, first + i)), next: first + letters.length }).replaceAll('category=Toezegging', 'category=Document'));
}
