// Issue 28: every index on items costs each inserted item a B-tree insert. items has no index on
// its Kamerstuk (dossier, number) or its register number as stored (migration 0018 dropped them:
// no query sought them), and the index of the items that are not open and the index of the items
// with an owner are partial (migration 0019): most items an import writes are open and have no
// owner. These tests pin the plans of the queries those indexes served, so that none turns into a
// read of every item (or of every item of a scope, where it read a few).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, listMatchCandidates, markDone, updateItem } from '../../src/store/items.queries.ts';
import { listDigestItems } from '../../src/store/reminders.queries.ts';
import { doneBetween, statusListPage } from '../../src/store/status.queries.ts';
import { findTkLinkedItem } from '../../src/store/tk.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

describe('the plans of the reads of items', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
    for (let i = 0; i < 6; i++) {
      createItem(t.db, newItem({ title: `motie ${i}`, kamerstuk: { dossier: '36410', number: String(i), vergaderjaar: null }, reference: `T0${i}` }), 'import', 0);
    }
  });
  afterEach(() => { t.cleanup(); });

  /** Each statement `read` prepares on the connection whose text matches `pattern`, with its query plan. */
  function plansOf(pattern: RegExp, read: () => unknown): { value: unknown; plans: string[] } {
    const prepare = vi.spyOn(t.db.$client, 'prepare');
    let value: unknown;
    let sources: string[];
    try {
      value = read();
      sources = prepare.mock.calls.map((call) => call[0]).filter((source) => pattern.test(source));
    } finally {
      prepare.mockRestore();
    }
    expect(sources.length).toBeGreaterThan(0);
    const plans = sources.map((source) => {
      const parameters = (source.match(/\?/g) ?? []).map(() => '[]');
      return (t.db.$client.prepare(`EXPLAIN QUERY PLAN ${source}`).all(...parameters) as { detail: string }[]).map((row) => row.detail).join(' | ');
    });
    return { value, plans };
  }

  it("an import's scope seeks its Kamerstukken and register numbers in the lower-case key indexes", () => {
    const { value, plans } = plansOf(/lower\("kamerstuk_dossier"/, () =>
      listMatchCandidates(t.db, { textCodes: new Map(), kamerstukKeys: new Set(['36410-2']), references: new Set(['t04']) }),
    );
    expect((value as { reference: string }[]).map((item) => item.reference)).toEqual(['T02', 'T04']);
    const [plan] = plans;
    expect(plan).toContain('SEARCH items USING COVERING INDEX items_kamerstuk_key_idx (<expr>=?)');
    expect(plan).toContain('SEARCH items USING COVERING INDEX items_reference_key_idx (<expr>=?)');
    // (The items without a Kamerstuk are read from their partial index, as before.)
    expect(plan!.split(' | ').filter((detail) => /^SCAN items\b/.test(detail) && !detail.includes('items_import_scope_idx'))).toEqual([]);
  });

  it('the Tweede Kamer sync finds the item of a register number by the items of its records, not by reading every item', () => {
    t.db.$client
      .prepare("INSERT INTO tk_records (entity_id, category, data, item_id, updated_at) VALUES ('guid-4', 'toezegging', '{}', ?, 0)")
      .run((t.db.$client.prepare("SELECT id FROM items WHERE title = 'motie 4'").get() as { id: number }).id);
    const { value, plans } = plansOf(/FROM items WHERE reference = \?/, () => findTkLinkedItem(t.db, 'motie', ' T04 '));
    expect(value).toBe(5);
    const [plan] = plans;
    expect(plan).toContain('SEARCH items USING INDEX items_kind_idx (kind=? AND rowid=?)');
    expect(plan).toContain('SEARCH tk_records USING COVERING INDEX tk_records_item_idx');
    expect(plan).not.toMatch(/SCAN (items|tk_records)\b/);
  });

  it('the items done in a window are a range of the index of the items that are not open, the status written into the SQL', () => {
    markDone(t.db, 2, 'U1', 5_000);
    markDone(t.db, 3, 'U1', 50_000);
    const { value, plans } = plansOf(/"done_at" >= \?/, () => doneBetween(t.db, { codes: [], ministries: [] }, 1_000, 10_000, 10));
    expect((value as { total: number }).total).toBe(1);
    for (const plan of plans) expect(plan).toContain('SEARCH items USING COVERING INDEX items_status_done_idx (status=? AND done_at>? AND done_at<?)');
  });

  it('a digest reads the open items by status and deadline and the done ones by status and done date', () => {
    markDone(t.db, 2, 'U1', 5_000);
    const { value, plans } = plansOf(/"done_at" >= \?/, () => listDigestItems(t.db, '2026-01-01', 1_000, 10_000));
    expect((value as { id: number }[]).map((item) => item.id)).toEqual([1, 2, 3, 4, 5, 6]);
    const [plan] = plans;
    expect(plan).toContain('SEARCH items USING INDEX items_status_deadline_idx (status=?)');
    expect(plan).toContain('SEARCH items USING INDEX items_status_done_idx (status=? AND done_at>? AND done_at<?)');
    expect(plan).not.toMatch(/SCAN items\b/);
  });

  it('the lapsed items of a scope are counted from the index of the items that are not open, not by probing each item of the scope', () => {
    updateItem(t.db, 4, { status: 'lapsed' }, 'U1', 1);
    const { value, plans } = plansOf(/count\(\*\).*status = 'lapsed'/s, () =>
      statusListPage(t.db, { scope: { codes: ['SOCW'], ministries: [] }, lapsed: true }, '2025-09-15', 0, 10),
    );
    expect((value as { total: number }).total).toBe(1);
    const [plan] = plans;
    expect(plan).toContain('SEARCH items USING COVERING INDEX items_status_done_idx (status=?)');
    expect(plan).not.toMatch(/SCAN items\b|items_id_status_deadline_idx/);
  });

  it('no read of items binds a status: SQLite would prepare it again at each binding to match it against a partial index', () => {
    markDone(t.db, 2, 'U1', 5_000);
    const prepare = vi.spyOn(t.db.$client, 'prepare');
    try {
      listDigestItems(t.db, '2026-01-01', 1_000, 10_000);
      doneBetween(t.db, { codes: ['SOCW'], ministries: [] }, 1_000, 10_000, 10);
      statusListPage(t.db, { scope: { codes: ['SOCW'], ministries: [] } }, '2025-09-15', 0, 10);
      const sources = prepare.mock.calls.map((call) => call[0]).filter((source) => source.includes('"items"'));
      expect(sources.length).toBeGreaterThan(0);
      expect(sources.filter((source) => source.includes('"status" = ?'))).toEqual([]);
    } finally {
      prepare.mockRestore();
    }
  });
});
