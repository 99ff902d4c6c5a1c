// The fuzz run of issue 22: `npx tsx bench/fuzz-inputs.ts [files] [feeds] [seed] [scale]` (default
// 1,000 files and 200 feed pages; scale < 1 shrinks the largest cases, e.g. 0.1) feeds generated hostile Office, PDF, CSV and JSON files to `motie
// import` and hostile SyncFeed pages to the sync, in one process, and reports per kind how many
// were imported or refused, whether anything threw, whether a refused input wrote anything, the
// slowest case and the process's peak memory (resident set). Exit code 1 on a failure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../src/store/db.ts';
import { feedCases, fileCases } from '../tests/helpers/fuzz-cases.ts';
import { runFeedCase, runFileCase, type CaseOutcome } from '../tests/helpers/fuzz-run.ts';
import { startFakeSyncFeed } from '../tests/helpers/fake-syncfeed.ts';

const files = Number(process.argv[2] ?? 1000);
const feeds = Number(process.argv[3] ?? 200);
const seed = Number(process.argv[4] ?? 22);
const scale = Number(process.argv[5] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'motie-fuzz-'));
const dbPath = join(dir, 'fuzz.db');
const db = openDb(dbPath);
const started = Date.now();
const outcomes: (CaseOutcome & { kind: string })[] = [];
let peakRss = 0;
const sample = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 25);
try {
  for (const c of fileCases(files, seed, scale)) outcomes.push({ kind: c.kind, ...(await runFileCase(c, dir, dbPath, db)) });
  const fake = await startFakeSyncFeed();
  const clock = { now: Date.parse('2025-05-02T08:00:00Z') };
  try {
    for (const c of feedCases(feeds, seed, scale)) outcomes.push({ kind: 'feed', ...(await runFeedCase(c, fake, db, clock)) });
  } finally {
    await fake.close();
  }
} finally {
  clearInterval(sample);
  closeDb(db);
  rmSync(dir, { recursive: true, force: true });
}
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const kinds = [...new Set(outcomes.map((o) => o.kind))];
for (const kind of kinds) {
  const mine = outcomes.filter((o) => o.kind === kind);
  const accepted = mine.filter((o) => o.code === 0).length;
  const slowest = mine.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`${kind.padEnd(5)} ${String(mine.length).padStart(5)} inputs: ${accepted} read, ${mine.length - accepted} refused; slowest ${slowest.ms} ms (${slowest.name})`);
}
const threw = outcomes.filter((o) => o.threw);
const wrote = outcomes.filter((o) => o.wroteWhenRefused);
for (const o of threw.slice(0, 5)) console.log(`THREW ${o.name}: ${o.threw ?? ""}`);
for (const o of wrote.slice(0, 5)) console.log(`WROTE ${o.name}`);
const peakMb = Math.round(peakRss / 1024 / 1024);
console.log(`${outcomes.length} hostile inputs in ${Math.round((Date.now() - started) / 1000)} s: ${threw.length} threw, ${wrote.length} refused ones wrote something, peak memory ${peakMb} MB (limit 1024 MB)`);
process.exitCode = threw.length === 0 && wrote.length === 0 && peakMb < 1024 ? 0 : 1;
