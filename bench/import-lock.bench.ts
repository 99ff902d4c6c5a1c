// Issue 22.7: how long a re-import of a 10,000-row spreadsheet keeps the database's write lock.
// The rows are toezeggingen of one bewindspersoon without Kamerstuk or number (what a team's own
// sheet holds), so every row is matched by its text; the re-import changes one word of every text
// and every stand van zaken. Meanwhile a second connection (a worker thread, as the bot beside a
// `motie import` on the command line) tries to take the write lock every 10 ms without waiting;
// the longest stretch it was refused is the lock hold a Slack change would have met.
//   node --import tsx bench/import-lock.bench.ts [--items 10000] [--db <path>]
// Prints one line and `BENCH-RESULT <json>`. Run it on two checkouts to compare before and after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { ImportItem } from '../src/import/layouts/import-item.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { importItems } from '../src/app/import-items.ts';
import { random } from './lib/seed.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '10000' }, db: { type: 'string' } } });
const total = Number(values.items);
const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'motiebot-bench-lock-'));
const dbPath = values.db ?? join(dir ?? '', 'lock.db');

const VERBS = ['informeert', 'stuurt', 'bericht', 'zendt', 'laat weten aan', 'meldt'];
const WHEN = ['voor de zomer van 2026', 'dit najaar', 'eind 2026', 'in het eerste kwartaal van 2026', 'voor het kerstreces', 'uiterlijk in juni 2026'];
const TOPICS = ['straatintimidatie', 'femicide', 'online misbruik', 'sextortion', 'grooming', 'huiselijk geweld', 'kindermishandeling', 'meldpunten', 'slachtofferhulp', 'daderaanpak'];
const PLACES = ['de gemeenten', 'Caribisch Nederland', 'het hoger onderwijs', 'het mbo', 'de kinderopvang', 'de jeugdzorg', 'de politie', 'de krijgsmacht'];
const WORDS = ['voortgang', 'evaluatie', 'uitkomsten', 'aanpak', 'stand', 'plannen', 'resultaten', 'gevolgen', 'knelpunten', 'maatregelen'];

const rnd = random(22);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const texts = Array.from({ length: total }, (_, i) => {
  const words = Array.from({ length: 4 }, () => pick(WORDS)).join(', ');
  return `De minister ${pick(VERBS)} de Kamer ${pick(WHEN)} over de ${words} van ${pick(TOPICS)} bij ${pick(PLACES)} (afspraak ${i + 1}).`;
});

function rows(version: number): ImportItem[] {
  return texts.map((text, i) => ({
    position: i + 1,
    line: i + 2,
    kind: 'toezegging',
    title: text.slice(0, 60),
    // The re-import changes one word of every text: a text match, never an equal text.
    text: version === 1 ? text : text.replace('De minister', 'De ministers'),
    submitters: [],
    cs: false,
    responsible: [{ code: 'SOCW', ministry: 'OCW' }],
    statusText: `Stand ${version}: in voorbereiding (${i + 1}).`,
    status: 'open',
    partly: false,
    kamerstuk: null,
    reference: null,
    statusReferences: [],
    linkedTo: null,
    deadline: null,
    deadlineFrom: null,
    recurrence: null,
    requestReference: '2025-10-01',
    requestReferenceFrom: 'document',
  }));
}

/** A second connection that tries to take the write lock every 10 ms without waiting. */
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.path);
db.pragma('busy_timeout = 0');
let refusedSince = null;
let longest = 0;
let refusals = 0;
let stop = false;
parentPort.on('message', () => { stop = true; });
const tick = () => {
  const now = performance.now();
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    if (refusedSince !== null) longest = Math.max(longest, now - refusedSince);
    refusedSince = null;
  } catch {
    refusals += 1;
    if (refusedSince === null) refusedSince = now;
  }
  if (stop) {
    if (refusedSince !== null) longest = Math.max(longest, now - refusedSince);
    parentPort.postMessage({ longest, refusals });
    db.close();
    return;
  }
  setTimeout(tick, 10);
};
parentPort.postMessage('ready');
tick();
`;

const db = openDb(dbPath);
try {
  importItems(db, rows(1), { sourceDocument: 'sheet.xlsx', documentDate: '2025-10-01', now: Date.parse('2025-10-01T10:00:00Z') });
  const probe = new Worker(PROBE, { eval: true, workerData: { path: dbPath } });
  await new Promise((resolve) => probe.once('message', resolve));
  // Give the probe a moment so that it holds a clean state before the import starts.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  const result = importItems(db, rows(2), { sourceDocument: 'sheet.xlsx', documentDate: '2025-11-01', now: Date.parse('2025-11-01T10:00:00Z') });
  const seconds = (performance.now() - started) / 1000;
  // Let the probe see the lock free again, then ask for its figures.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const lock = await new Promise<{ longest: number; refusals: number }>((resolve) => {
    probe.once('message', resolve);
    probe.postMessage('stop');
  });
  await probe.terminate();
  const figures = {
    items: total,
    updated: result.plan.updates.length,
    created: result.plan.creates.length,
    unchanged: result.plan.unchanged.length,
    seconds,
    lockHeldSeconds: lock.longest / 1000,
    peakRssMiB: peakRssMiB(),
  };
  process.stdout.write(
    `re-import of ${total} rows matched by text: ${seconds.toFixed(2)} s, write lock held ${figures.lockHeldSeconds.toFixed(2)} s at most; ` +
      `${figures.updated} updated / ${figures.created} created / ${figures.unchanged} unchanged, peak ${figures.peakRssMiB.toFixed(0)} MiB\n`,
  );
  report(figures);
} finally {
  closeDb(db);
  if (dir) rmSync(dir, { recursive: true, force: true });
}
