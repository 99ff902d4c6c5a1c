// Durable store: openDb upgrades a database made by every earlier released schema to the latest
// one without losing a row. Each release commits tests/fixtures/db/schema-NNNN.db, built by
// scripts/make-schema-fixture.ts with the migrations of that release only.
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSchemaFixture } from '../../scripts/make-schema-fixture.ts';
import { listLinks } from '../../src/store/channels.queries.ts';
import { closeDb, migrationsFolder, openDb } from '../../src/store/db.ts';
import { getItem, listAudit, listItems, markDone } from '../../src/store/items.queries.ts';
import { checkDatabase } from '../../src/store/maintenance.ts';
import { listSentSince } from '../../src/store/sent-log.queries.ts';
import { tempDir } from '../helpers/db.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
const fixtures = readdirSync(FIXTURES)
  .filter((f) => /^schema-\d{4}\.db$/.test(f))
  .sort();
const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };

type Rows = Record<string, Record<string, unknown>[]>;

function readAll(path: string): Rows {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
      .all() as { name: string; wr: number }[];
    return Object.fromEntries(
      tables.map(({ name, wr }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY ${wr ? '1, 2' : 'rowid'}`).all() as Record<string, unknown>[]]),
    );
  } finally {
    db.close();
  }
}

/** Tables, columns and indexes as SQLite reports them (not the SQL text, which ALTERs change). */
function schemaOf(path: string): unknown {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    return tables.map((t) => ({
      table: t,
      columns: db.pragma(`table_info("${t}")`),
      foreignKeys: db.pragma(`foreign_key_list("${t}")`),
      indexes: (db.pragma(`index_list("${t}")`) as { name: string; unique: number }[])
        .map((i) => ({ name: i.name, unique: i.unique, columns: (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }));
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('motiebot-migrate-');
  });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  it('there is a fixture of the first schema, and none of a schema that drizzle/ does not have', () => {
    expect(fixtures).toContain('schema-0000.db');
    for (const f of fixtures) expect(Number(f.slice(7, 11))).toBeLessThan(journal.entries.length);
  });

  it.each(fixtures)('openDb upgrades %s to the latest schema and keeps every row', (fixture) => {
    const path = join(dir, 'upgraded.db');
    copyFileSync(join(FIXTURES, fixture), path);
    const before = readAll(path);
    expect(before.items!.length).toBeGreaterThan(0);

    const db = openDb(path);
    const applied = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    closeDb(db);
    expect(applied.n).toBe(journal.entries.length);

    // The same tables, columns and indexes as a database created from scratch today.
    const fresh = join(dir, 'fresh.db');
    closeDb(openDb(fresh));
    expect(schemaOf(path)).toEqual(schemaOf(fresh));

    // Every row of every old table is still there with every old value (new columns may be added).
    const after = readAll(path);
    for (const [table, rows] of Object.entries(before)) {
      expect(after[table], `table ${table}`).toBeDefined();
      expect(after[table]!.length, `rows of ${table}`).toBe(rows.length);
      rows.forEach((row, i) => { expect(after[table]![i], `${table} row ${i + 1}`).toMatchObject(row); });
    }
    expect(checkDatabase(path).ok).toBe(true);
  });

  it.each(fixtures)('the store reads and changes the upgraded %s as usual', (fixture) => {
    const path = join(dir, 'upgraded.db');
    copyFileSync(join(FIXTURES, fixture), path);
    const db = openDb(path);
    try {
      const items = listItems(db);
      expect(items.length).toBeGreaterThanOrEqual(4);
      const first = getItem(db, 1)!;
      expect(first.kamerstuk).toEqual({ dossier: '34843', number: '79', vergaderjaar: '2022/23' });
      expect(first.responsible.map((r) => r.code).sort()).toEqual(['MOCW', 'SOCW']);
      expect(first.deadline).toMatchObject({ deadline: '2025-10-31', basis: 'calendar', source: 'request' });
      expect(getItem(db, 2)).toMatchObject({ cs: true, recurrence: 'P1Y', deadline: { soft: true } });
      expect(getItem(db, 3)).toMatchObject({ status: 'done', statusSetBy: 'U0123ABCD' });
      expect(listAudit(db, 1).map((a) => a.action)).toEqual(['create', 'snooze']);
      expect(listLinks(db).map((l) => l.channelId).sort()).toEqual(['C0OCW0002', 'C0SOCW001']);
      expect(listSentSince(db, '2025-01-01').length).toBeGreaterThanOrEqual(3);
      const done = markDone(db, 1, 'U0123ABCD', Date.UTC(2025, 9, 1));
      expect(done.ok).toBe(true);
    } finally {
      closeDb(db);
    }
  });

  it('scripts/make-schema-fixture.ts rebuilds schema-0000.db with the same rows', () => {
    const rebuilt = makeSchemaFixture(1, join(dir, 'schema-0000.db'));
    expect(readAll(rebuilt)).toEqual(readAll(join(FIXTURES, 'schema-0000.db')));
    expect(schemaOf(rebuilt)).toEqual(schemaOf(join(FIXTURES, 'schema-0000.db')));
  });

  it('a fixture of every migration count upgrades cleanly (what the next release will commit)', () => {
    for (let count = 1; count <= journal.entries.length; count++) {
      const path = makeSchemaFixture(count, join(dir, `schema-${count}.db`));
      const before = readAll(path);
      closeDb(openDb(path));
      const after = readAll(path);
      for (const [table, rows] of Object.entries(before)) expect(after[table]!.length, `${table} after ${count}`).toBe(rows.length);
    }
  });
});
