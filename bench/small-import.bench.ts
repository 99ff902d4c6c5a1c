// A small import into a large database (issue 28): an overview of one motie without a Kamerstuk
// (so it is matched by text against the stored moties of its code) imported as `motie import` runs
// it (compiled: node bin/motie.js) into a copy of a database of 100,000 items (bench/lib/seed.ts:
// ~85,000 moties, ~7,000 of SOCW, texts of one template). Baseline: the same import into an empty
// database. Runs alternate, one warm-up each (the OS file cache); medians of wall ms and of the
// process's CPU ms (user + system, all threads: bench/cpu-at-exit.mjs).
//   node --import tsx bench/small-import.bench.ts [--db <database of 100,000 items>] [--runs 5]
// Without --db it seeds one (bench/lib/seed.ts) in a temp folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/child.ts';
import { seedDatabase } from './lib/seed.ts';
import { median, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '5' } } });
const dir = mkdtempSync(join(tmpdir(), 'motiebot-bench-small-import-'));
const CPU_AT_EXIT = fileURLToPath(new URL('./cpu-at-exit.mjs', import.meta.url));

// A text of the seeded template: every stored SOCW motie is within the length bound, so each is compared.
const DOCUMENT = [
  'Stand van zaken moties en toezeggingen',
  '',
  'Moties',
  '',
  'Motie van het lid Jansen; verzoekt de regering voorlichting aan studenten te onderzoeken (100000) en de Kamer daarover te informeren.',
  '',
  'SOCW Loopt.',
  '',
].join('\n');

interface Run {
  wallMs: number;
  cpuMs: number;
}

function importInto(db: string | null, document: string): Run {
  const target = join(dir, 'target.db');
  rmSync(target, { force: true });
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  if (db) copyFileSync(db, target);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, join(ROOT, 'bin', 'motie.js'), 'import', document, '--document-date', '2025-10-01', '--db', target], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`motie import: ${r.stderr}`);
  const cpu = /CPU-AT-EXIT (\d+(?:\.\d+)?)/.exec(r.stderr);
  if (!cpu) throw new Error(`no CPU figure: ${r.stderr.slice(-500)}`);
  return { wallMs, cpuMs: Number(cpu[1]) };
}

try {
  let large = values.db;
  if (!large) {
    large = join(dir, 'seed-100000.db');
    seedDatabase(large, { items: 100_000 });
  }
  const document = join(dir, 'one-motie.txt');
  writeFileSync(document, DOCUMENT);
  importInto(large, document);
  importInto(null, document);
  const ours: Run[] = [];
  const baseline: Run[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    ours.push(importInto(large, document));
    baseline.push(importInto(null, document));
  }
  report({
    runs: ours.length,
    wallMs: median(ours.map((r) => r.wallMs)),
    cpuMs: median(ours.map((r) => r.cpuMs)),
    baselineWallMs: median(baseline.map((r) => r.wallMs)),
    baselineCpuMs: median(baseline.map((r) => r.cpuMs)),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
