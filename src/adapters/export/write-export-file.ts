// Writing an exported overview to a file the person named (`motie overzicht --out`), safely:
// - an existing file is replaced only when asked (`overwrite`, the CLI's --overschrijf);
// - only a regular file is ever replaced: a directory, device, FIFO, socket or symbolic link at
//   the path is refused, with or without `overwrite`;
// - never the database or its companions (-wal, -shm, -journal), compared by real path (symbolic
//   links and `..` resolved, also for a companion that does not exist yet) and by device and inode
//   (a hard link to the database is the database);
// - the bytes go to a temporary file created exclusively (O_CREAT|O_EXCL: a file or symbolic link
//   planted at its name is never followed or reused) with a random name and mode 0600, then moved
//   into place: hard-linked to the target without overwriting (the kernel refuses an existing
//   target, so a file that appears after the check is not replaced either), or renamed over it
//   when `overwrite` was given. A failure removes the temporary file; the target is untouched.
// Expected refusals are values (`ok: false` with a code); the CLI words them.
import { randomBytes } from 'node:crypto';
import {
  closeSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export type WriteExportFileRefusal =
  | { ok: false; code: 'EXPORT_FILE_EXISTS' | 'EXPORT_FILE_NOT_REGULAR' | 'EXPORT_FILE_IS_DATABASE'; path: string }
  | { ok: false; code: 'EXPORT_FILE_UNWRITABLE'; path: string; reason: string };

export type WriteExportFileResult = { ok: true; path: string } | WriteExportFileRefusal;

export interface WriteExportFileOptions {
  /** Replace an existing regular file (never anything else). */
  overwrite: boolean;
  /** The database file the process has open (`:memory:` or empty: none). */
  databasePath: string | null;
}

/** SQLite's files beside a database: what replacing one of them would damage. */
const DATABASE_COMPANIONS = ['', '-wal', '-shm', '-journal'] as const;

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The path with its directory's symbolic links and `..` resolved, and the file's own link when it is one. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function isDatabaseFile(target: string, databasePath: string | null): boolean {
  if (!databasePath || databasePath === ':memory:') return false;
  const database = resolve(databasePath);
  const targetReal = realPathOf(target);
  const targetStat = statOrNull(target);
  return DATABASE_COMPANIONS.some((suffix) => {
    const companion = `${database}${suffix}`;
    if (realPathOf(companion) === targetReal) return true;
    const companionStat = statOrNull(companion);
    return companionStat !== null && targetStat !== null && companionStat.dev === targetStat.dev && companionStat.ino === targetStat.ino;
  });
}

/** Why `path` may not receive the export, or null when it may. Also run before the export is built, so a refusal costs nothing. */
export function checkExportTarget(file: string, options: WriteExportFileOptions): WriteExportFileRefusal | null {
  const path = resolve(file);
  if (isDatabaseFile(path, options.databasePath)) return { ok: false, code: 'EXPORT_FILE_IS_DATABASE', path };
  const existing = lstatOrNull(path);
  if (existing === null) return null;
  if (!existing.isFile()) return { ok: false, code: 'EXPORT_FILE_NOT_REGULAR', path };
  if (!options.overwrite) return { ok: false, code: 'EXPORT_FILE_EXISTS', path };
  return null;
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Writes `bytes` to `file` whole or not at all, within the rules at the top of this file. */
export function writeExportFile(file: string, bytes: Uint8Array, options: WriteExportFileOptions): WriteExportFileResult {
  const refused = checkExportTarget(file, options);
  if (refused) return refused;
  const path = resolve(file);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(12).toString('hex')}.tmp`);
  let created = false;
  try {
    const fd = openSync(temporary, 'wx', 0o600);
    created = true;
    try {
      for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      // An overwritten file keeps its permissions; a new one stays readable by its owner only.
      const replaced = options.overwrite ? lstatOrNull(path) : null;
      if (replaced?.isFile()) fchmodSync(fd, replaced.mode & 0o777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // Checked again just before the move: the path may have changed while the export was written.
    const changed = checkExportTarget(path, options);
    if (changed) return changed;
    if (options.overwrite) {
      renameSync(temporary, path);
      created = false;
      return { ok: true, path };
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return checkExportTarget(path, options) ?? { ok: false, code: 'EXPORT_FILE_EXISTS', path };
      if (!NO_HARD_LINKS.has(code)) throw error;
      // A file system without hard links (some network and FAT mounts): the check above, then a rename.
      renameSync(temporary, path);
      created = false;
      return { ok: true, path };
    }
    return { ok: true, path };
  } catch (error) {
    return { ok: false, code: 'EXPORT_FILE_UNWRITABLE', path, reason: reasonOf(error) };
  } finally {
    if (created) rmSync(temporary, { force: true });
  }
}
