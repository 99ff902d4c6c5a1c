// Only the start-up rows of `npm run bench` (bench/run.ts), measured the same way: the compiled
// bot (dist/main.js) on a 100,000-item database next to a bare Bolt process, both timed until
// their HTTP port answers a signed request on /slack/events; `motie --help` and `motie list`
// (1,000 items) next to `node -e ''`. Builds dist/ when stale. Prints the figures; does not
// write bench/RESULTS.md.
//   npx tsx bench/run-startup.ts [--runs 3] [--cli-runs 9]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChild } from './lib/child.ts';
import { seedDatabase } from './lib/seed.ts';

interface StartupResult {
  readyMs: number;
  rssMiB: number;
  baselineReadyMs: number;
  baselineRssMiB: number;
  nodeMs: number;
  helpMs: number;
  listMs: number;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'cli-runs': { type: 'string', default: '9' } } });
if (spawnSync(process.execPath, [join(fileURLToPath(new URL('..', import.meta.url)), 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' }).status !== 0) {
  throw new Error('building dist/ failed');
}
const dir = mkdtempSync(join(tmpdir(), 'motiebot-bench-startup-'));
try {
  const big = join(dir, 'status-100000.db');
  const small = join(dir, 'status-1000.db');
  seedDatabase(big, { items: 100_000, links: [['COCW', 'SOCW']], jobsCompleted: true });
  seedDatabase(small, { items: 1000, links: [['COCW', 'SOCW']], jobsCompleted: true });
  const r = await runChild<StartupResult>('startup.bench.ts', ['--db', big, '--list-db', small, '--runs', values.runs, '--cli-runs', values['cli-runs']]);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  process.stdout.write(
    [
      `motie --help: ${r.helpMs.toFixed(0)} ms vs node -e '': ${r.nodeMs.toFixed(0)} ms (${ratio(r.helpMs, r.nodeMs)}; goal < 2.5×)`,
      `motie list (1,000 items): ${r.listMs.toFixed(0)} ms (${ratio(r.listMs, r.nodeMs)})`,
      `bot ready, 100,000 items: ${r.readyMs.toFixed(0)} ms vs bare Bolt: ${r.baselineReadyMs.toFixed(0)} ms (${ratio(r.readyMs, r.baselineReadyMs)}; goal < 1.5×)`,
      `idle RSS: ${r.rssMiB.toFixed(0)} MiB vs bare Bolt ${r.baselineRssMiB.toFixed(0)} MiB`,
      '',
    ].join('\n'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
