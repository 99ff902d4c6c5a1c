import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, markDone } from '../../src/store/items.queries.ts';
import { listDigestItems, listReminderItems } from '../../src/store/reminders.queries.ts';
import type { Item } from '../../src/domain/items.ts';
import { indexLinks, routeItem } from '../../src/domain/reminders/route-item.ts';
import type { RouteLink } from '../../src/domain/reminders/types.ts';
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
    // (The status is written into the SQL: statusIs.)
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2026-03-01') as { detail: string }[];
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

// Issue 28: given the channel links, the jobs read only the items some link routes to, exactly the
// items routeItem sends somewhere (a linked code, or a linked ministry; case-insensitive).
describe('listReminderItems and listDigestItems with the channel links', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  const RESPONSIBLE: { code: string; ministry: string }[][] = [
    [{ code: 'SOCW', ministry: 'OCW' }],
    [{ code: 'MOCW', ministry: 'OCW' }],
    [{ code: 'MJenV', ministry: 'JenV' }],
    [{ code: 'SJenV', ministry: 'JenV' }],
    [{ code: 'MFin', ministry: 'Fin' }],
    [
      { code: 'MFin', ministry: 'Fin' },
      { code: 'SJenV', ministry: 'JenV' },
    ],
    [],
  ];
  const seed = () => {
    RESPONSIBLE.forEach((responsible, i) => {
      for (const deadline of ['2025-01-10', '2026-06-20', null]) {
        createItem(t.db, newItem({ title: `motie ${i} ${String(deadline)}`, responsible, deadline: deadline ? { earliest: null, deadline, text: 'voor de zomer', basis: 'rule', soft: false, source: 'request' } : null }), 'import', 0);
      }
    });
  };
  const link = (target: string, targetKind: 'code' | 'ministry', channelId = 'C1'): RouteLink => ({ target, targetKind, channelId });
  /** Parameters for EXPLAIN of a statement: one text per `?` (the plan does not depend on their values here). */
  const sampleParams = (source: string) => Array.from(source.matchAll(/\?/g), () => 'x');
  const routed = (all: Item[], links: RouteLink[]) => all.filter((i) => routeItem(i, indexLinks(links)).length > 0).map((i) => i.id);

  for (const [name, links] of [
    ['one code, spelled otherwise', [link('socw', 'code')]],
    ['a code and a ministry', [link('SJenV', 'code'), link('ocw', 'ministry', 'C2')]],
    ['a ministry whose codes are also linked elsewhere', [link('MJenV', 'code'), link('JenV', 'ministry', 'C2')]],
    ['a link no item has', [link('MDef', 'code')]],
    ['no links', []],
    ['every code', ['SOCW', 'MOCW', 'MJenV', 'SJenV', 'MFin'].map((c) => link(c, 'code'))],
  ] as const) {
    it(`reads every routed item and no other, the codes and ministries by index seeks: ${name}`, () => {
      seed();
      const reminders = listReminderItems(t.db, '2026-07-13', links);
      const digest = listDigestItems(t.db, '2026-07-13', 0, 1, links);
      // When every code is linked, every item with a responsibility is routed: the whole range is
      // read (the one item without any responsibility too, which routeItem sends nowhere).
      const all = (read: Item[]) => (name === 'every code' ? read.map((i) => i.id) : routed(read, [...links]));
      expect(reminders.map((i) => i.id)).toEqual(all(listReminderItems(t.db, '2026-07-13')));
      expect(digest.map((i) => i.id)).toEqual(all(listDigestItems(t.db, '2026-07-13', 0, 1)));
      expect(routed(digest, [...links])).toEqual(routed(listDigestItems(t.db, '2026-07-13', 0, 1), [...links]));
      if (name === 'no links' || name === 'a link no item has') expect(digest).toEqual([]);
      else expect(routed(digest, [...links]).length).toBeGreaterThanOrEqual(3);
      // Every statement the routing ran seeks the responsibilities' indexes; none walks them all
      // (SELECT DISTINCT did: 7-10 ms each at 100,000 items; issue 28).
      const statement = Object.getPrototypeOf(t.db.$client.prepare('SELECT 1')) as { all: (...args: unknown[]) => unknown };
      const run = vi.spyOn(statement, 'all');
      try {
        listDigestItems(t.db, '2026-07-13', 0, 1, links);
        const sources = run.mock.contexts.map((c) => (c as { source: string }).source).filter((source) => source.includes('responsibilities') && !source.includes('item_id" IN (SELECT value FROM json_each'));
        expect(sources.length).toBeGreaterThanOrEqual(2);
        for (const source of sources) {
          const plan = (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...(source.includes('?') ? sampleParams(source) : [])) as { detail: string }[]).map((row) => row.detail);
          expect(plan.filter((detail) => detail.startsWith('SCAN responsibilities')), source).toEqual([]);
        }
      } finally {
        run.mockRestore();
      }
    });
  }
});
