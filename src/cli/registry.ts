// Every `motie` subcommand, in the order `motie help` lists them.
import { datumCommand } from './commands/datum.ts';
import { backupCommand } from './commands/backup.ts';
import { checkCommand } from './commands/check.ts';
import { digestCommand } from './commands/digest.ts';
import { herinnerCommand } from './commands/herinner.ts';
import { importCommand } from './commands/import.ts';
import { kanaalCommand } from './commands/kanaal.ts';
import { doneCommand, listCommand, reopenCommand, showCommand } from './commands/items.ts';
import { syncCommand } from './commands/sync.ts';
import type { CliCommand } from './types.ts';

export const commands: CliCommand[] = [importCommand, listCommand, showCommand, doneCommand, reopenCommand, kanaalCommand, datumCommand, herinnerCommand, digestCommand, backupCommand, checkCommand, syncCommand];
