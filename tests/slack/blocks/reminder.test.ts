import { describe, expect, it } from 'vitest';
import { ACTION, MENU, itemBlockId } from '../../../src/slack/blocks/ids.ts';
import { buildOverdueReminder, buildReminder, fitOverdueReminder, OVERDUE_LIMITS, type OverdueEntry } from '../../../src/slack/blocks/reminder.ts';
import { blockKitViolations } from '../../helpers/block-kit-limits.ts';
import { makeItem } from '../../helpers/items.ts';
import { blockKitProblems } from './limits.ts';
import { worstItem } from './worst-case.ts';

const today = '2026-05-25';

describe('buildReminder', () => {
  it.each([
    { days: 28, header: '⏰ Over 4 weken: Kamer informeren', fallback: 'Over 4 weken' },
    { days: 45, header: '⏰ Over ruim 6 weken: Kamer informeren', fallback: 'Over ruim 6 weken' },
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

describe('buildOverdueReminder / fitOverdueReminder', () => {
  const today = '2026-06-15';
  const entry = (id: number, days: number, overrides = {}): OverdueEntry => ({ item: makeItem({ id, ...overrides }, '2026-05-01'), days });
  const headers = (blocks: { type: string; text?: unknown }[]) => blocks.filter((b) => b.type === 'header').map((b) => (b.text as { text: string }).text);
  const rowIds = (blocks: { block_id?: string }[]) => blocks.map((b) => b.block_id).filter((id): id is string => !!id?.endsWith(':text')).map((id) => Number(id.split(':')[1]));

  it('lists every item with its own "Afgerond" and menu, in the order given (most overdue first)', () => {
    const msg = buildOverdueReminder({ entries: [entry(7, -105), entry(3, -26), entry(12, -14)], more: 0, today });
    expect(headers(msg.blocks)).toEqual(['🔴 Te laat: Kamer informeren over 3 moties en toezeggingen']);
    expect(rowIds(msg.blocks)).toEqual([7, 3, 12]);
    for (const id of [7, 3, 12]) {
      const actions = msg.blocks.find((b) => b.block_id === itemBlockId(id, 'actions'));
      const elements = actions?.type === 'actions' ? actions.elements : [];
      expect(elements.map((e) => ('action_id' in e ? e.action_id : null))).toEqual([ACTION.done, ACTION.menu]);
      expect(JSON.stringify(elements[1])).toContain(`${MENU.snooze}:${id}`);
    }
    expect(msg.text).toBe('Te laat: Kamer informeren over 3 moties en toezeggingen (#7, #3, #12)');
    expect(JSON.stringify(msg.blocks)).not.toContain('en nog');
    expect(blockKitViolations(msg, 'message')).toEqual([]);
  });

  it('counts the items it does not show: "…en nog 37 andere — typ /motie status"', () => {
    const msg = buildOverdueReminder({ entries: [entry(1, -30), entry(2, -20)], more: 37, today });
    expect(headers(msg.blocks)).toEqual(['🔴 Te laat: Kamer informeren over 39 moties en toezeggingen']);
    expect(msg.blocks.at(-1)).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…en nog 37 andere — typ /motie status' }] });
    expect(msg.text).toBe('Te laat: Kamer informeren over 39 moties en toezeggingen (#1, #2 en nog 37 andere)');
  });

  it('one item and nothing more reads as that item\'s own overdue reminder', () => {
    const alone = entry(4, -45);
    expect(buildOverdueReminder({ entries: [alone], more: 0, today })).toEqual(buildReminder({ item: alone.item, days: -45, today }));
    expect(headers(buildOverdueReminder({ entries: [alone], more: 0, today }).blocks)).toEqual(['⚠️ Te laat: Kamer informeren']);
    expect(headers(buildOverdueReminder({ entries: [alone], more: 1, today }).blocks)).toEqual(['🔴 Te laat: Kamer informeren over 2 moties en toezeggingen']);
  });

  it('fits every item in full rows when they fit', () => {
    const entries = [entry(1, -30), entry(2, -20), entry(3, -10)];
    const fitted = fitOverdueReminder(entries, 0, today);
    expect(fitted).toMatchObject({ shown: 3, compact: false });
    expect(fitted.message).toEqual(buildOverdueReminder({ entries, more: 0, today }));
  });

  it.each([
    { what: '300 ordinary items', make: (i: number) => entry(i + 1, -300 + i) },
    { what: '300 items at every field\'s extreme', make: (i: number) => ({ item: worstItem(900_000 + i, '2025-01-01'), days: -300 + i }) },
    { what: '300 items with a 7-digit id and a long title', make: (i: number) => entry(1_000_000 + i, -300 + i, { title: 'Zeer lange titel & <meer> '.repeat(40) }) },
  ])('300 overdue items in one channel ($what): one message within every Block Kit limit, the first shown, the rest counted', ({ make }) => {
    const entries = Array.from({ length: 300 }, (_, i) => make(i));
    const fitted = fitOverdueReminder(entries, 0, today);
    expect(fitted.shown).toBeGreaterThanOrEqual(5);
    expect(fitted.shown).toBeLessThanOrEqual(OVERDUE_LIMITS.maxRows);
    expect(blockKitViolations(fitted.message, 'message')).toEqual([]);
    expect(blockKitProblems(fitted.message)).toEqual([]);
    expect(rowIds(fitted.message.blocks)).toEqual(entries.slice(0, fitted.shown).map((e) => e.item.id));
    expect(headers(fitted.message.blocks)).toEqual(['🔴 Te laat: Kamer informeren over 300 moties en toezeggingen']);
    expect(JSON.stringify(fitted.message.blocks.at(-1))).toContain(`…en nog ${300 - fitted.shown} andere — typ /motie status`);
    // the planner's extra count adds to the rest
    const withMore = fitOverdueReminder(entries.slice(0, 20), 280, today);
    expect(withMore.shown).toBe(fitted.shown);
    expect(withMore.message).toEqual(fitted.message);
  });

  it('switches to compact rows when full rows would not fit every item, and shows as many as fit', () => {
    const entries = Array.from({ length: 300 }, (_, i) => entry(i + 1, -300 + i));
    const fitted = fitOverdueReminder(entries, 0, today);
    expect(fitted.compact).toBe(true);
    expect(fitted.shown).toBeGreaterThanOrEqual(15);
    // one more row would break the size budget (or the row cap)
    const oneMore = buildOverdueReminder({ entries: entries.slice(0, fitted.shown + 1), more: 300 - fitted.shown - 1, today, compact: true });
    expect(fitted.shown === OVERDUE_LIMITS.maxRows || JSON.stringify(oneMore.blocks).length > OVERDUE_LIMITS.maxChars).toBe(true);
    // compact rows have no confirm dialog; "Ongedaan maken" undoes a slip
    expect(JSON.stringify(fitted.message.blocks)).not.toContain('"confirm"');
  });
});
