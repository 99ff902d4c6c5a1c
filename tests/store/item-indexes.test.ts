// Issue 28: items has no index on its Kamerstuk (dossier, number) or its register number as stored
// (migration 0018 dropped them): every inserted item paid a B-tree insert into each, and no query
// sought them. The queries that find items by those keys are served by the other indexes; these
// tests pin their plans, so that neither turns into a read of every item.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, listMatchCandidates } from '../../src/store/items.queries.ts';
import { findTkLinkedItem } from '../../src/store/tk.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

describe('the reads of items by Kamerstuk or register number', () => {
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
});
