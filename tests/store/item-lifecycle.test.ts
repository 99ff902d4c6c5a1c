// The round-2 item fields through the one updater: owner, on hold, kind, closing reference,
// postponements, soft delete and its undo. Every change has an audit entry with who and when.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItem, getItem, listAudit, listItems, markDone, reopenStoredItem, updateItem } from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2026, 10, 28, 9, 0);
const term = (deadline: string) => ({ earliest: null, deadline, text: deadline, basis: 'explicit' as const, soft: false, source: 'person' as const });

describe('item lifecycle in the store', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('sets owner, on-hold date and kind, each with an audit entry naming who and when', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    const r = updateItem(t.db, item.id, { owner: 'U0OWNER', onHoldUntil: '2027-01-01', kind: 'toezegging' }, 'U0ADMIN', NOW + 1)!;
    expect(r.changed).toEqual(['kind', 'owner', 'onHoldUntil']);
    expect(r.item).toMatchObject({ owner: 'U0OWNER', onHoldUntil: '2027-01-01', kind: 'toezegging' });
    const audit = listAudit(t.db, item.id).filter((a) => a.action === 'update');
    expect(audit.map((a) => [a.field, a.oldValue, a.newValue, a.actor, a.at])).toEqual([
      ['kind', 'motie', 'toezegging', 'U0ADMIN', NOW + 1],
      ['owner', null, 'U0OWNER', 'U0ADMIN', NOW + 1],
      ['onHoldUntil', null, '2027-01-01', 'U0ADMIN', NOW + 1],
    ]);
    // The same values again change nothing.
    expect(updateItem(t.db, item.id, { owner: 'U0OWNER', onHoldUntil: '2027-01-01' }, 'U0ADMIN', NOW + 2)!.changed).toEqual([]);
  });

  it('counts postponements and keeps the first date; the next occurrence of a recurring item is no postponement', () => {
    const item = createItem(t.db, newItem({ deadline: term('2025-07-03') }), 'import', NOW);
    updateItem(t.db, item.id, { deadline: term('2025-12-01') }, 'U0A', NOW);
    const moved = updateItem(t.db, item.id, { deadline: term('2026-03-01') }, 'U0A', NOW)!.item;
    expect(moved).toMatchObject({ deadlineMoves: 2, deadlineOriginal: '2025-07-03' });
    const recurring = createItem(t.db, newItem({ deadline: term('2026-01-01'), recurrence: 'P1Y' }), 'import', NOW);
    const done = markDone(t.db, recurring.id, 'U0A', NOW);
    expect(done.ok && done.movedTo).toBe('2027-01-01');
    expect(getItem(t.db, recurring.id)).toMatchObject({ deadlineMoves: 0, deadlineOriginal: null });
  });

  it('records who marked it done and with which Kamerbrief; reopening clears both, the audit keeps them', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    const done = markDone(t.db, item.id, 'U0DONE', NOW, { via: 'test' }, { closingReference: '36222-45' });
    expect(done.ok && done.item).toMatchObject({ status: 'done', doneBy: 'U0DONE', doneAt: NOW, closingReference: '36222-45' });
    const reopened = reopenStoredItem(t.db, item.id, 'U0B', NOW + 5);
    expect(reopened.ok && reopened.item).toMatchObject({ status: 'open', doneBy: null, doneAt: null, closingReference: null });
    expect(listAudit(t.db, item.id).filter((a) => a.field === 'closingReference').map((a) => [a.oldValue, a.newValue])).toEqual([
      [null, '36222-45'],
      ['36222-45', null],
    ]);
  });

  it('soft-deletes: hidden from lists, kept with its audit log, and undo brings it back as it was', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    markDone(t.db, item.id, 'U0DONE', NOW);
    updateItem(t.db, item.id, { status: 'deleted' }, 'U0ADMIN', NOW + 10);
    expect(getItem(t.db, item.id)).toMatchObject({ status: 'deleted', deletedAt: NOW + 10 });
    expect(listItems(t.db).map((i) => i.id)).toEqual([]);
    expect(listItems(t.db, { status: 'deleted' }).map((i) => i.id)).toEqual([item.id]);
    expect(markDone(t.db, item.id, 'U0X', NOW).ok).toBe(false);
    expect(reopenStoredItem(t.db, item.id, 'U0X', NOW).ok).toBe(false);
    const back = updateItem(t.db, item.id, { status: 'done' }, 'U0ADMIN', NOW + 20)!.item;
    expect(back).toMatchObject({ status: 'done', doneAt: NOW, doneBy: 'U0DONE', deletedAt: null });
    expect(listAudit(t.db, item.id).filter((a) => a.field === 'status').map((a) => [a.oldValue, a.newValue, a.actor])).toEqual([
      ['open', 'done', 'U0DONE'],
      ['done', 'deleted', 'U0ADMIN'],
      ['deleted', 'done', 'U0ADMIN'],
    ]);
  });
});
