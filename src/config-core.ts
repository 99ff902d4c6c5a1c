// The core of the configuration: what every part of motiebot needs, the bot and the CLI alike
// (database path, calendar file, admins, reminder lead days, log level, time zone, defaults, and
// the checks they share), validated once by loadCoreConfig. No Slack, no cron: the CLI loads this
// and config-slack.ts (its Slack part) and nothing more. config.ts composes both with the bot's
// scheduler and port settings.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CONFIG } from './texts/config.nl.ts';

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
  throw new ConfigError(variable, CONFIG.invalid(variable, message));
}

/** Checks that the database file can be opened or created, without creating anything. */
export function checkDatabasePath(path: string, variable = 'DATABASE_PATH'): string {
  if (path === ':memory:') return path;
  const full = resolve(path);
  if (existsSync(full)) {
    if (!statSync(full).isFile()) fail(variable, CONFIG.notAFile(path));
    try {
      accessSync(full, constants.R_OK | constants.W_OK);
    } catch {
      fail(variable, CONFIG.notReadWrite(path));
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
    fail(variable, CONFIG.notInADirectory(path, dir));
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    fail(variable, CONFIG.cannotCreate(path, dir));
  }
  return full;
}

export interface CoreConfig {
  /** DATABASE_PATH (or the CLI's --db), checked: it can be opened or created. Absolute. */
  databasePath: string;
  /** MOTIEBOT_CALENDAR_FILE, checked readable; null: the built-in calendar only. */
  calendarFile: string | null;
  /** MOTIEBOT_ADMINS: Slack user ids. */
  admins: string[];
  /** REMINDER_LEAD_DAYS, distinct, longest first. */
  reminderLeadDays: number[];
  logLevel: LogLevel;
}

/**
 * The core configuration, validated once; the first problem throws a ConfigError with one Dutch
 * sentence naming the variable. `databasePath` replaces DATABASE_PATH (the CLI's --db).
 */
export function loadCoreConfig(env: NodeJS.ProcessEnv, overrides: { databasePath?: string; databaseVariable?: string } = {}): CoreConfig {
  const databasePath = checkDatabasePath(overrides.databasePath ?? value(env, 'DATABASE_PATH') ?? DEFAULTS.DATABASE_PATH, overrides.databaseVariable);

  const leadRaw = value(env, 'REMINDER_LEAD_DAYS') ?? DEFAULTS.REMINDER_LEAD_DAYS;
  const leadParts = leadRaw.split(',').map((s) => s.trim());
  if (leadParts.some((p) => !/^\d{1,3}$/.test(p))) {
    fail('REMINDER_LEAD_DAYS', CONFIG.leadDays(leadRaw));
  }
  const reminderLeadDays = [...new Set(leadParts.map(Number))].sort((a, b) => b - a);

  const admins = (value(env, 'MOTIEBOT_ADMINS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const badAdmin = admins.find((a) => !/^[UW][A-Z0-9]{2,}$/.test(a));
  if (badAdmin) fail('MOTIEBOT_ADMINS', CONFIG.notASlackUser(badAdmin));

  const logLevel = (value(env, 'LOG_LEVEL') ?? DEFAULTS.LOG_LEVEL).toLowerCase();
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    fail('LOG_LEVEL', CONFIG.logLevel(logLevel));
  }

  const calendarFile = value(env, 'MOTIEBOT_CALENDAR_FILE');
  if (calendarFile) {
    try {
      accessSync(calendarFile, constants.R_OK);
    } catch {
      fail('MOTIEBOT_CALENDAR_FILE', CONFIG.notReadable(calendarFile));
    }
  }
  return { databasePath, calendarFile, admins, reminderLeadDays, logLevel: logLevel as LogLevel };
}
