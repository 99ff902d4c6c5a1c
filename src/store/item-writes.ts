// Writing items: the one place that inserts and updates rows of `items` (with their responsibilities
// and audit entries). createItem and updateItem (items.queries.ts) call it one item at a time; the
// overview import and the Tweede Kamer sync call it thousands of times in their own transaction.
// The SQL is raw for speed (no query built, no savepoint opened, nothing read back per item), but
// every column name comes from the drizzle schema, and a new row must name every column
// (tests/store/item-writes.test.ts round-trips all of them).
import { Column, getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { isPerson, type Actor } from '../domain/actor.ts';
import type { Item, ItemDeadline, KamerstukRef, Responsibility } from '../domain/items.ts';
import { prepared, quoted, type Connection } from './connection.ts';
import { itemOfRow } from './item-rows.ts';
import type { AuditContext, AuditEntry, ItemPatch, NewItem } from './item-types.ts';
import { auditLog, items, responsibilities } from './schema.ts';

type ItemValues = Omit<typeof items.$inferSelect, 'id'>;
type AuditValues = Omit<typeof auditLog.$inferSelect, 'id'>;
type ResponsibilityValues = Omit<typeof responsibilities.$inferSelect, 'id'>;
type DriverValue = string | number | bigint | Buffer | null;

const ITEM_COLUMNS: Record<string, Column> = getTableColumns(items);

/** The value SQLite stores for a column (a boolean column stores 0 / 1). */
function driverValue(column: Column | undefined, value: unknown): DriverValue {
  if (!column) throw new Error('item-writes: not a column of the schema');
  return value === null || value === undefined ? null : (column.mapToDriverValue(value) as DriverValue);
}

/**
 * An INSERT of every column of `table` but its generated primary key, built from the schema, with
 * `values`, which gives a row's values one column at a time: an import sends 10,000 rows of 37
 * values each through here, and one read `row[key]` for every key was a megamorphic load per value
 * (~100 M instructions per 10,000 items: issue 28). The columns and their order are the ones
 * `values` reads, recorded once here; each must be a column but the key, read once, and every such
 * column must be read.
 */
function inserter<Row>(table: SQLiteTable, values: (row: Row) => DriverValue[]): { source: string; values: (row: Row) => DriverValue[] } {
  const columns = getTableColumns(table) as Record<string, Column>;
  const expected = Object.entries(columns)
    .filter(([, column]) => !column.primary)
    .map(([key]) => key);
  const keys: string[] = [];
  values(new Proxy({}, { get: (_, key) => (keys.push(String(key)), null) }) as Row);
  if ([...keys].sort().join() !== [...expected].sort().join()) {
    throw new Error(`item-writes: the values of ${getTableName(table)} are not each of its columns once`);
  }
  return {
    source: `INSERT INTO ${quoted(getTableName(table))} (${keys.map((key) => quoted(columns[key]?.name ?? key)).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
    values,
  };
}

/** A boolean column's stored value (drizzle's boolean mode stores 0 / 1). */
function flag(value: boolean | null | undefined): DriverValue {
  return value === null || value === undefined ? null : value ? 1 : 0;
}

const ITEM_INSERT = inserter<ItemValues>(items, (row) => [
  row.kind, row.title, row.text, row.submitters, flag(row.cs), row.kamerstukDossier ?? null, row.kamerstukNumber ?? null,
  row.kamerstukVergaderjaar ?? null, row.status, row.statusText ?? null, row.statusSetBy ?? null, row.deadlineEarliest ?? null,
  row.deadline ?? null, row.deadlineText ?? null, row.deadlineBasis ?? null, flag(row.deadlineSoft), row.deadlineSource ?? null,
  row.deadlineSetBy ?? null, row.recurrence ?? null, row.linkedTo ?? null, row.sourceDocument ?? null, row.sourcePosition ?? null,
  row.doneAt ?? null, row.createdAt, row.updatedAt, row.doneBy ?? null, row.closingReference ?? null, row.owner ?? null,
  row.onHoldUntil ?? null, row.deadlineOriginal ?? null, row.deadlineMoves, row.deletedAt ?? null, row.deletedBy ?? null,
  row.reference ?? null, flag(row.partly), row.kamerTermijn ?? null, row.kabinetsappreciatie ?? null,
]);
const AUDIT_INSERT = inserter<AuditValues>(auditLog, (row) => [
  row.itemId ?? null, row.actor, row.at, row.action, row.field ?? null, row.oldValue ?? null, row.newValue ?? null, row.context ?? null,
]);
const RESPONSIBILITY_INSERT = inserter<ResponsibilityValues>(responsibilities, (row) => [row.itemId, row.code, row.ministry]);
const DELETE_RESPONSIBILITIES = `DELETE FROM ${quoted(getTableName(responsibilities))} WHERE ${quoted(responsibilities.itemId.name)} = ?`;

function insertAudit(db: Connection, values: AuditValues): void {
  prepared(db, AUDIT_INSERT.source).run(...AUDIT_INSERT.values(values));
}

/** Writes one audit entry: the one writer of the audit log (item changes, links, snoozes, imports, the sync). */
export function writeAudit(db: Connection, entry: Omit<AuditEntry, 'id' | 'context'> & { context?: AuditContext | null }): void {
  const { context, ...values } = entry;
  insertAudit(db, { ...values, context: context ? JSON.stringify(context) : null });
}

/** Adds responsibilities (each code once); returns those added, in the order they were added. */
function writeResponsibilities(db: Connection, itemId: number, responsible: NewItem['responsible']): Responsibility[] {
  const seen = new Set<string>();
  const added: Responsibility[] = [];
  for (const r of responsible) {
    if (seen.has(r.code)) continue;
    seen.add(r.code);
    const values: ResponsibilityValues = { itemId, code: r.code, ministry: r.ministry };
    prepared(db, RESPONSIBILITY_INSERT.source).run(...RESPONSIBILITY_INSERT.values(values));
    added.push({ code: r.code, ministry: r.ministry });
  }
  return added;
}

/**
 * Inserts an item, its responsibilities and its "create" audit entry; returns its id. Opens no
 * transaction: call it inside one (createItem does, the import runs thousands in one).
 */
export function insertItem(db: Connection, input: NewItem, actor: Actor, now: number, context?: AuditContext): number {
  return writeNewItem(db, input, actor, now, context).row.id;
}

/**
 * As insertItem, and returns the item as a read of it would give it (hydrate of the row just
 * written), without reading it back: a bulk import creates thousands.
 */
export function insertItemAsStored(db: Connection, input: NewItem, actor: Actor, now: number, context?: AuditContext): Item {
  const { row, responsible } = writeNewItem(db, input, actor, now, context);
  // The submitters as written, copied: JSON.parse of what JSON.stringify just wrote of a string array gives the same array.
  return itemOfRow(row, responsible, [...(input.submitters ?? [])]);
}

function writeNewItem(
  db: Connection,
  input: NewItem,
  actor: Actor,
  now: number,
  context: AuditContext | undefined,
): { row: ItemValues & { id: number }; responsible: Responsibility[] } {
  const d = input.deadline;
  const status = input.status ?? 'open';
  // Every column of the schema (TypeScript insists): a new column must be given a value here. The
  // id first, set once the row is inserted (the insert leaves it out): every row this writes has the
  // one shape. A copy with the id added (`{ ...row, id }`) gave the rows of a 10,000-item import
  // many hidden classes, and itemOfRow's reads of them went megamorphic: 100-250 ms per 10,000
  // items instead of 10-20 (issue 28).
  const row: ItemValues & { id: number } = {
    id: 0,
    kind: input.kind,
    title: input.title,
    text: input.text,
    submitters: JSON.stringify(input.submitters ?? []),
    cs: input.cs ?? false,
    kamerstukDossier: input.kamerstuk?.dossier ?? null,
    kamerstukNumber: input.kamerstuk?.number ?? null,
    kamerstukVergaderjaar: input.kamerstuk?.vergaderjaar ?? null,
    reference: input.reference ?? null,
    status,
    statusText: input.statusText ?? null,
    partly: status === 'open' && (input.partly ?? false),
    statusSetBy: null,
    deadlineEarliest: d?.earliest ?? null,
    deadline: d?.deadline ?? null,
    deadlineText: d?.text ?? null,
    deadlineBasis: d?.basis ?? null,
    deadlineSoft: d?.soft ?? false,
    deadlineSource: d?.source ?? null,
    deadlineSetBy: d?.source === 'person' ? actor : null,
    recurrence: input.recurrence ?? null,
    linkedTo: input.linkedTo ?? null,
    sourceDocument: input.sourceDocument ?? null,
    sourcePosition: input.sourcePosition ?? null,
    doneAt: status === 'done' ? (input.doneAt ?? now) : null,
    doneBy: null,
    closingReference: null,
    owner: null,
    onHoldUntil: null,
    deadlineOriginal: null,
    deadlineMoves: 0,
    kamerTermijn: input.kamerTermijn ?? null,
    kabinetsappreciatie: input.kabinetsappreciatie ?? null,
    deletedAt: null,
    deletedBy: null,
    createdAt: now,
    updatedAt: now,
  };
  const id = Number(prepared(db, ITEM_INSERT.source).run(...ITEM_INSERT.values(row)).lastInsertRowid);
  row.id = id;
  const responsible = writeResponsibilities(db, id, input.responsible);
  insertAudit(db, {
    itemId: id,
    actor,
    at: now,
    action: 'create',
    field: null,
    oldValue: null,
    newValue: JSON.stringify({ kind: input.kind, title: input.title, codes: responsible.map((r) => r.code) }),
    context: context ? JSON.stringify(context) : null,
  });
  return { row, responsible };
}

function deadlineSummary(d: ItemDeadline | null): string | null {
  return d ? `${d.text} → ${d.deadline ?? 'geen datum'}` : null;
}

function kamerstukSummary(k: KamerstukRef | null): string | null {
  return k ? `${k.dossier}-${k.number}${k.vergaderjaar ? ` (${k.vergaderjaar})` : ''}` : null;
}

/** `UPDATE items SET <columns> WHERE id = ?`, with the schema's column names. */
function updateSource(keys: readonly string[]): string {
  const assignments = keys.map((key) => {
    const column = ITEM_COLUMNS[key];
    if (!column) throw new Error(`item-writes: ${key} is not a column of items`);
    return `${quoted(column.name)} = ?`;
  });
  return `UPDATE ${quoted(getTableName(items))} SET ${assignments.join(', ')} WHERE ${quoted(items.id.name)} = ?`;
}

/**
 * Applies `patch` to the item that is `before`, writing one audit entry per changed field; returns
 * the fields that changed (empty when nothing did). A person's change of status or deadline
 * (domain/actor.ts isPerson) is remembered so later imports do not overwrite it. It does not read
 * the item again: `before` must be the item as it is in the database now. Opens no transaction.
 */
export function updateItemRow(db: Connection, before: Item, patch: ItemPatch, actor: Actor, now: number, context?: AuditContext): string[] {
  const id = before.id;
  const set: Partial<ItemValues> = {};
  const contextJson = context ? JSON.stringify(context) : null;
  const changed: string[] = [];
  const audit = (field: string, oldValue: string | null, newValue: string | null) => {
    changed.push(field);
    insertAudit(db, { itemId: id, actor, at: now, action: 'update', field, oldValue, newValue, context: contextJson });
  };
  const byPerson = isPerson(actor);
  for (const key of ['title', 'text', 'statusText', 'recurrence', 'sourceDocument', 'reference'] as const) {
    const value = patch[key];
    if (value !== undefined && value !== before[key]) {
      Object.assign(set, { [key]: value });
      audit(key, before[key], value);
    }
  }
  if (patch.sourcePosition !== undefined && patch.sourcePosition !== before.sourcePosition) {
    set.sourcePosition = patch.sourcePosition; // bookkeeping, not audited
  }
  if (patch.linkedTo !== undefined && patch.linkedTo !== before.linkedTo) {
    set.linkedTo = patch.linkedTo;
    audit('linkedTo', before.linkedTo?.toString() ?? null, patch.linkedTo?.toString() ?? null);
  }
  if (patch.submitters && JSON.stringify(patch.submitters) !== JSON.stringify(before.submitters)) {
    set.submitters = JSON.stringify(patch.submitters);
    audit('submitters', before.submitters.join(', '), patch.submitters.join(', '));
  }
  if (patch.kamerstuk !== undefined && kamerstukSummary(patch.kamerstuk) !== kamerstukSummary(before.kamerstuk)) {
    set.kamerstukDossier = patch.kamerstuk?.dossier ?? null;
    set.kamerstukNumber = patch.kamerstuk?.number ?? null;
    set.kamerstukVergaderjaar = patch.kamerstuk?.vergaderjaar ?? null;
    audit('kamerstuk', kamerstukSummary(before.kamerstuk), kamerstukSummary(patch.kamerstuk));
  }
  if (patch.kind !== undefined && patch.kind !== before.kind) {
    set.kind = patch.kind;
    audit('kind', before.kind, patch.kind);
  }
  for (const key of ['owner', 'onHoldUntil', 'kamerTermijn', 'kabinetsappreciatie'] as const) {
    const value = patch[key];
    if (value !== undefined && value !== (before[key] ?? null)) {
      set[key] = value;
      audit(key, before[key] ?? null, value);
    }
  }
  if (patch.status !== undefined && patch.status !== before.status) {
    set.status = patch.status;
    if (patch.status === 'deleted') {
      // Soft delete: hidden everywhere (every list reads a status), kept with its audit log.
      set.deletedAt = now;
      set.deletedBy = actor;
    } else if (before.status === 'deleted') {
      // Undo of a delete: the item comes back as it was, done date included.
      set.deletedAt = null;
      set.deletedBy = null;
    } else {
      set.doneAt = patch.status === 'done' ? now : null;
      set.doneBy = patch.status === 'done' ? actor : null;
    }
    if (byPerson) set.statusSetBy = actor;
    audit('status', before.status, patch.status);
    // A reopened or lapsed item was not closed with a Kamerbrief (the audit log keeps the old one).
    if (patch.status !== 'done' && patch.status !== 'deleted' && before.status !== 'deleted' && before.closingReference && patch.closingReference === undefined) {
      set.closingReference = null;
      audit('closingReference', before.closingReference, null);
    }
  }
  // "Deels afgedaan" describes an open item: a status other than open ends it.
  const partly = patch.status !== undefined && patch.status !== 'open' ? false : patch.partly;
  if (partly !== undefined && partly !== (before.partly ?? false)) {
    set.partly = partly;
    audit('partly', String(before.partly ?? false), String(partly));
  }
  if (patch.closingReference !== undefined && patch.closingReference !== (before.closingReference ?? null)) {
    set.closingReference = patch.closingReference;
    audit('closingReference', before.closingReference ?? null, patch.closingReference);
  }
  if (patch.deadline !== undefined) {
    const same =
      JSON.stringify(patch.deadline && { ...patch.deadline, source: undefined }) ===
      JSON.stringify(before.deadline && { ...before.deadline, source: undefined });
    if (!same) {
      const d = patch.deadline;
      set.deadlineEarliest = d?.earliest ?? null;
      set.deadline = d?.deadline ?? null;
      set.deadlineText = d?.text ?? null;
      set.deadlineBasis = d?.basis ?? null;
      set.deadlineSoft = d?.soft ?? false;
      set.deadlineSource = d?.source ?? null;
      if (byPerson) set.deadlineSetBy = actor;
      // A date that moves to another date is a postponement ("termijn 2× verschoven"); the
      // next occurrence of a recurring item is not.
      const from = before.deadline?.deadline ?? null;
      if (from && d?.deadline && d.deadline !== from && !patch.nextOccurrence) {
        set.deadlineMoves = (before.deadlineMoves ?? 0) + 1;
        if (!before.deadlineOriginal) set.deadlineOriginal = from;
      }
      audit('deadline', deadlineSummary(before.deadline), deadlineSummary(patch.deadline));
    }
  }
  if (patch.responsible) {
    const oldCodes = before.responsible.map((r) => r.code).sort().join(',');
    const newCodes = [...new Set(patch.responsible.map((r) => r.code))].sort().join(',');
    if (oldCodes !== newCodes) {
      prepared(db, DELETE_RESPONSIBILITIES).run(id);
      writeResponsibilities(db, id, patch.responsible);
      audit('responsible', oldCodes, newCodes);
    }
  }
  const keys = Object.keys(set);
  if (keys.length === 0) return changed;
  set.updatedAt = now;
  keys.push('updatedAt');
  const values = keys.map((key) => driverValue(ITEM_COLUMNS[key], set[key as keyof ItemValues]));
  prepared(db, updateSource(keys)).run(...values, id);
  return changed;
}
