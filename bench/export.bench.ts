// Export of the whole database (`motie overzicht --status alles`, every item) in one format:
// seconds and peak memory of this process. Baseline (--mode baseline): the same items read raw
// and written as CSV lines, nothing mapped or formatted.
//   node --import tsx bench/export.bench.ts --db <path> --format docx|xlsx|csv|md [--mode baseline]
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { exportOverview, type ExportFormat } from '../src/verbs/overzicht/export-overview.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, format: { type: 'string', default: 'xlsx' }, mode: { type: 'string', default: 'ours' } } });
const db = openDb(values.db!);
const out = join(tmpdir(), `motiebot-bench-export-${process.pid}`);
const started = performance.now();
async function run(): Promise<{ bytes: number; items: number }> {
  if (values.mode === 'baseline') {
    const rows = db.$client
      .prepare("SELECT i.*, group_concat(r.code) AS codes FROM items i LEFT JOIN responsibilities r ON r.item_id = i.id WHERE i.status <> 'deleted' GROUP BY i.id")
      .raw()
      .all() as (string | number | null)[][];
    const text = rows.map((row) => row.map((v) => (v === null ? '' : String(v))).join(';')).join('\n');
    writeFileSync(out, text);
    return { bytes: Buffer.byteLength(text), items: rows.length };
  }
  const result = await exportOverview({ db, now: () => new Date() }, { targets: [], status: 'alles', format: values.format as ExportFormat });
  if (!result.ok) throw new Error(result.code);
  writeFileSync(out, result.bytes);
  return { bytes: result.bytes.length, items: result.moties + result.toezeggingen };
}
const { bytes, items } = await run();
rmSync(out, { force: true });
const seconds = (performance.now() - started) / 1000;
closeDb(db);
report({ format: values.format, mode: values.mode, items, bytes, seconds, peakRssMiB: peakRssMiB() });
