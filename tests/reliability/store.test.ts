// Durable store: the pragmas openDb sets, `motie backup` while another process writes, `motie check`.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { backupDatabase, checkDatabase } from '../../src/store/maintenance.ts';
import { newItem, tempDir } from '../helpers/db.ts';
import { runCli } from '../helpers/run-cli.ts';

const NOW = new Date('2025-09-15T07:00:00Z');
const ROOT = new URL('../..', import.meta.url).pathname;

const cli = (argv: string[], dbPath: string) => runCli(argv, { dbPath, now: NOW });

/** n items, each with a responsibility and a create audit row (plain SQL: fast enough for thousands). */
function seed(path: string, n: number): void {
  const db = openDb(path);
  const big = 'verzoekt de regering '.repeat(40);
  const item = db.$client.prepare(
    "INSERT INTO items (kind, title, text, created_at, updated_at) VALUES ('motie', ?, ?, ?, ?)",
  );
  const resp = db.$client.prepare("INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, 'SOCW', 'OCW')");
  const audit = db.$client.prepare("INSERT INTO audit_log (item_id, actor, at, action) VALUES (?, 'import', ?, 'create')");
  db.$client.transaction(() => {
    for (let i = 1; i <= n; i++) {
      const id = Number(item.run(`voorraad ${i}`, `${big} ${i}`, NOW.getTime(), NOW.getTime()).lastInsertRowid);
      resp.run(id);
      audit.run(id, NOW.getTime());
    }
  })();
  closeDb(db);
}

/** Items are 1..n without gaps, each with its responsibility and its create audit row: a consistent prefix. */
function expectConsistentPrefix(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const { n, max } = db.prepare('SELECT count(*) AS n, max(id) AS max FROM items').get() as { n: number; max: number };
    expect(max).toBe(n);
    const orphans = db
      .prepare(
        `SELECT count(*) AS n FROM items i WHERE NOT EXISTS (SELECT 1 FROM responsibilities r WHERE r.item_id = i.id)
           OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.item_id = i.id AND a.action = 'create')`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    const audits = db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'create'").get() as { n: number };
    expect(audits.n).toBe(n);
    return n;
  } finally {
    db.close();
  }
}

describe('durable store', () => {
  let dir: string;
  let dbPath: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = tempDir('motiebot-store-');
    dbPath = join(dir, 'motiebot.db');
  });
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('openDb sets WAL, synchronous NORMAL, a busy timeout and enforces foreign keys', () => {
    const db = openDb(dbPath);
    try {
      expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
      expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() => db.$client.prepare("INSERT INTO responsibilities (item_id, code, ministry) VALUES (999, 'SOCW', 'OCW')").run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      closeDb(db);
    }
  });

  it('a writer waits for another process that holds the write lock instead of failing with SQLITE_BUSY', async () => {
    closeDb(openDb(dbPath));
    // The other process takes the write lock, writes an item in it, says so, and commits 400 ms later.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(dbPath)});
         d.exec('BEGIN IMMEDIATE');
         d.prepare("INSERT INTO items (kind, title, text, created_at, updated_at) VALUES ('motie', 'van de ander', 'x', 0, 0)").run();
         process.stdout.write('locked\\n');
         setTimeout(() => { d.exec('COMMIT'); d.close(); }, 400);`,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(holder);
    await new Promise<void>((resolve) => holder.stdout.once('data', () => { resolve(); }));
    const db = openDb(dbPath);
    try {
      const mine = createItem(db, newItem(), 'U0123ABCD', NOW.getTime());
      // Written after the other process committed (its item got the id before), so it waited.
      const theirs = db.$client.prepare("SELECT id FROM items WHERE title = 'van de ander'").pluck().get() as number | undefined;
      expect(theirs).toBeDefined();
      expect(mine.id).toBeGreaterThan(theirs!);
    } finally {
      closeDb(db);
    }
  });

  it('motie backup makes a consistent copy while another process keeps inserting', async () => {
    seed(dbPath, 5000);
    const writer = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/reliability/helpers/writer.ts'), dbPath], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(writer);
    await new Promise<void>((resolve) => writer.stdout.once('data', () => { resolve(); }));
    const countNow = () => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const before = countNow();
    const target = join(dir, 'reservekopie.db');
    const result = await cli(['backup', target], dbPath);
    const after = countNow();
    writer.kill('SIGKILL');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Reservekopie gemaakt: .*reservekopie\.db .* De kopie is gecontroleerd en in orde\.$/);
    // The writer really wrote while the backup ran, and the copy is a prefix of what it wrote.
    expect(after).toBeGreaterThan(before);
    const copied = expectConsistentPrefix(target);
    expect(copied).toBeGreaterThanOrEqual(before);
    expect(copied).toBeLessThanOrEqual(after);
    // A standalone file: no WAL needed, and the bot can open (and migrate) it.
    const restored = openDb(target);
    expect((restored.$client.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n).toBe(copied);
    closeDb(restored);
    expect(await cli(['check'], target)).toMatchObject({ code: 0 });
  });

  it('a backup finishes and stays consistent when a writer in the same process writes between the backup steps', async () => {
    seed(dbPath, 2000);
    const writerDb = openDb(dbPath);
    let n = 0;
    let writing = true;
    const write = () => {
      if (!writing) return;
      createItem(writerDb, newItem({ title: `tussendoor ${++n}` }), 'system', NOW.getTime());
      setImmediate(write);
    };
    setImmediate(write);
    const target = join(dir, 'kopie.db');
    const result = await backupDatabase(dbPath, target);
    writing = false;
    closeDb(writerDb);
    expect(n).toBeGreaterThan(0);
    const copied = expectConsistentPrefix(target);
    expect(result.counts.items).toBe(copied);
    expect(copied).toBeGreaterThanOrEqual(2000);
    expect(copied).toBeLessThanOrEqual(2000 + n);
  });

  it('motie backup refuses to overwrite a file, to copy onto the database and to copy a database that does not exist', async () => {
    seed(dbPath, 1);
    const existing = join(dir, 'bestaat.db');
    writeFileSync(existing, 'oude kopie');
    const overwrite = await cli(['backup', existing], dbPath);
    expect(overwrite.code).toBe(1);
    expect(overwrite.err).toContain('bestaat al');
    expect(readFileSync(existing, 'utf8')).toBe('oude kopie');
    expect((await cli(['backup', dbPath], dbPath)).err).toContain('niet hetzelfde bestand');
    expect(await cli(['backup'], dbPath)).toMatchObject({ code: 2 });
    const missing = await cli(['backup', join(dir, 'x.db')], join(dir, 'nergens.db'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bestaat niet');
    expect((await cli(['backup', join(dir, 'geen-map', 'x.db')], dbPath)).err).toContain('De map voor');
  });

  it('motie check reports a sound database with exit 0', async () => {
    seed(dbPath, 5);
    const result = await cli(['check'], dbPath);
    expect(result.code).toBe(0);
    expect(result.out).toContain('is in orde');
    expect(result.out).toContain('5 items');
    expect(checkDatabase(dbPath)).toMatchObject({ ok: true, integrity: [], foreignKeys: [] });
  });

  it('motie check reports rows that point at missing rows with exit 1', async () => {
    seed(dbPath, 2);
    const raw = new Database(dbPath);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("INSERT INTO responsibilities (item_id, code, ministry) VALUES (77, 'SOCW', 'OCW')").run();
    raw.close();
    const result = await cli(['check'], dbPath);
    expect(result.code).toBe(1);
    expect(result.err).toContain('heeft problemen');
    expect(result.err).toContain('tabel responsibilities');
    expect(result.err).toContain('ontbrekende rij in items');
    const json = JSON.parse((await cli(['check', '--json'], dbPath)).out) as { ok: boolean; foreignKeys: unknown[] };
    expect(json.ok).toBe(false);
    expect(json.foreignKeys).toHaveLength(1);
  });

  it('motie check reports a damaged file with exit 1 and a missing file with exit 2', async () => {
    seed(dbPath, 200);
    // Checkpoint into the main file, then overwrite pages in the middle of it.
    const raw = new Database(dbPath);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const size = statSync(dbPath).size;
    const fd = openSync(dbPath, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const damaged = await cli(['check'], dbPath);
    expect(damaged.code).toBe(1);
    expect(damaged.err).toMatch(/heeft problemen|niet te lezen/);

    const garbage = join(dir, 'rommel.db');
    writeFileSync(garbage, 'dit is geen database '.repeat(100));
    const notDb = await cli(['check'], garbage);
    expect(notDb.code).toBe(1);
    expect(notDb.err).toContain('geen SQLite-database');

    const missing = await cli(['check'], join(dir, 'nergens.db'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('bestaat niet');
  });

  it('motie help lists backup and check', async () => {
    const out = (await cli(['help'], dbPath)).out;
    expect(out).toContain('motie backup <bestand>');
    expect(out).toContain('motie check');
  });
});
