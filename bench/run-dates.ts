// `npm run bench:dates`: the date rows of bench/RESULTS.md alone (throughput against chrono-node, the
// development set, the frozen and the seen split), measured in a fresh child process as `npm run bench`
// does, without running the rest of the bench. Replaces those rows in RESULTS.md and notes when.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runChild } from './lib/child.ts';
import { DATE_ROW_PREFIXES, datesRows, tableLine, type DatesResult } from './lib/dates-rows.ts';

const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
const dates = await runChild<DatesResult>('dates.bench.ts');
const rows = datesRows(dates).map(tableLine);
const isDateRow = (line: string) => DATE_ROW_PREFIXES.some((p) => line.startsWith(`| ${p}`));

const lines = readFileSync(file, 'utf8').split('\n');
const first = lines.findIndex(isDateRow);
if (first < 0) throw new Error('bench/RESULTS.md has no date rows: run `npm run bench` once');
let end = first;
while (end < lines.length && isDateRow(lines[end] ?? '')) end++;
lines.splice(first, end - first, ...rows);
const note = `- Date rows: re-measured alone by \`npm run bench:dates\` (bench/run-dates.ts) on ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(1)).join(', ')}`;
const noted = lines.findIndex((l) => l.startsWith('- Date rows: re-measured alone'));
if (noted >= 0) lines[noted] = note;
else lines.splice(lines.findIndex((l) => l.startsWith('- Whole run:')) + 1, 0, note);
writeFileSync(file, lines.join('\n'));
process.stdout.write(`${rows.join('\n')}\n`);
