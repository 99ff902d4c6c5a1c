import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, markDone } from '../../src/store/items.queries.ts';
import { listDigestItems, listReminderItems } from '../../src/store/reminders.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

describe('listReminderItems', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  const add = (title: string, deadline: string | null, extra: { status?: 'open' | 'lapsed'; dateless?: boolean } = {}) =>
    createItem(
      t.db,
      newItem({
        title,
        status: extra.status ?? 'open',
        responsible: [
          { code: 'SOCW', ministry: 'OCW' },
          { code: 'MJenV', ministry: 'JenV' },
        ],
        deadline:
          deadline === null && !extra.dateless
            ? null
            : { earliest: null, deadline, text: 'voor de zomer', basis: 'rule', soft: false, source: 'request' },
      }),
      'import',
      0,
    ).id;

  it('returns only open items with a deadline on or before the date, oldest deadline first, with their responsibilities', () => {
    const late = add('te laat', '2025-01-10');
    const today = add('vandaag', '2026-06-15');
    const edge = add('op de grens', '2026-07-13');
    add('daarna', '2026-07-14');
    add('geen termijn', null);
    add('termijn zonder datum', null, { dateless: true });
    add('vervallen', '2026-06-01', { status: 'lapsed' });
    const done = add('afgerond', '2026-06-01');
    markDone(t.db, done, 'U1', 1);
    const same = add('zelfde dag, later id', '2025-01-10');

    const items = listReminderItems(t.db, '2026-07-13');
    expect(items.map((i) => i.id)).toEqual([late, same, today, edge]);
    expect(items.every((i) => i.status === 'open')).toBe(true);
    expect(items[0]!.responsible).toEqual([
      { code: 'SOCW', ministry: 'OCW' },
      { code: 'MJenV', ministry: 'JenV' },
    ]);
    expect(items[0]!.deadline).toMatchObject({ deadline: '2025-01-10', text: 'voor de zomer' });
  });

  it('reads a range of the index items(status, deadline), not the whole table', () => {
    for (let i = 0; i < 5; i++) add(`motie ${i}`, `2026-0${i + 1}-01`);
    const prepare = vi.spyOn(t.db.$client, 'prepare');
    listReminderItems(t.db, '2026-03-01');
    const sql = prepare.mock.calls[0]![0];
    prepare.mockRestore();
    expect(sql).toMatch(/from "items"/i);
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('open', '2026-03-01') as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toContain('SEARCH items USING INDEX items_status_deadline_idx (status=? AND deadline<?)');
    expect(details).not.toMatch(/SCAN items|TEMP B-TREE/);
  });

  it('listDigestItems reads what a digest can show: overdue, due by the date, no date, and done in the window', () => {
    const late = add('te laat', '2025-01-10');
    const soon = add('binnenkort', '2026-07-13');
    add('daarna', '2026-07-14');
    const none = add('geen termijn', null);
    const dateless = add('termijn zonder datum', null, { dateless: true });
    add('vervallen', '2026-06-01', { status: 'lapsed' });
    const doneInWeek = add('afgerond deze week', '2026-06-01');
    markDone(t.db, doneInWeek, 'U1', 1_000);
    const doneBefore = add('lang geleden afgerond', '2026-06-01');
    markDone(t.db, doneBefore, 'U1', 10);
    const doneAfter = add('na de digestdag afgerond', '2026-06-01');
    markDone(t.db, doneAfter, 'U1', 5_000);

    const items = listDigestItems(t.db, '2026-07-13', 500, 2_000);
    expect(items.map((i) => i.id)).toEqual([late, soon, none, dateless, doneInWeek]);
  });
});
