// The fuzz run of issue 22, in two processes so that the peak memory measured is the importer's,
// not the generator's (the generator builds 200 MB strings and 3-million-operation PDFs):
//   npx tsx bench/fuzz-inputs.ts generate DIR [files] [feeds] [seed] [scale]
//     writes the generated hostile Office, PDF, CSV and JSON files and SyncFeed pages to DIR
//     (default 1,000 files and 200 feed pages; scale < 1 shrinks the largest cases, e.g. 0.1);
//   npx tsx bench/fuzz-inputs.ts run DIR
//     reads them one at a time from disk and feeds the files to `motie import` and the pages to the
//     sync, in one process with one database, and reports per kind how many were imported or
//     refused, whether anything threw, whether a refused input wrote anything, the slowest case and
//     the process's peak resident memory. Exit code 1 on a failure or a peak of 1 GB or more.
//     Every Office and PDF input starts a reading worker, which under tsx first compiles the sources:
//     1,200 inputs took 55 minutes.
//   npx tsx bench/fuzz-inputs.ts cli DIR [lanes]   (after `npm run build`)
//     the same inputs, each through the BUILT CLI in its own process, as a person runs it:
//     `motie import FILE` for a file, `motie sync tk --opnieuw --max-paginas 5` against a local fake
//     SyncFeed for a page, into one database per lane (`lanes` processes at a time, default 1; a
//     lane's inputs run one after the other). Per kind as above, plus the largest peak of any one
//     process (the kernel's maxRSS of that process, its worker threads included; limit 1 GB).
//     A process that crashed, was killed, or answered "Er ging iets mis" (an exception the CLI
//     caught) counts as threw. This process only spawns and counts rows.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { closeDb, openDb } from '../src/store/db.ts';
import { MAIN_CLI } from '../src/cli/usage.nl.ts';
import { ROOT } from './lib/child.ts';
import { feedCases, fileCases, type FileCase } from '../tests/helpers/fuzz-cases.ts';
import { runFeedCase, runFileCase, type CaseOutcome } from '../tests/helpers/fuzz-run.ts';
import { startFakeSyncFeed } from '../tests/helpers/fake-syncfeed.ts';

interface Manifest {
  files: { kind: FileCase['kind']; name: string; extension: string; path: string }[];
  feeds: { name: string; path: string }[];
}

const [mode, root] = process.argv.slice(2);
/** A child process past this is killed and counted as threw (declared before the top-level await runs). */
const CHILD_TIMEOUT_MS = 120_000;

if ((mode !== 'generate' && mode !== 'run' && mode !== 'cli') || !root) {
  console.error('usage: bench/fuzz-inputs.ts generate DIR [files] [feeds] [seed] [scale] | run DIR | cli DIR');
  process.exit(2);
}

if (mode === 'generate') {
  const files = Number(process.argv[4] ?? 1000);
  const feeds = Number(process.argv[5] ?? 200);
  const seed = Number(process.argv[6] ?? 22);
  const scale = Number(process.argv[7] ?? 1);
  mkdirSync(join(root, 'inputs'), { recursive: true });
  const manifest: Manifest = { files: [], feeds: [] };
  fileCases(files, seed, scale).forEach((c, i) => {
    const path = join(root, 'inputs', `${String(i).padStart(5, '0')}${c.extension}`);
    writeFileSync(path, c.bytes());
    manifest.files.push({ kind: c.kind, name: c.name, extension: c.extension, path });
  });
  feedCases(feeds, seed, scale).forEach((c, i) => {
    const path = join(root, 'inputs', `feed-${String(i).padStart(5, '0')}.xml`);
    writeFileSync(path, c.page);
    manifest.feeds.push({ name: c.name, path });
  });
  writeFileSync(join(root, 'manifest.json'), JSON.stringify(manifest));
  console.log(`${manifest.files.length} files and ${manifest.feeds.length} feed pages in ${root}; generator peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} else if (mode === 'cli') {
  const lanesArg = process.argv[4] ?? '1';
  const lanes = /^\d+$/.test(lanesArg) ? Number(lanesArg) : Number.NaN;
  if (!(lanes >= 1 && lanes <= 16)) {
    console.error(`lanes must be a whole number from 1 to 16, not "${lanesArg}"`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  await runThroughCli(manifest, lanes);
} else {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const dir = mkdtempSync(join(tmpdir(), 'motie-fuzz-'));
  const dbPath = join(dir, 'fuzz.db');
  const db = openDb(dbPath);
  const started = Date.now();
  const outcomes: (CaseOutcome & { kind: string })[] = [];
  // Which inputs raised the peak: a line each time the high-water mark grows by 50 MB or more.
  let mark = process.resourceUsage().maxRSS;
  const noteRise = (name: string) => {
    const now = process.resourceUsage().maxRSS;
    if (now - mark >= 50 * 1024) console.log(`peak ${Math.round(now / 1024)} MB after ${name}`);
    mark = Math.max(mark, now);
  };
  try {
    for (const f of manifest.files) {
      outcomes.push({ kind: f.kind, ...(await runFileCase({ kind: f.kind, name: f.name, extension: f.extension, bytes: () => readFileSync(f.path) }, dir, dbPath, db)) });
      noteRise(`${f.path} (${f.name})`);
    }
    const fake = await startFakeSyncFeed();
    const clock = { now: Date.parse('2025-05-02T08:00:00Z') };
    try {
      for (const f of manifest.feeds) {
        outcomes.push({ kind: 'feed', ...(await runFeedCase({ name: f.name, page: readFileSync(f.path, 'utf8') }, fake, db, clock)) });
        noteRise(`${f.path} (${f.name})`);
      }
    } finally {
      await fake.close();
    }
  } finally {
    closeDb(db);
    rmSync(dir, { recursive: true, force: true });
  }
  // maxRSS: the kernel's high-water mark of this process's resident set (KiB), nothing sampled.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  for (const kind of kinds) {
    const mine = outcomes.filter((o) => o.kind === kind);
    const accepted = mine.filter((o) => o.code === 0).length;
    const slowest = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`${kind.padEnd(5)} ${String(mine.length).padStart(5)} inputs: ${accepted} read, ${mine.length - accepted} refused; slowest ${slowest.ms} ms (${slowest.name})`);
  }
  const threw = outcomes.filter((o) => o.threw);
  const wrote = outcomes.filter((o) => o.wroteWhenRefused);
  for (const o of threw.slice(0, 5)) console.log(`THREW ${o.name}: ${o.threw ?? ''}`);
  for (const o of wrote.slice(0, 5)) console.log(`WROTE ${o.name}`);
  console.log(`${outcomes.length} hostile inputs in ${Math.round((Date.now() - started) / 1000)} s: ${threw.length} threw, ${wrote.length} refused ones wrote something, peak memory ${peakMb} MB (limit 1024 MB)`);
  process.exitCode = threw.length === 0 && wrote.length === 0 && peakMb < 1024 ? 0 : 1;
}

interface CliOutcome {
  kind: string;
  name: string;
  code: number | null;
  threw: string | null;
  wroteWhenRefused: boolean;
  ms: number;
  peakMb: number;
}

/** One run of the built CLI (bench/cli-measured.mjs: dist/cli/main.js, its peak on the BENCH-RESULT line). */
function runBuiltCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; signal: string | null; peakMb: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', 'cli-measured.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      // Only the result line matters; a report of 10,000 lines is not kept.
      out = (out + d.toString()).slice(-4000);
    });
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    // A child that hangs (a sync against the fake feed, an import past its worker's deadline) is
    // killed and counted as threw ("killed by SIGKILL (timeout …)"), so one input cannot hang the run.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('BENCH-RESULT '));
      const result = line ? (JSON.parse(line.slice('BENCH-RESULT '.length)) as { code: number; peakRssMiB: number }) : null;
      resolve({ code: result?.code ?? code, signal: timedOut ? `${signal ?? 'SIGKILL'} (timeout ${CHILD_TIMEOUT_MS / 1000} s)` : signal, peakMb: result ? Math.round(result.peakRssMiB) : null, err });
    });
  });
}

async function runThroughCli(manifest: Manifest, lanes: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'motie-fuzz-cli-'));
  const failedPrefix = MAIN_CLI.failed('');
  // Each lane its own database, created before its first input so that "wrote" compares like with like.
  const databases = Array.from({ length: lanes }, (_, lane) => {
    const path = join(dir, `fuzz-${lane}.db`);
    closeDb(openDb(path));
    return path;
  });
  const rows = (dbPath: string): string => {
    const db = new Database(dbPath, { readonly: true });
    try {
      return ['items', 'audit_log', 'responsibilities', 'tk_records'].map((table) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n).join(',');
    } finally {
      db.close();
    }
  };
  const started = Date.now();
  const outcomes: CliOutcome[] = [];
  let highest = 0;
  const one = async (dbPath: string, kind: string, name: string, args: string[], extraEnv: Record<string, string> = {}) => {
    const before = rows(dbPath);
    const t0 = Date.now();
    const r = await runBuiltCli(args, { DATABASE_PATH: dbPath, MOTIEBOT_TK_BACKOFF_MS: '1', TK_SYNC_PAGE_DELAY_MS: '0', ...extraEnv });
    const caught = r.err.split('\n').find((l) => l.startsWith(failedPrefix));
    const threw = r.signal ? `killed by ${r.signal}` : r.peakMb === null ? `no result (exit ${String(r.code)}): ${r.err.slice(-600)}` : (caught ?? null);
    const outcome: CliOutcome = { kind, name, code: r.code, threw, wroteWhenRefused: r.code !== 0 && rows(dbPath) !== before, ms: Date.now() - t0, peakMb: r.peakMb ?? 0 };
    outcomes.push(outcome);
    if (outcome.peakMb >= highest + 50) console.log(`largest process so far: ${outcome.peakMb} MB (${kind} ${name}; input ${outcomes.length})`);
    highest = Math.max(highest, outcome.peakMb);
  };
  // One fake SyncFeed per lane: each serves the page its lane's sync reads.
  const fakes = await Promise.all(databases.map(() => startFakeSyncFeed()));
  type Job = (lane: number) => Promise<void>;
  const jobs: Job[] = [
    ...manifest.files.map((f): Job => (lane) => one(databases[lane]!, f.kind, f.name, ['import', f.path])),
    ...manifest.feeds.map((f): Job => async (lane) => {
      const fake = fakes[lane]!;
      fake.pages.clear();
      fake.pages.set('', readFileSync(f.path, 'utf8'));
      await one(databases[lane]!, 'feed', f.name, ['sync', 'tk', '--opnieuw', '--max-paginas', '5'], { TK_SYNCFEED_URL: fake.base });
    }),
  ];
  let next = 0;
  try {
    await Promise.all(
      databases.map(async (_, lane) => {
        while (next < jobs.length) await jobs[next++]!(lane);
      }),
    );
  } finally {
    await Promise.all(fakes.map((fake) => fake.close()));
    rmSync(dir, { recursive: true, force: true });
  }
  for (const kind of [...new Set(outcomes.map((o) => o.kind))]) {
    const mine = outcomes.filter((o) => o.kind === kind);
    const accepted = mine.filter((o) => o.code === 0).length;
    const slowest = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
    const largest = mine.reduce((a, b) => (b.peakMb > a.peakMb ? b : a));
    console.log(
      `${kind.padEnd(5)} ${String(mine.length).padStart(5)} inputs: ${accepted} read, ${mine.length - accepted} refused; slowest ${slowest.ms} ms (${slowest.name}); largest process ${largest.peakMb} MB (${largest.name})`,
    );
  }
  const threw = outcomes.filter((o) => o.threw);
  const wrote = outcomes.filter((o) => o.wroteWhenRefused);
  for (const o of threw.slice(0, 5)) console.log(`THREW ${o.kind} ${o.name}: ${o.threw ?? ''}`);
  for (const o of wrote.slice(0, 5)) console.log(`WROTE ${o.kind} ${o.name}`);
  console.log(
    `${outcomes.length} hostile inputs through the built CLI in ${Math.round((Date.now() - started) / 1000)} s (${lanes} at a time): ${threw.length} threw, ${wrote.length} refused ones wrote something, largest process ${highest} MB (limit 1024 MB)`,
  );
  const expected = manifest.files.length + manifest.feeds.length;
  if (outcomes.length !== expected || expected === 0) console.error(`ran ${outcomes.length} of ${expected} inputs: the run proves nothing`);
  process.exitCode = threw.length === 0 && wrote.length === 0 && highest < 1024 && outcomes.length === expected && expected > 0 ? 0 : 1;
}
