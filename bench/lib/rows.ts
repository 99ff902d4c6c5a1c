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
  const noted = lines.findIndex((l) => l.startsWith(notePrefix));
  if (noted >= 0) lines[noted] = note;
  else lines.splice(lines.findIndex((l) => l.startsWith('- Whole run:')) + 1, 0, note);
  writeFileSync(file, lines.join('\n'));
}
