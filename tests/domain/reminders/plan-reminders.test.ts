import { describe, expect, it } from 'vitest';
import { latestSlot, planReminders, reminderHorizon, sentLogHorizon, type PlanRemindersInput } from '../../../src/domain/reminders/plan-reminders.ts';
import type { RouteLink, SentRecord } from '../../../src/domain/reminders/types.ts';
import { makeItem } from '../../helpers/items.ts';

const LEADS = [28, 7, 0];
const socw: RouteLink = { target: 'SOCW', targetKind: 'code', channelId: 'C_SOCW' };
const ocw: RouteLink = { target: 'OCW', targetKind: 'ministry', channelId: 'C_OCW' };

/** The planned reminders, one per (item, channel), in the order of their messages. */
const reminders = (input: PlanRemindersInput) => planReminders(input).flatMap((m) => m.reminders);

describe('latestSlot: the latest reminder that has begun, deadline 2026-06-01', () => {
  it.each([
    { today: '2026-04-01', expected: null },
    { today: '2026-05-03', expected: null },
    { today: '2026-05-04', expected: { what: 'reminder:28', dueDate: '2026-06-01' } },
    { today: '2026-05-20', expected: { what: 'reminder:28', dueDate: '2026-06-01' } },
    { today: '2026-05-25', expected: { what: 'reminder:7', dueDate: '2026-06-01' } },
    { today: '2026-05-31', expected: { what: 'reminder:7', dueDate: '2026-06-01' } },
    { today: '2026-06-01', expected: { what: 'reminder:0', dueDate: '2026-06-01' } },
    // overdue but less than a week: the on-the-day reminder is still the latest
    { today: '2026-06-04', expected: { what: 'reminder:0', dueDate: '2026-06-01' } },
    { today: '2026-06-07', expected: { what: 'reminder:0', dueDate: '2026-06-01' } },
    { today: '2026-06-08', expected: { what: 'overdue', dueDate: '2026-06-08' } },
    { today: '2026-06-14', expected: { what: 'overdue', dueDate: '2026-06-08' } },
    { today: '2026-06-15', expected: { what: 'overdue', dueDate: '2026-06-15' } },
    { today: '2027-06-01', expected: { what: 'overdue', dueDate: '2027-05-31' } },
  ])('on $today → $expected.what $expected.dueDate', ({ today, expected }) => {
    const slot = latestSlot('2026-06-01', today, LEADS);
    if (expected === null) expect(slot).toBeNull();
    else expect(slot).toMatchObject(expected);
  });

  it('counts calendar days across the DST change (deadline the Monday after the last Sunday of March)', () => {
    expect(latestSlot('2026-03-30', '2026-03-23', LEADS)).toMatchObject({ what: 'reminder:7' });
    expect(latestSlot('2026-03-30', '2026-03-24', LEADS)).toMatchObject({ what: 'reminder:7' });
    expect(latestSlot('2026-03-30', '2026-03-30', LEADS)).toMatchObject({ what: 'reminder:0' });
    expect(latestSlot('2026-10-19', '2026-10-26', LEADS)).toMatchObject({ what: 'overdue', dueDate: '2026-10-26' });
  });

  it('follows configured lead times in any order, and without 0 sends nothing on the day itself', () => {
    expect(latestSlot('2026-06-01', '2026-05-29', [3, 14])).toMatchObject({ what: 'reminder:3' });
    expect(latestSlot('2026-06-01', '2026-05-28', [3, 14])).toMatchObject({ what: 'reminder:14' });
    expect(latestSlot('2026-06-01', '2026-06-01', [14, 3])).toMatchObject({ what: 'reminder:3' });
    expect(latestSlot('2026-06-01', '2026-06-03', [])).toBeNull();
    expect(latestSlot('2026-06-01', '2026-06-08', [])).toMatchObject({ what: 'overdue' });
  });
});

describe('planReminders', () => {
  const base = { links: [socw], sent: [] as SentRecord[], snoozes: [], leadDays: LEADS };

  it('sends nothing for an aangehouden item until its on-hold date, and nothing for a deleted item', () => {
    const items = [
      makeItem({ id: 1, onHoldUntil: '2026-07-01' }, '2026-05-26'),
      makeItem({ id: 2, deletedAt: 1 }, '2026-05-26'),
      makeItem({ id: 3 }, '2026-05-26'),
    ];
    expect(reminders({ ...base, items, today: '2026-05-25' }).map((p) => p.key.itemId)).toEqual([3]);
    // From the on-hold date on the item counts again: its latest slot (overdue by then) goes out once.
    expect(reminders({ ...base, items, today: '2026-07-01' }).map((p) => [p.key.itemId, p.key.what])).toEqual([
      [1, 'overdue'],
      [3, 'overdue'],
    ]);
  });

  it('plans one reminder per item and channel, keyed by (what, item, channel, due date)', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01'), makeItem({ id: 2 }, '2026-05-26')];
    const plan = reminders({ ...base, items, today: '2026-05-25' });
    expect(plan.map((p) => p.key)).toEqual([
      { what: 'reminder:7', itemId: 2, channelId: 'C_SOCW', dueDate: '2026-05-26' },
      { what: 'reminder:7', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-01' },
    ]);
    expect(plan[0]).toMatchObject({ kind: 'lead', leadDays: 7, days: 1, deadline: '2026-05-26', retry: false });
    expect(plan[1]).toMatchObject({ days: 7 });
  });

  it('skips items that are done, lapsed, without a term or without a date, and items nobody linked', () => {
    const items = [
      makeItem({ id: 1, status: 'done' }, '2026-06-01'),
      makeItem({ id: 2, status: 'lapsed' }, '2026-06-01'),
      makeItem({ id: 3 }, null),
      makeItem({ id: 4, deadline: { earliest: null, deadline: null, text: 'binnenkort', basis: 'estimate', soft: true, source: 'request' } }),
      makeItem({ id: 5, responsible: [{ code: 'MJenV', ministry: 'JenV' }] }, '2026-06-01'),
      makeItem({ id: 6 }, '2026-06-01'),
    ];
    const plan = reminders({ ...base, items, today: '2026-06-01' });
    expect(plan.map((p) => p.item.id)).toEqual([6]);
  });

  it('does not plan what the sent log says was sent, and plans again what is only pending', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01'), makeItem({ id: 2 }, '2026-06-01')];
    const sent: SentRecord[] = [
      { what: 'reminder:0', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-01', state: 'sent' },
      { what: 'reminder:0', itemId: 2, channelId: 'C_SOCW', dueDate: '2026-06-01', state: 'pending' },
    ];
    const plan = reminders({ ...base, items, sent, today: '2026-06-01' });
    expect(plan.map((p) => [p.item.id, p.retry])).toEqual([[2, true]]);
  });

  it('after downtime sends only the latest applicable reminder, once', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01')];
    // Down from 2026-04-20 to 2026-05-27: the 28-day reminder was missed, the 7-day one applies.
    const first = reminders({ ...base, items, today: '2026-05-27' });
    expect(first.map((p) => p.key.what)).toEqual(['reminder:7']);
    const sent: SentRecord[] = first.map((p) => ({ ...p.key, state: 'sent' }));
    expect(reminders({ ...base, items, sent, today: '2026-05-28' })).toEqual([]);
    expect(reminders({ ...base, items, sent, today: '2026-06-01' }).map((p) => p.key.what)).toEqual(['reminder:0']);
  });

  it('a reminder of a deadline that moved is a new reminder (the due date is in the key)', () => {
    const sent: SentRecord[] = [{ what: 'reminder:7', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-01', state: 'sent' }];
    const moved = reminders({ ...base, sent, items: [makeItem({ id: 1 }, '2026-06-02')], today: '2026-05-26' });
    expect(moved.map((p) => p.key)).toEqual([{ what: 'reminder:7', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-02' }]);
  });

  it('reminds weekly while overdue: one per overdue week, whatever the day of the run', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01')];
    let sent: SentRecord[] = [{ what: 'reminder:0', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-01', state: 'sent' }];
    const posted: string[] = [];
    // every weekday from 2 June to 10 July
    for (let d = new Date('2026-06-02T12:00:00Z'); d <= new Date('2026-07-10T12:00:00Z'); d.setUTCDate(d.getUTCDate() + 1)) {
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
      const today = d.toISOString().slice(0, 10);
      for (const p of reminders({ ...base, items, sent, today })) {
        posted.push(`${today} ${p.key.what} ${p.key.dueDate}`);
        sent = [...sent, { ...p.key, state: 'sent' }];
      }
    }
    expect(posted).toEqual([
      '2026-06-08 overdue 2026-06-08',
      '2026-06-15 overdue 2026-06-15',
      '2026-06-22 overdue 2026-06-22',
      '2026-06-29 overdue 2026-06-29',
      '2026-07-06 overdue 2026-07-06',
    ]);
  });

  it('an overdue week that starts on a Saturday is sent on the Monday, and only then', () => {
    const items = [makeItem({ id: 1 }, '2026-06-06')]; // a Saturday
    expect(reminders({ ...base, items, today: '2026-06-12' }).map((p) => p.key.what)).toEqual(['reminder:0']);
    const monday = reminders({ ...base, items, today: '2026-06-15' });
    expect(monday.map((p) => p.key)).toEqual([{ what: 'overdue', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-13' }]);
  });

  it('routes to the channel of the code, else to the channel of its ministry, without duplicates', () => {
    const links: RouteLink[] = [socw, ocw, { target: 'SOCW', targetKind: 'code', channelId: 'C_EXTRA' }];
    const items = [
      makeItem({ id: 1 }, '2026-06-01'), // SOCW: its own channels, not the ministry's
      makeItem({ id: 2, responsible: [{ code: 'MOCW', ministry: 'OCW' }] }, '2026-06-01'), // no MOCW link → OCW
      makeItem({ id: 3, responsible: [{ code: 'MOCW', ministry: 'OCW' }, { code: 'SOCW', ministry: 'OCW' }] }, '2026-06-01'),
    ];
    const plan = reminders({ ...base, links, items, today: '2026-06-01' });
    const byItem = (id: number) => plan.filter((p) => p.item.id === id).map((p) => p.channelId).sort();
    expect(byItem(1)).toEqual(['C_EXTRA', 'C_SOCW']);
    expect(byItem(2)).toEqual(['C_OCW']);
    expect(byItem(3)).toEqual(['C_EXTRA', 'C_OCW', 'C_SOCW']);
  });

  it('matches codes and ministries case-insensitively', () => {
    const items = [makeItem({ id: 1, responsible: [{ code: 'MJENV', ministry: 'JENV' }] }, '2026-06-01')];
    const links: RouteLink[] = [{ target: 'JenV', targetKind: 'ministry', channelId: 'C_J' }];
    expect(reminders({ ...base, links, items, today: '2026-06-01' }).map((p) => p.channelId)).toEqual(['C_J']);
  });

  it('skips a snoozed (item, channel) until the snooze date, in that channel only', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01')];
    const links = [socw, { target: 'SOCW', targetKind: 'code' as const, channelId: 'C_OTHER' }];
    const snoozes = [{ itemId: 1, channelId: 'C_SOCW', until: '2026-06-02' }];
    const on = (today: string) => reminders({ ...base, links, snoozes, items, today }).map((p) => `${p.channelId} ${p.key.what}`);
    expect(on('2026-06-01')).toEqual(['C_OTHER reminder:0']);
    expect(on('2026-06-02')).toEqual(['C_OTHER reminder:0', 'C_SOCW reminder:0']);
  });

  it('sends a reminder that fell inside a snooze when the snooze ends (the deadline did not change)', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01')];
    const sent: SentRecord[] = [{ what: 'reminder:28', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-01', state: 'sent' }];
    const snoozes = [{ itemId: 1, channelId: 'C_SOCW', until: '2026-05-28' }];
    expect(reminders({ ...base, sent, snoozes, items, today: '2026-05-25' })).toEqual([]);
    const after = reminders({ ...base, sent, snoozes, items, today: '2026-05-28' });
    expect(after.map((p) => [p.key.what, p.days])).toEqual([['reminder:7', 4]]);
  });

  it('does not change its inputs', () => {
    const items = [makeItem({ id: 2 }, '2026-06-01'), makeItem({ id: 1 }, '2026-05-30')];
    const frozen = JSON.stringify(items);
    reminders({ ...base, items, today: '2026-06-01' });
    expect(JSON.stringify(items)).toBe(frozen);
  });

  it('needs sent-log rows back to one overdue week before today', () => {
    expect(sentLogHorizon('2026-06-15')).toBe('2026-06-08');
    // The oldest key it can plan on 2026-06-15: an overdue week that began on 2026-06-09 …
    expect(latestSlot('2026-06-02', '2026-06-15', LEADS)!.dueDate >= sentLogHorizon('2026-06-15')).toBe(true);
    // … or the on-the-day reminder of a deadline 6 days ago.
    expect(latestSlot('2026-06-09', '2026-06-15', LEADS)!.dueDate >= sentLogHorizon('2026-06-15')).toBe(true);
  });
});

describe('planReminders: overdue reminders grouped per channel', () => {
  const base = { links: [socw, ocw], sent: [] as SentRecord[], snoozes: [], leadDays: LEADS, today: '2026-06-15' };
  const ocwItem = (id: number, deadline: string) => makeItem({ id, responsible: [{ code: 'MOCW', ministry: 'OCW' }] }, deadline);

  it('plans one overdue message per channel with every item whose overdue slot is owed there, most overdue first, each with its own key', () => {
    const items = [
      makeItem({ id: 1 }, '2026-06-01'), // 14 days overdue: slot 2026-06-15
      makeItem({ id: 2 }, '2026-03-02'), // 105 days: slot 2026-06-15
      makeItem({ id: 3 }, '2026-05-20'), // 26 days: slot 2026-06-10
      ocwItem(4, '2026-05-01'),
      ocwItem(5, '2026-04-01'),
    ];
    const plan = planReminders({ ...base, items });
    expect(plan.map((m) => [m.kind, m.channelId, m.reminders.map((r) => r.item.id), m.more])).toEqual([
      ['overdue', 'C_OCW', [5, 4], 0],
      ['overdue', 'C_SOCW', [2, 3, 1], 0],
    ]);
    expect(plan[1]!.reminders.map((r) => r.key)).toEqual([
      { what: 'overdue', itemId: 2, channelId: 'C_SOCW', dueDate: '2026-06-15' },
      { what: 'overdue', itemId: 3, channelId: 'C_SOCW', dueDate: '2026-06-10' },
      { what: 'overdue', itemId: 1, channelId: 'C_SOCW', dueDate: '2026-06-15' },
    ]);
    expect(plan[1]!.reminders.map((r) => r.days)).toEqual([-105, -26, -14]);
  });

  it('keeps lead reminders one message per item and channel, after the overdue message of that channel', () => {
    const items = [
      makeItem({ id: 1 }, '2026-06-22'), // in 7 days
      makeItem({ id: 2 }, '2026-06-01'), // overdue
      makeItem({ id: 3 }, '2026-06-15'), // today
      makeItem({ id: 4 }, '2026-05-01'), // overdue
      makeItem({ id: 5 }, '2026-06-12'), // 3 days late: still the on-the-day reminder, a lead reminder
    ];
    const plan = planReminders({ ...base, items });
    expect(plan.map((m) => [m.kind, m.reminders.map((r) => `${r.item.id} ${r.key.what}`)])).toEqual([
      ['overdue', ['4 overdue', '2 overdue']],
      ['lead', ['5 reminder:0']],
      ['lead', ['3 reminder:0']],
      ['lead', ['1 reminder:7']],
    ]);
    expect(plan.every((m) => m.more === 0)).toBe(true);
  });

  it('leaves an item whose overdue key was sent out of the message, and plans none when every key was sent', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01'), makeItem({ id: 2 }, '2026-05-01'), makeItem({ id: 3 }, '2026-05-25')];
    const key = (itemId: number, dueDate: string) => ({ what: 'overdue', itemId, channelId: 'C_SOCW', dueDate });
    const sent: SentRecord[] = [
      { ...key(2, '2026-06-12'), state: 'sent' },
      { ...key(3, '2026-06-15'), state: 'pending' },
    ];
    const plan = planReminders({ ...base, items, sent });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.reminders.map((r) => [r.item.id, r.retry])).toEqual([
      [3, true],
      [1, false],
    ]);
    const all: SentRecord[] = [1, 2, 3].map((id) => ({ ...key(id, id === 2 ? '2026-06-12' : '2026-06-15'), state: 'sent' }));
    expect(planReminders({ ...base, items, sent: all })).toEqual([]);
  });

  it('shows at most overdueLimit items, the most overdue, and counts the rest without planning their keys', () => {
    const items = Array.from({ length: 30 }, (_, i) => makeItem({ id: 100 - i }, `2026-0${1 + Math.floor(i / 10)}-${String(10 + (i % 10)).padStart(2, '0')}`));
    const plan = planReminders({ ...base, links: [socw], items: [...items].reverse(), overdueLimit: 12 });
    expect(plan).toHaveLength(1);
    expect(plan[0]!.reminders.map((r) => r.item.id)).toEqual(items.slice(0, 12).map((i) => i.id));
    expect(plan[0]!.more).toBe(18);
    // a limit of 0 shows nothing, so there is no message to send
    expect(planReminders({ ...base, links: [socw], items, overdueLimit: 0 })).toEqual([]);
  });

  it('snoozes leave the item out of the overdue message of that channel only', () => {
    const items = [makeItem({ id: 1 }, '2026-06-01'), makeItem({ id: 2 }, '2026-05-01')];
    const links = [socw, { target: 'SOCW', targetKind: 'code' as const, channelId: 'C_OTHER' }];
    const plan = planReminders({ ...base, links, items, snoozes: [{ itemId: 2, channelId: 'C_SOCW', until: '2026-06-20' }] });
    expect(plan.map((m) => [m.channelId, m.reminders.map((r) => r.item.id)])).toEqual([
      ['C_OTHER', [2, 1]],
      ['C_SOCW', [1]],
    ]);
  });

  it('reminderHorizon is today plus the longest lead time: no later deadline has a slot that has begun', () => {
    expect(reminderHorizon('2026-06-15', [28, 7, 0])).toBe('2026-07-13');
    expect(reminderHorizon('2026-06-15', [3, 14])).toBe('2026-06-29');
    expect(reminderHorizon('2026-06-15', [])).toBe('2026-06-15');
    expect(latestSlot('2026-07-13', '2026-06-15', [28, 7, 0])).not.toBeNull();
    expect(latestSlot('2026-07-14', '2026-06-15', [28, 7, 0])).toBeNull();
  });
});
