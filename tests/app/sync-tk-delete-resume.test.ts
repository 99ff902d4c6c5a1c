// A register deletion stored just before the sync was killed still lapses or closes its item when
// the page is read again (each record is its own transaction since issue 22.8).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { syncTk, type TkSyncDeps } from '../../src/app/sync-tk.ts';
import { listItems } from '../../src/store/items.queries.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { motiePages, OCW_MOTIE, startFakeSyncFeed, tkFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let fake: FakeSyncFeed;
let t: TempDb;
let clock: number;
beforeEach(async () => { fake = await startFakeSyncFeed(); t = openTempDb(); clock = Date.parse('2025-03-05T08:00:00Z'); });
afterEach(async () => { t.cleanup(); await fake.close(); });
const deps = (o: Partial<TkSyncDeps> = {}): TkSyncDeps => ({ db: t.db, baseUrl: fake.base, scope: [], now: () => new Date((clock += 1000)), pageDelayMs: 0, moties: true, client: { backoffMs: 1 }, ...o });
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
    motiePages(fake, [OCW_MOTIE]);
    await syncTk(deps());
    expect(listItems(t.db, { status: 'open' })).toHaveLength(1);
    const cursor = (t.db.$client.prepare("SELECT cursor FROM tk_feeds WHERE category = 'Zaak'").get() as { cursor: string }).cursor;
    const token = new URL(cursor).searchParams.get('skiptoken');
    expect(token).not.toBeNull();
    fake.pages.set(`Zaak|${token ?? ''}`, deletedZaakPage());
    if (killed) {
      // What storeMotieRecord committed before the process died (the cursor stayed before the page).
      t.db.$client.prepare('UPDATE tk_records SET deleted = 1, bijgewerkt = ? WHERE entity_id = ?').run(V, OCW_MOTIE.zaak.id);
    }
    await syncTk(deps());
    expect(listItems(t.db, { status: 'open' })).toHaveLength(0);
  });
}
