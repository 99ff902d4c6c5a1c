// Opening the database as drizzle's: the connection (store/connection.ts) with every pending
// migration applied, wrapped in drizzle with the schema.
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { hasPendingMigrations, openConnection, type OpenDbOptions } from './connection.ts';
import { applyMigrations } from './migrate.ts';
import * as schema from './schema.ts';

export { closeDb, hasPendingMigrations, inTransaction, migrationsFolder, openStore, prepared, quoted, type Connection, type OpenDbOptions } from './connection.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating when needed) the SQLite database at `path` and applies migrations. */
export function openDb(path: string, options: OpenDbOptions = {}): Db {
  const sqlite = openConnection(path, options);
  try {
    if (!options.readonly && hasPendingMigrations(sqlite)) applyMigrations(sqlite);
    return drizzle(sqlite, { schema });
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
