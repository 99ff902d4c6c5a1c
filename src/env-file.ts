// `.env` next to where motiebot or `motie` is started (.env.example says "Copy to .env"): its
// variables fill in what the real environment leaves unset. A variable that is set in the
// environment wins, even when it is set to an empty string. Node's own parser (util.parseEnv,
// the one behind process.loadEnvFile and --env-file), so the file's syntax is Node's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ENV_FILE_TEXT } from './texts/config.nl.ts';

const ENV_FILE = '.env';

/**
 * Reads `path` (default ./.env) into `env` for every variable `env` does not have yet.
 * A missing file is normal (nothing to load); an unreadable one is a Dutch error for people.
 * Returns the names it filled in.
 */
export function loadEnvFile(env: NodeJS.ProcessEnv, path: string = ENV_FILE): string[] {
  let content: string;
  try {
    content = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new Error(ENV_FILE_TEXT.unreadable(resolve(path), code ?? (error as Error).message), { cause: error });
  }
  const filled: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(content))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    filled.push(name);
  }
  return filled;
}
