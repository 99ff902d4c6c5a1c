// Opening the database for a CLI command as drizzle's (cli/store.ts has the path checks).
import type { AppContext } from '../app/index.ts';
import { createLogger } from '../logger.ts';
import { openDb, type Db } from '../store/db.ts';
import { withContext } from './context.ts';
import { withOpened, type WithDbOptions } from './store.ts';
import type { CliIo } from './types.ts';

export type { WithDbOptions } from './store.ts';

/** Runs `fn` with an open database (the context's DATABASE_PATH or --db); a missing file is reported in Dutch with exit code 2. */
export function withDb(io: CliIo, fn: (db: Db) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  return withOpened(io, openDb, fn, options);
}

/** Runs `fn` with the use cases' context: the open database, the context's calendar and the CLI's clock. */
export function withApp(io: CliIo, fn: (ctx: AppContext) => Promise<number> | number, options: WithDbOptions = {}): Promise<number> {
  return withContext(io, ({ calendar }) =>
    withDb(io, (db) => fn({ db, calendar, admins: [], now: io.now, logger: createLogger('warn', io.err) }), options),
  );
}
