// Punctuality reads the day an item was marked done in Europe/Amsterdam: with the time zone only
// for the last two UTC hours of a day (issue 28), the same days as a conversion of every item.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamMidnight } from '../../src/clock.ts';
import { computePunctuality } from '../../src/domain/punctuality.ts';
import { punctualityOf } from '../../src/slack/punctuality-view.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const TODAY = '2025-12-01';

describe('punctualityOf', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('counts each item on the Amsterdam day it was done, around midnight and in summer and winter time alike', () => {
    const start = amsterdamMidnight('2024-12-05');
    const end = amsterdamMidnight(TODAY);
    const done: { code: string; deadline: string; doneAt: number }[] = [];
    const setDone = t.db.$client.prepare("UPDATE items SET status = 'done', done_at = ?, done_by = 'UALICE' WHERE id = ?");
    for (let i = 0; i < 400; i++) {
      // Spread over the year, every hour and minute of the day, with many just before and after midnight.
      const day = start + Math.floor(((end - start) * i) / 400 / 86_400_000) * 86_400_000;
      const doneAt = day + ((i * 37) % 24) * 3_600_000 + (i % 2 === 0 ? 3_599_000 : 60_000) + (i % 5 === 0 ? 22 * 3_600_000 : 0);
      const deadline = amsterdamDate(doneAt - (i % 3) * 86_400_000 + (i % 4) * 43_200_000);
      const code = i % 2 === 0 ? 'SOCW' : 'MOCW';
      const { id } = createItem(
        t.db,
        newItem({ title: `item ${i}`, responsible: [{ code, ministry: 'OCW' }], deadline: { earliest: null, deadline, text: 'x', basis: 'explicit', soft: false, source: 'request' } }),
        'import',
        0,
      );
      setDone.run(doneAt, id);
      done.push({ code, deadline, doneAt });
    }
    const expected = computePunctuality(
      done.map((d) => ({ codes: [d.code], deadline: d.deadline, informedOn: amsterdamDate(d.doneAt) })),
      TODAY,
    );
    expect(expected.map((p) => p.onTime + p.late).reduce((a, b) => a + b, 0)).toBeGreaterThan(300);
    expect(expected.every((p) => p.onTime > 0 && p.late > 0)).toBe(true);
    expect(punctualityOf(t.db, { codes: [], ministries: [] }, TODAY)).toEqual(expected);
    // Again, with the Amsterdam days of the late UTC hours remembered from the first call (issue 28).
    expect(punctualityOf(t.db, { codes: [], ministries: [] }, TODAY)).toEqual(expected);
    expect(punctualityOf(t.db, { codes: ['SOCW'], ministries: [] }, TODAY)).toEqual(expected.filter((p) => p.code === 'SOCW'));
  });

  it('gives the figures of the database as it is now: remembered while nothing changes, computed again after a change (issue 28)', () => {
    const deadline = { earliest: null, deadline: '2025-06-01', text: 'x', basis: 'explicit' as const, soft: false, source: 'request' as const };
    const setDone = t.db.$client.prepare("UPDATE items SET status = 'done', done_at = ?, done_by = 'UALICE' WHERE id = ?");
    const add = (doneOn: string) => setDone.run(amsterdamMidnight(doneOn) + 3_600_000, createItem(t.db, newItem({ responsible: [{ code: 'SOCW', ministry: 'OCW' }], deadline }), 'import', 0).id);
    add('2025-05-20');
    const scope = { codes: ['SOCW'], ministries: [] };
    const once = punctualityOf(t.db, scope, TODAY);
    expect(once).toEqual([{ code: 'SOCW', onTime: 1, late: 0, medianDelayDays: null }]);
    expect(punctualityOf(t.db, scope, TODAY)).toEqual(once);
    add('2025-06-11');
    expect(punctualityOf(t.db, scope, TODAY)).toEqual([{ code: 'SOCW', onTime: 1, late: 1, medianDelayDays: 10 }]);
    // another day is another window
    expect(punctualityOf(t.db, scope, '2026-12-01')).toEqual([]);
  });
});
