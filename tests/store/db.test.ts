// Opening the database: the migrations drizzle would apply are looked up without reading every
// migration file (issue 28: each CLI command, every import process included, opens the database).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { closeDb, hasPendingMigrations, migrationsFolder, openDb } from '../../src/store/db.ts';
import { tempDir } from '../helpers/db.ts';

const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function newPath(): string {
  const dir = tempDir('motiebot-open-');
  dirs.push(dir);
  return join(dir, 'm.db');
}

describe('hasPendingMigrations', () => {
  it('says yes for a new database (no migrations table) and no once openDb has applied every migration', () => {
    const path = newPath();
    const raw = new Database(path);
    expect(hasPendingMigrations(raw)).toBe(true);
    raw.close();
    closeDb(openDb(path));
    const opened = new Database(path);
    expect(hasPendingMigrations(opened)).toBe(false);
    opened.close();
  });

  it('says yes when the newest migration is missing from the table, as drizzle would apply it', () => {
    const path = newPath();
    closeDb(openDb(path));
    const raw = new Database(path);
    const newest = Math.max(...journal.entries.map((e) => e.when));
    raw.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(newest);
    expect(hasPendingMigrations(raw)).toBe(true);
    raw.prepare('DELETE FROM __drizzle_migrations').run();
    expect(hasPendingMigrations(raw)).toBe(true);
    raw.close();
  });

  it('openDb on an up-to-date database changes nothing in the migrations table', () => {
    const path = newPath();
    closeDb(openDb(path));
    const rows = () => {
      const raw = new Database(path, { readonly: true });
      try {
        return raw.prepare('SELECT id, hash, created_at FROM __drizzle_migrations ORDER BY id').all();
      } finally {
        raw.close();
      }
    };
    const before = rows();
    expect(before).toHaveLength(journal.entries.length);
    closeDb(openDb(path));
    expect(rows()).toEqual(before);
  });
});
