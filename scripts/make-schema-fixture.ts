// Builds a database as a released motiebot left it: only the first <count> migrations of drizzle/
// applied, with a few rows of realistic data in every table of the first schema. Each release
// commits one such fixture (tests/fixtures/db/schema-NNNN.db, NNNN = index of its last migration);
// tests/reliability/migrations.test.ts upgrades every fixture to the latest schema and checks
// that no row was lost.
//
//   npx tsx scripts/make-schema-fixture.ts <count> [<output.db>]
//   npx tsx scripts/make-schema-fixture.ts 1            → tests/fixtures/db/schema-0000.db
//
// The rows are inserted with plain SQL against the tables of 0000_initial.sql, so this script
// keeps working for later counts as long as those columns exist; when a migration renames or
// drops one of them, add rows for the new shape in seedLaterSchema below.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

const root = fileURLToPath(new URL('..', import.meta.url));
const migrationsFolder = join(root, 'drizzle');

interface Journal {
  version: string;
  dialect: string;
  entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
}

/** A copy of drizzle/ with only the first `count` migrations in its journal. */
function truncatedMigrations(count: number): string {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  if (!Number.isInteger(count) || count < 1 || count > journal.entries.length) {
    throw new Error(`count must be between 1 and ${journal.entries.length} (the number of migrations in drizzle/)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'motiebot-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, count);
  for (const e of entries) copyFileSync(join(migrationsFolder, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return dir;
}

const T0 = Date.UTC(2025, 8, 15, 7, 0, 0); // 15 September 2025, 09:00 in Amsterdam
const minutes = (n: number) => T0 + n * 60_000;

/** Realistic rows in every table of the first schema: items of all kinds and states, links, sent log, audit, snoozes. */
function seedInitialSchema(db: Database.Database): void {
  const item = db.prepare(`
    INSERT INTO items (kind, title, text, submitters, cs, kamerstuk_dossier, kamerstuk_number, kamerstuk_vergaderjaar,
      status, status_text, status_set_by, deadline_earliest, deadline, deadline_text, deadline_basis, deadline_soft,
      deadline_source, deadline_set_by, recurrence, linked_to, source_document, source_position, done_at, created_at, updated_at)
    VALUES (@kind, @title, @text, @submitters, @cs, @dossier, @number, @vergaderjaar, @status, @statusText, @statusSetBy,
      @earliest, @deadline, @deadlineText, @basis, @soft, @source, @deadlineSetBy, @recurrence, @linkedTo, @document,
      @position, @doneAt, @createdAt, @updatedAt)`);
  const base = {
    cs: 0,
    dossier: null,
    number: null,
    vergaderjaar: null,
    status: 'open',
    statusText: null,
    statusSetBy: null,
    earliest: null,
    deadline: null,
    deadlineText: null,
    basis: null,
    soft: 0,
    source: null,
    deadlineSetBy: null,
    recurrence: null,
    linkedTo: null,
    document: 'Stand van zaken moties en toezeggingen OCW, september 2025',
    position: null,
    doneAt: null,
    createdAt: minutes(0),
    updatedAt: minutes(0),
  };
  const rows = [
    {
      ...base,
      kind: 'motie',
      title: 'Herstelrecht bij seksueel grensoverschrijdend gedrag',
      text: 'verzoekt de regering na te gaan hoe herstelrecht kan worden meegenomen in de aanpak van sociale veiligheid in het hoger onderwijs, en de Kamer hierover vóór de begrotingsbehandeling te informeren',
      submitters: JSON.stringify(['Mutluer', 'Van der Laan']),
      dossier: '34843',
      number: '79',
      vergaderjaar: '2022/23',
      earliest: '2025-09-01',
      deadline: '2025-10-31',
      deadlineText: 'vóór de begrotingsbehandeling van OCW',
      basis: 'calendar',
      source: 'request',
      position: 1,
    },
    {
      ...base,
      kind: 'toezegging',
      title: 'Brief over de voortgang van het Nationaal Actieplan',
      text: 'De minister zegt toe de Kamer jaarlijks te informeren over de voortgang van het NAP — “met cijfers & duiding” <per instelling>.',
      submitters: JSON.stringify(['Paternotte']),
      cs: 1,
      earliest: null,
      deadline: '2025-12-31',
      deadlineText: 'eind 2025',
      basis: 'explicit',
      soft: 1,
      source: 'request',
      recurrence: 'P1Y',
      position: 2,
    },
    {
      ...base,
      kind: 'motie',
      title: 'Onderzoek naar werkdruk in het mbo',
      text: 'verzoekt de regering de werkdruk van docenten in het mbo te onderzoeken',
      submitters: JSON.stringify(['Kwint']),
      status: 'done',
      statusText: 'Afgedaan met de brief van 1 juli 2025 (Kamerstuk 31524, nr. 612).',
      statusSetBy: 'U0123ABCD',
      deadline: '2025-07-01',
      deadlineText: 'voor de zomer van 2025',
      basis: 'rule',
      source: 'status',
      deadlineSetBy: 'U0123ABCD',
      position: 3,
      doneAt: minutes(30),
      updatedAt: minutes(30),
    },
    {
      ...base,
      kind: 'toezegging',
      title: 'Vervolg op de motie over herstelrecht',
      text: 'De minister stuurt een vervolgbrief over herstelrecht.',
      submitters: JSON.stringify([]),
      status: 'lapsed',
      linkedTo: 1,
      document: null,
    },
  ];
  for (const r of rows) item.run(r);

  const resp = db.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  resp.run(1, 'SOCW', 'OCW');
  resp.run(1, 'MOCW', 'OCW');
  resp.run(2, 'MOCW', 'OCW');
  resp.run(3, 'MOCW', 'OCW');
  resp.run(4, 'MJenV', 'JenV');

  const link = db.prepare('INSERT INTO channel_links (target, target_kind, channel_id, linked_by, created_at) VALUES (?, ?, ?, ?, ?)');
  link.run('SOCW', 'code', 'C0SOCW001', 'U0123ABCD', minutes(1));
  link.run('OCW', 'ministry', 'C0OCW0002', 'cli', minutes(2));

  const sent = db.prepare(`INSERT INTO sent_log (what, item_id, channel_id, due_date, state, message_ts, attempts, last_error, created_at, sent_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  sent.run('reminder:28', 1, 'C0SOCW001', '2025-10-31', 'sent', '1757919600.000100', 1, null, minutes(3), minutes(3));
  sent.run('digest', 0, 'C0OCW0002', '2025-09-15', 'sent', '1757919600.000200', 1, null, minutes(4), minutes(4));
  sent.run('reminder:7', 1, 'C0OCW0002', '2025-10-31', 'pending', null, 2, 'ratelimited', minutes(5), null);

  const audit = db.prepare(`INSERT INTO audit_log (item_id, actor, at, action, field, old_value, new_value, context)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const document = JSON.stringify({ document: 'stand-van-zaken-2025-09.pdf', documentDate: '2025-09-01', position: 1 });
  audit.run(1, 'import', minutes(0), 'create', null, null, JSON.stringify({ kind: 'motie', title: rows[0]?.title, codes: ['SOCW', 'MOCW'] }), document);
  audit.run(2, 'import', minutes(0), 'create', null, null, JSON.stringify({ kind: 'toezegging', title: rows[1]?.title, codes: ['MOCW'] }), document);
  audit.run(3, 'U0123ABCD', minutes(30), 'update', 'status', 'open', 'done', JSON.stringify({ via: 'button', channel: 'C0SOCW001' }));
  audit.run(null, 'U0123ABCD', minutes(1), 'link-channel', 'SOCW', null, 'C0SOCW001', null);
  audit.run(null, 'cli', minutes(2), 'link-channel', 'OCW', null, 'C0OCW0002', null);

  db.prepare('INSERT INTO snoozes (item_id, channel_id, until, by, created_at) VALUES (?, ?, ?, ?, ?)').run(
    1,
    'C0SOCW001',
    '2025-09-22',
    'U0123ABCD',
    minutes(6),
  );
  audit.run(1, 'U0123ABCD', minutes(6), 'snooze', 'C0SOCW001', null, '2025-09-22', null);
}

/** Rows for tables that later migrations added. */
function seedLaterSchema(db: Database.Database, tags: string[]): void {
  if (tags.includes('0001_leases')) {
    db.prepare('INSERT INTO leases (name, holder, expires_at, last_completed_at) VALUES (?, ?, ?, ?)').run(
      'reminders',
      '',
      minutes(10),
      minutes(9),
    );
  }
}

export function makeSchemaFixture(count: number, output: string): string {
  const target = resolve(output);
  const migrations = truncatedMigrations(count);
  try {
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) rmSync(target);
    const sqlite = new Database(target);
    try {
      // One self-contained file: no -wal next to it in the repository.
      sqlite.pragma('journal_mode = DELETE');
      sqlite.pragma('foreign_keys = ON');
      migrate(drizzle(sqlite), { migrationsFolder: migrations });
      const tags = (JSON.parse(readFileSync(join(migrations, 'meta', '_journal.json'), 'utf8')) as Journal).entries.map((e) => e.tag);
      sqlite.transaction(() => {
        seedInitialSchema(sqlite);
        seedLaterSchema(sqlite, tags);
      })();
      sqlite.exec('VACUUM');
    } finally {
      sqlite.close();
    }
    return target;
  } finally {
    rmSync(migrations, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]);
  const output = process.argv[3] ?? join(root, 'tests', 'fixtures', 'db', `schema-${String(count - 1).padStart(4, '0')}.db`);
  try {
    const path = makeSchemaFixture(count, output);
    process.stdout.write(`fixture with the first ${count} migration(s) written to ${path}\n`);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}
