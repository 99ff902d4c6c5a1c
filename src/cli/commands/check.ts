// motie check: PRAGMA integrity_check and foreign_key_check, reported in Dutch (exit 0 ok, 1 problems).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkDatabase, type CheckResult } from '../../store/maintenance.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';

const MAX_LINES = 20;

function report(result: CheckResult, path: string): string[] {
  if (result.ok) {
    const items = result.counts.items ?? 0;
    return [
      `De database ${path} is in orde: de integriteitscontrole is geslaagd en er zijn geen verwijzingen naar ontbrekende rijen (${items} ${items === 1 ? 'item' : 'items'}).`,
    ];
  }
  const lines = [`De database ${path} heeft problemen:`];
  if (result.integrity.length > 0) {
    lines.push(`- De integriteitscontrole meldt ${result.integrity.length} ${result.integrity.length === 1 ? 'fout' : 'fouten'}:`);
    for (const line of result.integrity.slice(0, MAX_LINES)) lines.push(`    ${line}`);
    if (result.integrity.length > MAX_LINES) lines.push(`    … en nog ${result.integrity.length - MAX_LINES}.`);
  }
  if (result.foreignKeys.length > 0) {
    lines.push(`- ${result.foreignKeys.length} ${result.foreignKeys.length === 1 ? 'rij verwijst' : 'rijen verwijzen'} naar een rij die niet bestaat:`);
    for (const fk of result.foreignKeys.slice(0, MAX_LINES)) {
      lines.push(`    tabel ${fk.table}, rij ${fk.rowid ?? '?'} → ontbrekende rij in ${fk.parent}`);
    }
    if (result.foreignKeys.length > MAX_LINES) lines.push(`    … en nog ${result.foreignKeys.length - MAX_LINES}.`);
  }
  lines.push('Stop de bot, zet de laatste goede reservekopie terug (zie RELIABILITY.md, "Durable store") of vraag de beheerder om hulp.');
  return lines;
}

export const checkCommand: CliCommand = {
  ...SPECS.check,
  run: (args, io) => {
    const path = resolve(io.dbPath);
    if (!existsSync(path)) {
      io.err(`De database ${path} bestaat niet. Geef het pad met --db of DATABASE_PATH.`);
      return 2;
    }
    let result: CheckResult;
    try {
      result = checkDatabase(path);
    } catch (error) {
      io.err(`De database ${path} is niet te lezen: ${(error as Error).message}. Het bestand is beschadigd of geen SQLite-database.`);
      return 1;
    }
    if (args.flags.json) io.out(JSON.stringify(result, null, 2));
    else for (const line of report(result, path)) (result.ok ? io.out : io.err)(line);
    return result.ok ? 0 : 1;
  },
};
