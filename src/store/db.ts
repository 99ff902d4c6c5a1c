// Opening the database: pragmas for durability and concurrency, then every pending migration.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths.ts';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = MIGRATIONS_DIR;

export interface OpenDbOptions {
  /** Milliseconds a writer waits for another connection's lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/** Opens (creating when needed) the SQLite database at `path` and applies migrations. */
export function openDb(path: string, options: OpenDbOptions = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    const db: Db = drizzle(sqlite, { schema });
    if (!options.readonly) migrate(db, { migrationsFolder });
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function closeDb(db: Db): void {
  if (db.$client.open) db.$client.close();
}

/** Runs `fn` in one immediate (write-locking) transaction. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

/**
 * The store's one way to reuse raw SQL statements: prepared once per connection and source text,
 * kept as long as the connection lives. For SQL that drizzle does not build, or that runs too often
 * (thousands of rows in an import) to be built per call.
 */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Db, source: string): Database.Statement {
  const client = db.$client;
  let byConnection = statements.get(client);
  if (!byConnection) {
    byConnection = new Map();
    statements.set(client, byConnection);
  }
  let statement = byConnection.get(source);
  if (!statement) {
    statement = client.prepare(source);
    byConnection.set(source, statement);
  }
  return statement;
}

/** A table or column name for raw SQL ("kamerstuk_dossier"): take it from the schema (`items.owner.name`). */
export function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
