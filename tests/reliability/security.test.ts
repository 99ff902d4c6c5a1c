// Security: only requests signed by Slack within the last five minutes are handled; tokens and
// secrets never reach logs, answers or config errors.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import { announcementsSettled } from '../../src/slack/changes.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { createItem, getItem } from '../../src/store/items.queries.ts';
import { dumpDb, newItem, tempDir } from '../helpers/db.ts';
import { waitFor } from '../helpers/fake-slack.ts';
import { BOT_TOKEN, SIGNING_SECRET, sign, startTestBot, type TestBot } from '../helpers/slack-harness.ts';

const FORM = 'application/x-www-form-urlencoded';

function commandBody(bot: TestBot, text: string): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'COCW',
    user_id: 'UALICE',
    command: '/motie',
    text,
    api_app_id: 'A1',
    response_url: bot.fake.responseUrl('forged'),
    trigger_id: '1.2.3',
  }).toString();
}

describe('request signatures', () => {
  let bot: TestBot;
  let itemId: number;
  beforeAll(async () => {
    bot = await startTestBot();
    insertChannelLink(bot.t.db, parseTarget('SOCW')!, 'COCW', 'UALICE', Date.now());
    itemId = createItem(bot.t.db, newItem(), 'import', Date.now()).id;
  });
  afterAll(() => bot.close());

  const nowSec = () => Math.floor(Date.now() / 1000);
  /** The header and the signature carry one timestamp, read once: two reads may fall in different seconds on a busy machine. */
  const signedAt = (body: string, offset: number, secret?: string) => {
    const timestamp = nowSec() + offset;
    return { timestamp, signature: sign(body, timestamp, secret) };
  };
  const refused: [string, (body: string) => { timestamp?: number; signature?: string }][] = [
    ['a signature made with another secret', (body) => signedAt(body, 0, 'not-the-signing-secret')],
    ['a signature of another body', (body) => ({ signature: sign(`${body}&x=1`, nowSec()) })],
    ['a malformed signature', () => ({ signature: 'v0=zzzz' })],
    ['an empty signature', () => ({ signature: '' })],
    ['a correct signature with a timestamp of 6 minutes ago', (body) => signedAt(body, -360)],
    ['a correct signature with a timestamp of a day ago', (body) => signedAt(body, -86_400)],
    ['a timestamp that is not a number', (body) => ({ timestamp: Number.NaN, signature: sign(body, Number.NaN) })],
    // Bolt 5.1 refuses only old timestamps: a request dated in the future could be kept and used later.
    ['a correct signature with a timestamp 6 minutes in the future', (body) => signedAt(body, 360)],
    ['a correct signature with a timestamp a year in the future', (body) => signedAt(body, 365 * 86_400)],
  ];

  it.each(refused)('refuses %s with 401 and changes nothing', async (_name, forge) => {
    const before = dumpDb(bot.t.db);
    const body = commandBody(bot, `afgerond ${itemId}`);
    const posted = await bot.raw(body, { contentType: FORM, ...forge(body) });
    expect(posted.status).toBe(401);
    expect(posted.text).not.toContain(SIGNING_SECRET);
    await new Promise((r) => setTimeout(r, 100));
    expect(dumpDb(bot.t.db)).toBe(before);
    expect(bot.fake.responses.filter((r) => r.id === 'forged')).toEqual([]);
  });

  it('refuses a forged button click and a forged event with 401', async () => {
    const before = dumpDb(bot.t.db);
    const payload = new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        user: { id: 'UADMIN' },
        actions: [{ action_id: 'item_done', value: JSON.stringify({ id: itemId }), type: 'button' }],
      }),
    }).toString();
    expect((await bot.raw(payload, { contentType: FORM, signature: sign(payload, nowSec(), 'guessed') })).status).toBe(401);
    const event = JSON.stringify({ type: 'event_callback', event: { type: 'app_home_opened', user: 'UALICE' } });
    expect((await bot.raw(event, { contentType: 'application/json', signature: 'v0=00' })).status).toBe(401);
    expect(dumpDb(bot.t.db)).toBe(before);
  });

  it('handles a correct signature with a timestamp 4 minutes off in either direction (Slack\'s window is 5)', async () => {
    for (const offset of [-240, 240]) {
      const body = commandBody(bot, 'help');
      const posted = await bot.raw(body, { contentType: FORM, ...signedAt(body, offset) });
      expect(posted.status).toBe(200);
    }
  });

  it('handles the same request when it is signed correctly and recent (the control)', async () => {
    const body = commandBody(bot, 'help');
    const posted = await bot.raw(body, { contentType: FORM });
    expect(posted.status).toBe(200);
    await waitFor(() => bot.fake.responses.find((r) => r.id === 'forged'));
  });
});

describe('replays and bodies Bolt cannot handle', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
    insertChannelLink(bot.t.db, parseTarget('SOCW')!, 'COCW', 'UALICE', Date.now());
  });
  afterAll(() => bot.close());

  /** A click on an item button as Slack signs it: the same body and timestamp give the same request. */
  function click(actionId: 'item_done' | 'item_undo', itemId: number, n: number): string {
    return new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions',
        team: { id: 'T1', domain: 'ocw' },
        user: { id: 'UALICE', username: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        trigger_id: `${n}.1.abc`,
        response_url: bot.fake.responseUrl(`replay-${n}`),
        channel: { id: 'COCW', name: 'ocw' },
        container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'COCW', is_ephemeral: true },
        actions: [{ type: 'button', action_id: actionId, block_id: `item:${itemId}:actions`, action_ts: `${n}.2`, value: JSON.stringify({ id: itemId }) }],
      }),
    }).toString();
  }

  it('refuses a replayed "Afgerond" click after an undo with 401: the item stays open', async () => {
    const item = createItem(bot.t.db, newItem({ title: 'Replay' }), 'import', Date.now());
    const done = click('item_done', item.id, 1);
    const doneAt = Math.floor(Date.now() / 1000);
    expect((await bot.raw(done, { contentType: FORM, timestamp: doneAt })).status).toBe(200);
    await waitFor(() => getItem(bot.t.db, item.id)?.status === 'done');
    expect((await bot.raw(click('item_undo', item.id, 2), { contentType: FORM })).status).toBe(200);
    await waitFor(() => getItem(bot.t.db, item.id)?.status === 'open');
    await announcementsSettled(); // the undo is told to the channel after the answer
    const before = dumpDb(bot.t.db);

    const replayed = await bot.raw(done, { contentType: FORM, timestamp: doneAt });
    expect(replayed.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(getItem(bot.t.db, item.id)?.status).toBe('open');
    expect(dumpDb(bot.t.db)).toBe(before);
    expect(bot.fake.responses.filter((r) => r.id === 'replay-1')).toHaveLength(1);
    expect(bot.logs.join('\n')).toContain('refused a request to the Slack endpoint (401): a replay of a request already received');
  });

  it.each([
    ['payload=null', 'payload=null', FORM],
    ['payload=[]', 'payload=%5B%5D', FORM],
    ['payload=5', 'payload=5', FORM],
    ['payload="x"', 'payload=%22x%22', FORM],
    ['a JSON body null', 'null', 'application/json'],
    ['a JSON body []', '[]', 'application/json'],
  ])('answers a signed %s with 400 at once and changes nothing', async (_name, body, contentType) => {
    const before = dumpDb(bot.t.db);
    // A hang, not a slow answer: 10 s leaves a loaded machine room (the answer takes milliseconds).
    let timer: NodeJS.Timeout | undefined;
    const posted = await Promise.race([
      bot.raw(body, { contentType }),
      new Promise<never>((_, reject) => { timer = setTimeout(() => { reject(new Error('no answer within 10 s')); }, 10_000); }),
    ]).finally(() => { clearTimeout(timer); });
    expect(posted.status).toBe(400);
    expect(dumpDb(bot.t.db)).toBe(before);
  });

  it('answers 500 signed payload=null requests at once, each with 400 (none holds its connection open)', async () => {
    // Each one different (a signature seen before is a replay: 401).
    const statuses = await Promise.all(Array.from({ length: 500 }, (_, i) => bot.raw(`payload=null&n=${i}`, { contentType: FORM }).then((p) => p.status)));
    expect(statuses.filter((s) => s !== 400)).toEqual([]);
  }, 60_000);
});

describe('secrets stay out of logs and answers', () => {
  it('a listener error whose Slack error text carries the token and the secret logs neither', async () => {
    const bot = await startTestBot();
    try {
      const otherToken = 'xoxb-9999-8888-LEAKEDLEAKEDLEAKED';
      insertChannelLink(bot.t.db, parseTarget('SOCW')!, 'COCW', 'USETUP', Date.now());
      bot.fake.failNext('views.open', `invalid_auth token=${BOT_TOKEN} secret=${SIGNING_SECRET} other=${otherToken}`);
      const posted = await bot.command('nieuw');
      expect(posted.status).toBe(200);
      const answer = await waitFor(() => bot.fake.responses.find((r) => r.id === posted.responseId));
      expect(String(answer.body.text)).toContain('Sorry, daar ging iets mis');
      await waitFor(() => bot.logs.some((l) => l.includes('listener command /motie failed')));
      const everything = [...bot.logs, ...bot.fake.responses.map((r) => JSON.stringify(r.body))].join('\n');
      expect(everything).toContain('invalid_auth');
      expect(everything).not.toContain(BOT_TOKEN);
      expect(everything).not.toContain(SIGNING_SECRET);
      expect(everything).not.toContain('LEAKEDLEAKEDLEAKED');
    } finally {
      await bot.close();
    }
  });

  it('the token is sent to Slack only in the Authorization header, never in a body or a response URL', async () => {
    const bot = await startTestBot();
    try {
      insertChannelLink(bot.t.db, parseTarget('SOCW')!, 'COCW', 'USETUP', Date.now());
      bot.fake.failNext('views.open', 'invalid_auth');
      await bot.command('nieuw');
      await waitFor(() => bot.fake.responses.length > 0);
      for (const call of bot.fake.calls) expect(JSON.stringify(call.body)).not.toContain(BOT_TOKEN);
      for (const r of bot.fake.responses) expect(JSON.stringify(r.body)).not.toContain(BOT_TOKEN);
    } finally {
      await bot.close();
    }
  });

  describe('config errors', () => {
    const dir = tempDir('motiebot-security-');
    afterAll(() => { rmSync(dir, { recursive: true, force: true }); });
    const db = join(dir, 'x.db');
    const BOT = 'xoxb-1111-2222-TOPSECRETBOT';
    const APP = 'xapp-1-A1-3333-TOPSECRETAPP';
    const USER = 'xoxp-4444-5555-TOPSECRETUSER';
    const SECRET = 'topsecretsigning0123456789abcdef';
    const cases: [string, NodeJS.ProcessEnv][] = [
      ['a user token where the bot token belongs', { SLACK_BOT_TOKEN: USER, SLACK_SIGNING_SECRET: SECRET }],
      ['a bot token where the app token belongs', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT }],
      ['an app token where the bot token belongs', { SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: APP }],
      ['an app token without a bot token', { SLACK_APP_TOKEN: APP }],
      ['a bot token without a signing secret in HTTP mode', { SLACK_BOT_TOKEN: BOT }],
      ['a signing secret without a bot token', { SLACK_SIGNING_SECRET: SECRET }],
      ['a bad port next to valid secrets', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'x' }],
      ['a bad admin next to valid secrets', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, MOTIEBOT_ADMINS: 'nobody' }],
      ['a bad API URL next to valid secrets', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'ftp://x' }],
    ];
    it.each(cases)('%s: a Dutch message that names the variable, without any secret', (_name, env) => {
      let error: unknown;
      try {
        loadConfig({ DATABASE_PATH: db, ...env });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const { message, variable } = error as ConfigError;
      expect(message).toMatch(/^Ongeldige configuratie: [A-Z_]+ /);
      expect(message).toContain(variable);
      for (const secret of [BOT, APP, USER, SECRET, 'TOPSECRET']) expect(message).not.toContain(secret);
    });
  });
});
