// Tweede Kamer sync on the recorded month (tests/fixtures/tk/real/, September 2025): entries per
// second through the whole sync (a local fake SyncFeed over HTTP, a fresh SQLite file), beside a
// baseline in the same run: reading and parsing the same pages from the same fake (fetch +
// parseFeed, following the next links) without storing or deriving anything, i.e. the floor the
// transport and the XML parser set. Also the routing's figures: on September, March and May 2025 (the rules
// were tuned on them; June since session 5, April since session 6, July 2025 and November 2024 since session 7) and on the held-out
// month of the latest round (October 2025: labelled before any rule ran on it, measured once in session 9 with the rules
// as they were, a development month since; the figure here is in-sample). Each
// motie gets what the sync gives it, with its text.
import { join } from 'node:path';
import { parseFeed } from '../src/adapters/tk/parse-feed.ts';
import { feedStartUrl, syncTk } from '../src/app/sync-tk.ts';
import { dossierHistoryOf } from '../src/domain/tk/dossier-history.ts';
import { mapMotie } from '../src/domain/tk/map-motie.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { listTriage } from '../src/store/tk.queries.ts';
import { tempDir } from '../tests/helpers/db.ts';
import { startFakeSyncFeed } from '../tests/helpers/fake-syncfeed.ts';
import { type RecordedMonth, serveRecordedMonth } from '../tests/helpers/recorded-month.ts';
import { recordedLabels, recordedMoties } from '../tests/helpers/recorded-moties.ts';
import { report } from './lib/stats.ts';

const moties = recordedMoties();
const texts = new Map(moties.map((m) => [m.zaak.id, m.text]));
const labels = recordedLabels();

const fake = await startFakeSyncFeed();
serveRecordedMonth(fake);

/** The baseline: every page of the motie feeds fetched and parsed, nothing stored. */
async function readOnly(): Promise<{ entries: number; seconds: number }> {
  const started = performance.now();
  let entries = 0;
  for (const category of ['Activiteit', 'Agendapunt', 'Kamerstukdossier', 'Zaak', 'ZaakActor', 'Besluit']) {
    let url: string | null = feedStartUrl(fake.base, category);
    while (url) {
      const parsed = parseFeed(await (await fetch(url)).text());
      if (!parsed.ok || parsed.page.entries.length === 0) break;
      entries += parsed.page.entries.length;
      url = parsed.page.next;
    }
  }
  return { entries, seconds: (performance.now() - started) / 1000 };
}
await readOnly(); // warm-up (JIT, sockets)
const baseline = await readOnly();
const db = openDb(join(tempDir(), 'tk-sync-bench.db'));
let clock = Date.parse('2025-10-06T08:00:00Z');
const start = performance.now();
const result = await syncTk({ db, baseUrl: fake.base, scope: [], now: () => new Date((clock += 1000)), pageDelayMs: 0, moties: true, motieText: ({ id }) => texts.get(id) ?? null });
const seconds = (performance.now() - start) / 1000;
const triage = listTriage(db).length;
closeDb(db);
await fake.close();

function routing(month: RecordedMonth) {
  const all = month === '2025-09' ? moties : recordedMoties(month);
  const sample = recordedLabels(month);
  // The dossier's debates of the other recorded months only (rule dossierhistorie, leave-one-month-out as in the test).
  const history = (d: { nummer: string | null; toevoeging: string | null } | null) => (d?.nummer ? dossierHistoryOf(d.toevoeging?.trim() ? `${d.nummer.trim()}-${d.toevoeging.trim()}` : d.nummer.trim(), month) : null);
  const adopted = all.map((m) => ({ m, mapped: mapMotie({ zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, debate: m.debate, dossierHistory: history(m.dossier), ...(m.text ? { text: m.text } : {}) }) })).filter((x) => x.mapped.adopted);
  const routed = adopted.filter((x) => x.mapped.draft.ministry);
  const labelled = routed.filter(({ m }) => sample.has(m.zaak.nummer ?? ''));
  const right = labelled.filter(({ m, mapped }) => (sample.get(m.zaak.nummer ?? '') ?? []).includes(mapped.draft.ministry?.responsible[0]?.ministry ?? ''));
  return { adopted: adopted.length, triage: adopted.length - routed.length, labelledRouted: labelled.length, right: right.length, sample: sample.size };
}
const march = routing('2025-03');
const may = routing('2025-05');
const june = routing('2025-06');
const april = routing('2025-04');
const july = routing('2025-07');
const november = routing('2024-11');
const december = routing('2024-12');
const october = routing('2024-10');
const february = routing('2025-02');
const september2024 = routing('2024-09');
const heldOut = routing('2025-10');
const tuned = routing('2025-09');

report({
  entries: result.entries,
  pages: result.pages,
  seconds,
  entriesPerSecond: result.entries / seconds,
  baselineEntries: baseline.entries,
  baselineSeconds: baseline.seconds,
  baselineEntriesPerSecond: baseline.entries / baseline.seconds,
  adopted: tuned.adopted,
  triage: tuned.triage,
  syncTriage: triage,
  labelledRouted: tuned.labelledRouted,
  right: tuned.right,
  sample: labels.size,
  march,
  may,
  june,
  april,
  july,
  november,
  december,
  october,
  february,
  september2024,
  heldOut,
});
