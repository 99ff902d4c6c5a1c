// The rows of bench/RESULTS.md: their shape, how a figure and a ratio are written, a table line,
// and how a script that re-measures some rows alone (bench:dates, bench:layouts) puts them back.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  what: string;
  ours: string;
  baseline: string;
  ratio: string;
  verdict: string;
}

/** A figure with `digits` decimals, or "—" when there is none. */
export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** Ours ÷ baseline as "1.23×", or "—" without a baseline. */
export const ratio = (ours: number, base: number): string => (base > 0 ? `${(ours / base).toFixed(2)}×` : '—');

/** A table line of bench/RESULTS.md. */
export function tableLine(r: BenchRow): string {
  return `| ${[r.what, r.ours, r.baseline, r.ratio, r.verdict].map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/**
 * Replaces the run of table lines `isRow` recognises in bench/RESULTS.md with `rows`, and puts
 * `note` in the list under "Whole run" (in place of the line starting with `notePrefix`, if any).
 */
export function replaceRows(isRow: (line: string) => boolean, rows: readonly BenchRow[], notePrefix: string, note: string, what: string): void {
  const file = fileURLToPath(new URL('../RESULTS.md', import.meta.url));
  const lines = readFileSync(file, 'utf8').split('\n');
  const first = lines.findIndex(isRow);
  if (first < 0) throw new Error(`bench/RESULTS.md has no ${what}: run \`npm run bench\` once`);
  let end = first;
  while (end < lines.length && isRow(lines[end] ?? '')) end++;
  lines.splice(first, end - first, ...rows.map(tableLine));
  // Only the header's note: the notes of earlier runs below the table keep theirs.
  const table = lines.findIndex((l) => l.startsWith('| '));
  const noted = lines.findIndex((l, i) => i < table && l.startsWith(notePrefix));
  if (noted >= 0) lines[noted] = note;
  else lines.splice(lines.findIndex((l) => l.startsWith('- Whole run:')) + 1, 0, note);
  writeFileSync(file, lines.join('\n'));
}

/** The heading of the notes of earlier runs, below the table of bench/RESULTS.md. */
export const EARLIER_NOTES_HEADING = '## Notes of earlier runs';

/** The header lines a whole run writes itself (bench/run.ts); every other line of the header list is a note on that run. */
const RUN_OWN = /^- (Date|CPU|Node|Load average at the end):/;

/**
 * The notes of the RESULTS.md a whole run replaces, newest first: its header's notes (its whole
 * run, which rows were re-measured alone since, what a session changed) and then its notes of
 * earlier runs, each a bullet with its indented continuation lines. A whole run writes a new table
 * and header, and keeps these below the table: what was held out, measured once or changed when
 * stays on record.
 */
export function earlierNotes(previous: string): string[] {
  const lines = previous.split('\n');
  const table = lines.findIndex((l) => l.startsWith('| '));
  if (table < 0) return [];
  const date = lines.find((l) => l.startsWith('- Date: '))?.slice('- Date: '.length) ?? 'an earlier run';
  const header: string[] = [];
  for (const line of lines.slice(0, table)) {
    if (line.startsWith('- ') && RUN_OWN.test(line)) continue;
    if (line.startsWith('- Whole run:')) header.push(`- The whole run of ${date}:${line.slice('- Whole run:'.length)}`);
    // A re-measured rows' note names its rows by the prefix bench:dates / bench:layouts look for in the header.
    else if (line.startsWith('- ')) header.push(line.replace(/^- (Layout|Date) rows: /, (_, rows: string) => `- ${rows} rows after the whole run of ${date}: `));
    else if (line.startsWith('  ') && header.length > 0) header.push(line);
  }
  const heading = lines.indexOf(EARLIER_NOTES_HEADING);
  const kept = heading < 0 ? [] : lines.slice(heading + 1).filter((l) => l.startsWith('- ') || l.startsWith('  '));
  return [...header, ...kept];
}
