// Import: the generated 10,000-item overview (bench/lib/overview.ts), read, parsed and imported
// into the database at --db as `motie import` does it (readImport, then applyImport: the import's
// transaction and what follows it in the importing process; review6 LOW-1: since 6ae2d50 the
// search index is filled by the bot at idle, off the import's path), timed by phase; peak memory of this process. Run it twice on the same
// database: the second import finds every item unchanged.
// Baseline (--mode baseline): the floor of the same work: reading and parsing the documents and
// inserting the parsed items with raw prepared statements in one transaction (no matching, no
// audit); on a second run, parsing only (nothing changed, so nothing to write).
//   node --import tsx bench/import.bench.ts --dir <folder with part-*.txt> --db <path> [--mode baseline]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readSource } from '../src/import/document/read-source.ts';
import type { ImportItem } from '../src/import/layouts/import-item.ts';
import { defaultCalendar } from '../src/domain/dates/calendar.ts';
import { importProblemNl } from '../src/texts/import.nl.ts';
import { closeDb, openDb } from '../src/store/db.ts';
import { applyImport, readImport } from '../src/app/import-document.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string' }, db: { type: 'string' }, mode: { type: 'string', default: 'ours' }, run: { type: 'string', default: '1' } },
});
const files = readdirSync(values.dir!)
  .filter((f) => /^part-\d+\.txt$/.test(f))
  .sort()
  .map((f) => join(values.dir!, f));
const db = openDb(values.db!);
const DOCUMENT_DATE = '2025-10-01';
const now = Date.now();

function rawInsert(items: readonly ImportItem[]): void {
  const insertItem = db.$client.prepare(
    `INSERT INTO items (kind, title, text, submitters, cs, kamerstuk_dossier, kamerstuk_number, kamerstuk_vergaderjaar, status,
       status_text, deadline_earliest, deadline, deadline_text, deadline_basis, deadline_soft, deadline_source, source_document,
       source_position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResp = db.$client.prepare('INSERT OR IGNORE INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  db.$client.transaction(() => {
    for (const item of items) {
      const d = item.deadline;
      const { lastInsertRowid } = insertItem.run(
        item.kind, item.title, item.text, JSON.stringify(item.submitters), item.cs ? 1 : 0,
        item.kamerstuk?.dossier ?? null, item.kamerstuk?.number ?? null, item.kamerstuk?.vergaderjaar ?? null,
        item.status, item.statusText, d?.earliest ?? null, d?.deadline ?? null, d?.text ?? null, d?.basis ?? null, d?.soft ? 1 : 0,
        d?.source ?? null, 'bench', item.position, now, now,
      );
      for (const r of item.responsible) insertResp.run(lastInsertRowid, r.code, r.ministry);
    }
  })();
}

let readParseMs = 0;
let storeMs = 0;
const totals = { items: 0, created: 0, updated: 0, unchanged: 0, conflicts: 0 };
const started = performance.now();
for (const file of files) {
  let t = performance.now();
  const read = await readSource(file);
  if (!read.ok) throw new Error(read.code);
  const readResult = readImport({ calendar: defaultCalendar, now: () => new Date(now) }, read.document, { documentDate: DOCUMENT_DATE });
  if (readResult.code === 'IMPORT_UNREADABLE') throw new Error(`${file}: ${readResult.parserCode}`);
  const parsed = readResult.parsed;
  if (!readResult.ok) throw new Error(`${file}: ${importProblemNl(parsed.problems.find((p) => p.severity === 'error')!)}`);
  readParseMs += performance.now() - t;
  totals.items += parsed.items.length;
  t = performance.now();
  if (values.mode === 'baseline') {
    if (values.run === '1') rawInsert(parsed.items);
  } else {
    const { result } = applyImport({ db, now: () => new Date(now) }, parsed, { sourceName: file.split('/').pop()!, now });
    totals.created += result.plan.creates.length;
    totals.updated += result.plan.updates.length;
    totals.unchanged += result.plan.unchanged.length;
    totals.conflicts += result.plan.conflicts.length;
  }
  storeMs += performance.now() - t;
}
const seconds = (performance.now() - started) / 1000;
closeDb(db);
report({ mode: values.mode, run: Number(values.run), files: files.length, ...totals, seconds, readParseSeconds: readParseMs / 1000, storeSeconds: storeMs / 1000, peakRssMiB: peakRssMiB() });
