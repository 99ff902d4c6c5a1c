// The App Home tab: app_home_opened through the real receiver (signed JSON events, retries).
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { dumpDb } from '../helpers/db.ts';
import { sign } from '../helpers/slack-harness.ts';
import { addItem, allText, codes, daysFromToday, findElement, link, seedBulk, shownItemIds, term, useBot, waitFor, type SlackTest } from './support.ts';

const t = useBot();

function homeOpened(user = 'UALICE', tab = 'home') {
  return { type: 'app_home_opened', user, channel: 'DHOME', tab, event_ts: '1700000000.000001' };
}

/** Sends an event as Slack's retry would: the same event id, with x-slack-retry-num. */
/** `at` is the request's timestamp in seconds: a number repeats a request byte for byte; an offset is from now. */
async function sendWithRetryHeaders(bot: SlackTest, eventId: string, retryNum: number, offsetSeconds = 0, at?: number) {
  const body = JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1700000000, event: homeOpened() });
  const timestamp = at ?? Math.floor(Date.now() / 1000) + offsetSeconds;
  const res = await fetch(bot.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
      ...(retryNum > 0 ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' } : {}),
    },
    body,
  });
  await res.text();
  return res.status;
}

async function publishedHome(bot: SlackTest, n = 0) {
  const call = await waitFor(() => bot.fake.callsTo('views.publish')[n]);
  return call.body as { user_id: string; view: { type: string; blocks: KnownBlock[] } };
}

describe('app_home_opened', () => {
  it('publishes the picture per code, the channel links and the urgent items with their buttons', async () => {
    link(t.bot, 'SOCW', 'COCW');
    link(t.bot, 'MJenV', 'CJENV');
    const overdue = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(-10)) });
    const soon = addItem(t.bot, { responsible: codes('SOCW', 'MJenV'), deadline: term(daysFromToday(5)) });
    addItem(t.bot, { responsible: codes('MJenV'), deadline: term(daysFromToday(100)) });
    addItem(t.bot, { responsible: codes('MJenV'), status: 'done' });
    const posted = await t.bot.event(homeOpened('UBOB'));
    expect(posted.status).toBe(200);
    const home = await publishedHome(t.bot);
    expect(home.user_id).toBe('UBOB');
    expect(home.view.type).toBe('home');
    const text = allText(home.view.blocks);
    expect(text).toContain('Stand op maandag 15 september 2025.');
    expect(text).toContain('*MJenV*\n2 open: 0 te laat · 1 binnen 4 weken · 1 later · 0 zonder termijn');
    expect(text).toContain('*SOCW*\n2 open: 1 te laat · 1 binnen 4 weken · 0 later · 0 zonder termijn');
    expect(text).toContain('• MJenV → <#CJENV>\n• SOCW → <#COCW>');
    expect(shownItemIds(home.view.blocks)).toEqual([overdue.id, soon.id]);
    // UBOB is no admin: from the Home tab he may not change items, so there is no Afgerond (whose
    // confirmation would end in a refusal); the row names the channels where he can.
    expect(() => findElement(home.view.blocks, 'item_done', overdue.id)).toThrow();
    expect(text).toContain('🔒 Afronden en de termijn wijzigen kan in <#COCW>.');
    expect(text).toContain('🔒 Afronden en de termijn wijzigen kan in <#CJENV> of <#COCW>.');
    expect(findElement(home.view.blocks, 'item_menu', soon.id)).toBeDefined();
  });

  it('offers Afgerond on the Home tab to an admin, who may change items from anywhere', async () => {
    (t.bot.deps.admins as string[]).push('UADMIN');
    link(t.bot, 'SOCW', 'COCW');
    const overdue = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(-10)) });
    await t.bot.event(homeOpened('UADMIN'));
    const home = await publishedHome(t.bot);
    expect(findElement(home.view.blocks, 'item_done', overdue.id).element.text?.text).toBe('Afgerond');
    expect(allText(home.view.blocks)).not.toContain('🔒');
  });

  it('says so when there is nothing yet', async () => {
    await t.bot.event(homeOpened());
    const text = allText((await publishedHome(t.bot)).view.blocks);
    expect(text).toContain('Nog geen moties of toezeggingen.');
    expect(text).toContain('Nog geen kanalen gekoppeld.');
    expect(text).toContain('🎉 Niets te laat en niets dat binnen 4 weken moet.');
  });

  it('does nothing for the Messages tab', async () => {
    const posted = await t.bot.event(homeOpened('UALICE', 'messages'));
    expect(posted.status).toBe(200);
    await new Promise((r) => setTimeout(r, 150));
    expect(t.bot.fake.callsTo('views.publish')).toEqual([]);
  });

  it('stays within 100 blocks with 500 items and 30 codes, and says how many more there are', async () => {
    const all = ['SOCW', 'MOCW', 'SSZW', 'MSZW', 'MVWS', 'SVWS', 'MJenV', 'SJenV', 'MBZK', 'SBZK', 'MIenW', 'SIenW', 'MFin', 'SFin', 'MEZ', 'MLVVN', 'SLVVN', 'MDef', 'SDef', 'MBZ', 'MAZ', 'MKGG', 'MVRO', 'MBHO', 'SEZK', 'MLNV', 'MKR', 'MAenM', 'MVenJ', 'MIenM'];
    for (const [i, code] of all.entries()) link(t.bot, code, `C${i}`);
    seedBulk(
      t.bot.deps.db,
      Array.from({ length: 500 }, (_, i) => ({
        title: `Onderwerp ${i} ${'met een lange titel & <meer> '.repeat(10)}`,
        submitters: ['Mutluer', 'Van der Laan', 'Paternotte'],
        codes: [all[i % all.length]!, all[(i * 7) % all.length]!],
        deadline: daysFromToday((i % 40) - 20),
      })),
    );
    await t.bot.event(homeOpened());
    const home = await publishedHome(t.bot);
    expect(home.view.blocks.length).toBeLessThanOrEqual(100);
    expect(shownItemIds(home.view.blocks).length).toBeGreaterThan(20);
    const rest = /…en nog (\d+) andere\. Typ `\/motie status alles`/.exec(allText(home.view.blocks));
    expect(Number(rest?.[1]) + shownItemIds(home.view.blocks).length).toBe(t.bot.deps.db.$client.prepare("SELECT count(*) AS n FROM items WHERE status = 'open' AND deadline <= '2025-10-13'").pluck().get());
  });

  it('is harmless when Slack retries the event re-signed: the same Home again and nothing else changes', async () => {
    link(t.bot, 'SOCW');
    addItem(t.bot, { deadline: term(daysFromToday(-1)) });
    const before = dumpDb(t.bot.deps.db);
    // each retry signed anew (another timestamp), so it is handled again, idempotently
    expect(await sendWithRetryHeaders(t.bot, 'EvSAME', 0, -2)).toBe(200);
    expect(await sendWithRetryHeaders(t.bot, 'EvSAME', 1, -1)).toBe(200);
    expect(await sendWithRetryHeaders(t.bot, 'EvSAME', 2, 0)).toBe(200);
    const first = await publishedHome(t.bot, 0);
    const last = await publishedHome(t.bot, 2);
    expect(last).toEqual(first);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).not.toMatch(/ERROR/);
  });

  it('acknowledges a retry that repeats the very request it already received, without handling it again', async () => {
    link(t.bot, 'SOCW');
    // One timestamp for both: computed per call, the two could fall in different seconds on a busy
    // machine and then be two differently signed requests (CI failed on exactly that).
    const at = Math.floor(Date.now() / 1000);
    expect(await sendWithRetryHeaders(t.bot, 'EvSAME', 0, 0, at)).toBe(200);
    await publishedHome(t.bot, 0);
    expect(await sendWithRetryHeaders(t.bot, 'EvSAME', 1, 0, at)).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.bot.fake.callsTo('views.publish')).toHaveLength(1);
  });
});
