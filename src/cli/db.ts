// Opening the database for a CLI command, with the same path checks as the bot.
// A command that only reads (or changes existing items) refuses a database file that does not
// exist: a mistyped --db must not silently become a new, empty database. Only commands that
// create data (import, linking a channel) may create it, and they say so.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDatabasePath, ConfigError } from '../config-core.ts';
import type { AppContext } from '../app/index.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import { createLogger } from '../logger.ts';
import { loadCalendar } from '../store/calendar-file.ts';
import { closeDb, openDb, type Db } from '../store/db.ts';
import type { CliIo } from './types.ts';

export interface WithDbOptions {
  /** The command creates data, so a missing database file is created (and the command says so). */
  mayCreate?: boolean;
  /** The command only shows what would change (--dry-run): a missing file is read as an empty database, and not created. */
  emptyWhenMissing?: boolean;
}

export const DB_TEXT = {
  missing: (path: string) =>
    `De database ${path} bestaat niet. Controleer het pad (--db of DATABASE_PATH); alleen "motie import", "motie kanaal" en "motie sync tk" maken een nieuwe database aan.`,
  created: (path: string) => `Nieuwe database aangemaakt: ${path}.`,
  dryRunOnMissing: (path: string) => `De database ${path} bestaat nog niet: de proef vergelijkt met een lege database en maakt geen bestand aan.`,
};

/** Runs `fn` with an open database; a bad or missing path is reported in Dutch with exit code 2. */
export async function withDb(io: CliIo, fn: (db: Db) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  const missing = io.dbPath !== ':memory:' && !existsSync(resolve(io.dbPath));
  if (missing && !options.mayCreate && !options.emptyWhenMissing) {
    io.err(DB_TEXT.missing(resolve(io.dbPath)));
    return 2;
  }
  let db: Db;
  try {
    const path = checkDatabasePath(io.dbPath, 'DATABASE_PATH (of --db)');
    db = openDb(missing && options.emptyWhenMissing ? ':memory:' : path);
  } catch (error) {
    io.err(error instanceof ConfigError ? error.message : `De database ${io.dbPath} kan niet worden geopend: ${(error as Error).message}`);
    return 2;
  }
  if (missing) io.err(options.emptyWhenMissing ? DB_TEXT.dryRunOnMissing(resolve(io.dbPath)) : DB_TEXT.created(resolve(io.dbPath)));
  try {
    return await fn(db);
  } finally {
    closeDb(db);
  }
}

/** The parliamentary calendar (with MOTIEBOT_CALENDAR_FILE); null after saying in Dutch why not. */
export function cliCalendar(io: CliIo): ParliamentaryCalendar | null {
  try {
    return loadCalendar(io.env.MOTIEBOT_CALENDAR_FILE);
  } catch (error) {
    io.err((error as Error).message);
    return null;
  }
}

/** Runs `fn` with the use cases' context: the open database, the calendar and the CLI's clock. */
export async function withApp(io: CliIo, fn: (ctx: AppContext) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  const calendar = cliCalendar(io);
  if (!calendar) return 1;
  return withDb(io, (db) => fn({ db, calendar, admins: [], now: io.now, logger: createLogger('warn', io.err) }), options);
}
