// Buttons and menus: "Afgerond", "Ongedaan maken", the item menu, on messages and the Home tab.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { itemRow } from '../../src/slack/blocks/item-row.ts';
import { buildReminder } from '../../src/slack/blocks/reminder.ts';
import { getItem, listAudit, markDone, updateItem } from '../../src/store/items.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import {
  addItem,
  allText,
  chooseMenu,
  clickButton,
  codes,
  daysFromToday,
  expectAcked,
  findElement,
  link,
  openedModal,
  reply,
  settledReplies,
  shownItemIds,
  term,
  TODAY,
  useBot,
  waitFor,
  type SlackTest,
} from './support.ts';

const t = useBot({ admins: ['UADMIN'] });
const MESSAGE_TS = '1700000000.000555';

/** A reminder message in #ocw about one item, plus an unrelated item row, as Slack sends it back. */
function reminderMessage(bot: SlackTest, overrides: Parameters<typeof addItem>[1] = {}) {
  link(bot, 'SOCW', 'COCW');
  const item = addItem(bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(7)), ...overrides });
  const msg = buildReminder({ item, days: 7, today: TODAY });
  const other = addItem(bot, { title: 'Ander item' });
  const otherMsg = buildReminder({ item: other, days: 3, today: TODAY });
  const blocks: KnownBlock[] = [...msg.blocks, { type: 'divider' }, ...otherMsg.blocks.filter((b) => b.block_id?.startsWith('item:'))];
  return { item, other, message: { ts: MESSAGE_TS, text: msg.text, blocks } };
}

describe('"Afgerond" on a message in a channel', () => {
  it('marks the item done (who, when, which message in the audit log) and updates the message in place', async () => {
    const { item, other, message } = reminderMessage(t.bot);
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message, user: 'UBOB' });
    expectAcked(click);
    const updated = await reply(t.bot, click.responseId);
    expect(updated.replace_original).toBe(true);
    expect(updated.text).toBe(message.text);
    // The item is struck through with "Ongedaan maken"; everything else is as it was.
    const rest = (blocks: readonly KnownBlock[]) => blocks.filter((b) => !b.block_id?.startsWith(`item:${item.id}:`));
    expect(rest(updated.blocks!)).toEqual(rest(message.blocks));
    expect(shownItemIds(updated.blocks)).toEqual([item.id, other.id]);
    const struck = updated.blocks!.find((b) => b.block_id === `item:${item.id}:text`) as { text: { text: string } };
    expect(struck.text.text).toMatch(/^~Motie Mutluer: Herstelrecht .*~$/);
    expect(allText(updated.blocks)).toContain('✅ Afgerond door <@UBOB> op 15 september 2025');
    expect(findElement(updated.blocks!, 'item_undo', item.id).element.text?.text).toBe('Ongedaan maken');
    expect(JSON.stringify(updated.blocks)).not.toContain(`"value":"{\\"id\\":${item.id}}","confirm"`);

    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'done', statusSetBy: 'UBOB', doneAt: t.bot.deps.now().getTime() });
    const audit = listAudit(t.bot.deps.db, item.id).at(-1)!;
    expect(audit).toMatchObject({ actor: 'UBOB', at: t.bot.deps.now().getTime(), field: 'status', oldValue: 'open', newValue: 'done' });
    expect(audit.context).toEqual({ via: 'button', channel: 'COCW', message_ts: MESSAGE_TS });
    expect(getItem(t.bot.deps.db, other.id)!.status).toBe('open');
  });

  it('"Ongedaan maken" reopens it and puts the row back with its buttons', async () => {
    const { item, message } = reminderMessage(t.bot);
    const done = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message });
    const updated = await reply(t.bot, done.responseId);
    const undoMessage = { ...message, blocks: updated.blocks! };
    const undo = await clickButton(t.bot, findElement(updated.blocks!, 'item_undo', item.id), { message: undoMessage, user: 'UBOB' });
    const back = await reply(t.bot, undo.responseId);
    expect(back.replace_original).toBe(true);
    expect(findElement(back.blocks!, 'item_done', item.id).element.text?.text).toBe('Afgerond');
    expect(allText(back.blocks)).toContain(`↩️ #${item.id} staat weer open.`);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'open', doneAt: null, statusSetBy: 'UBOB' });
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ actor: 'UBOB', field: 'status', oldValue: 'done', newValue: 'open' });
    // Done again from the reopened row: one row, one notice, no leftovers.
    const again = await clickButton(t.bot, findElement(back.blocks!, 'item_done', item.id), { message: { ...message, blocks: back.blocks! } });
    const final = await reply(t.bot, again.responseId);
    expect(final.blocks!.filter((b) => b.block_id?.startsWith(`item:${item.id}:`)).map((b) => b.block_id)).toEqual([
      `item:${item.id}:text`,
      `item:${item.id}:done`,
      `item:${item.id}:actions`,
    ]);
  });

  it('on an item that is done already says so (and by whom), ephemerally, and changes nothing', async () => {
    const { item, message } = reminderMessage(t.bot);
    markDone(t.bot.deps.db, item.id, 'UCAROL', t.bot.deps.now().getTime());
    const before = dumpDb(t.bot.deps.db);
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message });
    const answer = await reply(t.bot, click.responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: `#${item.id} was al afgerond (door <@UCAROL>); er is niets veranderd.` });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('on an item done from the command line names no Slack user', async () => {
    const { item, message } = reminderMessage(t.bot);
    markDone(t.bot.deps.db, item.id, 'cli:<!channel>', t.bot.deps.now().getTime());
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message });
    expect((await reply(t.bot, click.responseId)).text).toContain('(door &lt;!channel&gt;)');
  });

  it('on an item that was removed says so and changes nothing', async () => {
    const { item, message } = reminderMessage(t.bot);
    t.bot.deps.db.$client.prepare('DELETE FROM items WHERE id = ?').run(item.id);
    const before = dumpDb(t.bot.deps.db);
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message });
    const answer = await reply(t.bot, click.responseId);
    expect(answer.replace_original).toBe(false);
    expect(answer.text).toContain(`Er is geen motie of toezegging met nummer #${item.id}`);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it.each([
    ['not JSON', 'nonsens'],
    ['a negative id', '{"id":-4}'],
    ['an id as text', '{"id":"1"}'],
    ['a huge value', `{"id":1,"x":"${'a'.repeat(3000)}"}`],
  ])('a forged button value (%s) changes nothing', async (_name, value) => {
    const { item, message } = reminderMessage(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const button = findElement(message.blocks, 'item_done', item.id);
    const click = await clickButton(t.bot, { ...button, element: { ...button.element, value } }, { message });
    expect((await reply(t.bot, click.responseId)).text).toBe('Dit item bestaat niet meer; er is niets veranderd.');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('is harmless when clicked twice at once or retried by Slack: one change, one audit entry', async () => {
    const { item, message } = reminderMessage(t.bot);
    const button = findElement(message.blocks, 'item_done', item.id);
    const clicks = await Promise.all([clickButton(t.bot, button, { message }), clickButton(t.bot, button, { message }), clickButton(t.bot, button, { message })]);
    for (const c of clicks) expectAcked(c);
    const answers = await Promise.all(clicks.map((c) => reply(t.bot, c.responseId)));
    expect(answers.filter((a) => a.replace_original === true)).toHaveLength(1);
    expect(answers.filter((a) => a.text === `#${item.id} was al afgerond (door <@UALICE>); er is niets veranderd.`)).toHaveLength(2);
    expect(listAudit(t.bot.deps.db, item.id).filter((a) => a.field === 'status')).toHaveLength(1);
  });

  it('moves a recurring item to its next occurrence and says so in the row', async () => {
    const { item, message } = reminderMessage(t.bot, { recurrence: 'P1Y', deadline: term('2025-09-22', 'jaarlijks op 22 september') });
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message });
    const updated = await reply(t.bot, click.responseId);
    expect(allText(updated.blocks)).toContain(`✅ #${item.id} is afgerond voor deze keer; de volgende termijn is 22 september 2026.`);
    expect(findElement(updated.blocks!, 'item_done', item.id)).toBeDefined();
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'open', deadline: { deadline: '2026-09-22' } });
  });
});

describe('"Afgerond" in an ephemeral answer that is not a status page (search results)', () => {
  it('keeps the results and answers with the struck row; "Ongedaan maken" replaces that answer', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { title: 'Zoekbaar', responsible: codes('SOCW') });
    const results = await reply(t.bot, (await t.bot.command('zoek zoekbaar')).responseId);
    const click = await clickButton(t.bot, findElement(results.blocks!, 'item_done', item.id), { ephemeral: true });
    const done = await reply(t.bot, click.responseId);
    expect(done).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: `✅ #${item.id} is afgerond.` });
    expect(shownItemIds(done.blocks)).toEqual([item.id]);
    expect(allText(done.blocks)).toContain('~Motie Mutluer: Zoekbaar~');
    const undo = await clickButton(t.bot, findElement(done.blocks!, 'item_undo', item.id), { ephemeral: true });
    const back = await reply(t.bot, undo.responseId);
    expect(back).toMatchObject({ replace_original: true, text: `↩️ #${item.id} staat weer open.` });
    expect(findElement(back.blocks!, 'item_done', item.id)).toBeDefined();
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
  });
});

describe('who may click', () => {
  it.each([
    ['someone in a channel linked to the code', 'UALICE', 'COCW', 'SOCW'],
    ['someone in a channel linked to the ministry', 'UALICE', 'COCW', 'OCW'],
    ['someone in a channel linked to the second code of the item', 'UALICE', 'CJENV', 'MJenV'],
    ['an admin in any channel', 'UADMIN', 'CRANDOM', 'MBZK'],
  ])('%s may', async (_who, user, channel, linked) => {
    link(t.bot, linked, channel);
    const item = addItem(t.bot, { responsible: codes('SOCW', 'MJenV'), deadline: term(daysFromToday(3)) });
    const message = { ts: MESSAGE_TS, text: 'Herinnering', blocks: buildReminder({ item, days: 3, today: TODAY }).blocks };
    const click = await clickButton(t.bot, findElement(message.blocks, 'item_done', item.id), { message, user, channel });
    expect((await reply(t.bot, click.responseId)).replace_original).toBe(true);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('done');
  });

  it.each([
    ['someone in a channel linked to another code', 'COCW', 'MBZK'],
    ['someone in a channel that is not linked', 'CRANDOM', null],
  ])('%s gets a polite refusal, and nothing changes', async (_who, channel, linked) => {
    if (linked) link(t.bot, linked, channel);
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(3)) });
    const message = { ts: MESSAGE_TS, text: 'Herinnering', blocks: buildReminder({ item, days: 3, today: TODAY }).blocks };
    const before = dumpDb(t.bot.deps.db);
    const buttons = [findElement(message.blocks, 'item_done', item.id)];
    for (const button of buttons) {
      const click = await clickButton(t.bot, button, { message, channel, user: 'UMALLORY' });
      const answer = await reply(t.bot, click.responseId);
      expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(answer.text).toContain('Dit mag je hier helaas niet wijzigen');
    }
    for (const label of ['Termijn wijzigen', 'Herinner me volgende week']) {
      const click = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), label, { message, channel, user: 'UMALLORY' });
      expect((await reply(t.bot, click.responseId)).text).toContain('Dit mag je hier helaas niet wijzigen');
    }
    expect(t.bot.fake.callsTo('views.open')).toEqual([]);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).toContain(`refused change of item ${item.id} by user=UMALLORY channel=${channel}`);
  });
});

describe('the item menu', () => {
  it('"Termijn wijzigen" opens the term modal with the item and channel in its metadata', async () => {
    const { item, message } = reminderMessage(t.bot);
    const click = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), 'Termijn wijzigen', { message });
    expectAcked(click);
    const call = await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    expect(call.body.trigger_id).toBe(click.triggerId);
    const view = call.body.view as { callback_id: string; private_metadata: string; title: { text: string }; blocks: unknown[] };
    expect(view.callback_id).toBe('term_modal');
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'COCW', itemId: item.id });
    expect(view.title.text).toBe(`Termijn #${item.id}`);
    expect(allText(view.blocks)).toContain(`Nu: uiterlijk ${daysFromToday(7)} → 22 september 2025`);
  });

  it('"Details" answers ephemerally with the texts, the status text and the changes', async () => {
    const { item, message } = reminderMessage(t.bot, { text: 'verzoekt de regering de Kamer te informeren over herstelrecht', statusText: 'Brief in voorbereiding.' });
    markDone(t.bot.deps.db, item.id, 'UBOB', t.bot.deps.now().getTime());
    const click = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), 'Details', { message, channel: 'CANYWHERE', user: 'UNOBODY' });
    const answer = await reply(t.bot, click.responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const text = allText(answer.blocks);
    expect(text).toContain('verzoekt de regering de Kamer te informeren over herstelrecht');
    expect(text).toContain('Brief in voorbereiding.');
    expect(text).toContain('Status: *afgerond*');
    expect(text).toContain('Laatste wijzigingen:\n• Afgerond door <@UBOB>, 15 september 2025 om 09:00.');
    expect(text).toContain('• Toegevoegd als motie voor SOCW door de import van een overzicht, 15 september 2025 om 09:00.');
  });

  it('"Herinner me volgende week" on a reminder snoozes the item in this channel for a week', async () => {
    const { item, message } = reminderMessage(t.bot);
    const click = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), 'Herinner me volgende week', { message, user: 'UBOB' });
    const answer = await reply(t.bot, click.responseId);
    expect(answer.text).toBe(`😴 Ik herinner dit kanaal pas vanaf 22 september 2025 weer aan #${item.id}. De termijn blijft hetzelfde.`);
    const rows = t.bot.deps.db.$client.prepare('SELECT item_id, channel_id, until, by FROM snoozes').all();
    expect(rows).toEqual([{ item_id: item.id, channel_id: 'COCW', until: '2025-09-22', by: 'UBOB' }]);
    expect(getItem(t.bot.deps.db, item.id)!.deadline).toEqual(item.deadline);
  });

  it('"Vervallen" on a reminder asks first, in the item\'s place; "Annuleren" changes nothing and "Ja" leaves no "Klik op Afgerond" or snooze', async () => {
    const { item, other, message } = reminderMessage(t.bot);
    expect(allText(message.blocks)).toContain('Nog even niet? Kies *Herinner me volgende week*');
    const before = dumpDb(t.bot.deps.db);
    // A reminder's menu has one entry for the statuses (snooze takes the fifth place).
    const chosen = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), 'Aanhouden, vervallen…', { message, user: 'UBOB' });
    const asked = await reply(t.bot, chosen.responseId);
    expect(asked.replace_original).toBe(true);
    expect(allText(asked.blocks)).toContain(`#${item.id} laten vervallen?`);
    expect(dumpDb(t.bot.deps.db)).toBe(before); // nothing lapsed yet
    expect(shownItemIds(asked.blocks)).toEqual([item.id, other.id]);
    // Aanhouden (or, for an admin, Verwijderen) is still one click away: the status modal.
    const hold = await clickButton(t.bot, findElement(asked.blocks!, 'item_status_open', item.id), { message: { ...message, blocks: asked.blocks! }, user: 'UBOB' });
    const opened = await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    expect(opened.body.trigger_id).toBe(hold.triggerId);
    expect((opened.body.view as { callback_id: string }).callback_id).toBe('item_status_modal');

    const cancel = await clickButton(t.bot, findElement(asked.blocks!, 'item_lapse_cancel', item.id), { message: { ...message, blocks: asked.blocks! } });
    const back = await reply(t.bot, cancel.responseId);
    expect(findElement(back.blocks!, 'item_done', item.id).element.text?.text).toBe('Afgerond');
    expect(JSON.stringify(back.blocks)).toContain(`"snooze:${item.id}"`); // the reminder's row, snooze included
    expect(dumpDb(t.bot.deps.db)).toBe(before);

    const again = await chooseMenu(t.bot, findElement(back.blocks!, 'item_menu', item.id), 'Aanhouden, vervallen…', { message: { ...message, blocks: back.blocks! }, user: 'UBOB' });
    const asked2 = await reply(t.bot, again.responseId);
    const yes = await clickButton(t.bot, findElement(asked2.blocks!, 'item_lapse', item.id), { message: { ...message, blocks: asked2.blocks! }, user: 'UBOB' });
    const lapsed = await reply(t.bot, yes.responseId);
    expect(lapsed.replace_original).toBe(true);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'lapsed', statusSetBy: 'UBOB' });
    const mine = lapsed.blocks!.filter((b) => !b.block_id?.startsWith(`item:${other.id}:`));
    const text = allText(mine);
    expect(text).toContain('⚪ Vervallen door <@UBOB> op 15 september 2025');
    expect(text).not.toContain('Klik op');
    expect(text).not.toContain('Herinner me volgende week');
    expect(JSON.stringify(mine)).not.toContain(`"snooze:${item.id}"`);
    expect(() => findElement(lapsed.blocks!, 'item_done', item.id)).toThrow();
    expect(findElement(lapsed.blocks!, 'item_undo', item.id).element.text?.text).toBe('Ongedaan maken');
    expect(getItem(t.bot.deps.db, other.id)!.status).toBe('open');
  });

  it('the status entry in a digest row (the same wording as a reminder\'s) asks in place too', async () => {
    link(t.bot, 'SOCW', 'COCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(7)) });
    const message = { ts: MESSAGE_TS, text: 'Weekoverzicht', blocks: itemRow(item, { today: TODAY }) };
    const before = dumpDb(t.bot.deps.db);
    const chosen = await chooseMenu(t.bot, findElement(message.blocks, 'item_menu', item.id), 'Aanhouden, vervallen…', { message, user: 'UBOB' });
    const asked = await reply(t.bot, chosen.responseId);
    expect(asked.replace_original).toBe(true);
    expect(findElement(asked.blocks!, 'item_lapse', item.id).element.text?.text).toBe('Ja, laten vervallen');
    expect(findElement(asked.blocks!, 'item_status_open', item.id).element.type).toBe('button');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('a forged menu value changes nothing', async () => {
    const { item, message } = reminderMessage(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const menu = findElement(message.blocks, 'item_menu', item.id);
    const forged = { ...menu, element: { ...menu.element, options: [{ text: { text: 'X' }, value: 'delete:1; DROP TABLE items' }] } };
    const click = await chooseMenu(t.bot, forged, 'X', { message });
    expect((await reply(t.bot, click.responseId)).text).toBe('Dit item bestaat niet meer; er is niets veranderd.');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
  it('a deleted item\'s details cannot be opened by id from a forged menu value (issue 22.18)', async () => {
    const { item, message } = reminderMessage(t.bot, { text: 'verzoekt de regering de Kamer te informeren over herstelrecht', statusText: 'Brief in voorbereiding.' });
    updateItem(t.bot.deps.db, item.id, { status: 'deleted' }, 'UBOB', t.bot.deps.now().getTime());
    const menu = findElement(message.blocks, 'item_menu', item.id);
    const forged = { ...menu, element: { ...menu.element, options: [{ text: { text: 'X' }, value: `details:${item.id}` }] } };
    const click = await chooseMenu(t.bot, forged, 'X', { message, channel: 'CANYWHERE', user: 'UNOBODY' });
    const answer = await reply(t.bot, click.responseId);
    expect(answer.text).toBe('Dit item bestaat niet meer; er is niets veranderd.');
    expect(JSON.stringify(answer)).not.toContain('herstelrecht');
    expect(t.bot.fake.callsTo('views.open')).toEqual([]);
  });
});

describe('buttons on the Home tab', () => {
  async function homeRows(bot: SlackTest) {
    const posted = await bot.event({ type: 'app_home_opened', user: 'UADMIN', channel: 'DHOME', tab: 'home' });
    expect(posted.status).toBe(200);
    const call = await waitFor(() => bot.fake.callsTo('views.publish').at(-1));
    return (call.body.view as { blocks: KnownBlock[] }).blocks;
  }

  it('an admin marks an item done there: the Home tab is published again with the struck row and "Ongedaan maken"', async () => {
    const item = addItem(t.bot, { deadline: term(daysFromToday(-3)) });
    const blocks = await homeRows(t.bot);
    const click = await clickButton(t.bot, findElement(blocks, 'item_done', item.id), { home: true, user: 'UADMIN' });
    expectAcked(click);
    const call = await waitFor(() => t.bot.fake.callsTo('views.publish')[1]);
    expect(call.body.user_id).toBe('UADMIN');
    const republished = (call.body.view as { blocks: KnownBlock[] }).blocks;
    expect(allText(republished)).toContain('✅ Afgerond door <@UADMIN>');
    expect(findElement(republished, 'item_undo', item.id)).toBeDefined();
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('done');
    expect(listAudit(t.bot.deps.db, item.id).at(-1)!.context).toMatchObject({ via: 'home', channel: null });
  });

  it('anyone else is told on the Home tab why not, and nothing changes', async () => {
    const item = addItem(t.bot, { deadline: term(daysFromToday(-3)) });
    const blocks = await homeRows(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const click = await clickButton(t.bot, findElement(blocks, 'item_done', item.id), { home: true, user: 'UBOB' });
    expectAcked(click);
    const call = await waitFor(() => t.bot.fake.callsTo('views.publish')[1]);
    expect(call.body.user_id).toBe('UBOB');
    expect(allText((call.body.view as { blocks: KnownBlock[] }).blocks)).toContain('Dit mag je hier helaas niet wijzigen');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).not.toMatch(/ERROR/);
  });

  it('"Details" there opens a modal', async () => {
    const item = addItem(t.bot, { deadline: term(daysFromToday(-3)) });
    const blocks = await homeRows(t.bot);
    await chooseMenu(t.bot, findElement(blocks, 'item_menu', item.id), 'Details', { home: true, user: 'UBOB' });
    expect(await openedModal(t.bot)).toMatchObject({ type: 'modal', title: { text: `Details #${item.id}` } });
    expect(await settledReplies(t.bot, 'none')).toEqual([]);
  });
});
