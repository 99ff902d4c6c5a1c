// The Eerste Kamer's rappel reminds the channels concerned four and two weeks before the answer is
// due, once per slot and channel (the sent log decides), only channels with open EK toezeggingen.
import { describe, expect, it } from 'vitest';
import type { RappelEntry } from '../../../src/domain/dates/calendar.ts';
import { defaultCalendar, parseCalendarData } from '../../../src/domain/dates/calendar.ts';
import { planRappelReminders } from '../../../src/domain/reminders/plan-rappel-reminders.ts';
import type { RouteLink, SentRecord } from '../../../src/domain/reminders/types.ts';
import { makeItem } from '../../helpers/items.ts';

const RAPPEL: RappelEntry = { chamber: 'EK', peildatum: '2026-07-01', answerDue: '2026-09-11' };
const LINKS: RouteLink[] = [
  { target: 'BZK', targetKind: 'ministry', channelId: 'CBZK' },
  { target: 'SOCW', targetKind: 'code', channelId: 'COCW' },
];
const ek = (id: number, reference: string, overrides = {}) =>
  makeItem({ id, kind: 'toezegging', reference, responsible: [{ code: 'MBZK', ministry: 'BZK' }], ...overrides });
const ITEMS = [
  ek(2, 'T01237'),
  ek(1, 'T01153'),
  ek(3, 'T00999', { status: 'done' }),
  makeItem({ id: 4, kind: 'toezegging', reference: 'TZ202412-116', responsible: [{ code: 'SOCW', ministry: 'OCW' }] }), // Tweede Kamer: no rappel
  makeItem({ id: 5 }), // a motie of SOCW
];

const plan = (today: string, sent: SentRecord[] = []) =>
  planRappelReminders({ rappels: [RAPPEL], items: ITEMS, links: LINKS, sent, today }).map((r) => ({
    what: r.key.what,
    channel: r.channelId,
    due: r.key.dueDate,
    items: r.items.map((i) => i.reference),
    retry: r.retry,
  }));

describe('planRappelReminders', () => {
  it.each([
    ['2026-08-13', []], // 29 days before: nothing yet
    ['2026-08-14', [{ what: 'rappel:EK:28', channel: 'CBZK', due: '2026-09-11', items: ['T01153', 'T01237'], retry: false }]], // four weeks
    ['2026-08-20', [{ what: 'rappel:EK:28', channel: 'CBZK', due: '2026-09-11', items: ['T01153', 'T01237'], retry: false }]], // not yet sent: still owed
    ['2026-08-28', [{ what: 'rappel:EK:14', channel: 'CBZK', due: '2026-09-11', items: ['T01153', 'T01237'], retry: false }]], // two weeks
    ['2026-09-11', [{ what: 'rappel:EK:14', channel: 'CBZK', due: '2026-09-11', items: ['T01153', 'T01237'], retry: false }]],
    ['2026-09-12', []], // after the answer's date
  ])('on %s', (today, expected) => {
    expect(plan(today)).toEqual(expected);
  });

  it('sends nothing twice: a sent slot is done, a pending one is retried', () => {
    const key = { what: 'rappel:EK:28', itemId: 0, channelId: 'CBZK', dueDate: '2026-09-11' };
    expect(plan('2026-08-15', [{ ...key, state: 'sent' }])).toEqual([]);
    expect(plan('2026-08-15', [{ ...key, state: 'pending' }])).toEqual([expect.objectContaining({ what: 'rappel:EK:28', retry: true })]);
    // The two-week slot is a message of its own.
    expect(plan('2026-08-28', [{ ...key, state: 'sent' }])).toEqual([expect.objectContaining({ what: 'rappel:EK:14' })]);
  });

  it('reminds no channel without open Eerste Kamer toezeggingen', () => {
    expect(planRappelReminders({ rappels: [RAPPEL], items: [ek(1, 'T01153', { status: 'done' })], links: LINKS, sent: [], today: '2026-08-14' })).toEqual([]);
  });

  it('takes the dates from the calendar data, which validates them', () => {
    expect(defaultCalendar.rappels?.some((r) => r.peildatum === '2013-07-01' && r.answerDue === '2013-09-13')).toBe(true);
    expect(parseCalendarData({ rappels: [{ chamber: 'EK', peildatum: '2027-01-01', answerDue: '2027-03-12' }] })).toMatchObject({ ok: true, calendar: { rappels: [{ answerDue: '2027-03-12' }] } });
    expect(parseCalendarData({ rappels: [{ chamber: 'EK', peildatum: '2027-01-01', answerDue: '2027-13-12' }] })).toMatchObject({ ok: false, problem: { code: 'CALENDAR_BAD_DATE', field: 'answerDue' } });
  });
});
