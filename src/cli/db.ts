// Opening the database for a CLI command, with the same path checks as the bot.
import { checkDatabasePath, ConfigError } from '../config.ts';
import type { AppContext } from '../app/index.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import { createLogger } from '../logger.ts';
import { loadCalendar } from '../store/calendar-file.ts';
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
export async function withApp(io: CliIo, fn: (ctx: AppContext) => Promise<number> | number): Promise<number> {
  const calendar = cliCalendar(io);
  if (!calendar) return 1;
  return withDb(io, (db) => fn({ db, calendar, admins: [], now: io.now, logger: createLogger('warn', io.err) }));
}
