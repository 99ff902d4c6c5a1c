// Maintenance of the database file while the bot may be running: an online backup with SQLite's
// backup API, and the integrity and foreign-key checks. Both open their own connection and never
// run migrations or write to the source database.
import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';

export interface BackupResult {
  /** Absolute path of the finished copy. */
  path: string;
  pages: number;
  bytes: number;
  /** Rows per table in the copy (a quick sanity report). */
  counts: Record<string, number>;
}

export type MaintenanceErrorCode = 'SOURCE_MISSING' | 'TARGET_EXISTS' | 'SAME_FILE' | 'TARGET_DIR_MISSING' | 'COPY_CORRUPT';

export class MaintenanceError extends Error {
  constructor(
    readonly code: MaintenanceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MaintenanceError';
  }
}

function openSource(path: string, busyTimeoutMs: number): Database.Database {
  // Read-only: a backup or check never changes the live database, not even by migrating it.
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  return db;
}

/** Row counts of the user tables of an open connection. */
function countRows(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }).n]),
  );
}

/**
 * Copies the database at `sourcePath` to `targetPath` while other connections keep reading and
 * writing it. SQLite's backup API copies the pages of one consistent snapshot; the copy is written
 * to a temporary file next to the target, checked with integrity_check, and only then renamed to
 * the target, so a failed or interrupted backup never leaves a half file under the target's name.
 * An existing target is never overwritten.
 */
export async function backupDatabase(
  sourcePath: string,
  targetPath: string,
  options: { busyTimeoutMs?: number } = {},
): Promise<BackupResult> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (!existsSync(source)) throw new MaintenanceError('SOURCE_MISSING', `source ${source} does not exist`);
  if (source === target) throw new MaintenanceError('SAME_FILE', 'the backup cannot be the database itself');
  if (existsSync(target)) throw new MaintenanceError('TARGET_EXISTS', `${target} already exists`);
  if (!existsSync(dirname(target))) throw new MaintenanceError('TARGET_DIR_MISSING', `${dirname(target)} does not exist`);

  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  rmSync(temp, { force: true });
  const db = openSource(source, options.busyTimeoutMs ?? 5000);
  try {
    // After the first step, copy all remaining pages in one step: a step holds one read snapshot,
    // so the copy is consistent, and a busy writer cannot make the backup restart forever.
    const progress = await db.backup(temp, { progress: () => 0x7fffffff });
    const copy = new Database(temp, { fileMustExist: true });
    let counts: Record<string, number>;
    try {
      const problems = integrityProblems(copy);
      if (problems.length > 0) throw new MaintenanceError('COPY_CORRUPT', `the copy fails integrity_check: ${problems[0] ?? ''}`);
      // A standalone file: no -wal/-shm needed next to it.
      copy.pragma('journal_mode = DELETE');
      counts = countRows(copy);
    } finally {
      copy.close();
    }
    if (existsSync(target)) throw new MaintenanceError('TARGET_EXISTS', `${target} already exists`);
    renameSync(temp, target);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return { path: target, pages: progress.totalPages, bytes: progress.totalPages * pageSize, counts };
  } catch (error) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-wal`, { force: true });
    rmSync(`${temp}-shm`, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
}

export interface ForeignKeyProblem {
  table: string;
  rowid: number | null;
  parent: string;
}

export interface CheckResult {
  ok: boolean;
  /** Lines of PRAGMA integrity_check other than "ok". */
  integrity: string[];
  /** Rows of PRAGMA foreign_key_check: rows that point at a missing parent row. */
  foreignKeys: ForeignKeyProblem[];
  counts: Record<string, number>;
}

/** Runs PRAGMA integrity_check and foreign_key_check on a database file (read-only). */
export function checkDatabase(path: string, options: { busyTimeoutMs?: number } = {}): CheckResult {
  const db = openSource(resolve(path), options.busyTimeoutMs ?? 5000);
  try {
    const integrity = integrityProblems(db);
    const foreignKeys = (db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]).map(
      ({ table, rowid, parent }) => ({ table, rowid, parent }),
    );
    const counts = integrity.length === 0 ? countRows(db) : {};
    return { ok: integrity.length === 0 && foreignKeys.length === 0, integrity, foreignKeys, counts };
  } finally {
    db.close();
  }
}

/**
 * PRAGMA quick_check of a database file, read-only, before anything else opens it: the problems
 * it reports (empty: sound). A file SQLite cannot read at all gives SQLite's error as the problem.
 * A file that does not exist yet is sound (it is about to be created).
 */
export function quickCheck(path: string): string[] {
  if (path === ':memory:' || !existsSync(path)) return [];
  let db: Database.Database | null = null;
  try {
    db = openSource(resolve(path), 5000);
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/**
 * Refuses to serve from a damaged database: throws an Error whose message is the Dutch
 * explanation (naming `motie check` and the newest backup) when quick_check finds a problem.
 */
export function assertDatabaseSound(path: string, explain: (problem: string, backup: BackupFile | null) => string): void {
  const problems = quickCheck(path);
  const [problem] = problems;
  if (problem !== undefined) throw new Error(explain(problem, findLatestBackup(path)));
}

export interface BackupFile {
  path: string;
  modifiedAt: number;
}

const SQLITE_HEADER = 'SQLite format 3\0';

function isSqliteFile(path: string): boolean {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(16);
    return readSync(fd, buffer, 0, 16, 0) === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * The newest SQLite file next to the database or in a `backups`/`backup` folder beside it (where
 * `motie backup` copies usually go), other than the database itself: what to restore when the
 * database is damaged. Null when there is none.
 */
export function findLatestBackup(databasePath: string): BackupFile | null {
  if (databasePath === ':memory:') return null;
  const database = resolve(databasePath);
  const dir = dirname(database);
  let best: BackupFile | null = null;
  for (const folder of [dir, join(dir, 'backups'), join(dir, 'backup')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(folder, name);
      if (path === database || /-(wal|shm|journal)$/.test(name)) continue;
      let stat;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (!stat.isFile() || (best && stat.mtimeMs <= best.modifiedAt) || !isSqliteFile(path)) continue;
      best = { path, modifiedAt: stat.mtimeMs };
    }
  }
  return best;
}
