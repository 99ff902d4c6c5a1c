// Every place that says "te laat" or "binnen 4 weken" uses the one due rule (src/domain/due.ts):
// /motie status (counts and grouped list), the App Home (per code and the urgent list), the
// weekly digest and the reminders agree on the same items, at the boundary days and on every
// day of a stretch that holds a DST change and a month end. Aangehouden items follow the same rule
// everywhere: neither te laat nor binnen 4 weken until their date ("later" in the lists).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates/calendar-date.ts';
import { describeTerm } from '../../src/texts/describe-item.nl.ts';
import { dueOf, soonThrough, type DueGroup } from '../../src/domain/due.ts';
import type { Item } from '../../src/domain/items.ts';
import { planDigest } from '../../src/domain/reminders/plan-digest.ts';
import { planReminders } from '../../src/domain/reminders/plan-reminders.ts';
import { insertChannelLink, listLinks } from '../../src/store/channels.queries.ts';
import { createItem, getItem, listItems, markDone, updateItem } from '../../src/store/items.queries.ts';
import { listDigestItems, listReminderItems } from '../../src/store/reminders.queries.ts';
import type { StatusCounts } from '../../src/domain/due.ts';
import { attentionPage, statusByCode, statusCounts, statusListPage } from '../../src/store/status.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const TODAY = '2025-10-27'; // the Monday after summer time ended (26 October 2025)
const ALL = { codes: [], ministries: [] };
const term = (deadline: string) => ({ earliest: null, deadline, text: deadline, basis: 'explicit' as const, soft: false, source: 'request' as const });

describe('one due rule for status, App Home, digest and reminders', () => {
  let t: TempDb;
  const ids: Record<string, number> = {};

  beforeEach(() => {
    t = openTempDb();
    const add = (name: string, deadline: string | null) => {
      ids[name] = createItem(t.db, newItem({ title: name, deadline: deadline === null ? null : term(deadline) }), 'import', 0).id;
    };
    add('weekLate', addDays(TODAY, -7));
    add('yesterday', addDays(TODAY, -1));
    add('today', TODAY);
    add('day28', addDays(TODAY, 28));
    add('day29', addDays(TODAY, 29));
    add('monthEnd', '2025-10-31');
    add('noTerm', null);
    add('done', addDays(TODAY, -3));
    markDone(t.db, ids.done!, 'U1', 1);
    add('held', addDays(TODAY, -2));
    updateItem(t.db, ids.held!, { onHoldUntil: addDays(TODAY, 3) }, 'cli', 2);
    add('holdEndsToday', addDays(TODAY, -2));
    updateItem(t.db, ids.holdEndsToday!, { onHoldUntil: TODAY }, 'cli', 2);
    insertChannelLink(t.db, { kind: 'code', code: 'SOCW', ministry: 'OCW' }, 'C1', 'cli', 3);
  });
  afterEach(() => {
    t.cleanup();
  });

  const all = (): Item[] => listItems(t.db);
  const groupOf = (name: string, today = TODAY) => dueOf(getItem(t.db, ids[name]!)!, today).state;
  const idsIn = (today: string, group: DueGroup) => all().filter((i) => dueOf(i, today).state === group).map((i) => i.id).sort((a, b) => a - b);
  const sorted = (list: readonly Item[]) => list.map((i) => i.id).sort((a, b) => a - b);

  function countsByRule(today: string): StatusCounts {
    const items = all();
    const n = (g: DueGroup) => items.filter((i) => dueOf(i, today).state === g).length;
    return { open: items.filter((i) => i.status === 'open').length, overdue: n('overdue'), soon: n('soon'), later: n('later'), noTerm: n('none'), done: items.filter((i) => i.status === 'done').length };
  }

  it('puts the boundary days where the rule says: yesterday te laat, today and day 28 binnen 4 weken, day 29 later', () => {
    expect(['weekLate', 'yesterday', 'today', 'day28', 'day29', 'monthEnd', 'noTerm', 'done'].map((n) => groupOf(n))).toEqual([
      'overdue',
      'overdue',
      'soon',
      'soon',
      'later',
      'soon',
      'none',
      'done',
    ]);
  });

  it('/motie status: the counts and the grouped list are the rule', () => {
    expect(statusCounts(t.db, ALL, TODAY)).toEqual(countsByRule(TODAY));
    const page = statusListPage(t.db, { scope: ALL }, TODAY, 0, 100);
    for (const row of page.items) expect(row.group, row.item.title).toBe(dueOf(row.item, TODAY).state);
    expect(page.total).toBe(countsByRule(TODAY).open);
  });

  it('App Home: the counts per code and the urgent list are the rule', () => {
    const { code, ...socw } = statusByCode(t.db, TODAY).find((c) => c.code === 'SOCW')!;
    expect(code).toBe('SOCW');
    expect(socw).toEqual(countsByRule(TODAY));
    const urgent = attentionPage(t.db, ALL, TODAY, 0, 100);
    expect(sorted(urgent.items)).toEqual([...idsIn(TODAY, 'overdue'), ...idsIn(TODAY, 'soon')].sort((a, b) => a - b));
    expect(urgent.total).toBe(urgent.items.length);
  });

  it('the digest shows what status shows, aangehouden items included: neither te laat nor soon until their date', () => {
    const [digest] = planDigest({ items: listDigestItems(t.db, soonThrough(TODAY), 0, Date.now()), links: listLinks(t.db), sent: [], today: TODAY, doneSince: 0 });
    const held = ids.held!;
    expect(sorted(digest!.overdue)).toEqual(idsIn(TODAY, 'overdue'));
    expect(sorted(digest!.overdue)).not.toContain(held);
    expect(sorted(digest!.soon)).toEqual(idsIn(TODAY, 'soon'));
    expect(digest!.noTerm).toBe(countsByRule(TODAY).noTerm);
    // The same held item in the status list, in the counts and on the App Home: later, not te laat.
    expect(groupOf('held')).toBe('later');
    const row = statusListPage(t.db, { scope: ALL }, TODAY, 0, 100).items.find((r) => r.item.id === held);
    expect(row?.group).toBe('later');
    expect(attentionPage(t.db, ALL, TODAY, 0, 100).items.map((i) => i.id)).not.toContain(held);
    expect(sorted(digest!.overdue)).toContain(ids.holdEndsToday);
    expect(groupOf('held', addDays(TODAY, 3))).toBe('overdue'); // from the on-hold date it counts again
  });

  it('reminders call "te laat" exactly what the rule calls overdue', () => {
    const planned = planReminders({ items: listReminderItems(t.db, addDays(TODAY, 28)), links: listLinks(t.db), sent: [], snoozes: [], today: TODAY, leadDays: [28, 7, 0] });
    for (const message of planned) {
      for (const r of message.reminders) {
        expect(r.days < 0, r.item.title).toBe(dueOf(r.item, TODAY).state === 'overdue');
      }
    }
    expect(planned.flatMap((m) => m.reminders.map((r) => r.item.id))).not.toContain(ids.held);
  });

  it('the CLI and Slack term text follows the same days', () => {
    expect(describeTerm(getItem(t.db, ids.yesterday!)!, TODAY)).toMatch(/te laat$/);
    expect(describeTerm(getItem(t.db, ids.today!)!, TODAY)).toMatch(/, vandaag$/);
    expect(describeTerm(getItem(t.db, ids.day28!)!, TODAY)).toMatch(/, over 4 weken$/);
  });

  it('status, App Home and the digest agree on every day of a stretch with a DST change and month ends', () => {
    for (let n = -40; n <= 40; n += 3) {
      const today = addDays('2025-10-26', n);
      const rule = countsByRule(today);
      expect(statusCounts(t.db, ALL, today), today).toEqual(rule);
      const { code: _code, ...socw } = statusByCode(t.db, today).find((c) => c.code === 'SOCW')!;
      expect(socw, today).toEqual(rule);
      expect(attentionPage(t.db, ALL, today, 0, 100).total, today).toBe(rule.overdue + rule.soon);
      const items = listDigestItems(t.db, soonThrough(today), 0, 1);
      const [digest] = planDigest({ items, links: listLinks(t.db), sent: [], today, doneSince: 0, doneUntil: 1 });
      expect(digest!.overdue.length, today).toBe(rule.overdue);
      expect(digest!.soon.length, today).toBe(rule.soon);
    }
  });
});
