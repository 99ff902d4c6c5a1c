// motie backup <bestand>: a consistent copy of the database while the bot keeps running.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { backupDatabase, MaintenanceError } from '../../store/maintenance.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand } from '../types.ts';

function describeFailure(error: unknown, source: string, target: string): string {
  if (error instanceof MaintenanceError) {
    switch (error.code) {
      case 'SOURCE_MISSING':
        return `De database ${source} bestaat niet; er is niets om te kopiëren.`;
      case 'TARGET_EXISTS':
        return `${target} bestaat al. Kies een nieuwe bestandsnaam; een bestaande reservekopie overschrijf ik niet.`;
      case 'SAME_FILE':
        return 'De reservekopie kan niet hetzelfde bestand zijn als de database zelf.';
      case 'TARGET_DIR_MISSING':
        return `De map voor ${target} bestaat niet.`;
      case 'COPY_CORRUPT':
        return `De kopie is niet in orde en is weggegooid (${error.message}). Draai "motie check" op de database.`;
    }
  }
  return `De reservekopie is mislukt: ${(error as Error).message}`;
}

export const backupCommand: CliCommand = {
  ...SPECS.backup,
  run: async (args, io) => {
    const [file, ...extra] = args.positional;
    if (!file || extra.length > 0) {
      io.err('Geef één bestandsnaam voor de reservekopie, bijvoorbeeld: motie backup /var/backups/motiebot-2025-09-15.db');
      return 2;
    }
    const source = resolve(io.dbPath);
    const target = resolve(file);
    if (!existsSync(source)) {
      io.err(`De database ${source} bestaat niet; er is niets om te kopiëren.`);
      return 2;
    }
    try {
      const result = await backupDatabase(source, target);
      if (args.flags.json) {
        io.out(JSON.stringify({ ok: true, path: result.path, bytes: result.bytes, counts: result.counts }, null, 2));
        return 0;
      }
      const items = result.counts.items ?? 0;
      io.out(
        `Reservekopie gemaakt: ${result.path} (${Math.max(1, Math.round(result.bytes / 1024))} kB, ${items} ${items === 1 ? 'item' : 'items'}). De kopie is gecontroleerd en in orde.`,
      );
      return 0;
    } catch (error) {
      io.err(describeFailure(error, source, target));
      return 1;
    }
  },
};
