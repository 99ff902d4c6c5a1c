// Issue 14 points 3 and 8 through signed Slack requests against the fake Web API: the App Home
// shows "Mijn moties en toezeggingen" (the items the person is trekker of) first, then the rest as
// before; /motie status and the Home tab show per code how many items were informed on time in
// the last twelve months, how many late, and the median delay in words people say.
import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { slackActor } from '../../src/domain/actor.ts';
import { updateItem } from '../../src/store/items.queries.ts';
import { addItem, allText, codes, daysFromToday, link, reply, shownItemIds, term, useBot, waitFor, type SlackTest } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

async function home(bot: SlackTest, user: string): Promise<KnownBlock[]> {
  const before = bot.fake.callsTo('views.publish').length;
  await bot.event({ type: 'app_home_opened', user, channel: 'DHOME', tab: 'home', event_ts: '1700000000.000001' });
  const call = await waitFor(() => bot.fake.callsTo('views.publish')[before]);
  return (call.body as { view: { blocks: KnownBlock[] } }).view.blocks;
}

function own(itemId: number, owner: string): void {
  updateItem(t.bot.deps.db, itemId, { owner }, 'USETUP', t.bot.deps.now().getTime());
}

/** Marks an item done by a person on a day (noon in Amsterdam). */
function doneOn(itemId: number, day: string, user = 'UALICE'): void {
  updateItem(t.bot.deps.db, itemId, { status: 'done' }, slackActor(user), Date.parse(`${day}T10:00:00Z`));
}

describe('App Home: Mijn moties en toezeggingen first', () => {
  it('shows the open items the person is trekker of before everything else, each once', async () => {
    link(t.bot, 'SOCW', 'COCW');
    const mineLater = addItem(t.bot, { title: 'Mijn item later', responsible: codes('SOCW'), deadline: term(daysFromToday(90)) });
    const mineOverdue = addItem(t.bot, { title: 'Mijn item te laat', responsible: codes('SOCW'), deadline: term(daysFromToday(-3)) });
    const others = addItem(t.bot, { title: 'Van Bob', responsible: codes('SOCW'), deadline: term(daysFromToday(-5)) });
    const mineDone = addItem(t.bot, { title: 'Mijn afgeronde item', responsible: codes('SOCW'), status: 'done' });
    own(mineLater.id, 'UALICE');
    own(mineOverdue.id, 'UALICE');
    own(others.id, 'UBOB');
    own(mineDone.id, 'UALICE');
    const blocks = await home(t.bot, 'UALICE');
    const text = allText(blocks);
    expect(text.indexOf('Mijn moties en toezeggingen')).toBeGreaterThan(-1);
    expect(text.indexOf('Mijn moties en toezeggingen')).toBeLessThan(text.indexOf('Per bewindspersoon'));
    expect(text).toContain('Je bent trekker van 2 items:');
    // Mine first (soonest term first), then the urgent items of everyone without repeating mine.
    expect(shownItemIds(blocks)).toEqual([mineOverdue.id, mineLater.id, others.id]);
    const bob = await home(t.bot, 'UBOB');
    expect(shownItemIds(bob)).toEqual([others.id, mineOverdue.id]);
    expect(allText(bob)).toContain('Je bent trekker van 1 item:');
  });

  it('says how to become trekker when the person owns nothing, and counts what does not fit', async () => {
    link(t.bot, 'SOCW', 'COCW');
    expect(allText(await home(t.bot, 'UCAROL'))).toContain('Je bent van geen enkel item trekker.');
    for (let i = 0; i < 13; i += 1) {
      own(addItem(t.bot, { title: `Item ${i}`, responsible: codes('SOCW'), deadline: term(daysFromToday(100 + i)) }).id, 'UCAROL');
    }
    const blocks = await home(t.bot, 'UCAROL');
    expect(allText(blocks)).toContain('Je bent trekker van 13 items:');
    expect(shownItemIds(blocks)).toHaveLength(10);
    expect(allText(blocks)).toContain('…en nog 3 andere. Typ `/motie status mijn`');
  });
});

describe('punctuality per code', () => {
  function seedPunctuality() {
    link(t.bot, 'SOCW', 'COCW');
    const onTime = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-06-01') });
    const late14 = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-03-01') });
    const late28 = addItem(t.bot, { responsible: codes('SOCW', 'MOCW'), deadline: term('2025-02-01') });
    const tooOld = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2024-01-01') });
    doneOn(onTime.id, '2025-05-20');
    doneOn(late14.id, '2025-03-15');
    doneOn(late28.id, '2025-03-01');
    doneOn(tooOld.id, '2024-08-01'); // more than twelve months before 15 September 2025
    // Imported as done: the overview's date is not the day the Kamer was informed, so it does not count.
    addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2025-01-01'), status: 'done' });
  }

  it('/motie status shows the codes of the channel: on time, late and the median delay in words', async () => {
    seedPunctuality();
    const answer = await reply(t.bot, (await t.bot.command('status', { channel: 'COCW' })).responseId);
    const block = answer.blocks!.find((b) => b.block_id === 'punctuality');
    expect(allText([block])).toBe('*Tijdig geïnformeerd (laatste 12 maanden)*\n*SOCW*: 1 op tijd · 2 te laat · mediaan 3 weken te laat');
    // A filtered list is about something else: no punctuality there.
    const filtered = await reply(t.bot, (await t.bot.command('status afgerond', { channel: 'COCW' })).responseId);
    expect(filtered.blocks!.some((b) => b.block_id === 'punctuality')).toBe(false);
  });

  it('the Home tab shows every code, and a reopened item no longer counts', async () => {
    seedPunctuality();
    const text = allText(await home(t.bot, 'UALICE'));
    expect(text).toContain('*MOCW*: 0 op tijd · 1 te laat · mediaan 4 weken te laat');
    expect(text).toContain('*SOCW*: 1 op tijd · 2 te laat · mediaan 3 weken te laat');
    expect(text.indexOf('Tijdig geïnformeerd')).toBeLessThan(text.indexOf('Gekoppelde kanalen'));
    const late28 = t.bot.deps.db.$client.prepare("SELECT item_id AS id FROM responsibilities WHERE code = 'MOCW'").get() as { id: number };
    updateItem(t.bot.deps.db, late28.id, { status: 'open' }, 'UALICE', t.bot.deps.now().getTime());
    const after = allText(await home(t.bot, 'UALICE'));
    expect(after).not.toContain('*MOCW*:');
    expect(after).toContain('*SOCW*: 1 op tijd · 1 te laat · mediaan 2 weken te laat');
  });

  it('says so when nothing was marked done in the last twelve months', async () => {
    link(t.bot, 'SOCW', 'COCW');
    addItem(t.bot, { responsible: codes('SOCW'), deadline: term(daysFromToday(10)) });
    const answer = await reply(t.bot, (await t.bot.command('status', { channel: 'COCW' })).responseId);
    expect(allText(answer.blocks!.filter((b) => b.block_id === 'punctuality'))).toContain('Nog geen items afgerond in de laatste 12 maanden.');
  });
});
