// Applying drizzle's migrations (drizzle/, written by drizzle-kit) to an open connection: openDb's
// and openStore's, which loads this module only when a migration is pending (store/connection.ts).
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths.ts';
import * as schema from './schema.ts';

/** Runs drizzle's migrate on `sqlite`: every migration of the journal that its database lacks. */
export function applyMigrations(sqlite: Database.Database): void {
  migrate(drizzle(sqlite, { schema }), { migrationsFolder: MIGRATIONS_DIR });
}
