// `npm run bench:layouts`: the "Import per layout" rows of bench/RESULTS.md alone (every layout at
// 10,000 and 100,000 items, beside their floors), measured as `npm run bench` does, without running
// the rest of the bench. Replaces those rows in RESULTS.md and notes when.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableLine, type BenchRow } from './lib/dates-rows.ts';
import { LAYOUT_ROW_PREFIX, measureLayoutRows } from './lib/layout-rows.ts';

const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
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
const isLayoutRow = (line: string) => line.startsWith(`| ${LAYOUT_ROW_PREFIX}`);
const lines = readFileSync(file, 'utf8').split('\n');
const first = lines.findIndex(isLayoutRow);
if (first < 0) throw new Error('bench/RESULTS.md has no layout rows: run `npm run bench` once');
let end = first;
while (end < lines.length && isLayoutRow(lines[end] ?? '')) end++;
lines.splice(first, end - first, ...rows.map(tableLine));
const note = `- Layout rows: re-measured alone by \`npm run bench:layouts\` (bench/run-layouts.ts) from ${started} to ${new Date().toISOString()}, load average at the end ${loadavg().map((l) => l.toFixed(1)).join(', ')}`;
const noted = lines.findIndex((l) => l.startsWith('- Layout rows: re-measured alone'));
if (noted >= 0) lines[noted] = note;
else lines.splice(lines.findIndex((l) => l.startsWith('- Whole run:')) + 1, 0, note);
writeFileSync(file, lines.join('\n'));
process.stdout.write(`${rows.map(tableLine).join('\n')}\n`);
