// The core of the configuration: what every part of motiebot needs, the bot and the CLI alike
// (database path, time zone, defaults, and the checks they share). No Slack, no cron: the CLI
// loads this and nothing more. config.ts adds the bot's Slack and scheduler settings.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export { TIMEZONE } from './domain/dates/timezone.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const DEFAULTS = {
  DATABASE_PATH: './data/motiebot.db',
  PREVIEW_DATABASE_PATH: './data/preview.db',
  SLACK_API_URL: 'https://slack.com/api/',
  PORT: '3000',
  DIGEST_CRON: '0 9 * * 1',
  REMINDER_CRON: '0 9 * * 1-5',
  REMINDER_LEAD_DAYS: '28,7,0',
  LOG_LEVEL: 'info',
  TK_SYNCFEED_URL: 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0',
  TK_SYNC_PAGE_DELAY_MS: '100',
  HEALTH_DB_CHECK_SECONDS: '300',
} as const;

export function value(env: NodeJS.ProcessEnv, name: string): string | null {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
}

export function fail(variable: string, message: string): never {
  throw new ConfigError(variable, `Ongeldige configuratie: ${variable} ${message}`);
}

/** Checks that the database file can be opened or created, without creating anything. */
export function checkDatabasePath(path: string, variable = 'DATABASE_PATH'): string {
  if (path === ':memory:') return path;
  const full = resolve(path);
  if (existsSync(full)) {
    if (!statSync(full).isFile()) fail(variable, `("${path}") is geen bestand.`);
    try {
      accessSync(full, constants.R_OK | constants.W_OK);
    } catch {
      fail(variable, `("${path}") is niet lees- en schrijfbaar.`);
    }
    return full;
  }
  let dir = dirname(full);
  while (!existsSync(dir)) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    fail(variable, `("${path}") ligt niet in een map: ${dir} is geen map.`);
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    fail(variable, `("${path}") kan niet worden aangemaakt: geen schrijfrechten in ${dir}.`);
  }
  return full;
}
