// Issue 22.13: what one `/motie overzicht` of EXPORT_SLACK_MAX_ITEMS items costs the bot: the
// longest the event loop is blocked (monitorEventLoopDelay, 10 ms resolution), the whole time and
// the peak memory, for the Word file Slack gets.
//   node --import tsx bench/export-overview.bench.ts [--items 5000] [--format docx]
// Prints one line and `BENCH-RESULT <json>`.
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { EXPORT_SLACK_MAX_ITEMS, exportOverview, type ExportFormat } from '../src/app/index.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { createItem } from '../src/store/items.queries.ts';
import { newItem, tempDir } from '../tests/helpers/db.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: String(EXPORT_SLACK_MAX_ITEMS) }, format: { type: 'string', default: 'docx' } } });
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
const result = await exportOverview({ db, now: () => new Date(now) }, { targets: ['SOCW'], status: 'alles', format: values.format as ExportFormat, maxItems: EXPORT_SLACK_MAX_ITEMS });
const seconds = (performance.now() - start) / 1000;
histogram.disable();
closeDb(db);
const bytes = result.ok ? result.bytes.length : 0;
console.log(`${total} items → ${result.code}, ${(bytes / 1024).toFixed(0)} kB ${values.format} in ${seconds.toFixed(1)} s; event loop blocked at most ${(histogram.max / 1e6).toFixed(0)} ms; peak ${peakRssMiB().toFixed(0)} MiB (${baseline.toFixed(0)} MiB before the export)`);
report({ items: total, code: result.code, bytes, seconds, maxBlockedMs: histogram.max / 1e6, peakMiB: peakRssMiB(), baselineMiB: baseline });
