// The health endpoint of the real bot process (`dist/main.js`, HTTP mode, Bolt's receiver):
// GET /healthz reports the database's quick_check and the scheduler's leases, 200 when healthy and
// 503 when the database is damaged or this bot runs a job whose lease is no longer its own.
// The Dockerfile's HEALTHCHECK and compose.yaml call it. RELIABILITY.md "Health" cites these.
import { rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import type { HealthReport } from '../../src/domain/health.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { corruptItemsPage, seedItems } from '../helpers/corrupt-db.ts';
import { newItem, tempDir } from '../helpers/db.ts';
import { killIfRunning, postSigned, startBotProcess, startSlowSlack, type BotProcess, type SlowSlack } from './helpers/bot-process.ts';

/** Asks until `check` gives a value (an async waitFor). */
async function poll<T>(check: () => Promise<T | null>, timeoutMs: number, context: () => string): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms\n${context()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function health(bot: BotProcess, method: 'GET' | 'HEAD' = 'GET'): Promise<{ status: number; body: HealthReport | null; type: string | null }> {
  const res = await fetch(bot.url.replace('/slack/events', '/healthz'), { method });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as HealthReport) : null, type: res.headers.get('content-type') };
}

/** The Keep-Alive header the bot's HTTP server sends on a kept-alive connection. */
function keepAliveHeader(bot: BotProcess): Promise<string | undefined> {
  const agent = new Agent({ keepAlive: true });
  return new Promise<string | undefined>((resolve, reject) => {
    get(bot.url.replace('/slack/events', '/healthz'), { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        agent.destroy();
        resolve(res.headers['keep-alive']?.toString());
      });
    }).on('error', reject);
  });
}

describe('GET /healthz on the real bot process', () => {
  let dir: string;
  let dbPath: string;
  let bot: BotProcess | null = null;
  let slack: SlowSlack | null = null;
  beforeEach(() => {
    dir = tempDir('motiebot-health-');
    dbPath = join(dir, 'motiebot.db');
  });
  afterEach(async () => {
    killIfRunning(bot);
    bot = null;
    await slack?.close();
    slack = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 200 with the quick_check and the leases; 503 naming the damage once the file is corrupted under it', async () => {
    seedItems(dbPath);
    slack = await startSlowSlack(0);
    // No job is due at start: nothing holds a lease.
    bot = await startBotProcess(dbPath, slack.url, { env: { HEALTH_DB_CHECK_SECONDS: '1', DIGEST_CRON: '0 9 1 1 *', REMINDER_CRON: '0 9 1 1 *' } });
    const ok = await health(bot);
    expect(ok.status, bot.output()).toBe(200);
    // An idle connection stays open 65 s, not Node's 5 s, so a client never reuses one the bot just closed.
    expect(await keepAliveHeader(bot)).toBe('timeout=65');
    expect(ok.type).toMatch(/^application\/json/);
    expect(ok.body).toMatchObject({ status: 'ok', problems: [], database: { ok: true, quickCheck: 'ok' }, scheduler: { active: true, running: [] } });
    expect((await health(bot, 'HEAD')).status).toBe(200);
    // Slack's endpoint is unchanged: an unsigned request is still refused.
    expect((await fetch(bot.url.replace('localhost', '127.0.0.1'), { method: 'POST', body: 'x' })).status).toBe(401);

    corruptItemsPage(dbPath);
    // The next request after a second starts a check in the background; a later one reports it.
    const running = bot;
    const bad = await poll(async () => {
      const h = await health(running);
      return h.status === 503 ? h : null;
    }, 30_000, () => running.output());
    expect(bad.body?.status).toBe('unhealthy');
    expect(bad.body?.database.ok).toBe(false);
    expect(bad.body?.database.quickCheck).not.toBe('ok');
    expect(bad.body?.problems.map((p) => p.code)).toEqual(['DATABASE_CORRUPT']);
    expect((await health(bot, 'HEAD')).status).toBe(503);
  }, 90_000);

  it('reports the lease of a job this bot runs as its own, and answers 503 when that lease expired or another holder has it', async () => {
    const db = openDb(dbPath);
    insertChannelLink(db, parseTarget('SOCW')!, 'C0HEALTH1', 'UALICE', Date.now());
    createItem(db, newItem({ title: 'Zichtbaar in het overzicht' }), 'import', Date.now());
    closeDb(db);
    // The digest is missed at start (daily cron), so the bot catches up; its one post hangs in Slack.
    slack = await startSlowSlack(60_000);
    bot = await startBotProcess(dbPath, slack.url, { env: { DIGEST_CRON: '0 9 * * *', REMINDER_CRON: '0 9 1 1 *' } });
    const running = bot;
    const holding = await poll(async () => {
      const h = await health(running);
      return h.body?.scheduler.running.includes('digest') ? h : null;
    }, 30_000, () => running.output());
    expect(holding.status).toBe(200);
    const lease = holding.body!.scheduler.leases.find((l) => l.job === 'digest');
    expect(lease).toMatchObject({ heldByThisInstance: true, shouldHold: true, fresh: true });
    expect(lease?.holder).toMatch(/^[0-9a-f-]{36}@/);

    const other = new Database(dbPath);
    try {
      // Its renewal stopped working long enough for the lease to expire.
      other.prepare("UPDATE leases SET expires_at = ? WHERE name = 'digest'").run(Date.now() - 1000);
      const expired = await health(bot);
      expect(expired.status).toBe(503);
      expect(expired.body?.problems).toEqual([expect.objectContaining({ code: 'LEASE_STALE', job: 'digest' })]);
      expect(expired.body?.problems[0]?.detail).toContain('expired');
      expect(expired.body?.database.ok).toBe(true);

      // Another process took it over.
      other.prepare("UPDATE leases SET holder = 'someone-else@elsewhere', expires_at = ? WHERE name = 'digest'").run(Date.now() + 120_000);
      const taken = await health(bot);
      expect(taken.status).toBe(503);
      expect(taken.body?.scheduler.leases.find((l) => l.job === 'digest')).toMatchObject({ holder: 'someone-else@elsewhere', heldByThisInstance: false, shouldHold: true, fresh: true });
      expect(taken.body?.problems[0]?.code).toBe('LEASE_STALE');
      expect(taken.body?.problems[0]?.detail).toContain('someone-else@elsewhere');
    } finally {
      other.close();
    }
    // The endpoint never blocked Slack's: a signed request is still answered.
    expect((await postSigned(bot.url, { command: '/motie', text: 'help', user_id: 'UALICE', channel_id: 'C0HEALTH1', team_id: 'T1', response_url: `${slack.url}x` })).status).toBe(200);
  }, 90_000);
});
