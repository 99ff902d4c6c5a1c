// Opening the database for a CLI command, with the same path checks as the bot.
// A command that only reads (or changes existing items) refuses a database file that does not
// exist: a mistyped --db must not silently become a new, empty database. Only commands that
// create data (import, linking a channel) may create it, and they say so.
// The database as a bare Connection (withStore) for `motie import`; as drizzle's (withDb, cli/db.ts)
// for the other commands. This module does not load drizzle's query builders (issue 28).
import { existsSync } from 'node:fs';
import { closeDb, openStore, type Connection } from '../store/connection.ts';
import { DB_TEXT } from './texts.nl.ts';
import { withContext } from './context.ts';
import type { CliIo } from './types.ts';

export interface WithDbOptions {
  /** The command creates data, so a missing database file is created (and the command says so). */
  mayCreate?: boolean;
  /** The command only shows what would change (--dry-run): a missing file is read as an empty database, and not created. */
  emptyWhenMissing?: boolean;
}

/**
 * withDb (cli/db.ts) with the database as a bare Connection (store/connection.ts openStore): for
 * `motie import`, whose process then loads none of drizzle's query builders (issue 28).
 */
export function withStore(io: CliIo, fn: (db: Connection) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  return withOpened(io, openStore, fn, options);
}

/** Runs `fn` with the database that `open` opens (the context's DATABASE_PATH or --db); a missing file is reported in Dutch with exit code 2. */
export function withOpened<D extends Connection>(
  io: CliIo,
  open: (path: string) => D | Promise<D>,
  fn: (db: D) => Promise<number> | number,
  options: WithDbOptions,
): Promise<number> {
  return withContext(io, async ({ config }) => {
    const path = config.databasePath;
    const missing = path !== ':memory:' && !existsSync(path);
    if (missing && !options.mayCreate && !options.emptyWhenMissing) {
      io.err(DB_TEXT.missing(path));
      return 2;
    }
    let db: D;
    try {
      db = await open(missing && options.emptyWhenMissing ? ':memory:' : path);
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
