// The "Import per layout" rows of bench/RESULTS.md: shared by `npm run bench` (bench/run.ts, every
// row) and `npm run bench:layouts` (bench/run-layouts.ts, only these rows).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureLayout, writeLayoutFiles, type LayoutImportResult } from '../import-layouts.ts';
import { LAYOUT_FORMATS } from './layout-files.ts';
import { fmt, ratio, type BenchRow } from './rows.ts';

/** The first words of every layout row (run-layouts.ts replaces exactly these rows). */
export const LAYOUT_ROW_PREFIX = 'Import per layout:';

/** Issue 28's goals: 10,000 items in at most 2 s, 100,000 in at most 20 s, best of three. */
const GOAL_SECONDS: Record<number, number> = { 10_000: 2, 100_000: 20 };

/** The row of one measured layout. */
export function layoutRow(r: LayoutImportResult): BenchRow {
  const best = Math.min(...r.seconds);
  const bestRun = r.seconds.indexOf(best);
  const floor = Math.min(...r.floorSeconds);
  // The best run's main-thread CPU and wait for a core (Linux): how much of its wall time the
  // machine, not the import, decided.
  const mainCpu = r.mainCpuSeconds[bestRun];
  const wait = r.waitSeconds[bestRun];
  const schedule = mainCpu != null && wait != null ? `; best run: main thread CPU ${fmt(mainCpu, 2)} s, waited for a core ${fmt(wait, 2)} s` : '';
  // Ten commands: the first and the last file's seconds (issue 28: a file should not cost more as
  // the database grows).
  const s = r.fileSeconds;
  const perFile = s.length > 1 ? `; file 1 → ${s.length}: ${fmt(s[0]!, 2)} → ${fmt(s[s.length - 1]!, 2)} s` : '';
  const goal = GOAL_SECONDS[r.items];
  const how = r.files === 1 ? '1 file, `motie import`' : r.perFile ? `${r.files} files, one \`motie import\` per file` : `${r.files} files, one \`motie import\` of all`;
  const verdict = r.perFile || goal === undefined ? 'for comparison, no goal' : `goal ≤ ${goal} s ${best <= goal ? 'met' : 'NOT met'}`;
  return {
    what: `${LAYOUT_ROW_PREFIX} ${r.items.toLocaleString('en')} items as ${r.format} (${how}, start-up included; ${r.stored} stored), ${r.seconds.length > 1 ? `best of ${r.seconds.length}` : 'one run'}: s / peak memory (MiB); baseline the same files read with the same library, rows inserted raw${r.perFile ? ' (one process per file)' : ''}`,
    ours: `${fmt(best, 2)} / ${fmt(r.peakRssMiB, 0)}`,
    baseline: `${fmt(floor, 2)} / ${fmt(r.floorPeakRssMiB, 0)}`,
    ratio: ratio(best, floor),
    verdict: `${verdict}; ≤ 300 MB ${r.peakRssMiB <= 300 ? 'met' : 'NOT met'}${r.stored === r.items ? '' : `; only ${r.stored} stored`}${perFile}${schedule}`,
  };
}

/**
 * Measures every layout at 10,000 and 100,000 items and hands each row to `add`: best of three
 * (as issue 28 sets both goals), 100,000 items by one `motie import` of the ten files, then once
 * with one command per file for comparison (what it cost before the CLI took several files).
 */
export async function measureLayoutRows(dir: string, add: (row: BenchRow) => void): Promise<void> {
  const layoutDir = join(dir, 'layouts');
  for (const items of [10_000, 100_000]) {
    mkdirSync(layoutDir);
    const files = writeLayoutFiles(layoutDir, items);
    const ways = items === 10_000 ? [{ perFile: false, runs: 3 }] : [{ perFile: false, runs: 3 }, { perFile: true, runs: 1 }];
    for (const format of LAYOUT_FORMATS) {
      for (const way of ways) add(layoutRow(await measureLayout(format, files[format], items, way.runs, dir, { perFile: way.perFile })));
    }
    rmSync(layoutDir, { recursive: true, force: true });
  }
}
