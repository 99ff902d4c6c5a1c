// motie backup <bestand>: a consistent copy of the database while the bot keeps running.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabaseFile, type BackupOutcome } from '../../app/maintain-database.ts';
import { SPECS } from '../specs.ts';
import { BACKUP_CLI } from '../texts.nl.ts';
import type { CliCommand } from '../types.ts';

function describeFailure(failure: BackupOutcome & { ok: false }, source: string, target: string): string {
  if (failure.code) return BACKUP_CLI.failure[failure.code](source, target, failure.message);
  return BACKUP_CLI.failed(failure.message);
}

export const backupCommand: CliCommand = {
  ...SPECS.backup,
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    if (!file || extra.length > 0) {
      io.err(BACKUP_CLI.usage);
      return 2;
    }
    const source = resolve(io.dbPath);
    const target = resolve(file);
    if (!existsSync(source)) {
      io.err(BACKUP_CLI.failure.SOURCE_MISSING(source));
      return 2;
    }
    const result = await backupDatabaseFile(source, target);
    if (!result.ok) {
      io.err(describeFailure(result, source, target));
      return 1;
    }
    if (args.flags.json) {
      io.out(JSON.stringify({ ok: true, path: result.path, bytes: result.bytes, counts: result.counts }, null, 2));
      return 0;
    }
    io.out(BACKUP_CLI.made(result.path, Math.max(1, Math.round(result.bytes / 1024)), result.counts.items ?? 0));
    return 0;
  },
};
