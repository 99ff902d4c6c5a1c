// Every message, modal and Home tab the bot sends stays within Slack's Block Kit limits, with
// 500 items of extreme length in one channel. (useBot checks all traffic after each test; these
// tests also check explicitly, so that they fail here when a limit is broken.)
import { announcementsSettled } from '../../src/slack/changes.ts';
import { describe, expect, it } from 'vitest';
import { updateItem } from '../../src/store/items.queries.ts';
import { ackedViews, sentPayloads, trafficViolations } from '../helpers/block-kit-limits.ts';
import {
  allText,
  chooseMenu,
  clickButton,
  daysFromToday,
  expectAcked,
  findElement,
  HOSTILE,
  link,
  reply,
  seedBulk,
  shownItemIds,
  useBot,
  waitFor,
  type BulkItem,
  type SlackTest,
} from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

const heavy = (n: number, word: string) => word.repeat(Math.ceil(n / word.length)).slice(0, n);
const CODES = ['SOCW', 'MOCW', 'MJenV', 'SJenV', 'MBZK', 'SBZK', 'MSZW', 'SSZW'];

function extreme(i: number): BulkItem {
  return {
    kind: i % 3 === 0 ? 'toezegging' : 'motie',
    title: `${i} ${heavy(1000, `Onderzoek & <ontwikkeling> ${HOSTILE} `)}`,
    text: heavy(12_000, `verzoekt de regering & ${HOSTILE} `),
    submitters: Array.from({ length: 25 }, (_, k) => `Van der Achternaam-Dubbelnaam & Co ${k}`),
    cs: true,
    kamerstuk: { dossier: '36200-VIII-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', number: String(100000 + i), vergaderjaar: '2024/25' },
    statusText: heavy(8000, `Brief & <stand> ${HOSTILE} `),
    deadline: daysFromToday((i % 56) - 28),
    deadlineText: heavy(700, `vóór het commissiedebat & <overleg> ${HOSTILE} `),
    codes: CODES,
  };
}

function seed500(bot: SlackTest): number[] {
  link(bot, 'SOCW', 'COCW');
  return seedBulk(bot.deps.db, Array.from({ length: 500 }, (_, i) => extreme(i)));
}

function checkEverything(bot: SlackTest): number {
  const sent = [...sentPayloads(bot.fake), ...ackedViews(bot.acks)];
  expect(trafficViolations(sent)).toEqual([]);
  return sent.length;
}

describe('Block Kit limits with 500 extreme items in a channel', () => {
  it('status pages (first, next, last), sharing, and redraws after clicks', async () => {
    seed500(t.bot);
    const posted = await t.bot.command('status');
    expectAcked(posted);
    const first = await reply(t.bot, posted.responseId);
    expect(shownItemIds(first.blocks)).toHaveLength(10);
    expect(allText(first.blocks)).toContain('…en nog 490 andere (knop Volgende).');
    let page = first;
    for (let p = 1; p <= 3; p += 1) {
      const click = await clickButton(t.bot, findElement(page.blocks!, 'status_page:next'), { ephemeral: true });
      page = await reply(t.bot, click.responseId);
    }
    const lastButton = findElement(page.blocks!, 'status_page:next');
    const last = await clickButton(t.bot, { ...lastButton, element: { ...lastButton.element, value: JSON.stringify({ scope: '', page: 49 }) } }, { ephemeral: true });
    const lastPage = await reply(t.bot, last.responseId);
    expect(shownItemIds(lastPage.blocks)).toHaveLength(10);

    const done = await clickButton(t.bot, findElement(page.blocks!, 'item_done', shownItemIds(page.blocks)[0]), { ephemeral: true });
    const redrawn = await reply(t.bot, done.responseId);
    expect(allText(redrawn.blocks)).toContain('Afgerond door <@UALICE>');

    const share = await clickButton(t.bot, findElement(first.blocks!, 'status_share'), { ephemeral: true });
    const shared = await reply(t.bot, share.responseId);
    await reply(t.bot, share.responseId, 3); // the list is shared from its start in four messages
    const inShared = await clickButton(t.bot, findElement(shared.blocks!, 'item_done', shownItemIds(shared.blocks)[2]), {
      message: { ts: '1700000000.000777', text: shared.text, blocks: shared.blocks! },
    });
    await reply(t.bot, inShared.responseId);
    // Each "Afgerond" also tells the channel (one change line each), within the limits too.
    await waitFor(() => t.bot.fake.callsTo('chat.postMessage').length >= 2);
    expect(checkEverything(t.bot)).toBe(13);
  });

  it('the redraw after a recurring item moves on (the largest notice)', async () => {
    seed500(t.bot);
    t.bot.deps.db.$client.prepare("UPDATE items SET recurrence = 'P1Y'").run();
    const posted = await t.bot.command('status');
    const first = await reply(t.bot, posted.responseId);
    const click = await clickButton(t.bot, findElement(first.blocks!, 'item_done', shownItemIds(first.blocks)[0]), { ephemeral: true });
    const redrawn = await reply(t.bot, click.responseId);
    expect(allText(redrawn.blocks)).toContain('is afgerond voor deze keer');
    // The click also tells the channel (one change line, posted after the answer): within the limits too.
    await announcementsSettled();
    expect(t.bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(checkEverything(t.bot)).toBe(3);
  });

  it('search results, details with a long history, the term modal and the Home tab', async () => {
    const ids = seed500(t.bot);
    for (let k = 0; k < 40; k += 1) {
      updateItem(t.bot.deps.db, ids[0]!, { statusText: `${k} ${heavy(3000, `stand & ${HOSTILE} `)}` }, 'UBOB', Date.UTC(2025, 8, 1) + k);
    }
    const search = await t.bot.command('zoek onderzoek');
    const results = await reply(t.bot, search.responseId);
    expect(shownItemIds(results.blocks)).toHaveLength(10);

    const details = await chooseMenu(t.bot, findElement(results.blocks!, 'item_menu', ids[0]), 'Details', { ephemeral: true });
    expect(allText((await reply(t.bot, details.responseId)).blocks)).toContain('Laatste wijzigingen');

    await chooseMenu(t.bot, findElement(results.blocks!, 'item_menu', ids[0]), 'Termijn wijzigen', { ephemeral: true });
    await waitFor(() => t.bot.fake.callsTo('views.open')[0]);

    await t.bot.event({ type: 'app_home_opened', user: 'UALICE', channel: 'D1', tab: 'home' });
    await waitFor(() => t.bot.fake.callsTo('views.publish')[0]);
    expect(checkEverything(t.bot)).toBe(4);
  });

  it('the new-item modal and its confirmation with the longest input', async () => {
    for (const ministry of ['OCW', 'JenV', 'BZK', 'SZW']) link(t.bot, ministry);
    const opened = await t.bot.command('nieuw');
    expectAcked(opened);
    await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    const ack = await t.bot.viewSubmission({
      view: {
        id: 'V1',
        callback_id: 'new_item_modal',
        private_metadata: JSON.stringify({ channelId: 'COCW' }),
        state: {
          values: {
            kind: { kind_input: { type: 'static_select', selected_option: { value: 'motie' } } },
            text: { text_input: { type: 'plain_text_input', value: heavy(3000, `verzoekt & ${HOSTILE} `) } },
            title: { title_input: { type: 'plain_text_input', value: heavy(150, `Titel & ${HOSTILE} `) } },
            codes: { codes_input: { type: 'plain_text_input', value: CODES.join(', ') } },
            term: { term_input: { type: 'plain_text_input', value: 'voor de zomer van 2026' } },
          },
        },
      },
    });
    expect((ack.json as { response_action: string }).response_action).toBe('update');
    expect(checkEverything(t.bot)).toBe(2);
  });

  it('plain answers: help, and linking twenty codes at once', async () => {
    const help = await t.bot.command('help');
    await reply(t.bot, help.responseId);
    const many = ['SOCW', 'MOCW', 'SSZW', 'MSZW', 'MVWS', 'SVWS', 'MJenV', 'SJenV', 'MBZK', 'SBZK', 'MIenW', 'SIenW', 'MFin', 'SFin', 'MEZ', 'MLVVN', 'SLVVN', 'MDef', 'SDef', 'MBZ'];
    const link20 = await t.bot.command(`kanaal ${many.join(' ')}`, { user: 'UADMIN' });
    expect((await reply(t.bot, link20.responseId)).text).toContain('MBZ.');
    const list = await t.bot.command('kanaal');
    await reply(t.bot, list.responseId);
    expect(checkEverything(t.bot)).toBe(3);
  });
});
