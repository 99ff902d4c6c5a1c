// Graceful shutdown of the real process: `node dist/main.js` (the compiled bot) in HTTP mode against a
// fake Slack. SIGTERM and SIGINT stop the scheduler at a safe point, close Bolt and the database,
// and exit 0; a reminder run that is interrupted leaves nothing marked sent that was not posted,
// and the next run sends exactly the rest.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDate } from '../../src/clock.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import { runReminders } from '../../src/scheduler/run-reminders.ts';
import { createJobSlackClient } from '../../src/scheduler/slack-client.ts';
import { itemIdOfBlock } from '../../src/slack/blocks/ids.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem, tempDir } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { sign } from '../helpers/slack-harness.ts';
import { BOT_TOKEN, SIGNING_SECRET, startBotProcess, startSlowSlack, type BotProcess, type SlowSlack } from './helpers/bot-process.ts';

async function signedHelp(url: string): Promise<number> {
  const body = new URLSearchParams({ command: '/motie', text: 'help', user_id: 'UALICE', channel_id: 'C1', team_id: 'T1', response_url: 'http://127.0.0.1:9/x', trigger_id: '1' }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, SIGNING_SECRET) },
    body,
  });
  await res.text();
  return res.status;
}

describe('graceful shutdown', () => {
  let dir: string;
  let dbPath: string;
  let slack: SlowSlack;
  let bot: BotProcess | null = null;
  beforeEach(() => {
    dir = tempDir('motiebot-shutdown-');
    dbPath = join(dir, 'motiebot.db');
  });
  afterEach(async () => {
    if (bot?.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
    bot = null;
    // a test may have failed before it started the stand-in
    await (slack as SlowSlack | undefined)?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('%s stops the bot within seconds with exit 0 and a cleanly closed database', async (signal) => {
    const db = openDb(dbPath);
    createItem(db, newItem({ title: 'Blijft bewaard' }), 'import', Date.now());
    closeDb(db);
    slack = await startSlowSlack(0);
    bot = await startBotProcess(dbPath, slack.url);
    expect(bot.url).toMatch(/^http:\/\/localhost:\d+\/slack\/events$/);
    expect(bot.url).not.toContain(':0/');
    expect(await signedHelp(bot.url.replace('localhost', '127.0.0.1'))).toBe(200);
    await waitFor(() => bot!.output().includes('caught up on missed runs'));

    bot.child.kill(signal);
    const exit = await bot.exited;
    // Within seconds: a stop that does not finish within src/main.ts' SHUTDOWN_LIMIT_MS (25 s) exits
    // 1 and says so. (No wall-clock bound here: on a loaded machine seconds stretch.)
    expect(exit, bot.output()).toMatchObject({ code: 0, signal: null });
    expect(bot.output()).not.toContain('shutdown took longer');
    expect(bot.output()).toContain(`${signal} received: stopping`);
    expect(bot.output()).toContain('stopped cleanly');

    // Checkpointed and closed: no WAL left behind with data in it, and the data is there.
    expect(!existsSync(`${dbPath}-wal`) || statSync(`${dbPath}-wal`).size === 0).toBe(true);
    const check = new Database(dbPath, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((check.prepare('SELECT title FROM items').get() as { title: string }).title).toBe('Blijft bewaard');
    check.close();
    // The HTTP port is closed.
    await expect(fetch(bot.url.replace('localhost', '127.0.0.1'), { method: 'POST' })).rejects.toThrow();
    expect(bot.output()).not.toContain(BOT_TOKEN);
    expect(bot.output()).not.toContain(SIGNING_SECRET);
  });

  it('a signed payload=null (Bolt would throw and never answer) gets 400 and the process keeps running; SIGTERM still stops it cleanly', async () => {
    slack = await startSlowSlack(0);
    bot = await startBotProcess(dbPath, slack.url);
    const url = bot.url.replace('localhost', '127.0.0.1');
    const body = new URLSearchParams({ payload: 'null' }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, SIGNING_SECRET) },
      body,
      signal: AbortSignal.timeout(5000),
    });
    expect(answer.status).toBe(400);
    expect(bot.child.exitCode).toBeNull();
    expect(await signedHelp(url)).toBe(200);
    expect(bot.output()).not.toContain('unhandled rejection');
    bot.child.kill('SIGTERM');
    expect(await bot.exited, bot.output()).toMatchObject({ code: 0, signal: null });
  });

  it('SIGTERM during a reminder run with many posts stops at a safe point; the next run sends exactly the rest', async () => {
    const today = amsterdamDate(new Date());
    const deadline = format(addDays(parseISO(today), 5), 'yyyy-MM-dd');
    const channels = ['C0REMIND1', 'C0REMIND2', 'C0REMIND3'];
    const db = openDb(dbPath);
    for (const channel of channels) insertChannelLink(db, parseTarget('SOCW')!, channel, 'UALICE', Date.now());
    for (let i = 1; i <= 8; i++) {
      createItem(
        db,
        newItem({ title: `Toezegging ${i}`, deadline: { earliest: null, deadline, text: 'binnenkort', basis: 'explicit', soft: false, source: 'request' } }),
        'import',
        Date.now(),
      );
    }
    closeDb(db);
    const planned = channels.length * 8;

    // Each post takes 400 ms and posts in one channel are 1 s apart: the run would take ~8 s.
    slack = await startSlowSlack(400);
    bot = await startBotProcess(dbPath, slack.url);
    await waitFor(() => slack.answeredPosts >= 4);
    bot.child.kill('SIGTERM');
    const exit = await bot.exited;
    // At a safe point, not at the end of the run (fewer posts than planned, below) and not at the
    // 25 s limit (exit 1).
    expect(exit, bot.output()).toMatchObject({ code: 0, signal: null });
    expect(bot.output()).toMatch(/reminders: incomplete \(stopped\)/);

    const postsBefore = slack.fake.callsTo('chat.postMessage').length;
    expect(slack.answeredPosts).toBe(postsBefore);
    expect(postsBefore).toBeLessThan(planned);
    const after = new Database(dbPath, { readonly: true });
    const rows = after.prepare("SELECT item_id, channel_id, state FROM sent_log WHERE what = 'reminder:7'").all() as {
      item_id: number;
      channel_id: string;
      state: string;
    }[];
    const lease = after.prepare("SELECT holder, last_completed_at FROM leases WHERE name = 'reminders'").get() as {
      holder: string;
      last_completed_at: number | null;
    };
    after.close();
    // Nothing marked sent that was not posted, and everything posted is marked sent.
    const posted = slack.fake.callsTo('chat.postMessage').map((c) => {
      const blocks = c.body.blocks as { block_id?: string }[];
      return `${String(itemIdOfBlock(blocks.find((b) => itemIdOfBlock(b.block_id) !== null)?.block_id))}:${String(c.body.channel)}`;
    });
    const sent = rows.filter((r) => r.state === 'sent').map((r) => `${r.item_id}:${r.channel_id}`);
    expect(sent.sort()).toEqual([...posted].sort());
    expect(rows.filter((r) => r.state !== 'sent' && r.state !== 'pending')).toEqual([]);
    // The lease is released and the run is not recorded as complete: the next start catches up.
    expect(lease).toEqual({ holder: '', last_completed_at: null });

    // The next run (here in-process) sends exactly what was left, and nothing twice.
    slack.fake.reset();
    slack.postDelayMs = 0;
    const reopened = openDb(dbPath);
    try {
      const result = await runReminders({
        db: reopened,
        slack: createJobSlackClient({ token: BOT_TOKEN, apiUrl: slack.url }),
        leadDays: [28, 7, 0],
        delivery: { perChannelMs: 0 },
      });
      expect(result).toMatchObject({ status: 'done', posted: planned - postsBefore, alreadySent: 0 });
      const second = slack.fake.callsTo('chat.postMessage').map((c) => {
        const blocks = c.body.blocks as { block_id?: string }[];
        return `${String(itemIdOfBlock(blocks.find((b) => itemIdOfBlock(b.block_id) !== null)?.block_id))}:${String(c.body.channel)}`;
      });
      expect(new Set([...posted, ...second]).size).toBe(planned);
      expect((reopened.$client.prepare("SELECT count(*) AS n FROM sent_log WHERE state = 'sent'").get() as { n: number }).n).toBe(planned);
    } finally {
      closeDb(reopened);
    }
  }, 60_000);
});
