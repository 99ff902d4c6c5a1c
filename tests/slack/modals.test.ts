// Modal submissions through the real receiver: a new item and a new term, errors inline in Dutch.
import { beforeEach, describe, expect, it } from 'vitest';
import { announcementsSettled } from '../../src/slack/changes.ts';
import { getItem, listAudit, listItems } from '../../src/store/items.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import { VIEW } from '../../src/slack/blocks/ids.ts';
import { addItem, allText, codes, expectAcked, HOSTILE, link, term, useBot, type SlackTest } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

interface NewItemInput {
  kind?: string;
  text?: string;
  title?: string;
  codes?: string;
  term?: string;
  kamerstuk?: string;
  submitters?: string;
}

function newItemPayload(input: NewItemInput, metadata: unknown = { channelId: 'COCW' }, user = 'UALICE') {
  const v = (value: string | undefined) => ({ type: 'plain_text_input', value: value ?? null });
  return {
    user: { id: user, username: 'someone', team_id: 'T1' },
    view: {
      id: 'VNEW',
      type: 'modal',
      callback_id: 'new_item_modal',
      private_metadata: JSON.stringify(metadata),
      hash: 'h1',
      state: {
        values: {
          kind: { kind_input: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'x' }, value: input.kind ?? 'motie' } } },
          text: { text_input: v(input.text) },
          title: { title_input: v(input.title) },
          codes: { codes_input: v(input.codes) },
          term: { term_input: v(input.term) },
          kamerstuk: { kamerstuk_input: v(input.kamerstuk) },
          submitters: { submitters_input: v(input.submitters) },
        },
      },
    },
  };
}

function termPayload(value: string, metadata: unknown, user = 'UALICE') {
  return {
    user: { id: user, username: 'someone', team_id: 'T1' },
    view: {
      id: 'VTERM',
      type: 'modal',
      callback_id: 'term_modal',
      private_metadata: typeof metadata === 'string' ? metadata : JSON.stringify(metadata),
      hash: 'h2',
      state: { values: { term: { term_input: { type: 'plain_text_input', value } } } },
    },
  };
}

function viewPayload(callbackId: string, metadata: unknown, values: Record<string, unknown>, user = 'UALICE') {
  return {
    user: { id: user, username: 'someone', team_id: 'T1' },
    view: { id: 'VANY', type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(metadata), hash: 'h3', state: { values } },
  };
}

async function submit(bot: SlackTest, payload: Record<string, unknown>) {
  const posted = await bot.viewSubmission(payload);
  expectAcked(posted);
  return posted.json as { response_action: string; errors?: Record<string, string>; view?: { title: { text: string }; blocks: unknown[] } };
}

describe('the new-item modal', () => {
  beforeEach(() => {
    // The form is submitted from COCW, linked to the ministries of the codes used below.
    link(t.bot, 'OCW');
    link(t.bot, 'JenV');
  });

  it('creates the item and shows the interpretation of the term', async () => {
    const ack = await submit(t.bot, newItemPayload({
      kind: 'toezegging',
      text: 'De minister zegt toe de Kamer te informeren over de voortgang van het herstelrecht.',
      codes: 'socw, MJenV',
      term: 'voor de zomer van 2026',
    }));
    expect(ack.response_action).toBe('update');
    expect(ack.view!.title.text).toBe('Toegevoegd');
    const [item] = listItems(t.bot.deps.db);
    expect(item).toMatchObject({
      kind: 'toezegging',
      text: 'De minister zegt toe de Kamer te informeren over de voortgang van het herstelrecht.',
      responsible: [
        { code: 'SOCW', ministry: 'OCW' },
        { code: 'MJenV', ministry: 'JenV' },
      ],
      deadline: { text: 'voor de zomer van 2026', source: 'person' },
      deadlineSetBy: 'UALICE',
    });
    expect(item!.title.length).toBeGreaterThan(5);
    expect(item!.title).not.toBe('Toezegging');
    const shown = allText(ack.view!.blocks);
    expect(shown).toContain(`Toegevoegd als #${item!.id}.`);
    expect(shown).toMatch(/🗓 voor de zomer van 2026 → uiterlijk \w+ \d+ \w+ 2026/);
    expect(listAudit(t.bot.deps.db, item!.id)[0]).toMatchObject({ actor: 'UALICE', action: 'create', context: { via: 'modal', channel: 'COCW' } });
  });

  it('uses the given short title, and creates an item without a term when none is given', async () => {
    const ack = await submit(t.bot, newItemPayload({ text: 'verzoekt de regering iets', title: 'Korte titel', codes: 'MOCW' }));
    expect(ack.response_action).toBe('update');
    const [item] = listItems(t.bot.deps.db);
    expect(item).toMatchObject({ kind: 'motie', title: 'Korte titel', deadline: null });
    expect(allText(ack.view!.blocks)).toContain('Geen termijn; stel er later een in met `/motie termijn`.');
  });

  it.each([
    ['no text', { text: '  ', codes: 'SOCW' }, { text: 'Beschrijf het verzoek of de toezegging.' }],
    ['no codes', { text: 'iets', codes: '' }, { codes: 'Vul minstens één bewindspersoon in, bijvoorbeeld SOCW.' }],
    ['a ministry instead of a code', { text: 'iets', codes: 'SOCW, OCW' }, { codes: '“OCW” is geen code die ik ken. Gebruik bijvoorbeeld SOCW, MOCW of MJenV, gescheiden door komma\'s.' }],
    ['an unreadable term', { text: 'iets', codes: 'SOCW', term: 'als het uitkomt' }, { term: expect.stringContaining('"eind maart 2026"') }],
    ['a term without a deadline', { text: 'iets', codes: 'SOCW', term: 'tot en met 2026' }, { term: expect.stringContaining('geeft geen termijn') }],
    ['everything wrong at once', { text: '', codes: 'xx', term: 'ooit' }, { text: expect.any(String), codes: expect.any(String), term: expect.any(String) }],
  ])('with %s answers with inline errors and creates nothing', async (_name, input, errors) => {
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, newItemPayload(input));
    expect(ack).toEqual({ response_action: 'errors', errors });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('stores the Kamerstuk and the indieners typed in the form (issue 23.16)', async () => {
    const ack = await submit(t.bot, newItemPayload({
      text: 'verzoekt de regering iets',
      codes: 'SOCW',
      kamerstuk: 'Kamerstukken II 2024/25, 36222, nr. 45',
      submitters: 'Pijpelink\n  Paternotte ;Bikker\n\n',
    }));
    expect(ack.response_action).toBe('update');
    expect(listItems(t.bot.deps.db)[0]).toMatchObject({
      kamerstuk: { dossier: '36222', number: '45', vergaderjaar: '2024/25' },
      submitters: ['Pijpelink', 'Paternotte', 'Bikker'],
    });
  });

  it.each([
    ['an unreadable Kamerstuk', { kamerstuk: 'ergens in 2024' }, { kamerstuk: expect.stringContaining('Dit Kamerstuk herken ik niet') }],
    ['too many indieners', { submitters: Array.from({ length: 31 }, (_, i) => `Naam ${i}`).join('\n') }, { submitters: expect.stringContaining('hoogstens 30 indieners') }],
  ])('with %s answers inline and creates nothing', async (_name, extra, errors) => {
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, newItemPayload({ text: 'verzoekt de regering iets', codes: 'SOCW', ...extra }));
    expect(ack).toEqual({ response_action: 'errors', errors });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('posts one line in the channel that the item was added, and never a second one for the same item (issue 23.16)', async () => {
    await submit(t.bot, newItemPayload({ text: 'verzoekt de regering iets', title: 'Herstelrecht', codes: 'SOCW', term: 'eind maart 2026' }, { channelId: 'COCW' }, 'UALICE'));
    await announcementsSettled();
    const posts = t.bot.fake.callsTo('chat.postMessage').map((c) => c.body);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'COCW' });
    expect(String(posts[0]!.text)).toMatch(/^🆕 #1 \*Herstelrecht\* is toegevoegd door <@UALICE> \(motie, eind maart 2026 → 31 maart 2026, /);
    // The same change announced again (a retry): the sent log holds it, nothing is posted twice.
    const { announceChange } = await import('../../src/slack/announce-change.ts');
    const client = { chat: { postMessage: () => Promise.reject(new Error('posted twice')), update: () => Promise.resolve({ ok: true }) } };
    const report = await announceChange(t.bot.deps, client, { kind: 'created', item: getItem(t.bot.deps.db, 1)!, actor: 'UALICE' });
    expect(report.posted).toEqual([]);
  });

  it('posts nothing when the form is refused', async () => {
    await submit(t.bot, newItemPayload({ text: '', codes: 'SOCW' }));
    await announcementsSettled();
    expect(t.bot.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('escapes hostile text in the confirmation', async () => {
    const ack = await submit(t.bot, newItemPayload({ text: `iets ${HOSTILE}`, title: HOSTILE, codes: 'SOCW' }));
    expect(allText(ack.view!.blocks)).toContain('&lt;!channel&gt;');
    expect(getItem(t.bot.deps.db, 1)!.title).toBe(HOSTILE);
  });

  it('ignores forged metadata', async () => {
    const ack = await submit(t.bot, newItemPayload({ text: 'iets', codes: 'SOCW' }, { channelId: '<!channel>', itemId: 'x' }, 'UADMIN'));
    expect(ack.response_action).toBe('update');
    expect(listAudit(t.bot.deps.db, 1)[0]!.context).toEqual({ via: 'modal', channel: null });
  });
});

describe('the new-item modal: who may create items for which codes', () => {
  const refusal = (list: string): unknown => expect.stringMatching(new RegExp(`^Voor ${list} kun je hier geen items toevoegen: .*Er is niets toegevoegd\\.$`));

  it.each([
    // the adversarial run: admins are set, a user in an unlinked channel creates items for SOCW
    { name: 'someone in a channel linked to nothing', links: [], user: 'UALICE', codes: 'SOCW', refused: 'SOCW' },
    { name: 'someone in a channel linked to another code of the ministry', links: ['MOCW'], user: 'UALICE', codes: 'SOCW', refused: 'SOCW' },
    { name: 'someone adding a code the channel is not linked to', links: ['SOCW'], user: 'UALICE', codes: 'SOCW, MJenV', refused: 'MJenV' },
    { name: 'someone in a channel linked to another ministry', links: ['JenV'], user: 'UALICE', codes: 'SOCW MOCW', refused: 'SOCW, MOCW' },
  ])('refuses $name inline and creates nothing', async ({ links, user, codes: typed, refused }) => {
    for (const target of links) link(t.bot, target);
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, newItemPayload({ text: 'verzoekt de regering iets', codes: typed }, { channelId: 'COCW' }, user));
    expect(ack).toEqual({ response_action: 'errors', errors: { codes: refusal(refused) } });
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(t.bot.logs.join('\n')).toMatch(new RegExp(`refused a new item for .* by user=${user} channel=COCW`));
  });

  it.each([
    { name: 'someone in a channel linked to every code', links: ['SOCW', 'MJenV'], user: 'UALICE', codes: 'SOCW, MJenV', metadata: { channelId: 'COCW' } },
    { name: 'someone in a channel linked to the ministries', links: ['OCW'], user: 'UALICE', codes: 'SOCW MOCW', metadata: { channelId: 'COCW' } },
    { name: 'an admin in a channel linked to nothing', links: [], user: 'UADMIN', codes: 'SOCW', metadata: { channelId: 'COCW' } },
    { name: 'an admin without a channel', links: [], user: 'UADMIN', codes: 'MJenV', metadata: {} },
  ])('lets $name create the item', async ({ links, user, codes: typed, metadata }) => {
    for (const target of links) link(t.bot, target);
    const ack = await submit(t.bot, newItemPayload({ text: 'verzoekt de regering iets', codes: typed }, metadata, user));
    expect(ack.response_action).toBe('update');
    expect(listItems(t.bot.deps.db)).toHaveLength(1);
  });
});

describe('the term modal', () => {
  it('an empty Termijn field removes the term, audited (issue 23.12)', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    expect((await submit(t.bot, termPayload('eind maart 2026', { channelId: 'COCW', itemId: item.id }))).response_action).toBe('update');
    expect((await submit(t.bot, termPayload('', { channelId: 'COCW', itemId: item.id }))).response_action).toBe('update');
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ deadline: null, deadlineSetBy: 'UALICE' });
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ field: 'deadline', actor: 'UALICE', context: { via: 'modal' } });
  });

  it('sets the term and confirms with the interpretation', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const ack = await submit(t.bot, termPayload('eind maart 2026', { channelId: 'COCW', itemId: item.id }));
    expect(ack.response_action).toBe('update');
    expect(ack.view!.title.text).toBe('Termijn aangepast');
    expect(allText(ack.view!.blocks)).toContain(`🗓 Termijn van #${item.id} aangepast: eind maart 2026 → uiterlijk dinsdag 31 maart 2026`);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ deadline: { deadline: '2026-03-31', source: 'person' }, deadlineSetBy: 'UALICE' });
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ field: 'deadline', context: { via: 'modal', channel: 'COCW' } });
  });

  it.each([
    ['an unreadable term', 'als het uitkomt', { channelId: 'COCW', itemId: 'ITEM' }, 'UALICE', /Ik herken geen datum|geeft geen termijn/],
    ['someone in another channel', 'eind maart 2026', { channelId: 'CANDERS', itemId: 'ITEM' }, 'UALICE', /Dit mag je hier helaas niet wijzigen/],
    ['no channel (the Home tab) and no admin', 'eind maart 2026', { itemId: 'ITEM' }, 'UALICE', /Dit mag je hier helaas niet wijzigen/],
    ['forged metadata', 'eind maart 2026', 'nonsens', 'UADMIN', /Dit item bestaat niet meer/],
    ['an item that was removed', 'eind maart 2026', { channelId: 'COCW', itemId: 9999 }, 'UALICE', /Er is geen motie of toezegging met nummer #9999/],
  ])('with %s answers with an inline error and changes nothing', async (_name, value, metadata, user, message) => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-12-01') });
    const meta = typeof metadata === 'string' ? metadata : { ...metadata, itemId: metadata.itemId === 'ITEM' ? item.id : metadata.itemId };
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, termPayload(value, meta, user));
    expect(ack.response_action).toBe('errors');
    expect(ack.errors!.term).toMatch(message);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('lets an admin change the term from the Home tab', async () => {
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const ack = await submit(t.bot, termPayload('Q1 2026', { itemId: item.id }, 'UADMIN'));
    expect(ack.response_action).toBe('update');
    expect(getItem(t.bot.deps.db, item.id)!.deadline?.deadline).toBe('2026-03-31');
  });
});

describe('every view submission checks who submits it', () => {
  // One row per callback_id the bot registers: a new view without a row fails the first test.
  const SUBMISSIONS: Record<string, (itemId: number) => Record<string, unknown>> = {
    [VIEW.newItem]: () => newItemPayload({ text: 'verzoekt de regering iets', codes: 'SOCW', term: 'eind maart 2026' }, { channelId: 'CANDERS' }),
    [VIEW.term]: (itemId) => termPayload('eind maart 2026', { channelId: 'CANDERS', itemId }),
    [VIEW.edit]: (itemId) => viewPayload('edit_item_modal', { channelId: 'CANDERS', itemId }, { edit_title: { title_input: { type: 'plain_text_input', value: 'Andere titel' } } }),
    [VIEW.status]: (itemId) =>
      viewPayload('item_status_modal', { channelId: 'CANDERS', itemId }, {
        status_choice: { choice_input: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'lapse' } } },
        status_until: { until_input: { type: 'plain_text_input', value: null } },
      }),
    // Triage (issue 24): admins only, whatever the channel.
    [VIEW.triageAssign]: () => viewPayload('triage_assign_modal', 'entity', { triage_codes: { triage_codes_input: { type: 'plain_text_input', value: 'MIenW' } } }),
  };

  it('has a case for every view the bot knows', () => {
    expect(Object.keys(SUBMISSIONS).sort()).toEqual(Object.values(VIEW).sort());
  });

  it.each(Object.keys(SUBMISSIONS))('%s from someone in a channel linked to another code is refused inline and changes nothing', async (callbackId) => {
    link(t.bot, 'MJenV', 'CANDERS');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-12-01') });
    const before = dumpDb(t.bot.deps.db);
    const ack = await submit(t.bot, SUBMISSIONS[callbackId]!(item.id));
    expect(ack.response_action).toBe('errors');
    expect(Object.values(ack.errors!).join(' ')).toMatch(/niet wijzigen|geen items toevoegen/);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
});
