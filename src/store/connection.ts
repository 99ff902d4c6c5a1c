// The database's connection: opening it (pragmas for durability and concurrency, every pending
// migration applied), transactions and raw SQL statements. Nothing here loads drizzle's query
// builders: `motie import` reads and writes through this module only (openStore; issue 28), while
// store/db.ts wraps the same connection in drizzle for the rest of the store.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_DIR } from '../paths.ts';

/** What the store's raw-SQL functions use of an open database: its better-sqlite3 connection (a Db is one). */
export interface Connection {
  $client: Database.Database;
}

export const migrationsFolder = MIGRATIONS_DIR;

export interface OpenDbOptions {
  /** Milliseconds a writer waits for another connection's lock. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/**
 * Whether drizzle's `migrate` has anything to apply to the open database: it applies every journal
 * entry whose `when` is later than the newest `created_at` in __drizzle_migrations (every entry
 * when that table is empty or missing). Most opens find nothing to do, yet `migrate` reads and
 * hashes every migration file and builds its SQL first (8 M instructions, 1-2 ms, of every CLI
 * command, each import process's included: issue 28). Says yes whenever it cannot tell (no
 * journal, an entry without a numeric `when`, no table): then `migrate` runs and decides, or fails
 * with its own message, as it always did.
 */
export function hasPendingMigrations(sqlite: Database.Database): boolean {
  let newest = -Infinity;
  try {
    const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: unknown }[] };
    for (const { when } of journal.entries) {
      if (typeof when !== 'number' || !Number.isFinite(when)) return true;
      newest = Math.max(newest, when);
    }
  } catch {
    return true;
  }
  let last: unknown;
  try {
    last = sqlite.prepare('SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1').pluck().get();
  } catch {
    return true;
  }
  return last === undefined || Number(last) < newest;
}

/** The SQLite database at `path` (created when needed) with the connection's pragmas set. */
export function openConnection(path: string, options: OpenDbOptions): Database.Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (!options.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
    }
    sqlite.pragma('foreign_keys = ON');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * Opens the database at `path` for writing as openDb does, pending migrations applied, as a bare
 * Connection: for `motie import`, whose reads and writes are all raw SQL (store/write-import.ts).
 * Its process then never loads drizzle's driver and query builders (the dialect, select, insert,
 * update: 110 KB of code; a one-item import ran 48 M fewer main-thread instructions; issue 28).
 * drizzle's migrator (store/migrate.ts) loads only when a migration is pending.
 */
export async function openStore(path: string): Promise<Connection> {
  const sqlite = openConnection(path, {});
  try {
    if (hasPendingMigrations(sqlite)) (await import('./migrate.ts')).applyMigrations(sqlite);
    return { $client: sqlite };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export function closeDb(db: Connection): void {
  if (db.$client.open) db.$client.close();
}

/** Runs `fn` in one immediate (write-locking) transaction. */
export function inTransaction<T>(db: Connection, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

/**
 * One write transaction over several steps (`motie import` of several files: all or nothing). No
 * lock is taken until a step calls `begin` right before it first writes (BEGIN IMMEDIATE: the
 * first step plans outside the lock, as a lone import does); from then on the lock is held, and
 * every step's own transaction (inTransaction, writeImport) runs inside this one as a savepoint
 * (better-sqlite3's transaction() inside an open transaction), seeing what the steps before it
 * wrote. `end(true)` commits what all steps wrote, `end(false)` rolls it back; both do nothing
 * when nothing began. A transaction SQLite already rolled back on its own (a failed write may do
 * that) is not committed: `end(true)` then throws; so does a COMMIT that fails, after rolling
 * the transaction back.
 */
export interface HeldTransaction {
  begin: () => void;
  end: (commit: boolean) => void;
}

export function heldTransaction(db: Connection): HeldTransaction {
  const client = db.$client;
  // Read afresh at each call: a statement may end the transaction.
  const open = (): boolean => client.inTransaction;
  let begun = false;
  return {
    begin: () => {
      if (begun) return;
      client.exec('BEGIN IMMEDIATE');
      begun = true;
    },
    end: (commit) => {
      if (!begun) return;
      begun = false;
      if (!open()) {
        if (commit) throw new Error('heldTransaction: SQLite rolled the transaction back before its commit');
        return;
      }
      try {
        client.exec(commit ? 'COMMIT' : 'ROLLBACK');
      } catch (error) {
        // A COMMIT that fails (a deferred constraint, a full disk) may leave the transaction open:
        // nothing of it is kept, as all or nothing promises.
        if (open()) client.exec('ROLLBACK');
        throw error;
      }
    },
  };
}

/**
 * The store's one way to reuse raw SQL statements: prepared once per connection and source text,
 * kept as long as the connection lives. For SQL that drizzle does not build, or that runs too often
 * (thousands of rows in an import) to be built per call.
 */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Connection, source: string): Database.Statement {
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
