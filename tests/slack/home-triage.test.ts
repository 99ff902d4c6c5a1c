import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncTk } from '../../src/app/sync-tk.ts';
import { renderHome } from '../../src/slack/home-view.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';
import { motiePages, RECORDED_MOTIES, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let fake: FakeSyncFeed;
let t: TempDb;
beforeEach(async () => {
  fake = await startFakeSyncFeed();
  t = openTempDb();
  motiePages(fake, RECORDED_MOTIES);
  await syncTk({ db: t.db, baseUrl: fake.base, scope: [], now: () => new Date(), pageDelayMs: 0, moties: true });
});
afterEach(async () => {
  t.cleanup();
  await fake.close();
});

const texts = (view: ReturnType<typeof renderHome>) => JSON.stringify(view.blocks);

describe('App Home: triage for admins', () => {
  it('an admin sees what waits in triage, with the command to assign codes', () => {
    const view = renderHome(t.db, '2025-06-02', undefined, undefined, { admin: true });
    expect(texts(view)).toContain('*Triage: 1 item wacht op een ministerie*');
    expect(texts(view)).toContain('• 2023Z00933 Werkgelegenheid, innovatie');
    expect(texts(view)).toContain('motie triage 2023Z00933 MIenW');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it('anyone else does not', () => {
    expect(texts(renderHome(t.db, '2025-06-02'))).not.toContain('Triage');
  });
});
