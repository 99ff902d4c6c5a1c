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
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../src/store/db.ts';
import { feedCases, fileCases, type FileCase } from '../tests/helpers/fuzz-cases.ts';
import { runFeedCase, runFileCase, type CaseOutcome } from '../tests/helpers/fuzz-run.ts';
import { startFakeSyncFeed } from '../tests/helpers/fake-syncfeed.ts';

interface Manifest {
  files: { kind: FileCase['kind']; name: string; extension: string; path: string }[];
  feeds: { name: string; path: string }[];
}

const [mode, root] = process.argv.slice(2);
if ((mode !== 'generate' && mode !== 'run') || !root) {
  console.error('usage: bench/fuzz-inputs.ts generate DIR [files] [feeds] [seed] [scale] | run DIR');
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
