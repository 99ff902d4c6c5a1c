// `motie backup` and `motie check`: a consistent copy of the database file and its integrity check,
// as results (the file work itself is the store's, src/store/maintenance.ts).
import { backupDatabase, checkDatabase, MaintenanceError, type BackupResult, type CheckResult, type MaintenanceErrorCode } from '../store/maintenance.ts';

export type BackupOutcome =
  | ({ ok: true } & BackupResult)
  /** `code`: a refusal the store names (null for any other failure); `message`: the error's own words. */
  | { ok: false; code: MaintenanceErrorCode | null; message: string };

/** Copies the database at `source` to `target` while the bot may keep writing it. */
export async function backupDatabaseFile(source: string, target: string): Promise<BackupOutcome> {
  try {
    return { ok: true, ...(await backupDatabase(source, target)) };
  } catch (error) {
    if (error instanceof MaintenanceError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: null, message: (error as Error).message };
  }
}

/** PRAGMA integrity_check and foreign_key_check of the database file (throws when it cannot be read). */
export function checkDatabaseFile(path: string): CheckResult {
  return checkDatabase(path);
}
