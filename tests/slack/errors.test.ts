// Slack failing under a listener: the person gets a Dutch apology (or nothing breaks), the log has
// the ids and never a token, a signing secret or a response URL.
import { announcementsSettled } from '../../src/slack/changes.ts';
import { describe, expect, it } from 'vitest';
import { getItem } from '../../src/store/items.queries.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../helpers/slack-harness.ts';
import { addItem, chooseMenu, clickButton, codes, expectAcked, findElement, link, reply, term, daysFromToday, useBot, waitFor, type SlackTest } from './support.ts';

const t = useBot();
const APOLOGY = 'Sorry, daar ging iets mis aan onze kant. Probeer het zo nog eens; blijft het misgaan, meld het dan bij de beheerder.';

const logText = (bot: SlackTest) => bot.logs.join('\n');

function expectSafeLogs(bot: SlackTest, extra: string[] = []): void {
  const logs = logText(bot);
  for (const secret of [BOT_TOKEN, SIGNING_SECRET, ...extra]) expect(logs).not.toContain(secret);
}

/** A slash command whose response_url answers 404 (Slack's expired or used URL). */
async function commandWithBrokenResponseUrl(bot: SlackTest, text: string) {
  const brokenUrl = `${bot.fake.origin}/expired/R1`;
  const body = new URLSearchParams({
    token: 'legacy', team_id: 'T1', channel_id: 'COCW', user_id: 'UALICE', command: '/motie', text, api_app_id: 'A1', response_url: brokenUrl, trigger_id: '1.2.3',
  }).toString();
  const posted = await bot.raw(body, { contentType: 'application/x-www-form-urlencoded' });
  return { posted, brokenUrl };
}

describe('Slack errors under a listener', () => {
  it('views.open failing for /motie nieuw: a Dutch apology, and the log names the ids and the error', async () => {
    link(t.bot, 'SOCW', 'CX1');
    t.bot.fake.failNext('views.open', 'expired_trigger_id');
    const posted = await t.bot.command('nieuw', { user: 'UBOB', channel: 'CX1' });
    expectAcked(posted);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral', text: APOLOGY });
    await waitFor(() => logText(t.bot).includes('listener command /motie failed'));
    expect(logText(t.bot)).toMatch(/ERROR .*listener command \/motie failed user=UBOB channel=CX1 team=T1: slack_webapi_platform_error: expired_trigger_id/);
    expectSafeLogs(t.bot, [posted.responseId]);
  });

  it('views.open failing for "Termijn wijzigen": a Dutch apology in the channel, nothing changed', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(3)) });
    const posted = await t.bot.command('status');
    const status = await reply(t.bot, posted.responseId);
    t.bot.fake.failNext('views.open', 'internal_error', { status: 500 });
    const click = await chooseMenu(t.bot, findElement(status.blocks!, 'item_menu', item.id), 'Termijn wijzigen', { ephemeral: true });
    expectAcked(click);
    expect((await reply(t.bot, click.responseId)).text).toBe(APOLOGY);
    expect(getItem(t.bot.deps.db, item.id)!.deadline).toEqual(item.deadline);
    expect(logText(t.bot)).toMatch(/listener action menu failed user=UALICE channel=COCW team=T1/);
    expectSafeLogs(t.bot);
  });

  it('views.open hanging: the listener gives up by itself instead of waiting on Slack', async () => {
    link(t.bot, 'SOCW');
    // Slack never answers this call: only the bot's own time-out can end the wait.
    t.bot.fake.failNext('views.open', 'timeout', { until: new Promise(() => undefined) });
    const posted = await t.bot.command('nieuw');
    expectAcked(posted);
    expect((await reply(t.bot, posted.responseId, 0, 20_000)).text).toBe(APOLOGY);
    expect(t.bot.fake.callsTo('views.open')).toHaveLength(1);
  });

  it('the response URL failing: the failure and the failed apology are logged, and the next command works', async () => {
    const { posted, brokenUrl } = await commandWithBrokenResponseUrl(t.bot, 'help');
    expectAcked(posted);
    await waitFor(() => logText(t.bot).includes('could not send the apology'));
    expect(logText(t.bot)).toMatch(/listener command \/motie failed user=UALICE channel=COCW team=T1/);
    expectSafeLogs(t.bot, [brokenUrl, '/expired/R1']);
    const next = await t.bot.command('kanaal');
    expect((await reply(t.bot, next.responseId)).text).toContain('Dit kanaal is nog nergens aan gekoppeld');
  });

  it('a 429 on views.publish: logged with the user id, no hanging on Retry-After, the next event publishes', async () => {
    t.bot.fake.failNext('views.publish', 'ratelimited', { status: 429, retryAfter: 30 });
    const first = await t.bot.event({ type: 'app_home_opened', user: 'UBOB', channel: 'D1', tab: 'home' });
    expect(first.status).toBe(200);
    // Logged within waitFor's 3 s, so not after the 30 s Retry-After (no wall-clock assertion needed).
    await waitFor(() => logText(t.bot).includes('listener event app_home_opened failed'));
    expect(logText(t.bot)).toMatch(/listener event app_home_opened failed user=UBOB channel=D1 team=T1: slack_webapi_rate_limited_error/);
    const second = await t.bot.event({ type: 'app_home_opened', user: 'UBOB', channel: 'D1', tab: 'home' });
    expect(second.status).toBe(200);
    await waitFor(() => t.bot.fake.callsTo('views.publish').length === 2);
    expectSafeLogs(t.bot);
  });

  it('a database error: a Dutch apology, no stack trace to the user', async () => {
    t.bot.deps.db.$client.exec('ALTER TABLE items RENAME TO items_elsewhere');
    const posted = await t.bot.command('status alles');
    expectAcked(posted);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toBe(APOLOGY);
    expect(logText(t.bot)).toMatch(/listener command \/motie failed user=UALICE channel=COCW team=T1: SQLITE_ERROR: no such table: items/);
    t.bot.deps.db.$client.exec('ALTER TABLE items_elsewhere RENAME TO items');
  });

  it('a database error under a modal: the modal shows the apology instead of closing as if saved', async () => {
    link(t.bot, 'SOCW');
    t.bot.deps.db.$client.exec('ALTER TABLE items RENAME TO items_elsewhere');
    const posted = await t.bot.viewSubmission({
      view: {
        id: 'V1',
        callback_id: 'new_item_modal',
        private_metadata: '{"channelId":"COCW"}',
        state: {
          values: {
            kind: { kind_input: { type: 'static_select', selected_option: { value: 'motie' } } },
            text: { text_input: { type: 'plain_text_input', value: 'verzoekt de regering' } },
            codes: { codes_input: { type: 'plain_text_input', value: 'SOCW' } },
          },
        },
      },
    });
    t.bot.deps.db.$client.exec('ALTER TABLE items_elsewhere RENAME TO items');
    expectAcked(posted);
    expect(posted.json).toMatchObject({ response_action: 'update', view: { type: 'modal', title: { text: 'Er ging iets mis' } } });
    expect(JSON.stringify(posted.json)).toContain(APOLOGY);
    expect(logText(t.bot)).toMatch(/listener view new item failed user=UALICE/);
  });

  it('answers a click through its response URL, so a bot that is not in the channel still works', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(3)) });
    t.bot.fake.failNext('chat.postMessage', 'not_in_channel', { times: 5 });
    const posted = await t.bot.command('status');
    const status = await reply(t.bot, posted.responseId);
    const click = await clickButton(t.bot, findElement(status.blocks!, 'item_done', item.id), { ephemeral: true });
    expect((await reply(t.bot, click.responseId)).replace_original).toBe(true);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('done');
    // The answer went through the response URL. The only post tried is the change line that tells
    // the channel (refused here: not_in_channel), and it comes after the answer.
    await announcementsSettled();
    expect(t.bot.fake.callsTo('chat.postMessage').map((c) => c.body.text)).toEqual([expect.stringMatching(/^✅ #\d+ .* is afgerond door <@UALICE>\.$/)]);
  });
});
