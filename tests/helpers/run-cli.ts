// `motie` in-process (src/cli/main.ts runCli) with its output captured: the one helper the CLI
// tests share. A child process (bin/motie.js) is only for tests of the bin entry and the compiled
// bundle, which live in the slow project (vitest.config.ts).
import { runCli as runMotie } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  /** stdout lines joined with newlines. */
  out: string;
  /** stderr lines joined with newlines. */
  err: string;
}

/** The clock these tests give `motie` unless they say otherwise: Monday 15 September 2025, 09:00 in Amsterdam. */
const CLI_NOW = new Date('2025-09-15T07:00:00Z');

export async function runCli(
  argv: string[],
  options: { dbPath?: string; env?: NodeJS.ProcessEnv; now?: Date } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const now = options.now ?? CLI_NOW;
  const code = await runMotie(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => now,
    env: options.env ?? {},
    ...(options.dbPath ? { dbPath: options.dbPath } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
