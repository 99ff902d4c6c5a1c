// Reminder and digest planning: one run of the reminder or digest job over the database at --db,
// as a dry run (plan and build every message, post nothing, record nothing): seconds and peak
// memory of this process. Baseline (--mode baseline): reading the same rows with raw prepared
// statements, nothing mapped or planned.
//   node --import tsx bench/planning.bench.ts --db <path> --job reminders|digest [--mode baseline]
import { parseArgs } from 'node:util';
import { closeDb, openDb } from '../src/store/db.ts';
import { runDigest } from '../src/scheduler/run-digest.ts';
import { runReminders } from '../src/scheduler/run-reminders.ts';
import { peakRssMiB, report } from './lib/stats.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, job: { type: 'string', default: 'digest' }, mode: { type: 'string', default: 'ours' }, at: { type: 'string' }, runs: { type: 'string', default: '2' } },
});
const db = openDb(values.db!);
const today = values.at;

async function once(): Promise<number> {
  if (values.mode === 'baseline') {
    const items = db.$client.prepare(values.job === 'reminders' ? "SELECT * FROM items WHERE status = 'open'" : 'SELECT * FROM items').all();
    const resp = db.$client.prepare('SELECT * FROM responsibilities').all();
    const links = db.$client.prepare('SELECT * FROM channel_links').all();
    return items.length + Math.min(0, resp.length, links.length);
  }
  const deps = { db, slack: null, dryRun: true, today, leadDays: [28, 7, 0] };
  const result = values.job === 'reminders' ? await runReminders(deps) : await runDigest(deps);
  return result.planned;
}

const times: number[] = [];
let planned = 0;
for (let i = 0; i < Number(values.runs); i++) {
  const t = performance.now();
  planned = await once();
  times.push((performance.now() - t) / 1000);
}
closeDb(db);
report({ job: values.job, mode: values.mode, planned, firstSeconds: times[0], seconds: times[times.length - 1], runs: times.length, peakRssMiB: peakRssMiB() });
