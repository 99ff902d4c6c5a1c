import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/domain/items.ts';
import { buildDigest } from '../../../src/slack/blocks/digest.ts';
import { itemIdOfBlock } from '../../../src/slack/blocks/ids.ts';
import { makeItem } from '../../helpers/items.ts';
import { blockKitProblems } from './limits.ts';

const today = '2026-06-01';
const many = (n: number, from: number, deadline: string, extra: Partial<Item> = {}) =>
  Array.from({ length: n }, (_, i) => makeItem({ id: from + i, title: `Onderwerp ${from + i} ${'met een lange titel '.repeat(8)}`, ...extra }, deadline));
const shownIds = (blocks: KnownBlock[]) => [...new Set(blocks.map((b) => itemIdOfBlock(b.block_id)).filter((id) => id !== null))];
const texts = (blocks: KnownBlock[]) => JSON.stringify(blocks);

describe('buildDigest', () => {
  it('has a header with the channel\'s codes, sections with counts, and a fallback text', () => {
    const msg = buildDigest({
      targets: ['SOCW', 'MOCW'],
      today,
      overdue: [makeItem({ id: 1 }, '2026-05-01')],
      soon: [makeItem({ id: 2 }, '2026-06-10'), makeItem({ id: 3 }, '2026-06-20')],
      done: [makeItem({ id: 4, status: 'done', title: 'Klaar' }, '2026-05-20')],
      noTerm: 5,
    });
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { text: '📋 Weekoverzicht moties en toezeggingen (SOCW, MOCW)' } });
    const all = texts(msg.blocks);
    expect(all).toContain('Te laat (1)');
    expect(all).toContain('Binnen 4 weken (2)');
    expect(all).toContain('Afgerond in de afgelopen week (1)');
    expect(all).toContain('Klaar (#4)');
    expect(all).toContain('5 openstaande punten hebben nog geen termijn.');
    expect(all).not.toContain('voor de volledige lijst');
    expect(shownIds(msg.blocks)).toEqual([1, 2, 3]);
    expect(msg.text).toBe('Weekoverzicht (SOCW, MOCW): 1 te laat, 2 binnen 4 weken, 1 afgerond, 5 zonder termijn.');
    expect(blockKitProblems(msg)).toEqual([]);
  });

  it('says all is well when nothing is overdue or due soon', () => {
    const msg = buildDigest({ targets: ['OCW'], today, overdue: [], soon: [], done: [], noTerm: 1 });
    const all = texts(msg.blocks);
    expect(all).toContain('Niets te laat en niets binnen 4 weken');
    expect(all).toContain('1 openstaand punt heeft nog geen termijn.');
    expect(blockKitProblems(msg)).toEqual([]);
  });

  it.each([
    { overdue: 500, soon: 0, done: 0 },
    { overdue: 0, soon: 500, done: 0 },
    { overdue: 200, soon: 200, done: 100 },
    { overdue: 30, soon: 3, done: 40 },
  ])('stays a valid message with $overdue overdue, $soon soon and $done done, and counts the rest', ({ overdue, soon, done }) => {
    const input = {
      targets: ['SOCW'],
      today,
      overdue: many(overdue, 1, '2026-01-01'),
      soon: many(soon, 10_001, '2026-06-15'),
      done: many(done, 20_001, '2026-05-01', { status: 'done' }),
      noTerm: 0,
    };
    const msg = buildDigest(input);
    expect(blockKitProblems(msg)).toEqual([]);
    const ids = shownIds(msg.blocks);
    const shownOverdue = ids.filter((id) => id < 10_001).length;
    const shownSoon = ids.filter((id) => id >= 10_001).length;
    const shownDone = (texts(msg.blocks).match(/\(#2\d{4}\)/g) ?? []).length;
    // every non-empty section shows something, and what is not shown is counted
    if (overdue) expect(shownOverdue).toBeGreaterThan(0);
    if (soon) expect(shownSoon).toBeGreaterThan(0);
    if (done) expect(shownDone).toBeGreaterThan(0);
    for (const [total, shown] of [[overdue, shownOverdue], [soon, shownSoon], [done, shownDone]] as const) {
      if (total > shown) expect(texts(msg.blocks)).toContain(`en nog ${total - shown} andere — typ /motie status voor de volledige lijst`);
    }
    // the first items are the ones shown (oldest overdue first, as given)
    if (overdue) expect(ids[0]).toBe(1);
  });
});
