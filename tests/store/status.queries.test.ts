import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/store/db.ts';
import { createItem, markDone } from '../../src/store/items.queries.ts';
import { attentionPage, informedBetween, statusCounts, statusListPage } from '../../src/store/status.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const TODAY = '2025-09-15';
const SOCW = { codes: ['SOCW'], ministries: [] };
const term = (deadline: string) => ({ earliest: null, deadline, text: deadline, basis: 'explicit' as const, soft: false, source: 'request' as const });

describe('status queries', () => {
  let t: TempDb;
  let other: Db;
  beforeEach(() => {
    t = openTempDb();
    other = openDb(t.path);
  });
  afterEach(() => {
    closeDb(other);
    t.cleanup();
  });

  it('counts open, overdue, due within 4 weeks, without term and done, per scope', () => {
    createItem(t.db, newItem({ deadline: term('2025-09-01') }), 'import', 0);
    createItem(t.db, newItem({ deadline: term('2025-10-13') }), 'import', 0);
    createItem(t.db, newItem({ deadline: term('2025-10-14') }), 'import', 0);
    createItem(t.db, newItem({ deadline: null }), 'import', 0);
    createItem(t.db, newItem({ responsible: [{ code: 'SSZW', ministry: 'SZW' }], deadline: term('2025-09-01') }), 'import', 0);
    expect(statusCounts(t.db, SOCW, TODAY)).toEqual({ open: 4, overdue: 1, soon: 1, later: 1, noTerm: 1, done: 0 });
    expect(statusCounts(t.db, { codes: [], ministries: [] }, TODAY)).toMatchObject({ open: 5, overdue: 2 });
    expect(statusCounts(t.db, { codes: [], ministries: ['SZW'] }, TODAY)).toMatchObject({ open: 1, overdue: 1 });
  });

  it('never answers from memory after a change, by this connection or by another process', () => {
    const a = createItem(t.db, newItem({ deadline: term('2025-09-01') }), 'import', 0);
    expect(statusCounts(t.db, SOCW, TODAY)).toMatchObject({ open: 1, overdue: 1, done: 0 });
    expect(attentionPage(t.db, SOCW, TODAY, 0, 10).total).toBe(1);
    markDone(t.db, a.id, 'U1', 1);
    expect(statusCounts(t.db, SOCW, TODAY)).toMatchObject({ open: 0, overdue: 0, done: 1 });
    expect(attentionPage(t.db, SOCW, TODAY, 0, 10).total).toBe(0);
    createItem(other, newItem({ deadline: term('2025-09-02') }), 'cli', 2);
    expect(statusCounts(t.db, SOCW, TODAY)).toMatchObject({ open: 1, overdue: 1, done: 1 });
    expect(attentionPage(t.db, SOCW, TODAY, 0, 10).items.map((i) => i.deadline?.deadline)).toEqual(['2025-09-02']);
  });

  it('the informed rows: the same array until the database changes, then the new rows (issue 28)', () => {
    const a = createItem(t.db, newItem({ deadline: term('2025-09-01') }), 'import', 0);
    markDone(t.db, a.id, 'U1', 1_000);
    const first = informedBetween(t.db, SOCW, 0, 10_000);
    expect(first).toEqual([{ code: 'SOCW', deadline: '2025-09-01', doneAt: 1_000 }]);
    expect(informedBetween(t.db, SOCW, 0, 10_000)).toBe(first);
    const b = createItem(other, newItem({ deadline: term('2025-09-02') }), 'cli', 2);
    markDone(other, b.id, 'U2', 2_000);
    const second = informedBetween(t.db, SOCW, 0, 10_000);
    expect(second).not.toBe(first);
    expect(second.map((row) => row.doneAt)).toEqual([1_000, 2_000]);
  });

  it('a status list page: its items chosen once until the database changes, by this connection or by another process (issue 28)', () => {
    const a = createItem(t.db, newItem({ deadline: term('2025-09-01') }), 'import', 0);
    createItem(t.db, newItem({ deadline: null }), 'import', 0);
    // Counts the statements that choose a page's ids (the items are read afresh every time).
    const statement = Object.getPrototypeOf(t.db.$client.prepare('SELECT 1')) as { all: (...args: unknown[]) => unknown };
    const all = vi.spyOn(statement, 'all');
    const choices = () => all.mock.contexts.filter((c) => (c as { source: string }).source.startsWith('SELECT id FROM items')).length;
    try {
      const page = (offset = 0) => statusListPage(t.db, { scope: SOCW }, TODAY, offset, 10);
      const titles = (offset = 0) => page(offset).items.map((row) => [row.group, row.item.id]);
      expect(titles()).toEqual([['overdue', a.id], ['none', a.id + 1]]);
      const chosen = choices();
      expect(chosen).toBeGreaterThan(0);
      // nor is anything prepared again: the page's items are read by one prepared statement
      const prepare = vi.spyOn(t.db.$client, 'prepare');
      expect(titles()).toEqual([['overdue', a.id], ['none', a.id + 1]]);
      expect(prepare).not.toHaveBeenCalled();
      prepare.mockRestore();
      expect(choices()).toBe(chosen);
      // another page is another choice
      expect(titles(1)).toEqual([['none', a.id + 1]]);
      expect(choices()).toBeGreaterThan(chosen);
      markDone(t.db, a.id, 'U1', 1);
      expect(titles()).toEqual([['none', a.id + 1]]);
      const c = createItem(other, newItem({ deadline: term('2025-09-02') }), 'cli', 2);
      expect(titles()).toEqual([['overdue', c.id], ['none', a.id + 1]]);
      expect(page().total).toBe(2);
      expect(statusListPage(t.db, { scope: SOCW, done: true }, TODAY, 0, 10).items.map((row) => row.item.id)).toEqual([a.id]);
    } finally {
      all.mockRestore();
    }
  });
});
