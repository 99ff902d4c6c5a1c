// Issue 14 (H14a) through signed Slack requests against the fake Web API: the stand van zaken,
// the trekker, reopen, vervallen, aanhouden, delete with undo, `/motie afgerond 6 7 met …`, a
// refusal that names the channel, and the team seeing the change (one line in the channel, in the
// thread of the latest digest, and chat.update of the recent messages that show the item).
import { describe, expect, it } from 'vitest';
import { claimSend, markSent } from '../../src/store/sent-log.queries.ts';
import { getItem, listAudit } from '../../src/store/items.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import { addItem, allText, clickButton, codes, expectAcked, findElement, link, reply, term, useBot, waitFor } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

function lines(method = 'chat.postMessage') {
  return t.bot.fake.callsTo(method).map((c) => c.body);
}

/** Records a message as posted by an earlier run (a digest, or a reminder about the item). */
function posted(what: string, itemId: number, channelId: string, ts: string, dueDate = '2025-09-15'): void {
  const key = { what, itemId, channelId, dueDate };
  const now = t.bot.deps.now().getTime() - 60_000;
  claimSend(t.bot.deps.db, key, now);
  markSent(t.bot.deps.db, key, ts, now);
}

/** Blocks as recorded: a JSON body carries an array, a form body a JSON string. */
function blocksOf(raw: unknown): never {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as never;
}

describe('/motie stand', () => {
  it('sets a multi-line stand van zaken with an audit entry naming who and when, and tells the channel once', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const res = await t.bot.command(`stand ${item.id} De brief is in voorbereiding.\nVerwacht: maart 2026.`);
    expectAcked(res);
    expect((await reply(t.bot, res.responseId)).text).toContain(`stand van zaken van #${item.id} is bijgewerkt`);
    expect(getItem(t.bot.deps.db, item.id)!.statusText).toBe('De brief is in voorbereiding.\nVerwacht: maart 2026.');
    const entry = listAudit(t.bot.deps.db, item.id).find((a) => a.field === 'statusText')!;
    expect(entry).toMatchObject({ actor: 'UALICE', at: t.bot.deps.now().getTime(), newValue: 'De brief is in voorbereiding.\nVerwacht: maart 2026.' });
    // The team is told after the answer.
    const posts = await waitFor(() => lines().length > 0 && lines());
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ channel: 'COCW' });
    expect(String(posts[0]!.text)).toContain(`Stand van zaken van #${item.id}`);
    expect(String(posts[0]!.text)).toContain('<@UALICE>');
  });

  it('without text shows the current stand and how to change it, and changes nothing; clearing takes the word "leeg" (issue 23.4)', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    await reply(t.bot, (await t.bot.command(`stand ${item.id} Brief *in* voorbereiding.`)).responseId);
    const before = { item: getItem(t.bot.deps.db, item.id), audit: listAudit(t.bot.deps.db, item.id).length };
    const shown = await reply(t.bot, (await t.bot.command(`stand ${item.id}`)).responseId);
    expect(shown.text).toBe(
      `*Stand van zaken van #${item.id}*\nBrief ∗in∗ voorbereiding.\n\nWijzigen: \`/motie stand ${item.id} <nieuwe tekst>\` · leegmaken: \`/motie stand ${item.id} leeg\``,
    );
    expect({ item: getItem(t.bot.deps.db, item.id), audit: listAudit(t.bot.deps.db, item.id).length }).toEqual(before);
    const cleared = await reply(t.bot, (await t.bot.command(`stand ${item.id} leeg`)).responseId);
    expect(cleared.text).toContain(`stand van zaken van #${item.id} is leeggemaakt`);
    expect(getItem(t.bot.deps.db, item.id)!.statusText).toBeNull();
    // "Ongedaan maken" puts the text back.
    const undo = findElement(cleared.blocks ?? [], 'item_restore_status_text');
    const back = await reply(t.bot, (await clickButton(t.bot, undo, { ephemeral: true })).responseId);
    expect(back.text).toBe(`↩️ De stand van zaken van #${item.id} is teruggezet.`);
    expect(getItem(t.bot.deps.db, item.id)!.statusText).toBe('Brief *in* voorbereiding.');
    await reply(t.bot, (await t.bot.command(`stand ${item.id} leeg`)).responseId);
    const none = await reply(t.bot, (await t.bot.command(`stand ${item.id}`)).responseId);
    expect(none.text).toBe(`#${item.id} heeft nog geen stand van zaken.\n\nWijzigen: \`/motie stand ${item.id} <nieuwe tekst>\``);
  });

  it('refuses in a channel that is not linked, names the channel where it is allowed, and changes nothing', async () => {
    link(t.bot, 'SOCW', 'CSOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const before = dumpDb(t.bot.deps.db);
    const res = await t.bot.command(`stand ${item.id} iets`, { channel: 'CELDERS' });
    const answer = await reply(t.bot, res.responseId);
    expect(answer.text).toContain('<#CSOCW>');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(lines()).toHaveLength(0);
  });
  it('stores a long stand van zaken whole (issue 22.15): 6,000 characters over several lines', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    const paragraph = 'De minister heeft de Kamer geïnformeerd over de voortgang; het overleg met de sector loopt. ';
    const text = Array.from({ length: 66 }, (_, i) => `${i + 1}. ${paragraph}`.trim()).join('\n');
    expect(text.length).toBeGreaterThan(6000);
    const res = await t.bot.command(`stand ${item.id} ${text}`);
    expect((await reply(t.bot, res.responseId)).text).toContain(`stand van zaken van #${item.id} is bijgewerkt`);
    expect(getItem(t.bot.deps.db, item.id)!.statusText).toBe(text);
  });

  it('refuses a stand van zaken over the limit, saying how long it is and what fits, and changes nothing (issue 22.15)', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), statusText: 'Oud.' });
    const before = dumpDb(t.bot.deps.db);
    const res = await t.bot.command(`stand ${item.id} ${'x'.repeat(10_001)}`);
    expect((await reply(t.bot, res.responseId)).text).toBe(
      `De stand van zaken voor #${item.id} is 10.001 tekens lang; er passen er 10.000 in. Er is niets veranderd: maak de tekst korter en probeer het opnieuw.`,
    );
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
});

describe('/motie afgerond with several numbers and a Kamerbrief', () => {
  it('handles every number, records who and with which Kamerstuk, and posts each line once even when the command is sent again', async () => {
    link(t.bot, 'SOCW');
    const a = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-09-01') });
    const b = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-10-01') });
    const res = await t.bot.command(`afgerond ${a.id} ${b.id} 999 met Kamerstuk 36222, nr. 45`);
    const answer = (await reply(t.bot, res.responseId)).text;
    expect(answer).toContain(`#${a.id} is afgerond met`);
    expect(answer).toContain(`#${b.id} is afgerond met`);
    expect(answer).toContain('#999');
    for (const id of [a.id, b.id]) {
      expect(getItem(t.bot.deps.db, id)).toMatchObject({ status: 'done', doneBy: 'UALICE', closingReference: '36222-45' });
    }
    await waitFor(() => lines().length >= 2);
    expect(lines().map((p) => String(p.text))).toEqual([
      expect.stringContaining(`#${a.id}`),
      expect.stringContaining(`#${b.id}`),
    ]);
    expect(String(lines()[0]!.text)).toContain('Kamerstuk 36222, nr. 45');
    const again = await t.bot.command(`afgerond ${a.id} ${b.id}`);
    expect((await reply(t.bot, again.responseId)).text).toContain('was al afgerond');
    expect(lines()).toHaveLength(2);
  });

  it('refuses a Kamerbrief it cannot read and changes nothing', async () => {
    link(t.bot, 'SOCW');
    const a = addItem(t.bot, { responsible: codes('SOCW') });
    const before = dumpDb(t.bot.deps.db);
    const res = await t.bot.command(`afgerond ${a.id} met de brief van gisteren`);
    expect((await reply(t.bot, res.responseId)).text).toContain('Die Kamerbrief herken ik niet');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
});

describe('the team sees what changed', () => {
  it('posts the line in the thread of the latest digest and updates the digest and the reminder that show the item', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-09-01'), title: 'Herstelrecht' });
    posted('digest', 0, 'COCW', '1757900000.000100', '2025-09-15');
    posted('overdue', item.id, 'COCW', '1757900000.000200', '2025-09-08');
    const res = await t.bot.command(`afgerond ${item.id}`);
    await reply(t.bot, res.responseId);
    await waitFor(() => lines('chat.update').length >= 2);
    const post = lines();
    expect(post).toHaveLength(1);
    expect(post[0]).toMatchObject({ channel: 'COCW', thread_ts: '1757900000.000100' });
    const updates = lines('chat.update');
    expect(updates.map((u) => u.ts).sort()).toEqual(['1757900000.000100', '1757900000.000200']);
    const digest = updates.find((u) => u.ts === '1757900000.000100')!;
    // The digest no longer shows the item as overdue; it shows it as done this week.
    expect(String(digest.text)).toMatch(/0 te laat/);
    expect(allText(blocksOf(digest.blocks))).toContain('Herstelrecht');
    const reminder = updates.find((u) => u.ts === '1757900000.000200')!;
    expect(allText(blocksOf(reminder.blocks))).toContain('afgerond');
  });
});

describe('statuses', () => {
  it('reopens, lapses and holds an item, each answered in Dutch and written to the audit log', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-10-01') });
    await reply(t.bot, (await t.bot.command(`afgerond ${item.id}`)).responseId);
    expect((await reply(t.bot, (await t.bot.command(`heropen ${item.id}`)).responseId)).text).toContain('staat weer open');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
    expect((await reply(t.bot, (await t.bot.command(`aanhouden ${item.id} tot 1 december 2025`)).responseId)).text).toContain(
      'aangehouden tot 1 december 2025',
    );
    expect(getItem(t.bot.deps.db, item.id)!.onHoldUntil).toBe('2025-12-01');
    expect((await reply(t.bot, (await t.bot.command(`aanhouden ${item.id} tot 1 januari 2020`)).responseId)).text).toContain('al geweest');
    expect((await reply(t.bot, (await t.bot.command(`vervallen ${item.id}`)).responseId)).text).toContain('vervallen');
    expect(getItem(t.bot.deps.db, item.id)).toMatchObject({ status: 'lapsed', onHoldUntil: null });
    expect(listAudit(t.bot.deps.db, item.id).filter((a) => a.field === 'status').map((a) => a.newValue)).toEqual(['done', 'open', 'lapsed']);
  });

  it('lets only an admin delete, hides the item, and undoes the delete', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    expect((await reply(t.bot, (await t.bot.command(`verwijder ${item.id}`)).responseId)).text).toContain('alleen de beheerders');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
    expect((await reply(t.bot, (await t.bot.command(`verwijder ${item.id}`, { user: 'UADMIN' })).responseId)).text).toContain('is verwijderd');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('deleted');
    expect((await reply(t.bot, (await t.bot.command(`stand ${item.id} x`)).responseId)).text).toContain('Er is geen motie of toezegging');
    expect((await reply(t.bot, (await t.bot.command(`herstel ${item.id}`, { user: 'UADMIN' })).responseId)).text).toContain('teruggezet');
    expect(getItem(t.bot.deps.db, item.id)!.status).toBe('open');
  });
});

describe('/motie trekker', () => {
  it('makes a mentioned person the trekker, and refuses a name Slack did not turn into a person', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW') });
    expect((await reply(t.bot, (await t.bot.command(`trekker ${item.id} <@USANNE|sanne>`)).responseId)).text).toContain('<@USANNE> is nu trekker');
    expect(getItem(t.bot.deps.db, item.id)!.owner).toBe('USANNE');
    expect(listAudit(t.bot.deps.db, item.id).find((a) => a.field === 'owner')).toMatchObject({ actor: 'UALICE', newValue: 'USANNE' });
    expect((await reply(t.bot, (await t.bot.command(`trekker ${item.id} @sanne`)).responseId)).text).toContain('geen persoon die ik herken');
    expect((await reply(t.bot, (await t.bot.command(`trekker ${item.id} niemand`)).responseId)).text).toContain('geen trekker meer');
    expect(getItem(t.bot.deps.db, item.id)!.owner).toBeNull();
  });
});

describe('/motie status mijn', () => {
  it('lists the open items the person is trekker of, and says so when there are none', async () => {
    link(t.bot, 'SOCW');
    const mine = addItem(t.bot, { responsible: codes('SOCW'), title: 'Mijn item' });
    addItem(t.bot, { responsible: codes('SOCW'), title: 'Van een ander' });
    expect((await reply(t.bot, (await t.bot.command('status mijn')).responseId)).text).toContain('geen enkel item trekker');
    await reply(t.bot, (await t.bot.command(`trekker ${mine.id} <@UALICE|alice>`)).responseId);
    const answer = await reply(t.bot, (await t.bot.command('status mijn')).responseId);
    expect(allText(answer.blocks as never)).toContain('Mijn item');
    expect(allText(answer.blocks as never)).not.toContain('Van een ander');
  });
});
