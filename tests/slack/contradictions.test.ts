// Issue 16 point 6: what the bot and the README tell people to type is accepted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addItem, allText, codes, link, reply, useBot, waitFor } from './support.ts';

const t = useBot({ admins: ['UADMIN'] });

/** Every `/motie …` example in the README's "In Slack" table. */
function readmeSlackCommands(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## In Slack'), readme.indexOf('\n## ', readme.indexOf('## In Slack') + 5));
  const rows = section.split('\n').filter((l) => l.startsWith('| `/motie'));
  return rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/`(\/motie[^`]*)`/g)].map((m) => m[1]!));
}

const REFUSALS = /ken ik niet|dat ik ken|Gebruik een code|Onbekende/;

describe('no contradictions', () => {
  it('/motie kanaal alles does not suggest "alles" and then reject it', async () => {
    const posted = await t.bot.command('kanaal alles', { user: 'UADMIN' });
    const answer = await reply(t.bot, posted.responseId);
    expect(answer.text).toContain('Een kanaal koppel je aan bewindspersonen of ministeries, niet aan `alles`');
    expect(answer.text).not.toContain('of `alles`');
    const other = await reply(t.bot, (await t.bot.command('kanaal XYZ', { user: 'UADMIN' })).responseId);
    expect(other.text).toContain('“XYZ” is geen bewindspersoon of ministerie dat ik ken.');
    expect(other.text).not.toContain('alles');
  });

  it('every /motie example in the README is accepted by the bot', async () => {
    const examples = readmeSlackCommands();
    expect(examples.length).toBeGreaterThanOrEqual(10);
    link(t.bot, 'SOCW', 'COCW');
    for (let i = 0; i < 12; i += 1) addItem(t.bot, { responsible: codes('SOCW') });
    for (const example of examples) {
      const text = example.replace(/^\/motie ?/, '');
      const posted = await t.bot.command(text, { user: 'UADMIN', channel: 'COCW', triggerId: `trig-${text}` });
      if (text === 'nieuw') {
        await waitFor(() => t.bot.fake.callsTo('views.open').length > 0 || undefined);
        continue;
      }
      const answer = await reply(t.bot, posted.responseId);
      expect(`${answer.text}\n${allText(answer.blocks ?? [])}`, example).not.toMatch(REFUSALS);
    }
    // The status row shows a ministry the way it is typed (the old row's literal "ministerie" was refused).
    expect(examples).toContain('/motie status OCW');
  });
});
