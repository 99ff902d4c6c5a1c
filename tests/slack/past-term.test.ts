// A term typed in Slack that lies in the past is not saved silently: the bot asks first.
import { describe, expect, it } from 'vitest';
import { getItem } from '../../src/store/items.queries.ts';
import { dumpDb } from '../helpers/db.ts';
import { addItem, allText, clickButton, codes, findElement, link, reply, term, useBot, type SlackTest } from './support.ts';

const t = useBot();

async function submitTerm(bot: SlackTest, itemId: number, value: string) {
  const posted = await bot.viewSubmission({
    user: { id: 'UALICE', username: 'someone', team_id: 'T1' },
    view: {
      id: 'VTERM',
      type: 'modal',
      callback_id: 'term_modal',
      private_metadata: JSON.stringify({ channelId: 'COCW', itemId }),
      hash: 'h2',
      state: { values: { term: { term_input: { type: 'plain_text_input', value } } } },
    },
  });
  return posted.json as { response_action: string; errors?: Record<string, string> };
}

describe('/motie termijn with a date in the past', () => {
  it('asks with a button and saves nothing; "Toch opslaan" saves it', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { deadline: null });
    const before = dumpDb(t.bot.deps.db);
    const posted = await t.bot.command(`termijn ${item.id} 1 januari 2020`);
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toMatch(/Die datum ligt \d+ jaar in het verleden; toch opslaan\?/);
    expect(allText(answer.blocks)).toContain('Toch opslaan');
    expect(dumpDb(t.bot.deps.db)).toBe(before);

    const click = await clickButton(t.bot, findElement(answer.blocks!, 'term_confirm_past'), { ephemeral: true });
    const confirmed = await reply(t.bot, click.responseId);
    expect(confirmed.text).toContain(`Termijn van #${item.id} aangepast`);
    expect(getItem(t.bot.deps.db, item.id)!.deadline).toMatchObject({ deadline: '2020-01-01', source: 'person' });
  });

  it('a forged button value changes nothing', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { deadline: null });
    const before = dumpDb(t.bot.deps.db);
    const click = await clickButton(t.bot, { blockId: 'term_confirm', element: { type: 'button', action_id: 'term_confirm_past', value: '{"id":"x"}', text: { type: 'plain_text', text: 'Toch opslaan' } } as never }, { ephemeral: true });
    expect((await reply(t.bot, click.responseId)).text).toContain('verlopen');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    expect(item.id).toBeGreaterThan(0);
  });

  it('a future term is saved at once, without a question', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { deadline: null });
    const posted = await t.bot.command(`termijn ${item.id} eind maart 2099`);
    expect((await reply(t.bot, posted.responseId)).text).toContain('aangepast');
  });
});

describe('the term modal with a date in the past', () => {
  it('asks inline first; sending the same term again confirms it', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2099-12-01') });
    const before = dumpDb(t.bot.deps.db);
    const first = await submitTerm(t.bot, item.id, '1 januari 2020');
    expect(first.response_action).toBe('errors');
    expect(first.errors!.term).toMatch(/in het verleden; toch opslaan\? Verstuur het formulier nog eens/);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
    const second = await submitTerm(t.bot, item.id, '1 januari 2020');
    expect(second.response_action).toBe('update');
    expect(getItem(t.bot.deps.db, item.id)!.deadline?.deadline).toBe('2020-01-01');
  });

  it('refuses an impossible day inline instead of reading its month', async () => {
    link(t.bot, 'SOCW');
    const item = addItem(t.bot, { responsible: codes('SOCW'), deadline: term('2099-12-01') });
    const before = dumpDb(t.bot.deps.db);
    const ack = await submitTerm(t.bot, item.id, '31 februari 2026');
    expect(ack.errors!.term).toContain('"31 februari 2026" bestaat niet: februari 2026 heeft 28 dagen.');
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });
});
