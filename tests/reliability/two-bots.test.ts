// Two bots on one database that cannot see each other's processes: two containers with the same
// hostname (host networking, or the same `hostname:`), each in its own PID namespace. Real bot
// processes (`dist/main.js`, HTTP mode, the real scheduler and its catch-up at start); each one
// reports a PID that does not exist for the other (helpers/foreign-pid.mjs). A Slack that answers no
// post until the other bot has caught up keeps one bot's digest run going meanwhile. Every channel
// gets one digest.
// RELIABILITY.md "One scheduler at a time" cites this.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/codes.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { closeDb, openDb } from '../../src/store/db.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem, tempDir } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { killIfRunning, startBotProcess, startSlowSlack, type BotProcess, type SlowSlack } from './helpers/bot-process.ts';

const PRELOAD = ['--import', './tests/reliability/helpers/foreign-pid.mjs'];
const CHANNELS = ['C0DIGEST1', 'C0DIGEST2', 'C0DIGEST3', 'C0DIGEST4'];

describe('two bots that cannot see each other’s processes (real processes)', () => {
  let dir: string;
  let dbPath: string;
  let slack: SlowSlack | null = null;
  const bots: BotProcess[] = [];
  beforeEach(() => {
    dir = tempDir('motiebot-two-bots-');
    dbPath = join(dir, 'motiebot.db');
  });
  afterEach(async () => {
    for (const bot of bots.splice(0)) killIfRunning(bot);
    await slack?.close();
    slack = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('post one digest per channel when both start at once and one finds the other posting', async () => {
    const db = openDb(dbPath);
    for (const channel of CHANNELS) insertChannelLink(db, parseTarget('SOCW')!, channel, 'UALICE', Date.now());
    createItem(db, newItem({ title: 'Zichtbaar in het overzicht' }), 'import', Date.now());
    closeDb(db);
    // Both start at once (as two containers do after a deploy); each catches up on the missed
    // digest. Slack answers no post until one bot has found the other's run going, so whichever
    // comes second finds the first one's run under way.
    let answerPosts: () => void = () => undefined;
    const postsAnswered = new Promise<void>((resolve) => {
      answerPosts = resolve;
    });
    slack = await startSlowSlack(0, { until: postsAnswered });
    const env = { DIGEST_CRON: '0 9 * * *', REMINDER_CRON: '0 9 1 1 *' };
    const started = await Promise.all(
      ['4194301', '4194302'].map((pid) => startBotProcess(dbPath, slack!.url, { nodeArgs: PRELOAD, env: { ...env, FOREIGN_PID: pid } })),
    );
    bots.push(...started);
    const outputs = () => started.map((b) => b.output()).join('\n---\n');
    const failWithOutput = (e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\n${outputs()}`);
    };
    await waitFor(() => started.some((bot) => bot.output().includes('digest: skipped (lease-held)')), 40_000).catch(failWithOutput);
    answerPosts();
    const outcome = /digest: (done|incomplete|skipped)[^\n]*/;
    await waitFor(() => started.every((bot) => outcome.test(bot.output())), 40_000).catch(failWithOutput);
    const outcomes = started.map((bot) => outcome.exec(bot.output())![0]).sort();
    expect(outcomes, outputs()).toEqual(['digest: done, 4 posted, 0 pending', 'digest: skipped (lease-held), 0 posted, 0 pending']);
    // Both stop before Slack's record is read: a takeover, had there been one, has reached it by then.
    for (const bot of started) bot.child.kill('SIGTERM');
    for (const bot of started) expect((await bot.exited).code, bot.output()).toBe(0);

    const digests = slack.fake.callsTo('chat.postMessage').map((c) => String(c.body.channel));
    expect(digests.sort()).toEqual([...CHANNELS].sort());
    const check = new Database(dbPath, { readonly: true });
    const rows = check.prepare("SELECT channel_id, state, attempts FROM sent_log WHERE what = 'digest' ORDER BY channel_id").all();
    check.close();
    expect(rows).toEqual(CHANNELS.map((channel_id) => ({ channel_id, state: 'sent', attempts: 1 })));
  }, 90_000);
});
