// Writing items (the one implementation of insert and patch-with-audit, used by createItem and
// updateItem in items.queries.ts and, thousands at a time, by the import) and bulk reads for the
// import: prepared statements in the caller's transaction, without building a query, opening a
// savepoint or re-reading the item per item (tests/store/import.queries.test.ts compares the reads).
import type Database from 'better-sqlite3';
import { isPerson, type Actor } from '../domain/actor.ts';
import type { Item, ItemDeadline, KamerstukRef, Responsibility } from '../domain/items.ts';
import type { Db } from './db.ts';
import { fromRawRow, ITEM_COLUMNS, toItem, type RawItemRow } from './item-rows.ts';
import type { AuditContext, ItemPatch, NewItem } from './item-types.ts';
import { required } from '../domain/required.ts';

interface ResponsibilityRow {
  item_id: number;
  code: string;
  ministry: string;
}

function hydrate(itemRows: RawItemRow[], responsibilityRows: ResponsibilityRow[]): Item[] {
  const byItem = new Map<number, Responsibility[]>();
  for (const r of responsibilityRows) {
    const list = byItem.get(r.item_id);
    const responsibility = { code: r.code, ministry: r.ministry };
    if (list) list.push(responsibility);
    else byItem.set(r.item_id, [responsibility]);
  }
  return itemRows.map((row) => toItem(fromRawRow(row), byItem.get(row.id) ?? []));
}

const ORDER = 'ORDER BY deadline IS NULL, deadline ASC, id ASC'; // listItems' order

/**
 * The items `keep` accepts (given kind and Kamerstuk), as listItems reads them and in its order
 * (by deadline, no deadline last, then by id). Kind and Kamerstuk of every item come from one
 * narrow query; only the kept items are read whole.
 */
export function listItemsForImport(db: Db, keep: (item: Pick<Item, 'kind' | 'kamerstuk' | 'reference'>) => boolean): Item[] {
  const sqlite = db.$client;
  const keys = sqlite.prepare('SELECT id, kind, kamerstuk_dossier, kamerstuk_number, reference FROM items').all() as {
    id: number;
    kind: Item['kind'];
    kamerstuk_dossier: string | null;
    kamerstuk_number: string | null;
    reference: string | null;
  }[];
  const ids: number[] = [];
  for (const row of keys) {
    // A Kamerstuk as toItem reads it; the vergaderjaar plays no part in matching.
    const kamerstuk =
      row.kamerstuk_dossier && row.kamerstuk_number ? { dossier: row.kamerstuk_dossier, number: row.kamerstuk_number, vergaderjaar: null } : null;
    if (keep({ kind: row.kind, kamerstuk, reference: row.reference })) ids.push(row.id);
  }
  if (ids.length === 0) return [];
  const all = ids.length === keys.length;
  const list = JSON.stringify(ids);
  const rows = (
    all
      ? sqlite.prepare(`SELECT ${ITEM_COLUMNS} FROM items ${ORDER}`).all()
      : sqlite.prepare(`SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?)) ${ORDER}`).all(list)
  ) as RawItemRow[];
  const responsibilities = (
    all
      ? sqlite.prepare('SELECT item_id, code, ministry FROM responsibilities ORDER BY id ASC').all()
      : sqlite
          .prepare('SELECT item_id, code, ministry FROM responsibilities WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id ASC')
          .all(list)
  ) as ResponsibilityRow[];
  return hydrate(rows, responsibilities);
}

/** The items with these ids as getItem reads them, by id (ids without an item are left out): two queries. */
export function getItemsForImport(db: Db, ids: readonly number[]): Map<number, Item> {
  const sqlite = db.$client;
  const list = JSON.stringify([...new Set(ids)]);
  const rows = sqlite
    .prepare(`SELECT ${ITEM_COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?))`)
    .all(list) as RawItemRow[];
  const responsibilities = sqlite
    .prepare('SELECT item_id, code, ministry FROM responsibilities WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY id ASC')
    .all(list) as ResponsibilityRow[];
  return new Map(hydrate(rows, responsibilities).map((item) => [item.id, item]));
}

export interface ItemInserter {
  /** Inserts an item, its responsibilities and its "create" audit entry as createItem does; returns its id. */
  insert(input: NewItem, actor: Actor, now: number, context?: AuditContext): number;
}

/**
 * Prepares the statements for inserting many items. Call it inside the caller's transaction: unlike
 * createItem it opens no transaction (or savepoint) of its own per item.
 */
export function prepareItemInserter(db: Db): ItemInserter {
  const sqlite: Database.Database = db.$client;
  const insertItem = sqlite.prepare(
    `INSERT INTO items (kind, title, text, submitters, cs, kamerstuk_dossier, kamerstuk_number, kamerstuk_vergaderjaar,
       reference, status, status_text, deadline_earliest, deadline, deadline_text, deadline_basis, deadline_soft, deadline_source,
       deadline_set_by, recurrence, linked_to, source_document, source_position, done_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertResponsibility = sqlite.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  const insertAudit = sqlite.prepare(
    'INSERT INTO audit_log (item_id, actor, at, action, field, old_value, new_value, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  return {
    insert(input, actor, now, context) {
      const d = input.deadline;
      const status = input.status ?? 'open';
      const { lastInsertRowid } = insertItem.run(
        input.kind,
        input.title,
        input.text,
        JSON.stringify(input.submitters ?? []),
        input.cs ? 1 : 0,
        input.kamerstuk?.dossier ?? null,
        input.kamerstuk?.number ?? null,
        input.kamerstuk?.vergaderjaar ?? null,
        input.reference ?? null,
        status,
        input.statusText ?? null,
        d?.earliest ?? null,
        d?.deadline ?? null,
        d?.text ?? null,
        d?.basis ?? null,
        d?.soft ? 1 : 0,
        d?.source ?? null,
        d?.source === 'person' ? actor : null,
        input.recurrence ?? null,
        input.linkedTo ?? null,
        input.sourceDocument ?? null,
        input.sourcePosition ?? null,
        status === 'done' ? (input.doneAt ?? now) : null,
        now,
        now,
      );
      const id = Number(lastInsertRowid);
      const seen = new Set<string>();
      for (const r of input.responsible) {
        if (seen.has(r.code)) continue;
        seen.add(r.code);
        insertResponsibility.run(id, r.code, r.ministry);
      }
      insertAudit.run(
        id,
        actor,
        now,
        'create',
        null,
        null,
        JSON.stringify({ kind: input.kind, title: input.title, codes: [...seen] }),
        context ? JSON.stringify(context) : null,
      );
      return id;
    },
  };
}

export interface ItemUpdater {
  /**
   * Applies `patch` to the item that is `before`, as updateItem does (the same columns, the same
   * audit entries in the same order), without reading the item again: `before` must be the item
   * as it is in the database now.
   */
  update(before: Item, patch: ItemPatch, actor: Actor, now: number, context?: AuditContext): string[];
}

const COLUMN: Record<string, string> = {
  title: 'title',
  text: 'text',
  statusText: 'status_text',
  recurrence: 'recurrence',
  sourceDocument: 'source_document',
  sourcePosition: 'source_position',
  linkedTo: 'linked_to',
  submitters: 'submitters',
  kamerstukDossier: 'kamerstuk_dossier',
  kamerstukNumber: 'kamerstuk_number',
  kamerstukVergaderjaar: 'kamerstuk_vergaderjaar',
  reference: 'reference',
  status: 'status',
  doneAt: 'done_at',
  statusSetBy: 'status_set_by',
  deadlineEarliest: 'deadline_earliest',
  deadline: 'deadline',
  deadlineText: 'deadline_text',
  deadlineBasis: 'deadline_basis',
  deadlineSoft: 'deadline_soft',
  deadlineSource: 'deadline_source',
  deadlineSetBy: 'deadline_set_by',
  kind: 'kind',
  owner: 'owner',
  onHoldUntil: 'on_hold_until',
  doneBy: 'done_by',
  closingReference: 'closing_reference',
  deadlineOriginal: 'deadline_original',
  deadlineMoves: 'deadline_moves',
  deletedAt: 'deleted_at',
  deletedBy: 'deleted_by',
  updatedAt: 'updated_at',
};

function deadlineSummary(d: ItemDeadline | null): string | null {
  return d ? `${d.text} → ${d.deadline ?? 'geen datum'}` : null;
}

function kamerstukSummary(k: KamerstukRef | null): string | null {
  return k ? `${k.dossier}-${k.number}${k.vergaderjaar ? ` (${k.vergaderjaar})` : ''}` : null;
}

/** Prepares the statements for updating many items in the caller's transaction (see ItemUpdater). */
export function prepareItemUpdater(db: Db): ItemUpdater {
  const sqlite: Database.Database = db.$client;
  const insertAudit = sqlite.prepare(
    'INSERT INTO audit_log (item_id, actor, at, action, field, old_value, new_value, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const deleteResponsibilities = sqlite.prepare('DELETE FROM responsibilities WHERE item_id = ?');
  const insertResponsibility = sqlite.prepare('INSERT INTO responsibilities (item_id, code, ministry) VALUES (?, ?, ?)');
  const updates = new Map<string, Database.Statement>();
  const updateStatement = (columns: string[]): Database.Statement => {
    const key = columns.join(',');
    let statement = updates.get(key);
    if (!statement) {
      statement = sqlite.prepare(`UPDATE items SET ${columns.map((c) => `${required(COLUMN[c], `column of ${c}`)} = ?`).join(', ')} WHERE id = ?`);
      updates.set(key, statement);
    }
    return statement;
  };

  return {
    update(before, patch, actor, now, context) {
      const id = before.id;
      const set: Record<string, string | number | null> = {};
      const contextJson = context ? JSON.stringify(context) : null;
      const changed: string[] = [];
      const audit = (field: string, oldValue: string | null, newValue: string | null) => {
        changed.push(field);
        insertAudit.run(id, actor, now, 'update', field, oldValue, newValue, contextJson);
      };
      const byPerson = isPerson(actor);
      for (const key of ['title', 'text', 'statusText', 'recurrence', 'sourceDocument', 'reference'] as const) {
        const value = patch[key];
        if (value !== undefined && value !== before[key]) {
          set[key] = value;
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
      for (const key of ['owner', 'onHoldUntil'] as const) {
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
          set.deadlineSoft = d?.soft ? 1 : 0;
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
          deleteResponsibilities.run(id);
          const seen = new Set<string>();
          for (const r of patch.responsible) {
            if (seen.has(r.code)) continue;
            seen.add(r.code);
            insertResponsibility.run(id, r.code, r.ministry);
          }
          audit('responsible', oldCodes, newCodes);
        }
      }
      const columns = Object.keys(set);
      if (columns.length === 0) return changed;
      set.updatedAt = now;
      columns.push('updatedAt');
      updateStatement(columns).run(...columns.map((c) => set[c] ?? null), id);
      return changed;
    },
  };
}
