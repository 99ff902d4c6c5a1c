// Issue 22.8: how long the TK sync holds the event loop. One page of 250 toezeggingen, every tenth
// with a 1 MB tekst full of dates (a hostile register), through a local fake SyncFeed into a fresh
// SQLite file. monitorEventLoopDelay (10 ms resolution) reports the longest the loop was blocked:
// the longest a /healthz or Slack request would have waited. Also the date reader on one 1 MB text.
// `--parse worker` (default): each page parsed in a worker thread, as the bot's scheduled sync does
// (parseFeedOffLoop); `--parse inline`: on the event loop, as `motie sync tk` does in its own process.
//   node --import tsx bench/sync-event-loop.bench.ts [--records 250] [--parse worker|inline]
// Prints one line and `BENCH-RESULT <json>`. Run it on two checkouts to compare before and after.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parseFeedOffLoop } from '../src/adapters/tk/parse-feed-off-loop.ts';
import { syncTk } from '../src/app/sync-tk.ts';
import { pickDeadline } from '../src/domain/dates/pick-deadline.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { tempDir } from '../tests/helpers/db.ts';
import { startFakeSyncFeed, T, tkEntry, tkFeed } from '../tests/helpers/fake-syncfeed.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { records: { type: 'string', default: '250' }, parse: { type: 'string', default: 'worker' } } });
const records = Number(values.records);
const sentence = 'De minister informeert de Kamer voor de zomer van 2026 en uiterlijk eind 2025 over de voortgang. ';
const huge = sentence.repeat(Math.ceil(1_048_576 / sentence.length));

let t = performance.now();
pickDeadline({ request: huge, requestReference: '2025-01-01' });
const dateMs = performance.now() - t;

const fake = await startFakeSyncFeed();
const entries = Array.from({ length: records }, (_, i) =>
  tkEntry({ ...T.open, id: `3f1c2a10-0000-4000-8000-${String(i).padStart(12, '0')}`, nummer: `TZ202503-${1000 + i}`, tekst: i % 10 === 0 ? huge : `${T.open.tekst} Deel ${i}.` }, 1000 + i),
);
fake.pages.set('', tkFeed({ entries, next: 1000 + records }));
const db = openDb(join(tempDir(), 'sync-event-loop.db'));
let clock = Date.parse('2025-05-02T08:00:00Z');
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
t = performance.now();
const cpuAtStart = process.cpuUsage();
const result = await syncTk({ db, baseUrl: fake.base, scope: ['OCW'], now: () => new Date((clock += 1000)), pageDelayMs: 0, ...(values.parse === 'inline' ? {} : { client: { parse: parseFeedOffLoop } }) });
// CPU time of the process, every thread (the worker's included): the machine is shared.
const cpu = process.cpuUsage(cpuAtStart);
const syncSeconds = (performance.now() - t) / 1000;
histogram.disable();
closeDb(db);
await fake.close();
const maxBlockedMs = histogram.max / 1e6;
console.log(`${result.created} items from ${records} records (${Math.ceil(records / 10)} of 1 MB; page parsed ${values.parse === 'inline' ? 'inline' : 'in a worker'}) in ${syncSeconds.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; event loop blocked at most ${maxBlockedMs.toFixed(0)} ms (p99 ${(histogram.percentile(99) / 1e6).toFixed(0)} ms); one 1 MB text through pickDeadline ${dateMs.toFixed(0)} ms; peak ${peakRssMiB().toFixed(0)} MiB`);
report({ records, parse: values.parse, cpuSeconds: (cpu.user + cpu.system) / 1e6, created: result.created, syncSeconds, maxBlockedMs, p99BlockedMs: histogram.percentile(99) / 1e6, dateMs, peakMiB: peakRssMiB() });
