// The shape every `motie` subcommand has. main.ts parses argv and dispatches.

export interface ParsedArgs {
  /** Positional arguments after the subcommand name. */
  positional: string[];
  /** Flags: `--json` → true, `--db path` → "path". */
  flags: Record<string, string | boolean>;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Database path from --db or DATABASE_PATH. */
  dbPath: string;
  /** Injected clock: commands never call Date.now() directly. */
  now: () => Date;
  env: NodeJS.ProcessEnv;
}

export interface CommandSpec {
  name: string;
  /** One Dutch usage line for `motie help`. */
  usage: string;
  /** Flags that take a value (the rest are booleans). */
  valueFlags?: readonly string[];
  /** Flags that take a value and may be given more than once (joined with commas). */
  repeatableFlags?: readonly string[];
  /** Boolean flags of this command besides the common ones (--json, --dry-run …). */
  booleanFlags?: readonly string[];
  /** How many positional arguments the command takes; more are refused (undefined: the command checks). */
  maxPositionals?: number;
}

/** What a command does with its parsed arguments: the exit code. */
export type CliRun = (args: ParsedArgs, io: CliIo) => Promise<number> | number;

export interface CliCommand extends CommandSpec {
  run: CliRun;
}

/** A command in the registry: its spec, and its code loaded on use. */
export interface RegisteredCommand extends CommandSpec {
  load: () => Promise<CliCommand>;
}
