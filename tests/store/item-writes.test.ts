// The items table, its one write path (store/item-writes.ts) and its one read mapping
// (store/item-rows.ts hydrate) must not drift apart: every column of the drizzle schema is written
// by the writes and read by hydrate, and what is written reads back equal.
import { getTableColumns, type Column } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Item } from '../../src/domain/items.ts';
import type { ImportItem } from '../../src/import/layouts/import-item.ts';
import { importItems } from '../../src/app/import-items.ts';
import { createItem, getItem, updateItem, type ItemPatch, type NewItem } from '../../src/store/items.queries.ts';
import * as schema from '../../src/store/schema.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

const NOW = Date.UTC(2025, 8, 15, 7);
const COLUMNS = Object.values(getTableColumns(schema.items) as Record<string, Column>);
/** Columns the domain's Item does not show: who soft-deleted an item is read from its audit log. */
const NOT_IN_ITEM = ['deleted_by'];

type Row = Record<string, unknown>;

function rawRow(t: TempDb, id: number): Row {
  return t.db.$client.prepare('SELECT * FROM items WHERE id = ?').get(id) as Row;
}

/** A value written to the column: not null and not the column's default. */
function written(column: Column, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return !column.hasDefault || value !== column.mapToDriverValue(column.default);
}

const everything: NewItem = {
  kind: 'toezegging',
  title: 'Voortgangsbrief sociale veiligheid',
  text: 'De minister zegt toe de Kamer te informeren.',
  submitters: ['Kwint', 'Mutluer'],
  cs: true,
  kamerstuk: { dossier: '31288', number: '1100', vergaderjaar: '2024/25' },
  reference: 'TZ202412-116',
  status: 'open',
  statusText: 'Loopt.',
  deadline: { earliest: '2026-01-01', deadline: '2026-07-01', text: 'voor de zomer', basis: 'rule', soft: true, source: 'person' },
  recurrence: 'P1Y',
  linkedTo: null,
  responsible: [
    { code: 'MOCW', ministry: 'OCW' },
    { code: 'SOCW', ministry: 'OCW' },
  ],
  sourceDocument: 'stand-van-zaken.pdf',
  sourcePosition: 7,
  kamerTermijn: '2026-03-31',
  kabinetsappreciatie: 'Ontraden',
};

describe('item writes and the schema', () => {
  let t: TempDb;
  beforeEach(() => {
    t = openTempDb();
  });
  afterEach(() => {
    t.cleanup();
  });

  it('reads back every field of a new item as it was written', () => {
    const other = createItem(t.db, { ...everything, title: 'Ander item', linkedTo: null }, 'import', NOW);
    const input: NewItem = { ...everything, linkedTo: other.id };
    const created = createItem(t.db, input, 'UPERSON1', NOW, { document: 'x.pdf' });
    const { responsible, ...fields } = input;
    const expected: Partial<Item> = { ...fields, responsible, statusSetBy: null, deadlineSetBy: 'UPERSON1', doneAt: null, createdAt: NOW, updatedAt: NOW };
    expect(created).toMatchObject(expected);
    expect(getItem(t.db, created.id)).toEqual(created);
  });

  it('reads back every field a patch changes', () => {
    const item = createItem(t.db, everything, 'import', NOW);
    const target = createItem(t.db, { ...everything, title: 'Doel' }, 'import', NOW);
    const patch: Required<Omit<ItemPatch, 'nextOccurrence' | 'status'>> = {
      title: 'Nieuwe titel',
      text: 'Nieuwe tekst.',
      submitters: ['Smit'],
      statusText: 'Bijna klaar.',
      partly: true,
      deadline: { earliest: null, deadline: '2026-09-30', text: 'eind september', basis: 'explicit', soft: false, source: 'person' },
      kamerstuk: { dossier: '36200-VIII', number: '12', vergaderjaar: null },
      reference: 'T01237',
      recurrence: 'P4Y',
      linkedTo: target.id,
      sourceDocument: 'later.pdf',
      sourcePosition: 3,
      responsible: [{ code: 'MJenV', ministry: 'JenV' }],
      kind: 'motie',
      owner: 'UOWNER1',
      onHoldUntil: '2026-02-01',
      closingReference: '36222-45',
      kamerTermijn: '2026-06-30',
      kabinetsappreciatie: 'Oordeel Kamer',
    };
    const result = updateItem(t.db, item.id, patch, 'UPERSON1', NOW + 1000);
    expect(result?.item).toMatchObject({ ...patch, deadlineSetBy: 'UPERSON1', deadlineMoves: 1, deadlineOriginal: '2026-07-01', updatedAt: NOW + 1000 });
    expect(getItem(t.db, item.id)).toEqual(result?.item);
  });

  it('writes every column of the schema: an import creates, people change, close and delete', () => {
    const seen = new Set<string>();
    const note = (id: number) => {
      const row = rawRow(t, id);
      for (const column of COLUMNS) if (written(column, row[column.name])) seen.add(column.name);
    };
    const overview: ImportItem[] = [1, 2].map((position) => ({
      position,
      line: position * 10,
      kind: 'toezegging',
      title: `Voortgangsbrief ${position}`,
      text: `De minister zegt toe de Kamer te informeren (${position}).`,
      submitters: ['Kwint'],
      cs: true,
      responsible: [{ code: 'MOCW', ministry: 'OCW' }],
      statusText: 'Loopt.',
      status: 'open',
      partly: false,
      reference: `TZ20241${position}-116`,
      kamerstuk: { dossier: '31288', number: `110${position}`, vergaderjaar: '2024/25' },
      statusReferences: [],
      linkedTo: position === 2 ? 1 : null,
      deadline: { earliest: '2026-01-01', deadline: '2026-07-01', text: 'voor de zomer', basis: 'rule', soft: true, source: 'request' },
      deadlineFrom: 'own',
      recurrence: 'P1Y',
      requestReference: '2025-09-01',
      requestReferenceFrom: 'document',
    }));
    const imported = importItems(t.db, overview, { sourceDocument: 'stand-van-zaken.pdf', documentDate: '2025-09-01', now: NOW });
    // What the import wrote reads back as the document said.
    expect(imported.created).toHaveLength(2);
    for (const [i, item] of imported.items.entries()) {
      const source = overview[i]!;
      expect(item).toMatchObject({
        kind: source.kind,
        title: source.title,
        text: source.text,
        submitters: source.submitters,
        cs: source.cs,
        responsible: source.responsible,
        statusText: source.statusText,
        status: source.status,
        reference: source.reference,
        kamerstuk: source.kamerstuk,
        deadline: source.deadline,
        recurrence: source.recurrence,
        sourceDocument: 'stand-van-zaken.pdf',
        sourcePosition: source.position,
      });
      expect(getItem(t.db, item.id)).toEqual(item);
    }
    const [first, second] = imported.items.map((item) => item.id) as [number, number];
    expect(getItem(t.db, second)?.linkedTo).toBe(first);
    note(first);
    note(second);
    const steps: ItemPatch[] = [
      { owner: 'UOWNER1', onHoldUntil: '2026-02-01', partly: true },
      // What the Tweede Kamer sync keeps on a motie.
      { kamerTermijn: '2026-03-31', kabinetsappreciatie: 'Ontraden' },
      { deadline: { earliest: null, deadline: '2026-09-30', text: 'eind september', basis: 'explicit', soft: false, source: 'person' } },
      { status: 'done', closingReference: '36222-45' },
      { status: 'deleted' },
    ];
    for (const [i, step] of steps.entries()) {
      expect(updateItem(t.db, first, step, 'UPERSON1', NOW + (i + 1) * 1000)?.changed.length).toBeGreaterThan(0);
      note(first);
    }
    expect(COLUMNS.map((c) => c.name).filter((name) => !seen.has(name))).toEqual([]);
  });

  it('hydrate reads every column of the schema: changing any one of them changes the item', () => {
    expect(NOT_IN_ITEM.filter((name) => !COLUMNS.some((c) => c.name === name))).toEqual([]);
    const target = createItem(t.db, { ...everything, title: 'Doel' }, 'import', NOW);
    const item = createItem(t.db, { ...everything, linkedTo: target.id }, 'import', NOW);
    updateItem(t.db, item.id, { owner: 'UOWNER1', onHoldUntil: '2026-02-01', closingReference: '36222-45', status: 'done' }, 'UPERSON1', NOW + 1000);
    const before = getItem(t.db, item.id);
    const row = rawRow(t, item.id);
    const unread: string[] = [];
    for (const column of COLUMNS) {
      if (column.primary || NOT_IN_ITEM.includes(column.name)) continue;
      const value = row[column.name];
      const enumValues = (column as Column & { enumValues?: string[] }).enumValues;
      let other: unknown;
      if (column.name === 'submitters') other = '["Anders"]';
      else if (enumValues && enumValues.length > 0) other = enumValues.find((v) => v !== value);
      else if (column.dataType === 'boolean') other = value === 1 ? 0 : 1;
      else if (column.dataType === 'number') other = typeof value === 'number' ? value + 1 : 1;
      else other = typeof value === 'string' ? `${value}x` : 'x';
      t.db.$client.exec('SAVEPOINT probe');
      try {
        t.db.$client.prepare(`UPDATE items SET "${column.name}" = ? WHERE id = ?`).run(other, item.id);
        if (JSON.stringify(getItem(t.db, item.id)) === JSON.stringify(before)) unread.push(column.name);
      } finally {
        t.db.$client.exec('ROLLBACK TO probe; RELEASE probe');
      }
    }
    expect(unread).toEqual([]);
    expect(getItem(t.db, item.id)).toEqual(before);
  });
});
