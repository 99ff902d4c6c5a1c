import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { tempDir } from './helpers/db.ts';

const dirs: string[] = [];
function dir(): string {
  const d = tempDir('motiebot-config-');
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('has working defaults without any Slack configuration (preview mode)', () => {
    const d = dir();
    const config = loadConfig({ DATABASE_PATH: join(d, 'x.db') });
    expect(config).toMatchObject({
      port: 3000,
      digestCron: '0 9 * * 1',
      reminderCron: '0 9 * * 1-5',
      reminderLeadDays: [28, 7, 0],
      admins: [],
      logLevel: 'info',
      healthCheckSeconds: 300,
      preview: true,
      slack: { botToken: null, apiUrl: 'https://slack.com/api/' },
    });
  });

  it('gives the preview its own database: data/preview.db or PREVIEW_DATABASE_PATH, never DATABASE_PATH', () => {
    const d = dir();
    const byDefault = loadConfig({});
    expect(byDefault.databasePath).toBe(resolve('data/motiebot.db'));
    expect(byDefault.previewDatabasePath).toBe(resolve('data/preview.db'));
    expect(loadConfig({ DATABASE_PATH: join(d, 'x.db') }).previewDatabasePath).toBe(resolve('data/preview.db'));
    expect(loadConfig({ PREVIEW_DATABASE_PATH: join(d, 'p.db') }).previewDatabasePath).toBe(join(d, 'p.db'));
    expect(() => loadConfig({ DATABASE_PATH: join(d, 'same.db'), PREVIEW_DATABASE_PATH: join(d, 'same.db') })).toThrow(
      'PREVIEW_DATABASE_PATH ("' + join(d, 'same.db') + '") is dezelfde database als DATABASE_PATH',
    );
    // With Slack tokens the preview database does not matter, so a bad one does not stop the bot.
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', DATABASE_PATH: join(d, 'same.db'), PREVIEW_DATABASE_PATH: join(d, 'same.db') })).not.toThrow();
  });

  it('reads every variable', () => {
    const d = dir();
    const config = loadConfig({
      DATABASE_PATH: join(d, 'sub', 'x.db'),
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '0',
      DIGEST_CRON: '30 8 * * 2',
      REMINDER_CRON: '0 10 * * *',
      REMINDER_LEAD_DAYS: '7, 14,0,7',
      MOTIEBOT_ADMINS: 'U01ABC, U02DEF',
      LOG_LEVEL: 'DEBUG',
      HEALTH_DB_CHECK_SECONDS: '60',
    });
    expect(config).toMatchObject({
      port: 0,
      digestCron: '30 8 * * 2',
      reminderLeadDays: [14, 7, 0],
      admins: ['U01ABC', 'U02DEF'],
      logLevel: 'debug',
      healthCheckSeconds: 60,
      preview: false,
      slack: { botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'http://127.0.0.1:9999/api/' },
    });
  });

  it.each([
    [{ DIGEST_CRON: '0 9 * *  maandag' }, 'DIGEST_CRON'],
    [{ REMINDER_CRON: 'elke dag' }, 'REMINDER_CRON'],
    [{ PORT: 'drieduizend' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ REMINDER_LEAD_DAYS: '28,zeven' }, 'REMINDER_LEAD_DAYS'],
    [{ MOTIEBOT_ADMINS: 'jan@example.org' }, 'MOTIEBOT_ADMINS'],
    [{ LOG_LEVEL: 'chatty' }, 'LOG_LEVEL'],
    [{ HEALTH_DB_CHECK_SECONDS: '0' }, 'HEALTH_DB_CHECK_SECONDS'],
    [{ HEALTH_DB_CHECK_SECONDS: 'vijf' }, 'HEALTH_DB_CHECK_SECONDS'],
    [{ SLACK_API_URL: 'ftp://x' }, 'SLACK_API_URL'],
    [{ SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_SIGNING_SECRET'],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN'],
    [{ MOTIEBOT_CALENDAR_FILE: '/nonexistent/kalender.json' }, 'MOTIEBOT_CALENDAR_FILE'],
  ])('stops on %o with one Dutch message naming %s', (env, variable) => {
    const d = dir();
    expect(() => loadConfig({ DATABASE_PATH: join(d, 'x.db'), ...env })).toThrow(
      expect.objectContaining({ variable, message: expect.stringContaining(`Ongeldige configuratie: ${variable}`) }),
    );
    expect(readdirSync(d)).toEqual([]);
  });

  it('refuses a DATABASE_PATH that is a directory, or under a file, and writes nothing', () => {
    const d = dir();
    mkdirSync(join(d, 'adir'));
    writeFileSync(join(d, 'afile'), 'x');
    expect(() => loadConfig({ DATABASE_PATH: join(d, 'adir') })).toThrow(/DATABASE_PATH .*geen bestand/);
    expect(() => loadConfig({ DATABASE_PATH: join(d, 'afile', 'x.db') })).toThrow(/DATABASE_PATH/);
    expect(readdirSync(d).sort()).toEqual(['adir', 'afile']);
  });
});
