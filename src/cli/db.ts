// Opening the database for a CLI command, with the same path checks as the bot.
import { checkDatabasePath, ConfigError } from '../config.ts';
import { closeDb, openDb, type Db } from '../store/db.ts';
import type { CliIo } from './types.ts';

/** Runs `fn` with an open database; a bad path is reported in Dutch with exit code 2. */
export async function withDb(io: CliIo, fn: (db: Db) => Promise<number> | number): Promise<number> {
  let db: Db;
  try {
    db = openDb(checkDatabasePath(io.dbPath, 'DATABASE_PATH (of --db)'));
  } catch (error) {
    io.err(error instanceof ConfigError ? error.message : `De database ${io.dbPath} kan niet worden geopend: ${(error as Error).message}`);
    return 2;
  }
  try {
    return await fn(db);
  } finally {
    closeDb(db);
  }
}

/** Parses a positive item id ("12" or "#12"); null when it is not one. */
export function parseItemId(raw: string | undefined): number | null {
  if (!raw) return null;
  const m = /^#?(\d{1,9})$/.exec(raw.trim());
  return m ? Number(m[1]) : null;
}
