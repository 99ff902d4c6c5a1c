// Writing an import: the store reads what matching needs of the items a document can match, has
// them matched, reads the matched items whole and hands them to the plan it is given (src/import/plan:
// pure, it decides what is created, what a re-import may overwrite and what a person wrote that
// stays) and writes exactly what the plan says in one transaction.
// Planning runs outside the write lock, so the bot's changes from Slack go on meanwhile; under the
// lock the store checks that no item changed since it read them (the audit log's last id: every
// change of an item writes one) and plans again if one did (issue 22.7); it reads back what it
// wrote after the commit, so the lock is held for the writes only. A dry run writes the plan too
// and then rolls back, so it shows exactly what a real import would do (ids included). Every
// change is audited with actor "import". Inside an outer transaction (several files of one
// `motie import`: connection.ts heldTransaction) the import's transaction is a savepoint of it:
// it plans under the lock the outer one holds (never stale), and its commit is the outer one's.
import { amsterdamMidnight } from '../clock.ts';
import { IMPORT_ACTOR } from '../domain/actor.ts';
import type { Item } from '../domain/items.ts';
import type { CreatedValues, ImportMatches, ImportMatchScope, ImportPlan, LinkTarget, MatchCandidate } from '../import/plan/plan-import.ts';
import type { ImportItem } from '../import/layouts/import-item.ts';
import type { Connection } from './connection.ts';
import { insertItemAsStored, updateItemRow } from './item-writes.ts';
import { withItemInsertsIndexedLater, withItemUpdatesIndexedLater } from './search-index.ts';
import { getItemsById, lastChangeId, listMatchCandidates, updateItem, withStatusTextOrigins, writeAudit, type ItemPatch } from './items.queries.ts';
import type { NewItem } from './item-types.ts';

export interface WriteImportRequest {
  /** Which stored items the document can match: only those are read (import/plan importMatchScope). */
  scope: ImportMatchScope;
  /** Which of them the document's items are (import/plan matchImport), from what matching reads of them. */
  match: (candidates: readonly MatchCandidate[]) => ImportMatches;
  /** The plan for the matched items as stored (import/plan planMatched, with the document's items and these matches). */
  plan: (matched: readonly Item[], matches: ImportMatches) => ImportPlan;
  /** Name of the document and its date, recorded in the audit entries. */
  sourceDocument: string;
  documentDate: string;
  now: number;
  dryRun?: boolean;
  /** Called after planning outside the lock, before the lock is taken (tests: a change meanwhile). */
  afterPlan?: () => void;
  /**
   * Called right before the import's transaction, on every try: an outer transaction over several
   * imports (connection.ts heldTransaction) begins here, and this import's transaction is then a
   * savepoint inside it: planned outside the lock only while that has not begun.
   */
  beforeWrite?: () => void;
}

export interface WrittenImport {
  plan: ImportPlan;
  /** Items of the document after the import, in document order (for a dry run: as they would be). */
  items: Item[];
  created: Item[];
  updated: Item[];
  dryRun: boolean;
  /** How often the plan was made again because an item changed while planning (0: planned once). */
  replanned: number;
}

class RollBack extends Error {}

interface Planned {
  /** The audit log's last id when the items were read: any later change makes the plan stale. */
  version: number;
  existing: Item[];
  plan: ImportPlan;
}

/**
 * Reads what matching needs of the items the document can match, has them matched, reads the
 * matched items whole (one read snapshot) and has the plan made for them.
 */
function plan(db: Connection, request: WriteImportRequest): Planned {
  const read = () => {
    const version = lastChangeId(db);
    // Only the items the document can match (the matches are the same with them as with all), and
    // of those only what matching reads: most are text candidates that match nothing (issue 28).
    const matches = request.match(listMatchCandidates(db, request.scope));
    // The matched items whole, with who wrote their fields and when (field origins): the plan
    // decides what a re-import may overwrite.
    const existing = withStatusTextOrigins(db, [...getItemsById(db, [...matches.values()].map((match) => match.itemId)).values()]);
    return { version, matches, existing };
  };
  // A read transaction: the version and the items are of one moment (WAL: writers go on).
  const { version, matches, existing } = db.$client.inTransaction ? read() : db.$client.transaction(read).deferred();
  return { version, existing, plan: request.plan(existing, matches) };
}

/** Plans made outside the lock before the import plans under it (a busy bot keeps changing items). */
const PLAN_ATTEMPTS = 3;

/** Has the plan made (outside the lock; again when items changed meanwhile) and writes it in one transaction. */
export function writeImport(db: Connection, request: WriteImportRequest): WrittenImport {
  for (let attempt = 0; ; attempt += 1) {
    const outside = attempt < PLAN_ATTEMPTS ? plan(db, request) : null;
    if (outside) request.afterPlan?.();
    // Set inside the transaction's callback: typed so that TypeScript does not take it for null.
    let result = null as WrittenImport | null;
    // A real import reads back what it wrote after the commit: the lock is held for the writes only.
    let written = null as Applied | null;
    // Set inside the callback: typed so that TypeScript does not take it for always false.
    let stale = false as boolean;
    const run = db.$client.transaction(() => {
      if (outside && lastChangeId(db) !== outside.version) {
        stale = true;
        return;
      }
      // After PLAN_ATTEMPTS stale plans: plan under the lock (correct, only slower).
      const planned = outside ?? plan(db, request);
      const applied = apply(db, planned, request);
      if (request.dryRun) {
        // As they would be: read before the rollback undoes them.
        result = { ...applied.readBack(), replanned: attempt };
        throw new RollBack();
      }
      written = applied;
    });
    request.beforeWrite?.();
    try {
      run.immediate();
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    if (stale) continue;
    if (written) return { ...written.readBack(), replanned: attempt };
    if (!result) throw new Error('writeImport: no result');
    return result;
  }
}

/**
 * The item to insert for a planned create: one object literal, so that every item of an import has
 * the same hidden class (writeNewItem reads each field of it; a copy made by spreading the values
 * and adding the link gave the objects of a large import many classes, and those reads went
 * megamorphic: issue 28). Every field of CreatedValues but doneOn (the compiler checks that none is
 * left out), with the link and the instant it was done.
 */
function newItemOf(values: CreatedValues, linkedTo: number | null, doneAt: number | null): NewItem {
  const item = {
    kind: values.kind,
    title: values.title,
    text: values.text,
    submitters: values.submitters,
    cs: values.cs,
    kamerstuk: values.kamerstuk,
    reference: values.reference,
    status: values.status,
    statusText: values.statusText,
    partly: values.partly,
    deadline: values.deadline,
    recurrence: values.recurrence,
    responsible: values.responsible,
    sourceDocument: values.sourceDocument,
    sourcePosition: values.sourcePosition,
    linkedTo,
    doneAt,
  } satisfies { [K in Exclude<keyof CreatedValues, 'doneOn'>]: CreatedValues[K] } & NewItem;
  return item;
}

/** What apply wrote; readBack gives the import's items as the database has them. */
interface Applied {
  readBack: () => Omit<WrittenImport, 'replanned'>;
}

function apply(db: Connection, planned: Planned, options: WriteImportRequest): Applied {
  const { existing, plan } = planned;
  const { now } = options;
  const context = (item: ImportItem) => ({
    document: options.sourceDocument,
    documentDate: options.documentDate,
    position: item.position,
  });
  const idOfPosition = new Map<number, number>();
  for (const entry of [...plan.updates, ...plan.unchanged]) idOfPosition.set(entry.incoming.position, entry.itemId);

  const resolve = (target: LinkTarget | null): number | null | undefined => {
    if (target === null) return null;
    if ('itemId' in target) return target.itemId;
    return idOfPosition.get(target.position); // undefined: created later in this import
  };

  const createdIds: number[] = [];
  // The created items as stored (no read-back of what was just written).
  const createdItems = new Map<number, Item>();
  const pendingLinks: { itemId: number; target: LinkTarget; item: ImportItem }[] = [];
  // A done item's day as an instant, once per day (a time-zone conversion each; amsterdamMidnight is pure).
  const midnights = new Map<string, number>();
  const midnightOf = (day: Parameters<typeof amsterdamMidnight>[0]): number => {
    let instant = midnights.get(day);
    if (instant === undefined) {
      instant = amsterdamMidnight(day);
      midnights.set(day, instant);
    }
    return instant;
  };
  // Only inserts here: the new items stay pending for the search index (search-index.ts).
  withItemInsertsIndexedLater(db, () => {
    for (const { incoming: item, linkedTo, values } of plan.creates) {
      const linked = resolve(linkedTo);
      const created = insertItemAsStored(db, newItemOf(values, linked ?? null, values.doneOn === null ? null : midnightOf(values.doneOn)), IMPORT_ACTOR, now, context(item));
      const id = created.id;
      createdItems.set(id, created);
      idOfPosition.set(item.position, id);
      if (linked === undefined && linkedTo) pendingLinks.push({ itemId: id, target: linkedTo, item });
      createdIds.push(id);
    }
  });

  const existingById = new Map(existing.map((item) => [item.id, item]));
  const updatedIds: number[] = [];
  // Only updates here: the changed items are pending for the search index until the bot indexes them at idle (search-index.ts).
  withItemUpdatesIndexedLater(db, () => {
    for (const update of plan.updates) {
      const { linkedTo, ...rest } = update.patch;
      const patch: ItemPatch = { ...rest };
      if (linkedTo !== undefined) {
        const linked = resolve(linkedTo);
        if (linked === undefined && linkedTo) pendingLinks.push({ itemId: update.itemId, target: linkedTo, item: update.incoming });
        else patch.linkedTo = linked ?? null;
      }
      // As read for planning: no earlier write of this import touches an item it updates.
      const before = existingById.get(update.itemId);
      if (!before) throw new Error(`writeImport: item ${update.itemId} disappeared during the import`);
      updateItemRow(db, before, patch, IMPORT_ACTOR, now, context(update.incoming));
      updatedIds.push(update.itemId);
    }

    for (const link of pendingLinks) {
      const target = resolve(link.target);
      if (target === undefined || target === null) {
        throw new Error(`writeImport: item ${link.item.position} links to a position that is not in the import`);
      }
      updateItem(db, link.itemId, { linkedTo: target }, IMPORT_ACTOR, now, context(link.item));
    }
    return { result: null, updated: [...updatedIds, ...pendingLinks.map((link) => link.itemId)] };
  });

  if (createdIds.length > 0 || updatedIds.length > 0) {
    writeAudit(db, {
      itemId: null,
      actor: IMPORT_ACTOR,
      at: now,
      action: 'import',
      field: null,
      oldValue: null,
      newValue: JSON.stringify({
        created: createdIds.length,
        updated: updatedIds.length,
        unchanged: plan.unchanged.length,
        conflicts: plan.conflicts.length,
      }),
      context: { document: options.sourceDocument, documentDate: options.documentDate },
    });
  }

  // Read back once, after every write, only what changed after it was written or read: updated
  // items and created items with a late link. Created items are as insertItemAsStored gave them;
  // unchanged items as they were read for planning: nothing in this import writes to them again.
  const readBack = () => {
    // (After the commit, an item another connection changed since is read as it is now.)
    const stored = getItemsById(db, [...updatedIds, ...pendingLinks.map((link) => link.itemId)]);
    for (const [itemId, item] of createdItems) {
      if (!stored.has(itemId)) stored.set(itemId, item);
    }
    for (const { itemId } of plan.unchanged) {
      const existing = existingById.get(itemId);
      if (existing && !stored.has(itemId)) stored.set(itemId, existing);
    }
    // The document's items in its order (each one is created, updated or unchanged).
    const incoming = [...plan.creates, ...plan.updates, ...plan.unchanged].map((entry) => entry.incoming).sort((a, b) => a.position - b.position);
    const items = incoming
      .map((item) => idOfPosition.get(item.position))
      .map((id) => (id === undefined ? undefined : stored.get(id)))
      .filter((item): item is Item => item !== undefined);
    const wasCreated = new Set(createdIds);
    const wasUpdated = new Set(updatedIds);
    return {
      plan,
      items,
      created: items.filter((item) => wasCreated.has(item.id)),
      updated: items.filter((item) => wasUpdated.has(item.id)),
      dryRun: options.dryRun ?? false,
    };
  };
  return { readBack };
}
