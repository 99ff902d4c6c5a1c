// Every `motie` subcommand: its spec (specs.ts) and how to load its code, which happens only
// when that command runs.
import { VERBS, type CliVerbName } from '../verbs/index.ts';
import { SPECS } from './specs.ts';
import type { CliCommand, RegisteredCommand } from './types.ts';

const LOADERS: Record<Exclude<keyof typeof SPECS, CliVerbName>, () => Promise<CliCommand>> = {
  import: async () => (await import('./commands/import.ts')).importCommand,
  list: async () => (await import('./commands/items.ts')).listCommand,
  show: async () => (await import('./commands/items.ts')).showCommand,
  datum: async () => (await import('./commands/datum.ts')).datumCommand,
  herinner: async () => (await import('./commands/herinner.ts')).herinnerCommand,
  digest: async () => (await import('./commands/digest.ts')).digestCommand,
  backup: async () => (await import('./commands/backup.ts')).backupCommand,
  check: async () => (await import('./commands/check.ts')).checkCommand,
  sync: async () => (await import('./commands/sync.ts')).syncCommand,
  voorstellen: async () => (await import('./commands/voorstellen.ts')).voorstellenCommand,
  triage: async () => (await import('./commands/triage.ts')).triageCommand,
};

/** In the order `motie help` lists them. */
export const commands: RegisteredCommand[] = (Object.keys(SPECS) as (keyof typeof SPECS)[]).map((key) => ({
  ...SPECS[key],
  load: key in VERBS ? verbLoader(key as CliVerbName) : LOADERS[key as Exclude<keyof typeof SPECS, CliVerbName>],
}));

/** A verb of src/verbs/ as a command: its spec and its cli.ts. */
function verbLoader(name: CliVerbName): () => Promise<CliCommand> {
  const verb = VERBS[name];
  return async () => ({ ...verb.cli, run: await verb.code.cli() });
}
