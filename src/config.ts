// The bot's configuration: the core part (config-core.ts) and the Slack part (config-slack.ts),
// plus the scheduler, the port, the preview and the health check.
// With config-core.ts the only reader of process.env. Validates everything once at start and fails
// fast with one Dutch sentence that names the variable; nothing is written before validation passed.
import { resolve } from 'node:path';
import { validate as validateCron } from 'node-cron';
import { checkDatabasePath, DEFAULTS, fail, loadCoreConfig, value, type LogLevel } from './config-core.ts';
import { loadSlackConfig, type SlackConfig } from './config-slack.ts';
import { parseTarget } from './domain/codes.ts';
import { CONFIG } from './texts/config.nl.ts';

export { ConfigError, DEFAULTS, type CoreConfig, type LogLevel } from './config-core.ts';
export { loadSlackConfig, type SlackConfig } from './config-slack.ts';

export interface Config {
  /** The real database (DATABASE_PATH). The preview never opens it. */
  databasePath: string;
  /** The preview's own database (PREVIEW_DATABASE_PATH, default ./data/preview.db). */
  previewDatabasePath: string;
  slack: SlackConfig;
  port: number;
  digestCron: string;
  reminderCron: string;
  reminderLeadDays: number[];
  admins: string[];
  logLevel: LogLevel;
  calendarFile: string | null;
  /** Preview mode: no Slack credentials, a local stand-in for Slack in the browser. */
  preview: boolean;
  /** The Tweede Kamer open-data sync (motie sync tk, TK_SYNC_CRON). */
  tk: TkConfig;
  /** HEALTH_DB_CHECK_SECONDS: how old the health endpoint's quick_check may be before a request starts a new one. */
  healthCheckSeconds: number;
}

export interface TkConfig {
  /** TK_SYNCFEED_URL: the SyncFeed base, without a trailing slash ("…/SyncFeed/2.0"). */
  syncFeedUrl: string;
  /** TK_MINISTRIES: ministries ("OCW") and bewindspersoon codes ("SOCW") to follow; empty: all. */
  ministries: string[];
  /** TK_SYNC_CRON: when the bot syncs by itself; null (the default): never. */
  cron: string | null;
  /** TK_SYNC_MOTIES: also pull adopted moties (Zaak, Besluit, ZaakActor feeds). Default on. */
  moties: boolean;
  /** TK_SYNC_DOCUMENTEN: also read the Document feed and propose Kamerbrieven for items. Default off (the feed is large). */
  documenten: boolean;
  /** TK_SYNC_PAGE_DELAY_MS: pause between two pages (politeness). */
  pageDelayMs: number;
}

function cron(env: NodeJS.ProcessEnv, name: 'DIGEST_CRON' | 'REMINDER_CRON'): string {
  const expr = value(env, name) ?? DEFAULTS[name];
  if (!validateCron(expr)) {
    fail(name, CONFIG.cron(expr, DEFAULTS[name]));
  }
  return expr;
}

/**
 * The TK sync's settings. loadConfig includes them; `motie sync tk` reads only these (it needs no
 * Slack credentials).
 */
const ON_OFF = ['aan', 'uit', 'on', 'off', 'true', 'false', '1', '0', 'ja', 'nee'];

export function loadTkConfig(env: NodeJS.ProcessEnv = process.env): TkConfig {
  const urlRaw = value(env, 'TK_SYNCFEED_URL') ?? DEFAULTS.TK_SYNCFEED_URL;
  let syncFeedUrl: string;
  try {
    const u = new URL(urlRaw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    syncFeedUrl = u.href.replace(/\/+$/, '');
  } catch {
    fail('TK_SYNCFEED_URL', CONFIG.url(urlRaw, DEFAULTS.TK_SYNCFEED_URL));
  }
  const ministries: string[] = [];
  for (const part of (value(env, 'TK_MINISTRIES') ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const target = parseTarget(part);
    if (!target) fail('TK_MINISTRIES', CONFIG.notAMinistry(part));
    ministries.push(target.kind === 'code' ? target.code : target.ministry);
  }
  const cronRaw = value(env, 'TK_SYNC_CRON');
  if (cronRaw && !validateCron(cronRaw)) fail('TK_SYNC_CRON', CONFIG.syncCron(cronRaw));
  const motiesRaw = (value(env, 'TK_SYNC_MOTIES') ?? 'aan').toLowerCase();
  if (!['aan', 'uit', 'on', 'off', 'true', 'false', '1', '0', 'ja', 'nee'].includes(motiesRaw)) {
    fail('TK_SYNC_MOTIES', CONFIG.onOff(motiesRaw));
  }
  const documentenRaw = (value(env, 'TK_SYNC_DOCUMENTEN') ?? 'uit').toLowerCase();
  if (!ON_OFF.includes(documentenRaw)) fail('TK_SYNC_DOCUMENTEN', CONFIG.onOff(documentenRaw));
  const delayRaw = value(env, 'TK_SYNC_PAGE_DELAY_MS') ?? DEFAULTS.TK_SYNC_PAGE_DELAY_MS;
  if (!/^\d{1,6}$/.test(delayRaw)) fail('TK_SYNC_PAGE_DELAY_MS', CONFIG.milliseconds(delayRaw));
  return {
    syncFeedUrl,
    ministries: [...new Set(ministries)],
    cron: cronRaw,
    moties: ['aan', 'on', 'true', '1', 'ja'].includes(motiesRaw),
    documenten: ['aan', 'on', 'true', '1', 'ja'].includes(documentenRaw),
    pageDelayMs: Number(delayRaw),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // The two parts every process shares, each validated once (config-core.ts, config-slack.ts).
  const { databasePath, calendarFile, admins, reminderLeadDays, logLevel } = loadCoreConfig(env);
  const slack = loadSlackConfig(env, 'bot');
  const botToken = slack.botToken;

  const portRaw = value(env, 'PORT') ?? DEFAULTS.PORT;
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw) || port > 65535) fail('PORT', CONFIG.port(portRaw));

  const healthRaw = value(env, 'HEALTH_DB_CHECK_SECONDS') ?? DEFAULTS.HEALTH_DB_CHECK_SECONDS;
  if (!/^\d{1,6}$/.test(healthRaw) || Number(healthRaw) < 1) {
    fail('HEALTH_DB_CHECK_SECONDS', CONFIG.seconds(healthRaw, DEFAULTS.HEALTH_DB_CHECK_SECONDS));
  }

  // The preview seeds sample items and made-up channels: they must never reach the real database.
  const preview = !botToken;
  const previewRaw = value(env, 'PREVIEW_DATABASE_PATH') ?? DEFAULTS.PREVIEW_DATABASE_PATH;
  const previewDatabasePath = preview ? checkDatabasePath(previewRaw, 'PREVIEW_DATABASE_PATH') : resolve(previewRaw);
  if (preview && previewDatabasePath !== ':memory:' && previewDatabasePath === databasePath) {
    fail('PREVIEW_DATABASE_PATH', CONFIG.sameDatabase(previewRaw));
  }

  return {
    databasePath,
    previewDatabasePath,
    slack,
    port,
    digestCron: cron(env, 'DIGEST_CRON'),
    reminderCron: cron(env, 'REMINDER_CRON'),
    reminderLeadDays,
    admins,
    logLevel,
    calendarFile,
    preview,
    tk: loadTkConfig(env),
    healthCheckSeconds: Number(healthRaw),
  };
}
