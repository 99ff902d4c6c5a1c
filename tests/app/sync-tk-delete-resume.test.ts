// A register deletion stored just before the sync was killed still lapses or closes its item when
// the page is read again (each record is its own transaction since issue 22.8).
import { expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { motiePages, OCW_MOTIE, tkFeed } from '../helpers/fake-syncfeed.ts';
import { useSyncFeedTest } from '../helpers/sync-test.ts';

const sync = useSyncFeedTest('2025-03-05T08:00:00Z', { scope: [], moties: true });
const { deps } = sync;
const V = '2025-06-01T12:00:00';
const deletedZaakPage = () => tkFeed({ entries: [`
  <entry>
    <title>${OCW_MOTIE.zaak.id}</title>
    <id>https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Entiteiten/${OCW_MOTIE.zaak.id}</id>
    <updated>2025-06-01T10:00:00Z</updated>
    <category term="zaak" />
    <link rel="next" href="BASE/Feed?skiptoken=60&amp;category=Zaak" />
    <content type="application/xml">
      <ns1:zaak xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" ns1:id="${OCW_MOTIE.zaak.id}" ns1:verwijderd="True" ns1:bijgewerkt="${V}">
      </ns1:zaak>
    </content>
  </entry>`], next: 60 }).replaceAll('category=Toezegging', 'category=Zaak');

for (const killed of [false, true]) {
  it(`a deleted zaak closes its item${killed ? ' also when the run was killed after storing the deletion' : ''}`, async () => {
    motiePages(sync.fake, [OCW_MOTIE]);
    await syncTk(deps());
    expect(listItems(sync.t.db, { status: 'open' })).toHaveLength(1);
    const cursor = (sync.t.db.$client.prepare("SELECT cursor FROM tk_feeds WHERE category = 'Zaak'").get() as { cursor: string }).cursor;
    const token = new URL(cursor).searchParams.get('skiptoken');
    expect(token).not.toBeNull();
    sync.fake.pages.set(`Zaak|${token ?? ''}`, deletedZaakPage());
    if (killed) {
      // What storeMotieRecord committed before the process died (the cursor stayed before the page).
      sync.t.db.$client.prepare('UPDATE tk_records SET deleted = 1, bijgewerkt = ? WHERE entity_id = ?').run(V, OCW_MOTIE.zaak.id);
    }
    await syncTk(deps());
    expect(listItems(sync.t.db, { status: 'open' })).toHaveLength(0);
  });
}
