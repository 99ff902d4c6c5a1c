// Tweede Kamer sync on the recorded month (tests/fixtures/tk/real/, September 2025): entries per
// second through the whole sync (a local fake SyncFeed over HTTP, a fresh SQLite file), and the
// routing's figures on the same month (triage share; right % on the hand-labelled sample).
import { join } from 'node:path';
import { syncTk } from '../src/app/sync-tk.ts';
import { mapMotie } from '../src/domain/tk/map-motie.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { listTriage } from '../src/store/tk.queries.ts';
import { tempDir } from '../tests/helpers/db.ts';
import { startFakeSyncFeed } from '../tests/helpers/fake-syncfeed.ts';
import { serveRecordedMonth } from '../tests/helpers/recorded-month.ts';
import { recordedLabels, recordedMoties } from '../tests/helpers/recorded-moties.ts';
import { report } from './lib/stats.ts';

const moties = recordedMoties();
const texts = new Map(moties.map((m) => [m.zaak.id, m.text]));
const labels = recordedLabels();

const fake = await startFakeSyncFeed();
serveRecordedMonth(fake);
const db = openDb(join(tempDir(), 'tk-sync-bench.db'));
let clock = Date.parse('2025-10-06T08:00:00Z');
const start = performance.now();
const result = await syncTk({ db, baseUrl: fake.base, scope: [], now: () => new Date((clock += 1000)), pageDelayMs: 0, moties: true, motieText: ({ id }) => texts.get(id) ?? null });
const seconds = (performance.now() - start) / 1000;
const triage = listTriage(db).length;
closeDb(db);
await fake.close();

const adopted = moties.map((m) => ({ m, mapped: mapMotie({ zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, ...(m.text ? { text: m.text } : {}) }) })).filter((x) => x.mapped.adopted);
const labelled = adopted.filter(({ m, mapped }) => labels.has(m.zaak.nummer ?? '') && mapped.draft.ministry);
const right = labelled.filter(({ m, mapped }) => (labels.get(m.zaak.nummer ?? '') ?? []).includes(mapped.draft.ministry?.responsible[0]?.ministry ?? ''));

report({ entries: result.entries, pages: result.pages, seconds, entriesPerSecond: result.entries / seconds, adopted: adopted.length, triage, labelledRouted: labelled.length, right: right.length, sample: labels.size });
