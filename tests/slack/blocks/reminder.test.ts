import { describe, expect, it } from 'vitest';
import { ACTION, MENU, itemBlockId } from '../../../src/slack/blocks/ids.ts';
import { buildReminder } from '../../../src/slack/blocks/reminder.ts';
import { makeItem } from '../../domain/reminders/make-item.ts';
import { blockKitProblems } from './limits.ts';

const today = '2026-05-25';

describe('buildReminder', () => {
  it.each([
    { days: 28, header: '⏰ Over 28 dagen: Kamer informeren', fallback: 'Over 28 dagen' },
    { days: 7, header: '⏰ Over 7 dagen: Kamer informeren', fallback: 'Over 7 dagen' },
    { days: 1, header: '⏰ Morgen: Kamer informeren', fallback: 'Morgen' },
    { days: 0, header: '⏰ Vandaag: Kamer informeren', fallback: 'Vandaag' },
    { days: -3, header: '⚠️ Te laat: Kamer informeren', fallback: 'Te laat' },
  ])('days $days → "$header"', ({ days, header, fallback }) => {
    const item = makeItem({ id: 12 }, '2026-06-01');
    const msg = buildReminder({ item, days, today });
    expect(msg.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: header, emoji: true } });
    expect(msg.text).toBe(`${fallback}: Kamer informeren over Motie Mutluer: Motie 12 (#12)`);
    expect(blockKitProblems(msg)).toEqual([]);
  });

  it('shows the item with "Afgerond" and offers "Herinner me volgende week" in its menu', () => {
    const item = makeItem({ id: 12, title: 'Herstelrecht', submitters: ['Mutluer'], cs: true }, '2026-06-01');
    const msg = buildReminder({ item, days: 7, today });
    const section = msg.blocks.find((b) => b.block_id === itemBlockId(12, 'text'));
    expect(section).toMatchObject({ type: 'section', text: { type: 'mrkdwn' } });
    expect(JSON.stringify(section)).toContain('Motie Mutluer c.s.');
    expect(JSON.stringify(section)).toContain('over 7 dagen');
    const actions = msg.blocks.find((b) => b.block_id === itemBlockId(12, 'actions'));
    expect(actions?.type).toBe('actions');
    const elements = actions?.type === 'actions' ? actions.elements : [];
    expect(elements.map((e) => ('action_id' in e ? e.action_id : null))).toEqual([ACTION.done, ACTION.menu]);
    const menu = elements[1]!;
    expect(menu.type === 'overflow' && menu.options.map((o) => o.value)).toContain(`${MENU.snooze}:12`);
    expect(msg.text).toBe('Over 7 dagen: Kamer informeren over Motie Mutluer c.s.: Herstelrecht (#12)');
  });

  it('escapes what people and documents wrote, also in the fallback text', () => {
    const item = makeItem({ id: 3, title: 'Geen <!channel> & <@U123> hier' }, '2026-06-01');
    const msg = buildReminder({ item, days: 0, today: '2026-06-01' });
    const all = JSON.stringify(msg);
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U123>');
    expect(msg.text).toContain('&lt;!channel&gt; &amp; &lt;@U123&gt;');
  });

  it('tells how long an overdue term has passed', () => {
    const msg = buildReminder({ item: makeItem({ id: 3 }, '2026-05-18'), days: -7, today });
    expect(JSON.stringify(msg.blocks.at(-1))).toContain('7 dagen verstreken');
  });

  it('stays within the limits with a very long title', () => {
    const item = makeItem({ id: 999_999, title: 'lang '.repeat(3000), submitters: Array.from({ length: 40 }, (_, i) => `Kamerlid${i}`) }, '2026-06-01');
    expect(blockKitProblems(buildReminder({ item, days: 7, today }))).toEqual([]);
  });
});
