import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/store/db.ts';
import {
  createItem,
  getItem,
  listAudit,
  listItems,
  markDone,
  reopenStoredItem,
  updateItem,
} from '../../src/store/items.queries.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 3, 15, 8, 0);

describe('items store', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => { t.cleanup(); });

  it('opens with WAL, a busy timeout and foreign keys on', () => {
    expect(t.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.db.$client.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(t.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('creates an item with its responsibilities and an audit entry', () => {
    const item = createItem(
      t.db,
      newItem({ responsible: [{ code: 'MOCW', ministry: 'OCW' }, { code: 'SOCW', ministry: 'OCW' }] }),
      'import',
      NOW,
    );
    expect(item.id).toBeGreaterThan(0);
    expect(item.responsible.map((r) => r.code)).toEqual(['MOCW', 'SOCW']);
    expect(item.deadline?.deadline).toBe('2023-10-31');
    const audit = listAudit(t.db, item.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'import', action: 'create', at: NOW });
  });

  it('keeps a register reference (T01237, TZ202412-116) and audits its change', () => {
    const item = createItem(t.db, newItem({ kind: 'toezegging', reference: 'T01237' }), 'import', NOW);
    expect(getItem(t.db, item.id)?.reference).toBe('T01237');
    expect(createItem(t.db, newItem(), 'import', NOW).reference).toBeNull();
    const result = updateItem(t.db, item.id, { reference: 'TZ202412-116' }, 'import', NOW + 1);
    expect(result?.changed).toEqual(['reference']);
    expect(result?.item.reference).toBe('TZ202412-116');
    expect(listAudit(t.db, item.id).at(-1)).toMatchObject({ field: 'reference', oldValue: 'T01237', newValue: 'TZ202412-116' });
  });

  it('writes one audit entry per changed field with old and new value, and none when nothing changes', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    const result = updateItem(t.db, item.id, { statusText: 'Nieuwe stand', title: item.title }, 'U123', NOW + 1, {
      channel: 'C1',
    });
    expect(result?.changed).toEqual(['statusText']);
    const again = updateItem(t.db, item.id, { statusText: 'Nieuwe stand' }, 'U123', NOW + 2);
    expect(again?.changed).toEqual([]);
    const audit = listAudit(t.db, item.id);
    expect(audit.map((a) => [a.action, a.field, a.oldValue, a.newValue, a.actor])).toEqual([
      ['create', null, null, expect.any(String), 'import'],
      ['update', 'statusText', null, 'Nieuwe stand', 'U123'],
    ]);
    expect(audit[1]?.context).toEqual({ channel: 'C1' });
  });

  it('remembers who decided status and deadline, but not when the import changes them', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    updateItem(t.db, item.id, { statusText: 'x', status: 'done' }, 'import', NOW);
    expect(getItem(t.db, item.id)?.statusSetBy).toBeNull();
    reopenStoredItem(t.db, item.id, 'U42', NOW);
    expect(getItem(t.db, item.id)?.statusSetBy).toBe('U42');
    updateItem(
      t.db,
      item.id,
      { deadline: { earliest: null, deadline: '2026-03-31', text: 'eind maart 2026', basis: 'rule', soft: false, source: 'person' } },
      'U42',
      NOW,
    );
    expect(getItem(t.db, item.id)?.deadlineSetBy).toBe('U42');
  });

  it('marks done once: a second time reports ITEM_ALREADY_DONE and changes nothing', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    const first = markDone(t.db, item.id, 'U1', NOW + 10);
    expect(first).toMatchObject({ ok: true, movedTo: null });
    expect(getItem(t.db, item.id)).toMatchObject({ status: 'done', doneAt: NOW + 10, statusSetBy: 'U1' });
    const auditBefore = listAudit(t.db, item.id).length;
    const second = markDone(t.db, item.id, 'U2', NOW + 20);
    expect(second).toMatchObject({ ok: false, code: 'ITEM_ALREADY_DONE' });
    expect(listAudit(t.db, item.id)).toHaveLength(auditBefore);
    expect(markDone(t.db, 9999, 'U1', NOW)).toMatchObject({ ok: false, code: 'ITEM_NOT_FOUND' });
  });

  it('moves a recurring item to its next occurrence instead of closing it', () => {
    const item = createItem(
      t.db,
      newItem({
        recurrence: 'P4Y',
        deadline: { earliest: '2024-01-01', deadline: '2024-12-31', text: 'om de vier jaar (eerstvolgende in 2024)', basis: 'rule', soft: false, source: 'request' },
      }),
      'import',
      NOW,
    );
    const result = markDone(t.db, item.id, 'U1', NOW);
    expect(result).toMatchObject({ ok: true, movedTo: '2028-12-31' });
    expect(getItem(t.db, item.id)).toMatchObject({ status: 'open' });
    expect(getItem(t.db, item.id)?.deadline).toMatchObject({ earliest: '2028-01-01', deadline: '2028-12-31' });
  });

  it('filters by code, ministry, status and text, with deadlines first', () => {
    const a = createItem(t.db, newItem({ title: 'A', deadline: null }), 'import', NOW);
    const b = createItem(t.db, newItem({ title: 'B', responsible: [{ code: 'SSZW', ministry: 'SZW' }] }), 'import', NOW);
    const c = createItem(t.db, newItem({ title: 'C 100%_korting', responsible: [{ code: 'MJenV', ministry: 'JenV' }, { code: 'SOCW', ministry: 'OCW' }] }), 'import', NOW);
    markDone(t.db, c.id, 'U1', NOW);
    expect(listItems(t.db).map((i) => i.title)).toEqual(['B', 'C 100%_korting', 'A']);
    expect(listItems(t.db, { codes: ['SOCW'] }).map((i) => i.id)).toEqual([c.id, a.id]);
    expect(listItems(t.db, { ministries: ['JenV'] }).map((i) => i.id)).toEqual([c.id]);
    expect(listItems(t.db, { codes: ['SSZW'], ministries: ['JenV'] }).map((i) => i.id)).toEqual([b.id, c.id]);
    expect(listItems(t.db, { status: 'open' }).map((i) => i.id)).toEqual([b.id, a.id]);
    expect(listItems(t.db, { search: '100%_' }).map((i) => i.id)).toEqual([c.id]);
    expect(listItems(t.db, { search: '0%' })).toEqual([]); // shorter than a trigram: nothing
    expect(listItems(t.db, { search: "'; DROP TABLE items; --" })).toEqual([]);
    expect(listItems(t.db)).toHaveLength(3);
  });

  it('keeps its data when the database is closed and opened again', () => {
    const item = createItem(t.db, newItem(), 'import', NOW);
    closeDb(t.db);
    t.db = openDb(t.path);
    expect(getItem(t.db, item.id)?.title).toBe(item.title);
    expect(listAudit(t.db, item.id)).toHaveLength(1);
  });

  it('refuses a responsibility for an item that does not exist (foreign keys are enforced)', () => {
    expect(() =>
      t.db.$client.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (424242, ?, ?)').run('SOCW', 'OCW'),
    ).toThrow(/FOREIGN KEY/);
  });
});
