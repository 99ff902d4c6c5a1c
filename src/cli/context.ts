// The CLI's one context: the core configuration (validated once, with --db for DATABASE_PATH) and
// the parliamentary calendar (built-in plus MOTIEBOT_CALENDAR_FILE), built once per invocation.
// runCli builds it before a command runs, so a bad variable stops every command the same way;
// commands (and tests that call a command directly) read it with cliContext(io). The database is
// opened per command through withDb/withApp (db.ts), or withStore (store.ts) for `motie import`, with
// this context's path and calendar.
import { ConfigError, loadCoreConfig, type CoreConfig } from '../config-core.ts';
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import { loadCalendar } from '../store/calendar-file.ts';
import type { CliIo } from './types.ts';

export interface CliContext {
  config: CoreConfig;
  calendar: ParliamentaryCalendar;
}

/** Why the context could not be built: a Dutch message and the exit code (2: configuration, 1: the calendar file's content). */
class CliContextError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliContextError';
  }
}

const contexts = new WeakMap<CliIo, CliContext>();

function build(io: CliIo): CliContext {
  let config: CoreConfig;
  try {
    config = loadCoreConfig(io.env, { databasePath: io.dbPath, databaseVariable: 'DATABASE_PATH (of --db)' });
  } catch (error) {
    if (error instanceof ConfigError) throw new CliContextError(error.message, 2);
    throw error;
  }
  try {
    return { config, calendar: loadCalendar(config.calendarFile ?? undefined) };
  } catch (error) {
    throw new CliContextError((error as Error).message, 1);
  }
}

/** The invocation's context, built on first use. Throws CliContextError. */
function cliContext(io: CliIo): CliContext {
  let context = contexts.get(io);
  if (!context) {
    context = build(io);
    contexts.set(io, context);
  }
  return context;
}

/** Runs `fn` with the context; a context that cannot be built is reported in Dutch with its exit code. */
export async function withContext(io: CliIo, fn: (context: CliContext) => Promise<number> | number): Promise<number> {
  const context = contextOrExitCode(io);
  return typeof context === 'number' ? context : fn(context);
}

/** The context, or the exit code after saying in Dutch why it could not be built. */
export function contextOrExitCode(io: CliIo): CliContext | number {
  try {
    return cliContext(io);
  } catch (error) {
    if (!(error instanceof CliContextError)) throw error;
    io.err(error.message);
    return error.exitCode;
  }
}
