// The one due rule (src/domain/due.ts): te laat, binnen 4 weken, later, zonder termijn; on hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates/calendar-date.ts';
import { daysUntil, dueBounds, dueGroupOf, dueOf, isOnHold, SOON_DAYS, soonThrough } from '../../src/domain/due.ts';
import { makeItem } from '../helpers/items.ts';

const TODAY = '2025-06-09';

describe('the due rule', () => {
  it('binnen 4 weken is 28 days', () => {
    expect(SOON_DAYS).toBe(28);
    expect(soonThrough(TODAY)).toBe('2025-07-07');
    expect(dueBounds(TODAY)).toEqual({ today: TODAY, soonThrough: '2025-07-07' });
  });

  it('daysUntil is 0 on the day, negative after it, across month ends', () => {
    expect(daysUntil(TODAY, TODAY)).toBe(0);
    expect(daysUntil('2025-06-08', TODAY)).toBe(-1);
    expect(daysUntil('2025-07-07', TODAY)).toBe(28);
    expect(daysUntil('2025-03-01', '2025-02-28')).toBe(1);
    expect(daysUntil('2024-03-01', '2024-02-28')).toBe(2);
  });

  it('puts each deadline in its group at the boundaries', () => {
    expect(dueGroupOf('2025-06-08', TODAY)).toBe('overdue'); // yesterday
    expect(dueGroupOf(TODAY, TODAY)).toBe('soon'); // today is not late yet
    expect(dueGroupOf('2025-07-07', TODAY)).toBe('soon'); // day 28
    expect(dueGroupOf('2025-07-08', TODAY)).toBe('later'); // day 29
    expect(dueGroupOf(null, TODAY)).toBe('none');
    expect(dueGroupOf(undefined, TODAY)).toBe('none');
  });

  it('crosses a leap day and a DST week like any other day', () => {
    expect(dueGroupOf('2024-03-28', '2024-02-29')).toBe('soon'); // 28 days after 29 February
    expect(dueGroupOf('2024-03-29', '2024-02-29')).toBe('later');
    expect(dueGroupOf('2025-03-29', '2025-03-30')).toBe('overdue'); // the Saturday before summer time
    expect(dueGroupOf('2025-04-27', '2025-03-30')).toBe('soon');
  });

  it('dueOf: the group of an open item with its days; anything not open is done', () => {
    expect(dueOf(makeItem({ id: 1 }, '2025-06-01'), TODAY)).toEqual({ state: 'overdue', days: -8 });
    expect(dueOf(makeItem({ id: 2 }, '2025-07-07'), TODAY)).toEqual({ state: 'soon', days: 28 });
    expect(dueOf(makeItem({ id: 3 }, '2025-07-08'), TODAY)).toEqual({ state: 'later', days: 29 });
    expect(dueOf(makeItem({ id: 4 }, null), TODAY)).toEqual({ state: 'none', days: null });
    for (const status of ['done', 'lapsed', 'deleted'] as const) {
      expect(dueOf(makeItem({ id: 5, status }, '2025-06-01'), TODAY)).toEqual({ state: 'done', days: null });
    }
  });

  it('dueGroupOf and the bounds say the same for any deadline and day', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, day, (deadline, today) => {
        const { soonThrough: through } = dueBounds(today);
        const byBounds = deadline < today ? 'overdue' : deadline <= through ? 'soon' : 'later';
        const days = daysUntil(deadline, today);
        const byDays = days < 0 ? 'overdue' : days <= SOON_DAYS ? 'soon' : 'later';
        return dueGroupOf(deadline, today) === byBounds && byBounds === byDays;
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['overdue, on hold until after today', '2025-05-01', '2025-06-10', 'later'],
    ['due soon, on hold until after today', '2025-06-05', '2025-06-10', 'later'],
    ['without a term, on hold until after today', null, '2025-06-10', 'later'],
    ['overdue, on hold until today (counts again)', '2025-05-01', TODAY, 'overdue'],
  ] as const)('an item %s is %s, the one rule for lists, counts and the digest', (_name, deadline, onHoldUntil, group) => {
    expect(dueGroupOf(deadline, TODAY, onHoldUntil)).toBe(group);
    const item = { status: 'open' as const, onHoldUntil, deadline: deadline ? { earliest: null, deadline, text: deadline, basis: 'explicit' as const, soft: false, source: 'request' as const } : null };
    expect(dueOf(item, TODAY).state).toBe(group);
  });

  it('isOnHold until the day before the on-hold date', () => {
    expect(isOnHold({ onHoldUntil: '2025-06-10' }, TODAY)).toBe(true);
    expect(isOnHold({ onHoldUntil: TODAY }, TODAY)).toBe(false);
    expect(isOnHold({ onHoldUntil: null }, TODAY)).toBe(false);
    expect(isOnHold({}, TODAY)).toBe(false);
  });
});
