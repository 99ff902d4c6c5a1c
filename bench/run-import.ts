// Only the import benchmark of `npm run bench` (bench/run.ts), in the same way: the generated
// 10,000-item overview imported twice into a fresh database, ours and the baseline, each run in a
// fresh child process. Prints the figures; does not write bench/RESULTS.md.
//   npx tsx bench/run-import.ts [--items 10000] [--part-size 10000]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runChild } from './lib/child.ts';
import { generateOverviewParts } from './lib/overview.ts';

interface ImportResult {
  files: number;
  items: number;
  created: number;
  updated: number;
  unchanged: number;
  seconds: number;
  readParseSeconds: number;
  storeSeconds: number;
  peakRssMiB: number;
}

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, 'part-size': { type: 'string' } } });
const total = Number(values.items);
const dir = mkdtempSync(join(tmpdir(), 'motiebot-bench-import-'));
try {
  const overviewDir = join(dir, 'overview');
  mkdirSync(overviewDir);
  generateOverviewParts(total, Number(values['part-size'] ?? total)).forEach((text, i) => { writeFileSync(join(overviewDir, `part-${String(i + 1).padStart(2, '0')}.txt`), text); },
  );
  for (const run of ['1', '2']) {
    for (const mode of ['ours', 'baseline']) {
      const r = await runChild<ImportResult>(
        'import.bench.ts',
        ['--dir', overviewDir, '--db', join(dir, `${mode}.db`), '--run', run, '--mode', mode],
        { timeoutMs: 600_000 },
      );
      process.stdout.write(
        `run ${run} ${mode.padEnd(8)} ${r.items} items in ${r.files} file(s): ${r.seconds.toFixed(2)} s ` +
          `(read+parse ${r.readParseSeconds.toFixed(2)} s, store ${r.storeSeconds.toFixed(2)} s), ` +
          `${r.created} created / ${r.updated} updated / ${r.unchanged} unchanged, peak ${r.peakRssMiB.toFixed(0)} MiB\n`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
