// Issue 14 points 1-3 from the item's ⋯ menu, through signed Slack requests against the fake Web
// API: Bewerken (a modal with every field, errors inline in Dutch, authorization on opening and on
// submission), Heropenen, Vervallen (with undo), Aanhouden (a modal with the date), Verwijderen
// (admins, soft, with undo); every change in the audit log with who and when, and one change line
// in the item's channel.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { announcementsSettled } from '../../src/slack/changes.ts';
import { getItem, listAudit, listItems, updateItem } from '../../src/store/items.queries.ts';
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
  statusAnswer,
  term,
  useBot,
  waitFor,
  type SlackTest,
} from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

interface ModalView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: (KnownBlock & { element?: Record<string, unknown>; block_id?: string })[];
}

function postedLines(): string[] {
  return t.bot.fake.callsTo('chat.postMessage').map((c) => String((c.body as { text?: unknown }).text));
}

/** The menu labels of an item in the answer to `/motie status` for this user and channel. */
async function menuOf(itemId: number, user = 'UALICE', channel = 'COCW', words = '') {
  const { answer } = await statusAnswer(t.bot, `status ${words}`.trim(), { user, channel });
  const menu = findElement(answer.blocks!, 'item_menu', itemId);
  return { menu, labels: (menu.element.options ?? []).map((o) => o.text.text) };
}

/** Chooses a menu entry and returns the modal the bot opened. */
async function openModal(itemId: number, label: string, opts: { user?: string; channel?: string; words?: string } = {}): Promise<ModalView> {
  const { menu } = await menuOf(itemId, opts.user, opts.channel, opts.words);
  const before = t.bot.fake.callsTo('views.open').length;
  await chooseMenu(t.bot, menu, label, { user: opts.user ?? 'UALICE', channel: opts.channel ?? 'COCW', ephemeral: true });
  return openedModal<ModalView>(t.bot, before);
}

/** view.state.values as Slack sends them: what the modal was filled in with, changed by `set`. */
function stateOf(view: ModalView, set: Record<string, string | null> = {}) {
  const values: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input') continue;
    const e = block.element as { type: string; action_id: string; initial_value?: string; initial_option?: unknown; initial_user?: string; options?: { value: string }[] };
    const given = block.block_id !== undefined && block.block_id in set ? set[block.block_id] : undefined;
    let state: Record<string, unknown>;
    if (e.type === 'plain_text_input') state = { type: e.type, value: given !== undefined ? given : (e.initial_value ?? null) };
    else if (e.type === 'users_select') state = { type: e.type, selected_user: given !== undefined ? given : (e.initial_user ?? null) };
    else state = { type: e.type, selected_option: given !== undefined ? (e.options ?? []).find((o) => o.value === given) ?? null : (e.initial_option ?? null) };
    values[block.block_id!] = { [e.action_id]: state };
  }
  return values;
}

async function submit(bot: SlackTest, view: ModalView, set: Record<string, string | null> = {}, user = 'UALICE', metadata?: unknown) {
  const posted = await bot.viewSubmission({
    user: { id: user, username: 'someone', team_id: 'T1' },
    view: {
      id: 'VEDIT',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: metadata === undefined ? view.private_metadata : JSON.stringify(metadata),
      hash: 'h',
      state: { values: stateOf(view, set) },
    },
  });
  expectAcked(posted);
  return posted.json as { response_action: string; errors?: Record<string, string>; view?: { title: { text: string }; blocks: unknown[] } };
}

function herstelrecht(overrides: Parameters<typeof addItem>[1] & { owner?: string } = {}) {
  link(t.bot, 'OCW', 'COCW');
  const { owner, ...rest } = overrides;
  const item = addItem(t.bot, {
    title: 'Herstelrecht in het onderwijs',
    responsible: codes('SOCW'),
    submitters: ['Mutluer', 'Westerveld'],
    kamerstuk: { dossier: '36222', number: '45', vergaderjaar: '2024/25' },
    statusText: 'De brief is in voorbereiding.',
    deadline: term(daysFromToday(20)),
    ...rest,
  });
  if (owner) updateItem(t.bot.deps.db, item.id, { owner }, 'USETUP', t.bot.deps.now().getTime());
  return getItem(t.bot.deps.db, item.id)!;
}

describe('the ⋯ menu fits the item and the viewer', () => {
  it('offers Bewerken and the statuses of an open item, Heropenen of a done one, and never more than Slack’s five', async () => {
    const open = herstelrecht();
    // One entry for the statuses, for an admin (who may also delete) and anyone else alike (issue 23).
    expect((await menuOf(open.id)).labels).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details']);
    expect((await menuOf(open.id, 'UADMIN')).labels).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details']);
    const done = addItem(t.bot, { title: 'Afgerond item', responsible: codes('SOCW'), status: 'done' });
    expect((await menuOf(done.id, 'UALICE', 'COCW', 'afgerond')).labels).toEqual(['Bewerken', 'Heropenen', 'Details']);
    expect((await menuOf(done.id, 'UADMIN', 'COCW', 'afgerond')).labels).toEqual(['Bewerken', 'Heropenen', 'Verwijderen', 'Details']);
  });

  it('offers only Details where the person may not change the item', async () => {
    const item = herstelrecht();
    link(t.bot, 'SZW', 'CSZW');
    expect((await menuOf(item.id, 'UALICE', 'CSZW', 'OCW')).labels).toEqual(['Details']);
  });
});

describe('Bewerken', () => {
  it('opens a modal with every field filled in as the item is now', async () => {
    const item = herstelrecht({ owner: 'UBOB', statusText: 'Eerste regel.\nTweede regel.' });
    const view = await openModal(item.id, 'Bewerken');
    expect(view.callback_id).toBe('edit_item_modal');
    expect(view.title.text).toBe(`Bewerken #${item.id}`);
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'COCW', itemId: item.id, opened: expect.any(Object) });
    expect(view.private_metadata.length).toBeLessThan(300);
    const element = (block: string) => view.blocks.find((b) => b.block_id === block)!.element as Record<string, unknown>;
    expect(element('edit_title').initial_value).toBe('Herstelrecht in het onderwijs');
    expect((element('edit_kind').initial_option as { value: string }).value).toBe('motie');
    expect(element('edit_status_text')).toMatchObject({ multiline: true, initial_value: 'Eerste regel.\nTweede regel.' });
    expect(element('edit_kamerstuk').initial_value).toBe('Kamerstukken II 2024/25, 36222, nr. 45');
    expect(element('edit_codes').initial_value).toBe('SOCW');
    expect(element('edit_submitters').initial_value).toBe('Mutluer\nWesterveld');
    expect(element('edit_owner')).toMatchObject({ type: 'users_select', initial_user: 'UBOB' });
  });

  it('saves every field, writes one audit entry per field with who and when, and tells the channel once', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Bewerken');
    const ack = await submit(t.bot, view, {
      edit_title: 'Herstelrecht mbo',
      edit_kind: 'toezegging',
      edit_status_text: 'Brief gaat in maart.\nOverleg met de sector loopt.',
      edit_kamerstuk: '36222, nr. 50',
      edit_codes: 'SOCW, MOCW',
      edit_submitters: 'Mutluer\nKwint',
      edit_owner: 'UBOB',
    });
    expect(ack.response_action).toBe('update');
    expect(ack.view!.title.text).toBe('Opgeslagen');
    expect(allText(ack.view!.blocks as KnownBlock[])).toContain(`#${item.id} is bijgewerkt: titel, stand van zaken, indieners, Kamerstuk, soort, trekker en verantwoordelijk.`);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({
      title: 'Herstelrecht mbo',
      kind: 'toezegging',
      statusText: 'Brief gaat in maart.\nOverleg met de sector loopt.',
      // The same dossier keeps its vergaderjaar when the new reference does not name one.
      kamerstuk: { dossier: '36222', number: '50', vergaderjaar: '2024/25' },
      submitters: ['Mutluer', 'Kwint'],
      owner: 'UBOB',
      responsible: [
        { code: 'SOCW', ministry: 'OCW' },
        { code: 'MOCW', ministry: 'OCW' },
      ],
    });
    const audit = listAudit(t.bot.deps.db, item.id).filter((a) => a.actor === 'UALICE');
    expect(audit.map((a) => a.field).sort()).toEqual(['kamerstuk', 'kind', 'owner', 'responsible', 'statusText', 'submitters', 'title']);
    for (const a of audit) expect(a.at).toBe(t.bot.deps.now().getTime());
    expect(audit[0]!.context).toMatchObject({ via: 'modal', channel: 'COCW' });
    const lines = await waitFor(() => (postedLines().length > 0 ? postedLines() : null));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`#${item.id}`);
    expect(lines[0]).toContain('bijgewerkt door <@UALICE>');
    expect((t.bot.fake.callsTo('chat.postMessage')[0]!.body as { channel: string }).channel).toBe('COCW');
  });

  it('a change of only the stand van zaken posts the stand van zaken itself', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Bewerken');
    await submit(t.bot, view, { edit_status_text: 'Kamerbrief verstuurd op 1 september.' });
    const [line] = await waitFor(() => (postedLines().length > 0 ? postedLines() : null));
    expect(line).toContain('Stand van zaken van');
    expect(line).toContain('Kamerbrief verstuurd op 1 september.');
  });

  it('a form sent back as it was changes nothing and posts nothing', async () => {
    const item = herstelrecht({ owner: 'UBOB' });
    const view = await openModal(item.id, 'Bewerken');
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, view);
    expect(ack.view!.title.text).toBe('Niets veranderd');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(postedLines()).toEqual([]);
  });

  it('shows bad input inline in Dutch, per field, and changes nothing', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Bewerken');
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, view, { edit_title: '   ', edit_kamerstuk: 'de brief van vorige week', edit_codes: 'SOCW, XYZ' });
    expect(ack.response_action).toBe('errors');
    expect(ack.errors).toEqual({
      edit_title: 'Geef een korte titel.',
      edit_kamerstuk: expect.stringContaining('Dit Kamerstuk herken ik niet'),
      edit_codes: expect.stringContaining('“XYZ” is geen code die ik ken'),
    });
    const empty = await submit(t.bot, view, { edit_codes: '' });
    expect(empty.errors).toEqual({ edit_codes: 'Vul minstens één bewindspersoon in, bijvoorbeeld SOCW.' });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(postedLines()).toEqual([]);
  });

  it('is refused before the modal opens where the person may not change the item, naming the channel', async () => {
    const item = herstelrecht();
    link(t.bot, 'SZW', 'CSZW');
    // An old answer from #ocw, clicked in #szw.
    const { menu } = await menuOf(item.id);
    const click = await chooseMenu(t.bot, menu, 'Bewerken', { channel: 'CSZW', user: 'UALICE', ephemeral: true });
    expect((await reply(t.bot, click.responseId)).text).toContain('Dat kan in <#COCW>');
    expect(t.bot.fake.callsTo('views.open')).toEqual([]);
  });

  it('is checked again on submission: a modal from another channel is refused inline, naming the channel', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Bewerken');
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, view, { edit_title: 'Anders' }, 'UALICE', { channelId: 'CSZW', itemId: item.id });
    expect(ack.response_action).toBe('errors');
    expect(ack.errors!.edit_title).toContain('Dat kan in <#COCW>');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).toContain(`refused change of item ${item.id} by user=UALICE channel=CSZW`);
  });
});

describe('two people editing one item (issue 22.3)', () => {
  it('writes only the fields this person changed: a save does not revert what someone else saved meanwhile', async () => {
    const item = herstelrecht({ owner: 'UBOB' });
    const alice = await openModal(item.id, 'Bewerken');
    const bob = await openModal(item.id, 'Bewerken', { user: 'UBOB' });
    expect((await submit(t.bot, alice, { edit_status_text: 'Brief is getekend.' })).view!.title.text).toBe('Opgeslagen');
    const ack = await submit(t.bot, bob, { edit_title: 'Herstelrecht in het mbo' }, 'UBOB');
    expect(ack.view!.title.text).toBe('Opgeslagen');
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ title: 'Herstelrecht in het mbo', statusText: 'Brief is getekend.', owner: 'UBOB' });
    expect(listAudit(t.bot.deps.db, item.id).filter((a) => a.actor === 'UBOB').map((a) => a.field)).toEqual(['title']);
  });

  it('refuses inline, naming who, when a field this person changed was changed meanwhile; nothing is written', async () => {
    const item = herstelrecht();
    const alice = await openModal(item.id, 'Bewerken');
    const bob = await openModal(item.id, 'Bewerken', { user: 'UBOB' });
    await submit(t.bot, alice, { edit_status_text: 'Brief is getekend.' });
    await announcementsSettled();
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, bob, { edit_status_text: 'Brief gaat volgende week weg.', edit_title: 'Herstelrecht mbo' }, 'UBOB');
    expect(ack.response_action).toBe('errors');
    expect(ack.errors).toEqual({ edit_status_text: expect.stringContaining('intussen gewijzigd door Slack-gebruiker UALICE') });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ title: 'Herstelrecht in het onderwijs', statusText: 'Brief is getekend.' });
    // Opened again, the form shows the new text and saves.
    const again = await openModal(item.id, 'Bewerken', { user: 'UBOB' });
    expect((await submit(t.bot, again, { edit_status_text: 'Brief gaat volgende week weg.' }, 'UBOB')).view!.title.text).toBe('Opgeslagen');
  });

  it('a change made elsewhere meanwhile (/motie stand, the command line) counts too', async () => {
    const item = herstelrecht();
    const alice = await openModal(item.id, 'Bewerken');
    updateItem(t.bot.deps.db, item.id, { statusText: 'Vanaf de opdrachtregel.' }, 'cli:Piet', t.bot.deps.now().getTime());
    const ack = await submit(t.bot, alice, { edit_status_text: 'Uit de modal.' });
    expect(ack.errors).toEqual({ edit_status_text: expect.stringContaining('intussen gewijzigd door Piet') });
    expect(getItem(t.bot.deps.db, item.id)!.statusText).toBe('Vanaf de opdrachtregel.');
  });
});

describe('codes in the edit modal follow the rule for creating an item (issue 22.14)', () => {
  it('a member of a linked channel cannot move an item to another ministry’s codes; nothing changes', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Bewerken');
    const before = dumpDb(t.bot.deps.db);
    const moved = await submit(t.bot, view, { edit_codes: 'MJenV' });
    expect(moved.response_action).toBe('errors');
    expect(moved.errors).toEqual({ edit_codes: expect.stringContaining('MJenV kun je hier niet aan dit item geven of ervan afhalen') });
    const added = await submit(t.bot, view, { edit_codes: 'SOCW, MJenV' });
    expect(added.errors).toEqual({ edit_codes: expect.stringContaining('MJenV') });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).toContain(`refused codes MJenV on item ${item.id} by UALICE channel=COCW`);
  });

  it('nor take another ministry’s code off a shared item; its own codes and an admin anywhere may', async () => {
    link(t.bot, 'OCW', 'COCW');
    const shared = addItem(t.bot, { title: 'Gedeeld', responsible: codes('SOCW', 'MJenV') });
    const view = await openModal(shared.id, 'Bewerken');
    expect((await submit(t.bot, view, { edit_codes: 'SOCW' })).errors).toEqual({ edit_codes: expect.stringContaining('MJenV') });
    expect((await submit(t.bot, view, { edit_codes: 'SOCW, MOCW, MJenV' })).view!.title.text).toBe('Opgeslagen');
    const admin = await openModal(shared.id, 'Bewerken', { user: 'UADMIN' });
    expect((await submit(t.bot, admin, { edit_codes: 'MJenV' }, 'UADMIN')).view!.title.text).toBe('Opgeslagen');
    expect(getItem(t.bot.deps.db, shared.id)!.responsible.map((r) => r.code)).toEqual(['MJenV']);
  });
});

describe('the statuses from the menu', () => {
  it('Heropenen reopens a done item and tells the channel', async () => {
    const item = herstelrecht({ status: 'done' });
    const { menu } = await menuOf(item.id, 'UALICE', 'COCW', 'afgerond');
    const click = await chooseMenu(t.bot, menu, 'Heropenen', { ephemeral: true });
    expect((await reply(t.bot, click.responseId)).text).toBe(`↩️ #${item.id} staat weer open.`);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ actor: 'UALICE', field: 'status', oldValue: 'done', newValue: 'open' });
    const [line] = await waitFor(() => (postedLines().length > 0 ? postedLines() : null));
    expect(line).toContain('staat weer open (heropend door <@UALICE>)');
  });

  it('Vervallen (in the status entry\'s modal) lapses the item and tells the channel', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Aanhouden, vervallen…');
    const ack = await submit(t.bot, view, { status_choice: 'lapse' });
    expect(ack.view!.title.text).toBeTruthy();
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('lapsed');
    const [line] = await waitFor(() => (postedLines().length > 0 ? postedLines() : null));
    expect(line).toContain('is vervallen (door <@UALICE>)');
  });

  it('Aanhouden opens a modal for the date; a readable future date holds the item, anything else is answered inline', async () => {
    const item = herstelrecht();
    const view = await openModal(item.id, 'Aanhouden, vervallen…');
    expect(view.callback_id).toBe('item_status_modal');
    const options = (view.blocks.find((b) => b.block_id === 'status_choice')!.element as { options: { value: string }[] }).options;
    expect(options.map((o) => o.value)).toEqual(['hold', 'lapse']);
    const before = dumpDb(t.bot.deps.db);
    expect((await submit(t.bot, view, { status_until: '' })).errors).toEqual({ status_until: 'Geef een datum, bijvoorbeeld 1 maart 2026.' });
    expect((await submit(t.bot, view, { status_until: '1 januari 2025' })).errors!.status_until).toContain('Die datum is al geweest');
    expect((await submit(t.bot, view, { status_until: 'als de koeien vliegen' })).errors!.status_until).toContain('Die datum begrijp ik niet');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    const ack = await submit(t.bot, view, { status_until: '1 maart 2026' });
    expect(ack.view!.title.text).toBe('Aangehouden');
    expect(getItem(t.bot.deps.db, item.id)!.onHoldUntil).toBe('2026-03-01');
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ actor: 'UALICE', field: 'onHoldUntil', newValue: '2026-03-01' });
    const [line] = await waitFor(() => (postedLines().length > 0 ? postedLines() : null));
    expect(line).toContain('is aangehouden tot 1 maart 2026 (door <@UALICE>)');
  });

  it('Verwijderen is for admins: a done item is deleted at once with Ongedaan maken, which brings it back', async () => {
    const item = herstelrecht({ status: 'done' });
    const { menu } = await menuOf(item.id, 'UADMIN', 'COCW', 'afgerond');
    const click = await chooseMenu(t.bot, menu, 'Verwijderen', { user: 'UADMIN', ephemeral: true });
    const answer = await reply(t.bot, click.responseId);
    expect(answer.text).toContain(`#${item.id} is verwijderd`);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('deleted');
    expect(listItems(t.bot.deps.db).map((i) => i.id)).not.toContain(item.id);
    const restore = await clickButton(t.bot, findElement(answer.blocks!, 'item_restore'), { user: 'UADMIN', ephemeral: true });
    expect((await reply(t.bot, restore.responseId)).text).toBe(`♻️ #${item.id} is teruggezet.`);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('done');
    const lines = await waitFor(() => (postedLines().length >= 2 ? postedLines() : null));
    expect(lines[0]).toContain('is verwijderd door <@UADMIN>');
    expect(lines[1]).toContain('is teruggezet door <@UADMIN>');
  });

  it('an open item is deleted by an admin through the status modal; anyone else is refused and nothing changes', async () => {
    const item = herstelrecht();
    const forged = { blockId: `item:${item.id}:actions`, element: { type: 'overflow', action_id: 'item_menu', options: [{ text: { text: 'Verwijderen' }, value: `verwijder:${item.id}` }] } };
    const before = dumpDb(t.bot.deps.db);
    const refused = await chooseMenu(t.bot, forged, 'Verwijderen', { user: 'UALICE', ephemeral: true });
    expect((await reply(t.bot, refused.responseId)).text).toContain('Verwijderen mogen alleen de beheerders');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    const view = await openModal(item.id, 'Aanhouden, vervallen…', { user: 'UADMIN' });
    const ack = await submit(t.bot, view, { status_choice: 'remove' }, 'UADMIN');
    expect(ack.view!.title.text).toBe('Verwijderd');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('deleted');
  });
});
