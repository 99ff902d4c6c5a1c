import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, listAudit } from '../../src/store/items.queries.ts';
import { listActiveSnoozes, snoozeItem } from '../../src/store/snoozes.queries.ts';
import { newItem, openTempDb, tableCounts, type TempDb } from '../helpers/db.ts';

describe('snoozeItem', () => {
  let t: TempDb;
  let id: number;
  beforeEach(() => {
    t = openTempDb();
    id = createItem(t.db, newItem(), 'import', 1).id;
  });
  afterEach(() => { t.cleanup(); });

  it('snoozes (item, channel) until a date and writes an audit entry, leaving the deadline alone', () => {
    const result = snoozeItem(t.db, id, 'C1', '2026-06-08', 'U123', 1000, { channel: 'C1' });
    expect(result).toEqual({
      ok: true,
      snooze: { itemId: id, channelId: 'C1', until: '2026-06-08', by: 'U123', createdAt: 1000 },
      previousUntil: null,
    });
    expect(listActiveSnoozes(t.db, '2026-06-01')).toEqual([result.ok && result.snooze]);
    const audit = listAudit(t.db, id).filter((a) => a.action === 'snooze');
    expect(audit).toEqual([
      expect.objectContaining({ actor: 'U123', at: 1000, field: 'C1', oldValue: null, newValue: '2026-06-08', context: { channel: 'C1' } }),
    ]);
    expect(listAudit(t.db, id).some((a) => a.field === 'deadline')).toBe(false);
  });

  it('replaces the snooze of the same (item, channel) and keeps other channels apart', () => {
    snoozeItem(t.db, id, 'C1', '2026-06-08', 'U1', 1);
    snoozeItem(t.db, id, 'C2', '2026-06-03', 'U2', 2);
    const again = snoozeItem(t.db, id, 'C1', '2026-06-15', 'U3', 3);
    expect(again).toMatchObject({ ok: true, previousUntil: '2026-06-08' });
    expect(
      listActiveSnoozes(t.db, '2026-06-01')
        .map((s) => [s.channelId, s.until, s.by])
        .sort(),
    ).toEqual([
      ['C1', '2026-06-15', 'U3'],
      ['C2', '2026-06-03', 'U2'],
    ]);
  });

  it('lists only snoozes that still hold: until after today', () => {
    snoozeItem(t.db, id, 'C1', '2026-06-08', 'U1', 1);
    expect(listActiveSnoozes(t.db, '2026-06-07')).toHaveLength(1);
    expect(listActiveSnoozes(t.db, '2026-06-08')).toHaveLength(0);
  });

  it('refuses unknown items and impossible dates without writing anything', () => {
    const before = tableCounts(t.db);
    expect(snoozeItem(t.db, 9999, 'C1', '2026-06-08', 'U1', 1)).toEqual({ ok: false, code: 'ITEM_NOT_FOUND' });
    expect(snoozeItem(t.db, id, 'C1', '2026-02-30', 'U1', 1)).toEqual({ ok: false, code: 'SNOOZE_BAD_DATE' });
    expect(snoozeItem(t.db, id, 'C1', 'volgende week', 'U1', 1)).toEqual({ ok: false, code: 'SNOOZE_BAD_DATE' });
    expect(tableCounts(t.db)).toEqual(before);
  });
});
