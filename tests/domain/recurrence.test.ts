// Marking a recurring item done moves it to its next occurrence: the rule in the domain, the store
// only applies it (markDone in one transaction).
import { describe, expect, it } from 'vitest';
import type { ItemDeadline } from '../../src/domain/items.ts';
import { nextOccurrence, whenDone } from '../../src/domain/recurrence.ts';

const deadline = (earliest: string | null, last: string): ItemDeadline => ({ earliest, deadline: last, text: 'jaarlijks', basis: 'explicit', soft: false }) as ItemDeadline;

describe('whenDone', () => {
  it('moves a yearly item with a deadline one year on, its earliest date too', () => {
    expect(whenDone({ recurrence: 'P1Y', deadline: deadline('2025-03-01', '2025-03-31') })).toEqual({
      kind: 'next',
      deadline: deadline('2026-03-01', '2026-03-31'),
      movedTo: '2026-03-31',
    });
  });

  it('moves a half-yearly item without an earliest date', () => {
    expect(whenDone({ recurrence: 'P6M', deadline: deadline(null, '2025-08-31') })).toMatchObject({ kind: 'next', movedTo: '2026-02-28', deadline: { earliest: null } });
  });

  it.each([
    ['no recurrence', { recurrence: null, deadline: deadline(null, '2025-03-31') }],
    ['no deadline', { recurrence: 'P1Y', deadline: null }],
    ['a deadline without a date', { recurrence: 'P1Y', deadline: { ...deadline(null, '2025-03-31'), deadline: null } }],
    ['an unreadable period', { recurrence: 'jaarlijks', deadline: deadline(null, '2025-03-31') }],
  ])('is plainly done with %s', (_, item) => {
    expect(whenDone(item)).toEqual({ kind: 'done' });
  });

  it('nextOccurrence adds the period once', () => {
    expect(nextOccurrence('2024-02-29', 'P1Y')).toBe('2025-02-28');
    expect(nextOccurrence('2025-01-31', 'P1M')).toBe('2025-02-28');
    expect(nextOccurrence('2025-01-31', 'X')).toBeNull();
  });
});
