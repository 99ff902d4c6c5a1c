// An item whose every text field tries `<!channel>`, `<@U123>` and a disguised link: no message,
// modal or Home tab may carry it raw. (useBot's after-each check scans everything sent; this file
// makes sure every surface is actually sent at least once with such an item.)
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { markDone, updateItem } from '../../src/store/items.queries.ts';
import { sentPayloads } from '../helpers/block-kit-limits.ts';
import { addItem, chooseMenu, clickButton, codes, daysFromToday, findElement, HOSTILE, link, reply, term, useBot, waitFor } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

describe('mrkdwn injection from item text', () => {
  it('is escaped in every message, modal and Home tab', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, {
      kind: 'toezegging',
      title: `Titel ${HOSTILE}`,
      text: `Tekst ${HOSTILE}`,
      submitters: [HOSTILE, 'Mutluer'],
      kamerstuk: { dossier: '<!channel>', number: '<@U123>', vergaderjaar: '<https://evil.example|klik>' },
      statusText: `Stand ${HOSTILE}`,
      responsible: codes('SOCW'),
      deadline: term(daysFromToday(-5), `voor de zomer ${HOSTILE}`),
    });
    updateItem(t.bot.deps.db, item.id, { title: `Nieuwe titel ${HOSTILE}` }, 'UEDITOR', t.bot.deps.now().getTime());
    const recurring = addItem(t.bot, { title: `Terugkerend ${HOSTILE}`, recurrence: 'P1Y', responsible: codes('SOCW'), deadline: term(daysFromToday(3), HOSTILE) });
    const third = addItem(t.bot, { title: `Derde ${HOSTILE}`, responsible: codes('MJenV'), deadline: term(daysFromToday(-1), HOSTILE) });

    // Status, share, paging, done/undo in place and in the ephemeral page, search, details.
    const status = await reply(t.bot, (await t.bot.command('status')).responseId);
    const shared = await reply(t.bot, (await clickButton(t.bot, findElement(status.blocks!, 'status_share'), { ephemeral: true })).responseId);
    const message = { ts: '1700000000.000321', text: shared.text, blocks: shared.blocks! };
    const doneInPlace = await reply(t.bot, (await clickButton(t.bot, findElement(shared.blocks!, 'item_done', item.id), { message })).responseId);
    await reply(t.bot, (await clickButton(t.bot, findElement(doneInPlace.blocks!, 'item_undo', item.id), { message: { ...message, blocks: doneInPlace.blocks! } })).responseId);
    const ephemeralDone = await reply(t.bot, (await clickButton(t.bot, findElement(status.blocks!, 'item_done', item.id), { ephemeral: true })).responseId);
    await reply(t.bot, (await clickButton(t.bot, findElement(ephemeralDone.blocks!, 'item_undo', item.id), { ephemeral: true })).responseId);
    await reply(t.bot, (await clickButton(t.bot, findElement(status.blocks!, 'item_done', recurring.id), { ephemeral: true })).responseId);
    const search = await reply(t.bot, (await t.bot.command('zoek titel')).responseId);
    const searchDone = await reply(t.bot, (await clickButton(t.bot, findElement(search.blocks!, 'item_done', item.id), { ephemeral: true })).responseId);
    await reply(t.bot, (await clickButton(t.bot, findElement(searchDone.blocks!, 'item_undo', item.id), { ephemeral: true })).responseId);
    await reply(t.bot, (await chooseMenu(t.bot, findElement(status.blocks!, 'item_menu', item.id), 'Details', { ephemeral: true })).responseId);
    // Term modal, the /motie termijn answer, already-done answers, the Home tab.
    await chooseMenu(t.bot, findElement(status.blocks!, 'item_menu', item.id), 'Termijn wijzigen', { ephemeral: true });
    await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    await reply(t.bot, (await t.bot.command(`termijn ${item.id} eind maart 2026`)).responseId);
    markDone(t.bot.deps.db, item.id, 'cli:<!channel>', t.bot.deps.now().getTime());
    await reply(t.bot, (await clickButton(t.bot, findElement(shared.blocks!, 'item_done', item.id), { message })).responseId);
    await reply(t.bot, (await t.bot.command(`afgerond ${item.id}`)).responseId);
    await t.bot.event({ type: 'app_home_opened', user: 'UADMIN', channel: 'D1', tab: 'home' });
    const home = await waitFor(() => t.bot.fake.callsTo('views.publish')[0]);
    const homeBlocks = (home.body.view as { blocks: KnownBlock[] }).blocks;
    await chooseMenu(t.bot, findElement(homeBlocks, 'item_menu', third.id), 'Details', { home: true, user: 'UADMIN' });
    await waitFor(() => t.bot.fake.callsTo('views.open')[1]);
    await clickButton(t.bot, findElement(homeBlocks, 'item_done', third.id), { home: true, user: 'UADMIN' });
    await waitFor(() => t.bot.fake.callsTo('views.publish')[1]);

    const sent = sentPayloads(t.bot.fake);
    expect(sent.length).toBeGreaterThanOrEqual(18);
    // The hostile text did reach every surface, escaped.
    const escapedEverywhere = sent.filter((s) => JSON.stringify(s.payload).includes('&lt;!channel&gt;'));
    expect(escapedEverywhere.length).toBeGreaterThanOrEqual(15);
    for (const s of sent) expect(JSON.stringify(s.payload), s.via).not.toMatch(/<!channel>|<!here>|<@U123>|<https:\/\/evil/);
  });

  it('is escaped in the new-item confirmation and the term confirmation', async () => {
    link(t.bot, 'SOCW');
    const ack = await t.bot.viewSubmission({
      view: {
        id: 'V1',
        callback_id: 'new_item_modal',
        private_metadata: '{"channelId":"COCW"}',
        state: {
          values: {
            kind: { kind_input: { type: 'static_select', selected_option: { value: 'motie' } } },
            text: { text_input: { type: 'plain_text_input', value: HOSTILE } },
            title: { title_input: { type: 'plain_text_input', value: HOSTILE } },
            codes: { codes_input: { type: 'plain_text_input', value: 'SOCW' } },
            term: { term_input: { type: 'plain_text_input', value: '' } },
          },
        },
      },
    });
    expect(JSON.stringify(ack.json)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(ack.json)).not.toContain('<!channel>');
  });
});
