import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb, type Db } from '../../src/store/db.ts';
import { createItem, markDone } from '../../src/store/items.queries.ts';
import { attentionPage, statusCounts } from '../../src/store/status.queries.ts';
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
});
