// Real SQLite databases for tests: a temp file with the migrations applied.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb, type Db } from '../../src/store/db.ts';
import type { NewItem } from '../../src/store/items.queries.ts';

export interface TempDb {
  db: Db;
  path: string;
  dir: string;
  cleanup: () => void;
}

export function tempDir(prefix = 'motiebot-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function openTempDb(): TempDb {
  const dir = tempDir();
  const path = join(dir, 'motiebot.db');
  const db = openDb(path);
  return {
    db,
    path,
    dir,
    cleanup: () => {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A motie with sensible defaults; override what the test is about. */
export function newItem(overrides: Partial<NewItem> = {}): NewItem {
  return {
    kind: 'motie',
    title: 'Herstelrecht bij seksueel grensoverschrijdend gedrag',
    text: 'verzoekt de regering na te gaan hoe herstelrecht kan worden meegenomen',
    submitters: ['Mutluer'],
    responsible: [{ code: 'SOCW', ministry: 'OCW' }],
    deadline: {
      earliest: '2023-03-01',
      deadline: '2023-10-31',
      text: 'vóór het debat over de begroting van OCW',
      basis: 'estimate',
      soft: false,
      source: 'request',
    },
    ...overrides,
  };
}

/** Row counts of every table: "the database is unchanged" means these are equal. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.$client.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}

/** A full dump of every row, for "nothing changed" assertions. */
export function dumpDb(db: Db): string {
  // Ordinary tables, the search index's shadow tables included (WITHOUT ROWID ones ordered by their columns).
  const tables = db.$client
    .prepare("SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; wr: number }[];
  return JSON.stringify(tables.map(({ name, wr }) => [name, db.$client.prepare(`SELECT * FROM "${name}" ORDER BY ${wr ? '1, 2' : 'rowid'}`).all()]));
}
