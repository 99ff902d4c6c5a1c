// `/motie` through the real HTTP receiver: help, unknown subcommands, kanaal, termijn, afgerond,
// zoek and nieuw. (status has its own file.)
import { describe, expect, it } from 'vitest';
import { listLinks } from '../../src/store/channels.queries.ts';
import { getItem, listAudit } from '../../src/store/items.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import { sign } from '../helpers/slack-harness.ts';
import { blockKitProblems } from '../../src/preview/slack-rules.ts';
import {
  addItem,
  allText,
  clickButton,
  codes,
  expectAcked,
  findElement,
  HOSTILE,
  link,
  reply,
  settledReplies,
  shownItemIds,
  term,
  useBot,
  waitFor,
} from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

describe('/motie and /motie help', () => {
  it.each(['', 'help', 'HELP', 'hulp'])('"/motie %s" explains every subcommand with examples', async (text) => {
    const posted = await t.bot.command(text);
    expectAcked(posted);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('houdt bij wat de bewindspersoon de Tweede Kamer heeft beloofd');
    for (const example of [
      '/motie status',
      '/motie status SOCW',
      '/motie status alles',
      '/motie kanaal SOCW MOCW',
      '/motie kanaal los SOCW',
      '/motie termijn 12 eind maart 2026',
      '/motie afgerond 12',
      '/motie zoek herstelrecht',
      '/motie nieuw',
      '/motie help',
      '/motie termijn 12 geen',
      '/motie stand 12 leeg',
      '`vervallen`',
    ]) {
      expect(answer.text).toContain(example);
    }
  });
});

describe('unknown subcommands and bad arguments', () => {
  it.each([
    ['blabla', 'Die opdracht ken ik niet: `blabla`'],
    ['status XYZ', '“XYZ” is geen bewindspersoon of ministerie'],
    ['termijn', 'Geef een nummer en een termijn mee'],
    ['termijn abc eind maart 2026', 'Geef een nummer en een termijn mee'],
    ['termijn 12', 'Geef een nummer en een termijn mee'],
    ['afgerond', 'Geef het nummer van de motie of toezegging mee'],
    ['afgerond twaalf', 'Geef het nummer van de motie of toezegging mee'],
    ['afgerond 999', 'Er is geen motie of toezegging met nummer #999'],
    ['afgerond -1', 'Geef het nummer'],
    ['afgerond 99999999999999999999', 'Geef het nummer'],
    ['zoek', 'Waar zoek je naar?'],
    ['zoek x', 'Waar zoek je naar?'],
    ['kanaal los', 'Koppel dit kanaal met'],
    ['kanaal NIETBESTAAND', '“NIETBESTAAND” is geen bewindspersoon'],
  ])('"/motie %s" gets a helpful Dutch answer and changes nothing', async (text, expected) => {
    addItem(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command(text);
    expectAcked(posted);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain(expected);
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).not.toMatch(/Error|at \w+ \(|undefined|null|NaN/);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('echoes what the user typed without letting it mention anyone or break the code span', async () => {
    const posted = await t.bot.command('<!channel>`x');
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('Die opdracht ken ik niet');
    expect(answer.text).not.toContain('<!channel>');
  });

  it('cuts control characters and overlong input before reading it', async () => {
    const posted = await t.bot.command(`zoek \u0007${'a'.repeat(5000)}`);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('Niets gevonden');
    expect(answer.text.length).toBeLessThan(400);
  });
});

describe('request signing', () => {
  it('refuses a bad signature and a six-minute-old timestamp with 401, and runs nothing', async () => {
    const body = new URLSearchParams({ command: '/motie', text: 'kanaal SOCW', user_id: 'UALICE', channel_id: 'COCW', response_url: t.bot.fake.responseUrl('x') }).toString();
    const bad = await t.bot.raw(body, { contentType: 'application/x-www-form-urlencoded', signature: sign(body, Math.floor(Date.now() / 1000), 'wrong-secret') });
    expect(bad.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await t.bot.raw(body, { contentType: 'application/x-www-form-urlencoded', timestamp: old, signature: sign(body, old) });
    expect(stale.status).toBe(401);
    expect(await settledReplies(t.bot, 'x')).toEqual([]);
    expect(listLinks(t.bot.deps.db)).toEqual([]);
  });
});

describe('/motie kanaal', () => {
  it('links the current channel to one or more codes and ministries, and says which were linked already', async () => {
    link(t.bot, 'SOCW');
    const posted = await t.bot.command('kanaal SOCW mocw, OCW', { channel: 'COCW', user: 'UADMIN' });
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('Dit kanaal is nu gekoppeld aan MOCW, OCW.');
    expect(answer.text).toContain('Dit kanaal was al gekoppeld aan SOCW.');
    expect(listLinks(t.bot.deps.db, 'COCW').map((l) => [l.target, l.targetKind])).toEqual([
      ['MOCW', 'code'],
      ['OCW', 'ministry'],
      ['SOCW', 'code'],
    ]);
    expect(listLinks(t.bot.deps.db, 'COCW').find((l) => l.target === 'MOCW')?.linkedBy).toBe('UADMIN');
  });

  it('accepts codes separated by commas without spaces', async () => {
    const posted = await t.bot.command('kanaal SOCW,MOCW', { user: 'UADMIN' });
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('gekoppeld aan SOCW, MOCW');
    expect(listLinks(t.bot.deps.db, 'COCW').map((l) => l.target)).toEqual(['MOCW', 'SOCW']);
  });

  it('links nothing when one of the words is not a code', async () => {
    const posted = await t.bot.command('kanaal SOCW nonsens');
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('“nonsens” is geen bewindspersoon');
    expect(listLinks(t.bot.deps.db)).toEqual([]);
  });

  it('shows the links of this channel only', async () => {
    link(t.bot, 'SOCW', 'COCW');
    link(t.bot, 'MJenV', 'CJENV');
    const posted = await t.bot.command('kanaal', { channel: 'COCW' });
    expect((await reply(t.bot, posted.responseId)).text).toBe('Dit kanaal is gekoppeld aan SOCW.');
    const empty = await t.bot.command('kanaal', { channel: 'CNIETS' });
    expect((await reply(t.bot, empty.responseId)).text).toContain('Dit kanaal is nog nergens aan gekoppeld');
  });

  it('refuses a link change by someone who is not an admin once admins are configured, and changes nothing', async () => {
    link(t.bot, 'SOCW');
    const before = dumpDb(t.bot.deps.db);
    for (const text of ['kanaal MOCW', 'kanaal los SOCW']) {
      const posted = await t.bot.command(text, { user: 'UBOB' });
      expect((await reply(t.bot, posted.responseId)).text).toContain('Kanalen koppelen en ontkoppelen doen de beheerders');
    }
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    const show = await t.bot.command('kanaal', { user: 'UBOB' });
    expect((await reply(t.bot, show.responseId)).text).toBe('Dit kanaal is gekoppeld aan SOCW.');
  });

  it('"kanaal los CODE" removes one link and leaves the others', async () => {
    link(t.bot, 'SOCW');
    link(t.bot, 'MOCW');
    link(t.bot, 'SOCW', 'CANDER');
    const posted = await t.bot.command('kanaal los socw', { user: 'UADMIN' });
    expect((await reply(t.bot, posted.responseId)).text).toBe('Dit kanaal is losgekoppeld van SOCW.');
    expect(listLinks(t.bot.deps.db).map((l) => `${l.channelId}:${l.target}`)).toEqual(['CANDER:SOCW', 'COCW:MOCW']);
    const again = await t.bot.command('kanaal los SOCW', { user: 'UADMIN' });
    expect((await reply(t.bot, again.responseId)).text).toBe('Dit kanaal was niet gekoppeld aan SOCW.');
  });
});

describe('/motie kanaal without configured admins', () => {
  const open = useBot();
  it('lets anyone in the channel link it', async () => {
    const posted = await open.bot.command('kanaal SSZW', { user: 'UBOB', channel: 'CSZW' });
    expect((await reply(open.bot, posted.responseId)).text).toContain('Dit kanaal is nu gekoppeld aan SSZW.');
    expect(listLinks(open.bot.deps.db, 'CSZW').map((l) => [l.target, l.linkedBy])).toEqual([['SSZW', 'UBOB']]);
  });
});

describe('/motie termijn', () => {
  it('sets the deadline and answers with the interpretation', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { deadline: null });
    const posted = await t.bot.command(`termijn ${item.id} eind maart 2026`, { user: 'UBOB' });
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain(`🗓 Termijn van #${item.id} aangepast: eind maart 2026 → uiterlijk dinsdag 31 maart 2026`);
    const after = getItem(t.bot.deps.db, item.id)!;
    expect(after.deadline).toMatchObject({ deadline: '2026-03-31', text: 'eind maart 2026', source: 'person' });
    expect(after.deadlineSetBy).toBe('UBOB');
    const audit = listAudit(t.bot.deps.db, item.id).at(-1)!;
    expect(audit).toMatchObject({ actor: 'UBOB', field: 'deadline', newValue: 'eind maart 2026 → 2026-03-31' });
    expect(audit.context).toMatchObject({ via: 'slash', channel: 'COCW' });
  });

  it.each(['morgen of zo', 'blauw', 'tot en met 2026'])('"%s" gets an explanation with examples and changes nothing', async (expression) => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command(`termijn ${item.id} ${expression}`);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toMatch(/Ik herken geen datum|geeft geen termijn/);
    expect(answer.text).toContain('"eind maart 2026"');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('is refused politely outside a linked channel, and nothing changes', async () => {
    link(t.bot, 'MJenV');
    const item = addItem(t.bot);
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command(`termijn ${item.id} eind maart 2026`);
    expect((await reply(t.bot, posted.responseId)).text).toContain('Dit mag je hier helaas niet wijzigen');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
});

describe('/motie afgerond', () => {
  it('marks the item done with who, when and where in the audit log', async () => {
    link(t.bot, 'OCW'); // a ministry link counts for every code of the ministry
    const item = addItem(t.bot);
    const posted = await t.bot.command(`afgerond #${item.id}`, { user: 'UBOB' });
    expect((await reply(t.bot, posted.responseId)).text).toBe(`✅ #${item.id} is afgerond.`);
    const after = getItem(t.bot.deps.db, item.id)!;
    expect(after).toMatchObject({ status: 'done', statusSetBy: 'UBOB', doneAt: t.bot.deps.now().getTime() });
    expect(listAudit(t.bot.deps.db, item.id).at(-1)).toMatchObject({ actor: 'UBOB', field: 'status', oldValue: 'open', newValue: 'done', context: { via: 'slash', channel: 'COCW' } });
  });

  it('offers "Ongedaan maken" under each item it marked done, as the button does; the click reopens it (issue 23.13)', async () => {
    link(t.bot, 'SOCW');
    const a = addItem(t.bot);
    const b = addItem(t.bot, { status: 'done' });
    const answer = await reply(t.bot, (await t.bot.command(`afgerond ${a.id} ${b.id}`)).responseId);
    expect(answer.text).toBe(`✅ #${a.id} is afgerond.\n#${b.id} was al afgerond; er is niets veranderd.`);
    expect(blockKitProblems({ blocks: answer.blocks ?? [] }, 'message')).toEqual([]);
    const undo = findElement(answer.blocks!, 'item_undo', a.id);
    expect(undo.element.text?.text).toBe('Ongedaan maken');
    expect(() => findElement(answer.blocks!, 'item_undo', b.id)).toThrow();
    const back = await reply(t.bot, (await clickButton(t.bot, undo, { ephemeral: true })).responseId);
    expect(back.text).toBe(`↩️ #${a.id} staat weer open.`);
    expect(getItem(t.bot.deps.db, a.id)!.status).toBe('open');
    expect(getItem(t.bot.deps.db, b.id)!.status).toBe('done');
  });

  it('says so (and by whom) when the item was done already, and changes nothing', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { status: 'done' });
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command(`afgerond ${item.id}`);
    expect((await reply(t.bot, posted.responseId)).text).toBe(`#${item.id} was al afgerond; er is niets veranderd.`);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    const other = addItem(t.bot);
    await reply(t.bot, (await t.bot.command(`afgerond ${other.id}`, { user: 'UCAROL' })).responseId);
    const late = await t.bot.command(`afgerond ${other.id}`, { user: 'UBOB' });
    expect((await reply(t.bot, late.responseId)).text).toBe(`#${other.id} was al afgerond (door <@UCAROL>); er is niets veranderd.`);
  });

  it('lets an admin mark an item done from any channel, and refuses anyone else there', async () => {
    const item = addItem(t.bot);
    const refused = await t.bot.command(`afgerond ${item.id}`, { user: 'UALICE', channel: 'CRANDOM' });
    expect((await reply(t.bot, refused.responseId)).text).toContain('Dit mag je hier helaas niet wijzigen');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
    const allowed = await t.bot.command(`afgerond ${item.id}`, { user: 'UADMIN', channel: 'CRANDOM' });
    expect((await reply(t.bot, allowed.responseId)).text).toBe(`✅ #${item.id} is afgerond.`);
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('done');
  });

  it('moves a recurring item to its next occurrence', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { recurrence: 'P1Y', deadline: term('2025-10-01', 'jaarlijks voor 1 oktober') });
    const posted = await t.bot.command(`afgerond ${item.id}`);
    expect((await reply(t.bot, posted.responseId)).text).toBe(`✅ #${item.id} is afgerond voor deze keer; de volgende termijn is 1 oktober 2026.`);
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'open', deadline: { deadline: '2026-10-01' } });
  });
});

describe('/motie zoek', () => {
  it('finds items by title, text, submitter and Kamerstuk number, with their buttons', async () => {
    const a = addItem(t.bot, { title: 'Herstelrecht', submitters: ['Mutluer'] });
    const b = addItem(t.bot, { title: 'Leraren', text: 'verzoekt de regering het lerarentekort aan te pakken', kamerstuk: { dossier: '34843', number: '79', vergaderjaar: '2022/23' } });
    addItem(t.bot, { title: 'Iets anders', text: 'niets', submitters: ['Paternotte'] });
    for (const [query, ids] of [
      ['herstelRECHT', [a.id]],
      ['lerarentekort', [b.id]],
      ['mutluer', [a.id, b.id]],
      ['34843-79', [b.id]],
    ] as const) {
      const posted = await t.bot.command(`zoek ${query}`);
      const answer = await reply(t.bot, posted.responseId);
      expect(shownItemIds(answer.blocks).sort(), query).toEqual([...ids].sort());
      expect(answer.text).toContain(`voor “${query}”`);
    }
  });

  it('shows at most 10 results and says the search should be more precise', async () => {
    for (let i = 0; i < 25; i += 1) addItem(t.bot, { title: `Onderwijs ${i}` });
    const posted = await t.bot.command('zoek onderwijs');
    const answer = await reply(t.bot, posted.responseId);
    expect(shownItemIds(answer.blocks)).toHaveLength(10);
    expect(answer.text).toContain('maak de zoekterm preciezer');
  });

  it('says when nothing was found, and treats % and _ literally', async () => {
    addItem(t.bot, { title: 'Honderd procent' });
    const posted = await t.bot.command('zoek %_%');
    expect((await reply(t.bot, posted.responseId)).text).toBe('Niets gevonden voor “%ˍ%”.'); // the _ as text, not italics
  });

  it('offers no "Afgerond" button on an item that is done already', async () => {
    const done = addItem(t.bot, { title: 'Klaar ermee', status: 'done' });
    const posted = await t.bot.command('zoek klaar ermee');
    const answer = await reply(t.bot, posted.responseId);
    expect(shownItemIds(answer.blocks)).toEqual([done.id]);
    expect(allText(answer.blocks)).toContain('afgerond');
    expect(JSON.stringify(answer.blocks)).not.toContain('"item_done"');
    expect(JSON.stringify(answer.blocks)).toContain('"item_menu"');
  });

  it('escapes hostile text in the query and the items', async () => {
    addItem(t.bot, { title: `Gevaarlijk ${HOSTILE}`, submitters: [HOSTILE] });
    const posted = await t.bot.command('zoek gevaarlijk');
    const answer = await reply(t.bot, posted.responseId);
    expect(allText(answer.blocks)).toContain('&lt;!channel&gt;');
  });
});

describe('/motie nieuw', () => {
  it('opens the modal with the trigger id, the channel in its metadata and the channel\'s codes filled in', async () => {
    link(t.bot, 'SOCW');
    link(t.bot, 'MOCW');
    link(t.bot, 'OCW');
    const posted = await t.bot.command('nieuw', { triggerId: 'trig-1' });
    expectAcked(posted);
    const call = await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    expect(call.body.trigger_id).toBe('trig-1');
    const view = call.body.view as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(view.callback_id).toBe('new_item_modal');
    expect(JSON.parse(view.private_metadata)).toEqual({ channelId: 'COCW' });
    expect(view.blocks.map((b) => b.block_id)).toEqual(['kind', 'text', 'title', 'codes', 'term', 'kamerstuk', 'submitters']);
    expect(view.blocks.find((b) => b.block_id === 'codes')?.element.initial_value).toBe('MOCW, SOCW');
    expect(await settledReplies(t.bot, posted.responseId)).toEqual([]);
  });

  it('fills in the code most of its items have in a channel linked to a ministry, and names the others (issue 23.16)', async () => {
    link(t.bot, 'OCW');
    link(t.bot, 'JenV');
    addItem(t.bot, { responsible: codes('SOCW') });
    addItem(t.bot, { responsible: codes('MOCW') });
    addItem(t.bot, { responsible: codes('MOCW', 'MJenV') });
    addItem(t.bot, { responsible: codes('MIenW') });
    const posted = await t.bot.command('nieuw', { triggerId: 'trig-2' });
    expectAcked(posted);
    const call = await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    const view = call.body.view as { blocks: { block_id: string; hint?: { text: string }; element: { initial_value?: string } }[] };
    const field = view.blocks.find((b) => b.block_id === 'codes')!;
    expect(field.element.initial_value).toBe('MOCW, MJenV');
    expect(field.hint?.text).toBe("Eén of meer codes, gescheiden door komma's. In dit kanaal: MOCW, MJenV, SOCW.");
  });

  it('does not open the form for someone who is not an admin in a channel linked to nothing, and says where it can', async () => {
    link(t.bot, 'SOCW', 'CELDERS');
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command('nieuw', { user: 'UALICE', channel: 'CLEEG' });
    expectAcked(posted);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Nieuwe moties en toezeggingen voeg je toe in een kanaal dat gekoppeld is') });
    expect(t.bot.fake.callsTo('views.open')).toEqual([]);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('opens the form for an admin in a channel linked to nothing, with no codes filled in', async () => {
    const posted = await t.bot.command('nieuw', { user: 'UADMIN', channel: 'CLEEG' });
    expectAcked(posted);
    const call = await waitFor(() => t.bot.fake.callsTo('views.open')[0]);
    const view = call.body.view as { blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(view.blocks.find((b) => b.block_id === 'codes')?.element.initial_value).toBeUndefined();
  });
});

describe('the answer to an item id that was never given a number', () => {
  it('does not confuse "#12" with "12" anywhere', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const posted = await t.bot.command(`termijn #${item.id} Q1 2026`);
    expect((await reply(t.bot, posted.responseId)).text).toContain(`Termijn van #${item.id} aangepast: Q1 2026 → uiterlijk`);
  });
});
