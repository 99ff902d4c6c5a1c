// `npm run bench:layouts`: the "Import per layout" rows of bench/RESULTS.md alone (every layout at
// 10,000 and 100,000 items, beside their floors), measured as `npm run bench` does, without running
// the rest of the bench. Replaces those rows in RESULTS.md and notes when.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAYOUT_ROW_PREFIX, measureLayoutRows } from './lib/layout-rows.ts';
import { replaceRows, tableLine, type BenchRow } from './lib/rows.ts';

const started = new Date().toISOString();
const rows: BenchRow[] = [];
const dir = mkdtempSync(join(tmpdir(), 'motiebot-bench-layouts-'));
try {
  await measureLayoutRows(dir, (row) => {
    rows.push(row);
    process.stderr.write(`${tableLine(row)}\n`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const notePrefix = '- Layout rows: re-measured alone';
const note = `${notePrefix} by \`npm run bench:layouts\` (bench/run-layouts.ts) from ${started} to ${new Date().toISOString()}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(', ')}`;
replaceRows((line) => line.startsWith(`| ${LAYOUT_ROW_PREFIX}`), rows, notePrefix, note, 'layout rows');
process.stdout.write(`${rows.map(tableLine).join('\n')}\n`);
