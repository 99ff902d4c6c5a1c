// motie check: PRAGMA integrity_check and foreign_key_check, reported in Dutch (exit 0 ok, 1 problems).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDatabaseFile } from '../../app/maintain-database.ts';
import type { CheckResult } from '../../store/maintenance.ts';
import { SPECS } from '../specs.ts';
import { CHECK_CLI } from '../texts.nl.ts';
import type { CliCommand } from '../types.ts';

const MAX_LINES = 20;

function report(result: CheckResult, path: string): string[] {
  if (result.ok) {
    return [CHECK_CLI.ok(path, result.counts.items ?? 0)];
  }
  const lines = [CHECK_CLI.problems(path)];
  if (result.integrity.length > 0) {
    lines.push(CHECK_CLI.integrity(result.integrity.length));
    for (const line of result.integrity.slice(0, MAX_LINES)) lines.push(`    ${line}`);
    if (result.integrity.length > MAX_LINES) lines.push(CHECK_CLI.more(result.integrity.length - MAX_LINES));
  }
  if (result.foreignKeys.length > 0) {
    lines.push(CHECK_CLI.foreignKeys(result.foreignKeys.length));
    for (const fk of result.foreignKeys.slice(0, MAX_LINES)) {
      lines.push(CHECK_CLI.foreignKey(fk.table, fk.rowid, fk.parent));
    }
    if (result.foreignKeys.length > MAX_LINES) lines.push(CHECK_CLI.more(result.foreignKeys.length - MAX_LINES));
  }
  lines.push(CHECK_CLI.whatToDo);
  return lines;
}

export const checkCommand: CliCommand = {
  ...SPECS.check,
  run: (args, io) => {
    const path = resolve(io.dbPath);
    if (!existsSync(path)) {
      io.err(CHECK_CLI.missing(path));
      return 2;
    }
    let result: CheckResult;
    try {
      result = checkDatabaseFile(path);
    } catch (error) {
      io.err(CHECK_CLI.unreadable(path, (error as Error).message));
      return 1;
    }
    if (args.flags.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of report(result, path)) (result.ok ? io.out : io.err)(line);
    return result.ok ? 0 : 1;
  },
};
