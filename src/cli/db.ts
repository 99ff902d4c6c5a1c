// Opening the database for a CLI command, with the same path checks as the bot.
// A command that only reads (or changes existing items) refuses a database file that does not
// exist: a mistyped --db must not silently become a new, empty database. Only commands that
// create data (import, linking a channel) may create it, and they say so.
import { existsSync } from 'node:fs';
import type { AppContext } from '../app/index.ts';
import { createLogger } from '../logger.ts';
import { closeDb, openDb, type Db } from '../store/db.ts';
import { DB_TEXT } from './texts.nl.ts';
import { withContext } from './context.ts';
import type { CliIo } from './types.ts';

export interface WithDbOptions {
  /** The command creates data, so a missing database file is created (and the command says so). */
  mayCreate?: boolean;
  /** The command only shows what would change (--dry-run): a missing file is read as an empty database, and not created. */
  emptyWhenMissing?: boolean;
}

/** Runs `fn` with an open database (the context's DATABASE_PATH or --db); a missing file is reported in Dutch with exit code 2. */
export function withDb(io: CliIo, fn: (db: Db) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  return withContext(io, async ({ config }) => {
    const path = config.databasePath;
    const missing = path !== ':memory:' && !existsSync(path);
    if (missing && !options.mayCreate && !options.emptyWhenMissing) {
      io.err(DB_TEXT.missing(path));
      return 2;
    }
    let db: Db;
    try {
      db = openDb(missing && options.emptyWhenMissing ? ':memory:' : path);
    } catch (error) {
      io.err(DB_TEXT.cannotOpen(io.dbPath, (error as Error).message));
      return 2;
    }
    if (missing) io.err(options.emptyWhenMissing ? DB_TEXT.dryRunOnMissing(path) : DB_TEXT.created(path));
    try {
      return await fn(db);
    } finally {
      closeDb(db);
    }
  });
}

/** Runs `fn` with the use cases' context: the open database, the context's calendar and the CLI's clock. */
export function withApp(io: CliIo, fn: (ctx: AppContext) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  return withContext(io, ({ calendar }) =>
    withDb(io, (db) => fn({ db, calendar, admins: [], now: io.now, logger: createLogger('warn', io.err) }), options),
  );
}
