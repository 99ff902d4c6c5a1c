import { describe, expect, it } from 'vitest';
import { digestDonePeriod, planDigest } from '../../../src/domain/reminders/plan-digest.ts';
import type { RouteLink, SentRecord } from '../../../src/domain/reminders/types.ts';
import { weekStart } from '../../../src/domain/dates/calendar-date.ts';
import { makeItem } from '../../helpers/items.ts';

const links: RouteLink[] = [
  { target: 'SOCW', targetKind: 'code', channelId: 'C_A' },
  { target: 'MOCW', targetKind: 'code', channelId: 'C_A' },
  { target: 'JenV', targetKind: 'ministry', channelId: 'C_B' },
];
const today = '2026-06-01'; // a Monday
const doneSince = Date.parse('2026-05-25T00:00:00+02:00');
const mocw = [{ code: 'MOCW', ministry: 'OCW' }];
const jenv = [{ code: 'MJenV', ministry: 'JenV' }];

describe('planDigest', () => {
  const items = [
    makeItem({ id: 1 }, '2026-05-01'), // overdue
    makeItem({ id: 2 }, '2026-06-01'), // today: soon
    makeItem({ id: 3, responsible: mocw }, '2026-06-29'), // 28 days: soon
    makeItem({ id: 4 }, '2026-06-30'), // 29 days: later, not shown
    makeItem({ id: 5 }, null), // no term
    makeItem({ id: 6, deadline: { earliest: null, deadline: null, text: 'binnenkort', basis: 'estimate', soft: true, source: 'request' } }),
    makeItem({ id: 7, status: 'done', doneAt: Date.parse('2026-05-26T10:00:00Z') }, '2026-05-20'), // done this week
    makeItem({ id: 8, status: 'done', doneAt: Date.parse('2026-05-10T10:00:00Z') }, '2026-05-20'), // done long ago
    makeItem({ id: 9, status: 'lapsed' }, '2026-05-01'),
    makeItem({ id: 10, responsible: jenv }, '2026-04-01'),
    makeItem({ id: 11 }, '2026-03-01'), // older overdue: first
    makeItem({ id: 12, status: 'done', doneAt: Date.parse('2026-05-31T10:00:00Z') }, '2026-05-20'),
  ];

  it('leaves out deleted items, and aangehouden items until their on-hold date', () => {
    const held = [
      makeItem({ id: 21, onHoldUntil: '2026-08-01' }, '2026-05-01'),
      makeItem({ id: 22, deletedAt: 5 }, '2026-05-01'),
      makeItem({ id: 23, onHoldUntil: '2026-06-01' }, '2026-05-01'), // on hold ended today
    ];
    const [a] = planDigest({ items: held, links, sent: [], today, doneSince });
    expect(a!.overdue.map((i) => i.id)).toEqual([23]);
  });

  it('gives every linked channel its overdue, soon, done-this-week and no-term items', () => {
    const [a, b] = planDigest({ items, links, sent: [], today, doneSince });
    expect(a).toMatchObject({ channelId: 'C_A', targets: ['SOCW', 'MOCW'], noTerm: 2, retry: false });
    expect(a!.key).toEqual({ what: 'digest', itemId: 0, channelId: 'C_A', dueDate: '2026-06-01' });
    expect(a!.overdue.map((i) => i.id)).toEqual([11, 1]);
    expect(a!.soon.map((i) => i.id)).toEqual([2, 3]);
    expect(a!.done.map((i) => i.id)).toEqual([12, 7]);
    expect(b).toMatchObject({ channelId: 'C_B', targets: ['JenV'], noTerm: 0, soon: [], done: [] });
    expect(b!.overdue.map((i) => i.id)).toEqual([10]);
  });

  it('leaves out work done after the digest day (a digest for a past day, by hand)', () => {
    const later = makeItem({ id: 13, status: 'done', doneAt: Date.parse('2026-06-02T08:00:00Z') }, '2026-05-20');
    const doneUntil = Date.parse('2026-06-02T00:00:00+02:00');
    const [a] = planDigest({ items: [...items, later], links, sent: [], today, doneSince, doneUntil });
    expect(a!.done.map((i) => i.id)).toEqual([12, 7]);
    const [withoutBound] = planDigest({ items: [...items, later], links, sent: [], today, doneSince });
    expect(withoutBound!.done.map((i) => i.id)).toEqual([13, 12, 7]);
  });

  it('sends a digest to a linked channel with nothing in it too', () => {
    const plan = planDigest({ items: [], links, sent: [], today, doneSince });
    expect(plan.map((d) => [d.channelId, d.overdue.length, d.soon.length, d.done.length, d.noTerm])).toEqual([
      ['C_A', 0, 0, 0, 0],
      ['C_B', 0, 0, 0, 0],
    ]);
  });

  it('is keyed by the ISO week: once sent, no second digest that week, a new one the next', () => {
    const sent: SentRecord[] = [{ what: 'digest', itemId: 0, channelId: 'C_A', dueDate: '2026-06-01', state: 'sent' }];
    expect(planDigest({ items, links, sent, today: '2026-06-04', doneSince }).map((d) => d.channelId)).toEqual(['C_B']);
    expect(planDigest({ items, links, sent, today: '2026-06-08', doneSince }).map((d) => d.channelId)).toEqual(['C_A', 'C_B']);
    const pending: SentRecord[] = [{ ...sent[0]!, state: 'pending' }];
    expect(planDigest({ items, links, sent: pending, today, doneSince })[0]).toMatchObject({ channelId: 'C_A', retry: true });
  });

  it.each([
    { date: '2026-06-01', week: '2026-06-01' },
    { date: '2026-06-07', week: '2026-06-01' },
    { date: '2026-06-08', week: '2026-06-08' },
    { date: '2026-03-29', week: '2026-03-23' },
    { date: '2027-01-01', week: '2026-12-28' },
  ])('the digest week of $date is the Monday $week', ({ date, week }) => {
    expect(weekStart(date)).toBe(week);
  });

  it('"done in the past week" runs from a week ago through today, across a month end and a leap day', () => {
    expect(digestDonePeriod('2026-03-02')).toEqual({ from: '2026-02-23', untilExcluded: '2026-03-03' });
    expect(digestDonePeriod('2028-03-06')).toEqual({ from: '2028-02-28', untilExcluded: '2028-03-07' });
    expect(digestDonePeriod('2026-12-31')).toEqual({ from: '2026-12-24', untilExcluded: '2027-01-01' });
  });
});
