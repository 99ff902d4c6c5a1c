// The Kamer's termijn and the kabinetsappreciatie of a synced motie: shown by motie show and
// --json, and filterable with /motie status ontraden (issue 24 point 5).
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { renderStatus } from '../../src/slack/status-view.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers/db.ts';
import { motiePages, OCW_MOTIE, startFakeSyncFeed, type FakeSyncFeed } from '../helpers/fake-syncfeed.ts';

let fake: FakeSyncFeed;
let dbPath: string;
let out: string[];

const ONTRADEN = { ...OCW_MOTIE, zaak: { ...OCW_MOTIE.zaak, onderwerp: 'Motie van het lid Bisschop c.s. over de werkdruk van leraren verlagen', termijn: '2025-06-04T00:00:00+02:00', kabinetsappreciatie: 'Ontraden' } };
const OORDEEL = {
  ...OCW_MOTIE,
  zaak: { ...OCW_MOTIE.zaak, id: 'b0000000-0000-4000-8000-000000000002', nummer: '2025Z01235', volgnummer: '24', onderwerp: 'Motie van het lid Bisschop over de leraren beter betalen', kabinetsappreciatie: 'Oordeel Kamer' },
  actors: [],
  besluiten: [{ id: 'c0000000-0000-4000-8000-000000000009', soort: 'Stemmen - aangenomen', bijgewerkt: '2025-03-04T16:00:00+01:00' }],
  dossier: undefined,
};

function cli(argv: string[]) {
  return runCli(argv, { out: (l) => out.push(l), err: () => undefined, now: () => new Date('2025-03-10T08:00:00Z'), env: { TK_SYNCFEED_URL: fake.base, TK_SYNC_PAGE_DELAY_MS: '0' }, dbPath });
}

beforeEach(async () => {
  fake = await startFakeSyncFeed();
  dbPath = join(tempDir(), 'tk.db');
  out = [];
  motiePages(fake, [ONTRADEN, OORDEEL]);
  await cli(['sync', 'tk']);
  out = [];
});
afterEach(() => fake.close());

describe('kamerTermijn and kabinetsappreciatie', () => {
  it('motie show prints both; the Kamer\'s termijn is the deadline when the text names none', async () => {
    expect(await cli(['show', '1'])).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Termijn van de Kamer: 2025-06-04');
    expect(text).toContain('Kabinetsappreciatie: Ontraden');
    out = [];
    await cli(['show', '1', '--json']);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ kamerTermijn: '2025-06-04', kabinetsappreciatie: 'Ontraden', deadline: '2025-06-04', deadlineText: 'termijn van de Kamer' });
  });

  it('/motie status ontraden lists only the moties the cabinet advised against', () => {
    const db = openDb(dbPath);
    try {
      const all = renderStatus(db, { channelId: undefined, scope: 'alles', page: 0, today: '2025-03-10' });
      const ontraden = renderStatus(db, { channelId: undefined, scope: 'alles ontraden', page: 0, today: '2025-03-10' });
      expect(JSON.stringify(all)).toContain('De leraren beter betalen');
      const shown = JSON.stringify(ontraden);
      expect(shown).toContain('De werkdruk van leraren verlagen');
      expect(shown).not.toContain('De leraren beter betalen');
      expect(shown).toContain('kabinetsappreciatie ontraden');
    } finally {
      closeDb(db);
    }
  });
});
