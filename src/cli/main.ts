// `motie`: argv → command → exit code. Dutch for people, --json for scripts.
import { parseArgs } from 'node:util';
import { DEFAULTS } from '../config-core.ts';
import { redactSecrets } from '../domain/redact-secrets.ts';
import { loadEnvFile } from '../env-file.ts';
import { WORKER_FILE_NAME } from '../import/document/worker-files.ts';
import { packageVersion } from '../paths.ts';
import { DatabaseBusyError, isBusyError } from '../store/busy.ts';
import { DATABASE_BUSY } from '../texts/database-busy.nl.ts';
import { MAIN_CLI } from './usage.nl.ts';
import { commands } from './registry.ts';
import type { CliIo, CommandSpec, ParsedArgs } from './types.ts';

function usage(): string {
  return [
    MAIN_CLI.intro,
    '',
    MAIN_CLI.usageHeader,
    ...commands.map((c) => `  ${c.usage}`),
    '',
    MAIN_CLI.dbOption,
    MAIN_CLI.versionOption,
  ].join('\n');
}

function parse(command: CommandSpec, argv: string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = { db: { type: 'string' } };
  for (const f of command.valueFlags ?? []) options[f] = { type: 'string' };
  for (const f of command.repeatableFlags ?? []) options[f] = { type: 'string', multiple: true };
  for (const f of ['json', 'help', 'list', 'los', 'dry-run', ...(command.booleanFlags ?? [])]) options[f] ??= { type: 'boolean' };
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  // A repeated flag (--code SOCW --code MOCW) arrives as one comma-separated value.
  const flags = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
  ) as Record<string, string | boolean>;
  return { positional: positionals, flags };
}

/** node:util's parseArgs speaks English; say the same in Dutch. */
function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return MAIN_CLI.unknownOption(option);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('does not take an argument')
        ? MAIN_CLI.optionTakesNoValue(option)
        : MAIN_CLI.optionNeedsValue(option);
    default:
      return MAIN_CLI.badOptions;
  }
}

/** One writer (and one error listener) per stream, however often runCli runs in a process (a tool or test calling it eleven times got Node's MaxListenersExceededWarning). */
const lineWriters = new WeakMap<NodeJS.WriteStream, (line: string) => void>();

/**
 * Lines to a standard stream of the process. A reader that went away (`motie list | head -1`)
 * ends the output quietly: the closed pipe's EPIPE is no crash with a stack trace, later lines
 * are dropped, and the command finishes with its own exit code.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let writer = lineWriters.get(stream);
  if (!writer) {
    let closed = false;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      closed = true;
    });
    writer = (line) => {
      if (!closed && !stream.destroyed) stream.write(`${line}\n`);
    };
    lineWriters.set(stream, writer);
  }
  return writer;
}

export async function runCli(argv: string[], partial: Partial<CliIo> = {}): Promise<number> {
  if (!partial.env) {
    // The real command (not a test with its own env): ./.env fills in what the environment leaves unset.
    try {
      loadEnvFile(process.env);
    } catch (error) {
      (partial.err ?? ((line: string) => process.stderr.write(`${line}\n`)))((error as Error).message);
      return 2;
    }
  }
  const env = partial.env ?? process.env;
  // Every line the CLI writes: tokens by their shape, and the configured secrets by value.
  const secrets = [env.SLACK_BOT_TOKEN, env.SLACK_APP_TOKEN, env.SLACK_SIGNING_SECRET].filter((s): s is string => typeof s === 'string' && s.trim().length >= 4);
  const out = partial.out ?? lineWriter(process.stdout);
  const err = partial.err ?? lineWriter(process.stderr);
  const io: CliIo = {
    out: (line) => { out(redactSecrets(line, secrets)); },
    err: (line) => { err(redactSecrets(line, secrets)); },
    now: partial.now ?? (() => new Date()),
    env,
    dbPath: partial.dbPath ?? env.DATABASE_PATH ?? DEFAULTS.DATABASE_PATH,
  };
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v' || name === 'versie') {
    io.out(`motie ${packageVersion()}`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(MAIN_CLI.unknownCommand(name, usage()));
    return 2;
  }
  let args: ParsedArgs;
  try {
    args = parse(command, rest);
  } catch (error) {
    io.err(MAIN_CLI.withUsage(describeArgsError(error), command.usage));
    return 2;
  }
  if (args.flags.help) {
    io.out(MAIN_CLI.usage(command.usage));
    return 0;
  }
  if (command.maxPositionals !== undefined && args.positional.length > command.maxPositionals) {
    const extra = args.positional.slice(command.maxPositionals).map((a) => `"${a}"`).join(' ');
    io.err(MAIN_CLI.withUsage(command.maxPositionals === 0 ? MAIN_CLI.noArguments(command.name, extra) : MAIN_CLI.tooManyArguments(extra), command.usage));
    return 2;
  }
  if (typeof args.flags.db === 'string') io.dbPath = args.flags.db;
  try {
    // `motie import` of a Word, Excel or PDF file reads it in the reading worker: started now, it
    // loads while this thread loads the context and the command (issue 28; an unused one ends on its own).
    const file = args.positional[0];
    if (command.name === 'import' && file !== undefined && WORKER_FILE_NAME.test(file)) {
      (await import('../import/document/reading-worker.ts')).prestartSourceReading();
    }
    // The one context of this invocation (core configuration with DATABASE_PATH or --db checked,
    // the calendar), built once before the command runs: a bad variable stops every command alike.
    const { contextOrExitCode } = await import('./context.ts');
    const context = contextOrExitCode(io);
    if (typeof context === 'number') return context;
    return await (await command.load()).run(args, io);
  } catch (error) {
    // A database another process kept locked past the busy timeout: SQLite's own words are English.
    io.err(isBusyError(error) || error instanceof DatabaseBusyError ? DATABASE_BUSY.cliGaveUp : MAIN_CLI.failed((error as Error).message));
    return 1;
  }
}
