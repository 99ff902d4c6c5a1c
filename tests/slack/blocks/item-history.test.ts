// An item's row and details show the trekker, the on-hold date, how often the term moved, and who
// closed it with which Kamerbrief.
import { describe, expect, it } from 'vitest';
import { buildDetails } from '../../../src/slack/blocks/details.ts';
import { itemText } from '../../../src/slack/blocks/item-row.ts';
import { makeItem } from '../../helpers/items.ts';

const today = '2025-11-28';

describe('item history in rows and details', () => {
  it('shows the trekker as a mention, the on-hold date and the postponements on the row', () => {
    const item = makeItem({ id: 7, owner: 'U0SANNE', onHoldUntil: '2026-03-01', deadlineMoves: 2, deadlineOriginal: '2025-07-03' }, '2026-04-01');
    const text = itemText(item, today);
    expect(text).toContain('trekker <@U0SANNE>');
    expect(text).toContain('⏸ aangehouden tot 1 maart 2026');
    expect(text).toContain('(termijn 2× verschoven, oorspronkelijk 3 juli 2025)');
  });

  it('leaves them out when there is nothing to say, and a past on-hold date is no longer shown', () => {
    const text = itemText(makeItem({ id: 8, onHoldUntil: '2025-01-01' }, '2026-04-01'), today);
    expect(text).not.toMatch(/trekker|aangehouden|verschoven/);
  });

  it('says in the details who marked it done, when, and with which Kamerstuk', () => {
    const item = makeItem({ id: 9, status: 'done', doneAt: Date.UTC(2025, 10, 20, 10), doneBy: 'U0PIET', closingReference: '36222-45' });
    const details = buildDetails(item, [], today, () => '20 november 2025 11:00');
    expect(JSON.stringify(details.blocks)).toContain('✅ Afgerond door <@U0PIET> op 20 november 2025 11:00 met Kamerstuk 36222, nr. 45');
  });
});
