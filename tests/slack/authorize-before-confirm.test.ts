// Issue 16 point 5: nobody confirms "Afgerond" first and is refused after. Slack opens a button's
// confirmation dialog without asking the bot, so a row only offers "Afgerond" (and "Termijn
// wijzigen") to someone who may change the item where the row is shown; otherwise it names the
// channels where they can. A click that is refused anyway (an old message, a changed link) names them too.
import { describe, expect, it } from 'vitest';
import { dumpDb } from '../helpers/db.ts';
import { addItem, allText, chooseMenu, clickButton, codes, daysFromToday, findElement, link, reply, term, useBot } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

function herstelrecht() {
  link(t.bot, 'OCW', 'COCW');
  link(t.bot, 'SZW', 'CSZW');
  return addItem(t.bot, { title: 'Herstelrecht in het onderwijs', responsible: codes('SOCW'), deadline: term(daysFromToday(-3)) });
}

describe('authorization before the confirmation', () => {
  it('/motie zoek in #szw shows an OCW item without Afgerond and names #ocw', async () => {
    const item = herstelrecht();
    const posted = await t.bot.command('zoek herstelrecht', { channel: 'CSZW', user: 'UALICE' });
    const answer = await reply(t.bot, posted.responseId);
    expect(() => findElement(answer.blocks!, 'item_done', item.id)).toThrow();
    expect(allText(answer.blocks)).toContain('🔒 Afronden en de termijn wijzigen kan in <#COCW>.');
    const menu = findElement(answer.blocks!, 'item_menu', item.id).element as { options?: { text: { text: string } }[] };
    expect(menu.options?.map((o) => o.text.text)).toEqual(['Details']);
  });

  it('/motie zoek in #ocw offers Afgerond with its confirmation; so it does for an admin anywhere', async () => {
    const item = herstelrecht();
    for (const [channel, user] of [['COCW', 'UALICE'], ['CSZW', 'UADMIN']] as const) {
      const posted = await t.bot.command('zoek herstelrecht', { channel, user });
      const answer = await reply(t.bot, posted.responseId);
      const done = findElement(answer.blocks!, 'item_done', item.id).element as { confirm?: { confirm: { text: string } } };
      expect(done.confirm?.confirm.text).toBe('Ja, afgerond');
      expect(allText(answer.blocks)).not.toContain('🔒');
    }
  });

  it('/motie status OCW in #szw lists the items without Afgerond', async () => {
    const item = herstelrecht();
    const posted = await t.bot.command('status OCW', { channel: 'CSZW', user: 'UALICE' });
    const answer = await reply(t.bot, posted.responseId);
    expect(allText(answer.blocks)).toContain('Herstelrecht in het onderwijs');
    expect(() => findElement(answer.blocks!, 'item_done', item.id)).toThrow();
    expect(allText(answer.blocks)).toContain('🔒 Afronden en de termijn wijzigen kan in <#COCW>.');
  });

  it('a click that is refused anyway names the channel where it is allowed, and changes nothing', async () => {
    const item = herstelrecht();
    const fromOcw = await reply(t.bot, (await t.bot.command('zoek herstelrecht', { channel: 'COCW', user: 'UALICE' })).responseId);
    const before = dumpDb(t.bot.deps.db);
    // The same (old) answer clicked in #szw.
    const click = await clickButton(t.bot, findElement(fromOcw.blocks!, 'item_done', item.id), { channel: 'CSZW', user: 'UALICE', ephemeral: true });
    expect((await reply(t.bot, click.responseId)).text).toBe(
      'Dit mag je hier helaas niet wijzigen. Dat kan in <#COCW> (gekoppeld aan de bewindspersoon van dit item), of door een beheerder van motiebot.',
    );
    const menu = await chooseMenu(t.bot, findElement(fromOcw.blocks!, 'item_menu', item.id), 'Termijn wijzigen', { channel: 'CSZW', user: 'UALICE', ephemeral: true });
    expect((await reply(t.bot, menu.responseId)).text).toContain('Dat kan in <#COCW>');
    expect(t.bot.fake.callsTo('views.open')).toEqual([]);
    expect(dumpDb(t.bot.deps.db)).toBe(before);
  });

  it('an item no channel may change says that only an admin can', async () => {
    const item = addItem(t.bot, { title: 'Herstelrecht zonder kanaal', responsible: codes('MBZK'), deadline: term(daysFromToday(5)) });
    const answer = await reply(t.bot, (await t.bot.command('zoek herstelrecht', { channel: 'CSZW', user: 'UALICE' })).responseId);
    expect(() => findElement(answer.blocks!, 'item_done', item.id)).toThrow();
    expect(allText(answer.blocks)).toContain('🔒 Geen kanaal gekoppeld aan deze bewindspersoon: alleen een beheerder kan dit item wijzigen.');
  });
});
