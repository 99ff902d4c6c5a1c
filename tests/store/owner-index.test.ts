// "Mijn" (App Home, /motie mijn) lists the open items one person owns: through an index on
// items.owner, not by reading every item (issue 28).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItem, listItems, updateItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

describe('listItems of an owner', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('reads the index items(owner, status), not the whole table', () => {
    for (let i = 0; i < 5; i++) {
      const { id } = createItem(t.db, newItem({ title: `motie ${i}` }), 'import', 0);
      if (i % 2 === 0) updateItem(t.db, id, { owner: 'UALICE' }, 'UBOB', 1);
    }
    const prepare = vi.spyOn(t.db.$client, 'prepare');
    const mine = listItems(t.db, { owner: 'UALICE', status: 'open' });
    const sql = prepare.mock.calls.map((call) => call[0]).find((source) => /from "items"/i.test(source) && source.includes('"owner"'));
    prepare.mockRestore();
    expect(mine.map((item) => item.title)).toEqual(['motie 0', 'motie 2', 'motie 4']);
    expect(sql).toBeDefined();
    // (The status is written into the SQL: statusIs; the index holds the items with an owner, which owner = ? implies.)
    const plan = t.db.$client.prepare(`EXPLAIN QUERY PLAN ${sql!}`).all('UALICE') as { detail: string }[];
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toContain('USING INDEX items_owner_idx (owner=? AND status=?)');
    expect(details).not.toMatch(/SCAN items\b/);
  });
});
