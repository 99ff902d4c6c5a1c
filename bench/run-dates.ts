// `npm run bench:dates`: the date rows of bench/RESULTS.md alone (throughput against chrono-node, the
// development set, the frozen and the seen split), measured in a fresh child process as `npm run bench`
// does, without running the rest of the bench. Replaces those rows in RESULTS.md and notes when.
import { loadavg } from 'node:os';
import { runChild } from './lib/child.ts';
import { DATE_ROW_PREFIXES, datesRows, type DatesResult } from './lib/dates-rows.ts';
import { replaceRows, tableLine } from './lib/rows.ts';

const dates = await runChild<DatesResult>('dates.bench.ts');
const rows = datesRows(dates);
const isDateRow = (line: string) => DATE_ROW_PREFIXES.some((p) => line.startsWith(`| ${p}`));
const notePrefix = '- Date rows: re-measured alone';
const note = `${notePrefix} by \`npm run bench:dates\` (bench/run-dates.ts) on ${new Date().toISOString()}, load average ${loadavg().map((l) => l.toFixed(1)).join(', ')}`;
replaceRows(isDateRow, rows, notePrefix, note, 'date rows');
process.stdout.write(`${rows.map(tableLine).join('\n')}\n`);
