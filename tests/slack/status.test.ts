// `/motie status`: scope, counts, order, what each item shows, paging and sharing.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { markDone } from '../../src/store/items.queries.ts';
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
  reply,
  shownItemIds,
  statusAnswer,
  term,
  useBot,
  type SlackTest,
} from './support.ts';

const t = useBot();

/** A channel linked to SOCW with one item of every kind of state, and items of other codes. */
function seedOcw(bot: SlackTest) {
  link(bot, 'SOCW', 'COCW');
  const ids = {
    overdueMost: addItem(bot, {
      kind: 'motie',
      title: 'Herstelrecht bij seksueel grensoverschrijdend gedrag',
      submitters: ['Mutluer', 'Paternotte'],
      cs: true,
      kamerstuk: { dossier: '36200-VIII', number: '12', vergaderjaar: '2024/25' },
      responsible: codes('SOCW'),
      deadline: term('2025-07-03', 'voor de zomer van 2025', 'calendar'),
    }).id,
    overdueLess: addItem(bot, { kind: 'toezegging', title: 'Brief over lerarentekort', submitters: ['Van der Laan'], responsible: codes('SOCW'), deadline: term('2025-11-01') }).id,
    soon: addItem(bot, { title: 'Binnenkort', responsible: codes('SOCW'), deadline: term('2025-12-10') }).id,
    later: addItem(bot, { title: 'Later', responsible: codes('SOCW'), deadline: term('2026-06-01') }).id,
    noTerm: addItem(bot, { title: 'Zonder termijn', responsible: codes('SOCW'), deadline: null }).id,
    done: addItem(bot, { title: 'Al klaar', responsible: codes('SOCW'), status: 'done', deadline: term('2025-08-01') }).id,
    otherCode: addItem(bot, { title: 'Justitie te laat', responsible: codes('MJenV'), deadline: term('2025-06-01') }).id,
    shared: addItem(bot, { title: 'Gedeeld met justitie', responsible: codes('SOCW', 'MJenV'), deadline: term('2025-12-20') }).id,
  };
  bot.setNow(new Date('2025-11-28T08:00:00Z'));
  return ids;
}

const status = (bot: SlackTest, text = 'status', channel = 'COCW') => statusAnswer(bot, text, { channel });

describe('/motie status', () => {
  it('answers ephemerally for the channel\'s codes: counts first, then overdue (most overdue first), then due within 4 weeks', async () => {
    const ids = seedOcw(t.bot);
    const { answer } = await status(t.bot);
    expect(answer.response_type).toBe('ephemeral');
    const blocks = answer.blocks!;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Stand van zaken: SOCW' } });
    expect(blocks[1]).toMatchObject({ type: 'section', text: { text: '*6* open · *2* te laat · *2* binnen 4 weken · *1* later · *1* zonder termijn · *1* afgerond' } });
    expect(shownItemIds(blocks)).toEqual([ids.overdueMost, ids.overdueLess, ids.soon, ids.shared, ids.later, ids.noTerm]);
    const text = allText(blocks);
    expect(text.indexOf('Te laat')).toBeLessThan(text.indexOf('Binnen 4 weken'));
    expect(text.indexOf('Binnen 4 weken')).toBeLessThan(text.indexOf('Binnenkort'));
    expect(answer.text).toBe('Stand van zaken SOCW: 6 open, 2 te laat, 2 binnen 4 weken, 1 later, 1 zonder termijn.');
  });

  it('shows each item with kind and submitters, title, the verbatim term and its date, codes, Kamerstuk, "Afgerond" and a menu', async () => {
    const ids = seedOcw(t.bot);
    const { answer } = await status(t.bot);
    const blocks = answer.blocks!;
    const section = blocks.find((b) => b.block_id === `item:${ids.overdueMost}:text`) as { text: { text: string } };
    expect(section.text.text).toBe(
      [
        '*Motie Mutluer en Paternotte c.s.*: Herstelrecht bij seksueel grensoverschrijdend gedrag',
        '🗓 voor de zomer van 2025 → 3 juli 2025, bijna 5 maanden te laat',
        `SOCW · Kamerstuk 36200-VIII, nr. 12 (2024/25) · #${ids.overdueMost}`,
      ].join('\n'),
    );
    const toezegging = blocks.find((b) => b.block_id === `item:${ids.overdueLess}:text`) as { text: { text: string } };
    expect(toezegging.text.text).toContain('*Toezegging Van der Laan*: Brief over lerarentekort');
    const done = findElement(blocks, 'item_done', ids.overdueMost);
    expect(done.element.text?.text).toBe('Afgerond');
    expect(JSON.parse(done.element.value!)).toEqual({ id: ids.overdueMost, scope: '', page: 0 });
    const menu = findElement(blocks, 'item_menu', ids.overdueMost);
    // No admins configured: everyone who may change an item may delete it, so the statuses share one entry.
    expect(menu.element.options!.map((o) => o.text.text)).toEqual(['Bewerken', 'Termijn wijzigen', 'Aanhouden, vervallen…', 'Details']);
  });

  it('says all is well when nothing is overdue or due soon', async () => {
    link(t.bot, 'SOCW');
    const later = addItem(t.bot, { deadline: term(daysFromToday(60)) });
    const { answer } = await status(t.bot);
    expect(allText(answer.blocks)).toContain('🎉 Niets te laat en niets dat binnen 4 weken moet.');
    expect(shownItemIds(answer.blocks)).toEqual([later.id]);
  });

  it.each([
    ['status MJenV', 'Stand van zaken: MJenV', ['otherCode', 'shared']],
    ['status mjenv', 'Stand van zaken: MJenV', ['otherCode', 'shared']],
    ['status JenV', 'Stand van zaken: ministerie van JenV', ['otherCode', 'shared']],
    ['status OCW', 'Stand van zaken: ministerie van OCW', ['overdueMost', 'overdueLess', 'soon', 'shared', 'later', 'noTerm']],
    ['status alles', 'Stand van zaken: alle bewindspersonen', ['otherCode', 'overdueMost', 'overdueLess', 'soon', 'shared', 'later', 'noTerm']],
    ['status MJenV SOCW', 'Stand van zaken: MJenV, SOCW', ['otherCode', 'overdueMost', 'overdueLess', 'soon', 'shared', 'later', 'noTerm']],
    ['status mjenv, JenV', 'Stand van zaken: MJenV, ministerie van JenV', ['otherCode', 'shared']],
  ] as const)('"/motie %s" shows the scope asked for, whatever the channel is linked to', async (text, header, names) => {
    const ids = seedOcw(t.bot);
    const { answer } = await status(t.bot, text);
    expect(answer.blocks![0]).toMatchObject({ text: { text: header } });
    expect(shownItemIds(answer.blocks)).toEqual(names.map((n) => ids[n]));
  });

  it('refuses a scope with one unknown word, naming it', async () => {
    seedOcw(t.bot);
    const { answer } = await status(t.bot, 'status SOCW XYZ');
    expect(answer.text).toContain('“XYZ” is geen bewindspersoon of ministerie');
  });

  it('shows everything in a channel that is not linked', async () => {
    const ids = seedOcw(t.bot);
    const { answer } = await status(t.bot, 'status', 'CNIETGEKOPPELD');
    expect(answer.blocks![0]).toMatchObject({ text: { text: 'Stand van zaken: alle bewindspersonen' } });
    expect(shownItemIds(answer.blocks)).toContain(ids.otherCode);
  });

  it('"Deel in kanaal" posts the same picture visibly, without paging or share buttons but with the item buttons', async () => {
    const ids = seedOcw(t.bot);
    const { answer } = await status(t.bot);
    const share = findElement(answer.blocks!, 'status_share');
    const click = await clickButton(t.bot, share, { ephemeral: true });
    expectAcked(click);
    const shared = await reply(t.bot, click.responseId);
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    expect(shownItemIds(shared.blocks)).toEqual(shownItemIds(answer.blocks));
    expect(JSON.stringify(shared.blocks)).not.toMatch(/status_share|status_page/);
    expect(findElement(shared.blocks!, 'item_done', ids.soon).element.text?.text).toBe('Afgerond');
  });
});

describe('paging', () => {
  function seedMany(bot: SlackTest) {
    link(bot, 'SOCW');
    const ids: number[] = [];
    // 30 overdue (most overdue first), 17 due within four weeks and one later: 48 open items.
    for (let i = 0; i < 30; i += 1) ids.push(addItem(bot, { title: `Te laat ${i}`, deadline: term(daysFromToday(-60 + i)) }).id);
    for (let i = 0; i < 17; i += 1) ids.push(addItem(bot, { title: `Binnenkort ${i}`, deadline: term(daysFromToday(1 + i)) }).id);
    ids.push(addItem(bot, { title: 'Ver weg', deadline: term(daysFromToday(200)) }).id);
    return ids;
  }

  const rest = (blocks: readonly KnownBlock[] | undefined) => /…en nog (\d+) andere?\b/.exec(allText(blocks))?.[1] ?? null;

  it('shows 10 with "nog 38 andere", then the next page on "Volgende", and no "Volgende" on the last page', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    expect(shownItemIds(answer.blocks)).toEqual(ids.slice(0, 10));
    expect(rest(answer.blocks)).toBe('38');
    expect(JSON.stringify(answer.blocks)).not.toContain('status_page:prev');

    let page = answer;
    for (let p = 1; p <= 4; p += 1) {
      const next = findElement(page.blocks!, 'status_page:next');
      expect(next.element.text?.text).toBe(`Volgende ${Math.min(10, 48 - p * 10)}`);
      const click = await clickButton(t.bot, next, { ephemeral: true });
      expectAcked(click);
      page = await reply(t.bot, click.responseId);
      expect(page.replace_original).toBe(true);
      expect(shownItemIds(page.blocks)).toEqual(ids.slice(p * 10, p * 10 + 10));
      expect(JSON.stringify(page.blocks)).toContain('status_page:prev');
    }
    expect(shownItemIds(page.blocks)).toHaveLength(8);
    expect(rest(page.blocks)).toBeNull();
    expect(JSON.stringify(page.blocks)).not.toContain('status_page:next');
    // Back again.
    const back = await clickButton(t.bot, findElement(page.blocks!, 'status_page:prev'), { ephemeral: true });
    expect(shownItemIds((await reply(t.bot, back.responseId)).blocks)).toEqual(ids.slice(30, 40));
  });

  it('redraws the ephemeral page after "Afgerond": the item struck out above the list, the rest moved up', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    const click = await clickButton(t.bot, findElement(answer.blocks!, 'item_done', ids[3]), { ephemeral: true, user: 'UBOB' });
    expectAcked(click);
    const redrawn = await reply(t.bot, click.responseId);
    expect(redrawn.replace_original).toBe(true);
    expect(redrawn.blocks![1]).toMatchObject({ text: { text: '*47* open · *29* te laat · *17* binnen 4 weken · *1* later · *0* zonder termijn · *1* afgerond' } });
    const struck = redrawn.blocks!.find((b) => b.block_id === `item:${ids[3]!}:text`) as { text: { text: string } };
    expect(struck.text.text).toMatch(/^~.*~$/);
    expect(allText(redrawn.blocks)).toContain('✅ Afgerond door <@UBOB>');
    expect(findElement(redrawn.blocks!, 'item_undo', ids[3]).element.text?.text).toBe('Ongedaan maken');
    expect(shownItemIds(redrawn.blocks)).toEqual([ids[3], ...ids.slice(0, 3), ...ids.slice(4, 11)]);
    expect(rest(redrawn.blocks)).toBe('37');
  });

  it('"Ongedaan maken" on the redrawn page puts the item back in the list, once', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    const done = await clickButton(t.bot, findElement(answer.blocks!, 'item_done', ids[0]), { ephemeral: true });
    const redrawn = await reply(t.bot, done.responseId);
    const undo = await clickButton(t.bot, findElement(redrawn.blocks!, 'item_undo', ids[0]), { ephemeral: true });
    const back = await reply(t.bot, undo.responseId);
    expect(shownItemIds(back.blocks)).toEqual(ids.slice(0, 10));
    expect(allText(back.blocks)).toContain(`↩️ #${ids[0]!} staat weer open.`);
    expect(rest(back.blocks)).toBe('38');
  });

  it('shows the last page that still has items when the list shrank under the page', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    let page = answer;
    for (let p = 1; p <= 4; p += 1) {
      const click = await clickButton(t.bot, findElement(page.blocks!, 'status_page:next'), { ephemeral: true });
      page = await reply(t.bot, click.responseId);
    }
    // Meanwhile others mark 12 of the first items done; 36 remain.
    for (const id of ids.slice(0, 12)) markDone(t.bot.deps.db, id, 'UCAROL', t.bot.deps.now().getTime());
    const click = await clickButton(t.bot, findElement(page.blocks!, 'item_done', ids[46]), { ephemeral: true });
    const redrawn = await reply(t.bot, click.responseId);
    // 35 remain: page 4 (items 41–) is empty, so page 3 shows items 31–35 under the struck item.
    expect(shownItemIds(redrawn.blocks)).toEqual([ids[46], ...ids.slice(42, 46), ids[47]]);
    expect(JSON.stringify(redrawn.blocks)).toContain('status_page:prev');
    expect(JSON.stringify(redrawn.blocks)).not.toContain('status_page:next');
  });

  it('"Deel in kanaal" on page 2 shares the list from its start, page by page (at most four messages), not page 2 alone', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    const second = await reply(t.bot, (await clickButton(t.bot, findElement(answer.blocks!, 'status_page:next'), { ephemeral: true })).responseId);
    expect(shownItemIds(second.blocks)).toEqual(ids.slice(10, 20));
    const share = await clickButton(t.bot, findElement(second.blocks!, 'status_share'), { ephemeral: true });
    const posted = [];
    for (let n = 0; n < 4; n += 1) posted.push(await reply(t.bot, share.responseId, n));
    expect(posted.every((p) => p.response_type === 'in_channel' && p.replace_original === false)).toBe(true);
    expect(posted.flatMap((p) => shownItemIds(p.blocks))).toEqual(ids.slice(0, 40));
    expect(rest(posted[3]!.blocks)).toBe('8');
  });

  it('keeps the page of a shared message in place: only the clicked item changes', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    const share = await clickButton(t.bot, findElement(answer.blocks!, 'status_share'), { ephemeral: true });
    const shared = await reply(t.bot, share.responseId);
    const message = { ts: '1700000000.000900', text: shared.text, blocks: shared.blocks! };
    const click = await clickButton(t.bot, findElement(shared.blocks!, 'item_done', ids[5]), { message });
    const updated = await reply(t.bot, click.responseId);
    expect(updated.replace_original).toBe(true);
    expect(updated.text).toBe(shared.text);
    const without = (blocks: readonly KnownBlock[]) => blocks.filter((b) => !b.block_id?.startsWith(`item:${ids[5]!}:`));
    expect(without(updated.blocks!)).toEqual(without(shared.blocks!));
    expect(shownItemIds(updated.blocks)).toEqual(shownItemIds(shared.blocks));
    expect(allText(updated.blocks)).toContain('✅ Afgerond door <@UALICE>');
  });

  it('offers "Termijn wijzigen" and "Details" in the menu of every row on every page', async () => {
    const ids = seedMany(t.bot);
    const { answer } = await status(t.bot);
    const click = await chooseMenu(t.bot, findElement(answer.blocks!, 'item_menu', ids[9]), 'Details', { ephemeral: true });
    const details = await reply(t.bot, click.responseId);
    expect(details.replace_original).toBe(false);
    expect(details.text).toContain(`Details van #${ids[9]!}`);
  });
});
