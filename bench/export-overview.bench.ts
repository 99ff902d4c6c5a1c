// Issue 22.13: what one `/motie overzicht` of EXPORT_SLACK_MAX_ITEMS items costs the bot: the
// longest the event loop is blocked (monitorEventLoopDelay, 10 ms resolution), the whole time and
// the peak memory, for the Word file Slack gets. `--where worker` (default): as the bot builds it,
// in a worker thread (exportOffLoop); `--where inline`: on the event loop, as before issue 22.13's fix.
//   node --import tsx bench/export-overview.bench.ts [--items 5000] [--format docx] [--where worker|inline]
// Prints one line and `BENCH-RESULT <json>`.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { EXPORT_SLACK_MAX_ITEMS, exportOverview, type ExportFormat } from '../src/verbs/overzicht/export-overview.ts';
import { exportOffLoop } from '../src/verbs/overzicht/export-off-loop.ts';
import { createLogger } from '../src/logger.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { createItem } from '../src/store/items.queries.ts';
import { newItem, tempDir } from '../tests/helpers/db.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: String(EXPORT_SLACK_MAX_ITEMS) }, format: { type: 'string', default: 'docx' }, where: { type: 'string', default: 'worker' } } });
const total = Number(values.items);
const db = openDb(join(tempDir(), 'export-bench.db'));
const now = Date.parse('2025-09-15T10:00:00Z');
db.$client.transaction(() => {
  for (let i = 0; i < total; i += 1) createItem(db, newItem({ title: `Item ${i}`, text: `verzoekt de regering voor de zomer van 2026 de Kamer te informeren over onderwerp ${i}, met een toelichting van enige lengte zoals stand-van-zaken-teksten die hebben.` }), 'cli', now);
})();
const baseline = peakRssMiB();
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const start = performance.now();
const input = { targets: ['SOCW'], status: 'alles' as const, format: values.format as ExportFormat, maxItems: EXPORT_SLACK_MAX_ITEMS };
const cpuAtStart = process.cpuUsage();
const result =
  values.where === 'inline'
    ? await exportOverview({ db, now: () => new Date(now) }, input)
    : await exportOffLoop({ db, now: () => new Date(now), logger: createLogger('warn') }, { kind: 'overview', input });
// CPU time of the process, every thread (the worker's included): the machine is shared.
const cpu = process.cpuUsage(cpuAtStart);
const seconds = (performance.now() - start) / 1000;
histogram.disable();
closeDb(db);
const bytes = result.ok ? result.bytes.length : 0;
console.log(`${total} items → ${result.code}, ${(bytes / 1024).toFixed(0)} kB ${values.format} (${values.where}) in ${seconds.toFixed(1)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; event loop blocked at most ${(histogram.max / 1e6).toFixed(0)} ms; peak ${peakRssMiB().toFixed(0)} MiB (${baseline.toFixed(0)} MiB before the export)`);
report({ items: total, where: values.where, code: result.code, bytes, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxBlockedMs: histogram.max / 1e6, peakMiB: peakRssMiB(), baselineMiB: baseline });
