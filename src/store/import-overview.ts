// Importing an overview: plan against the items in the database and apply the plan, all in one
// transaction. A dry run applies the plan too and then rolls back, so it shows exactly what a
// real import would do (ids included). Every change is audited with actor "import".
import { amsterdamMidnight } from '../clock.ts';
import { IMPORT_ACTOR } from '../domain/actor.ts';
import type { Item } from '../domain/items.ts';
import { planImport, type ImportPlan, type LinkTarget, type OverviewItem } from '../domain/overview/index.ts';
import type { Db } from './db.ts';
import { importMatchScope } from '../domain/overview/plan-import.ts';
import { insertItem, updateItemRow } from './item-writes.ts';
import { withItemInsertsIndexedOnce } from './search-index.ts';
import { getItemsById, listItemsForImport, updateItem, withStatusTextOrigins, writeAudit, type ItemPatch } from './items.queries.ts';

export interface ImportOverviewOptions {
  /** Name of the document (stored as the items' source). */
  sourceDocument: string;
  documentDate: string;
  now: number;
  dryRun?: boolean;
}

export interface ImportOverviewResult {
  plan: ImportPlan;
  /** Items of the document after the import, in document order (for a dry run: as they would be). */
  items: Item[];
  created: Item[];
  updated: Item[];
  dryRun: boolean;
}

class RollBack extends Error {}

export function importOverview(db: Db, incoming: readonly OverviewItem[], options: ImportOverviewOptions): ImportOverviewResult {
  // Set inside the transaction's callback: typed so that TypeScript does not take it for null.
  let result = null as ImportOverviewResult | null;
  const run = db.$client.transaction(() => {
    result = apply(db, incoming, options);
    if (options.dryRun) throw new RollBack();
  });
  try {
    run.immediate();
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (!result) throw new Error('importOverview: no result');
  return result;
}

function apply(db: Db, incoming: readonly OverviewItem[], options: ImportOverviewOptions): ImportOverviewResult {
  // Only the items the document can match: planImport plans the same with them as with all.
  // With who wrote their stand van zaken and when: an overview older than the text keeps it.
  const existing = withStatusTextOrigins(db, listItemsForImport(db, importMatchScope(incoming)));
  const plan = planImport(existing, incoming, { documentDate: options.documentDate });
  const { now } = options;
  const context = (item: OverviewItem) => ({
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
  const pendingLinks: { itemId: number; target: LinkTarget; item: OverviewItem }[] = [];
  // Done according to the document: done by its date, not "this week" (one date for every item).
  const doneByDocument = amsterdamMidnight(options.documentDate);
  // Only inserts here: the search index takes the new items in one statement (search-index.ts).
  withItemInsertsIndexedOnce(db, () => {
    for (const { incoming: item, linkedTo } of plan.creates) {
      const linked = resolve(linkedTo);
      const id = insertItem(
        db,
        {
          kind: item.kind,
          title: item.title,
          text: item.text,
          submitters: item.submitters,
          cs: item.cs,
          kamerstuk: item.kamerstuk,
          reference: item.reference,
          status: item.status,
          statusText: item.statusText,
          partly: item.partly,
          deadline: item.deadline,
          recurrence: item.recurrence,
          linkedTo: linked ?? null,
          responsible: item.responsible,
          sourceDocument: options.sourceDocument,
          sourcePosition: item.position,
          doneAt: item.status === 'done' ? doneByDocument : null,
        },
        IMPORT_ACTOR,
        now,
        context(item),
      );
      idOfPosition.set(item.position, id);
      if (linked === undefined && linkedTo) pendingLinks.push({ itemId: id, target: linkedTo, item });
      createdIds.push(id);
    }
  });

  const existingById = new Map(existing.map((item) => [item.id, item]));
  const updatedIds: number[] = [];
  for (const update of plan.updates) {
    const { linkedTo, ...rest } = update.patch;
    const patch: ItemPatch = { ...rest, sourceDocument: options.sourceDocument };
    if (linkedTo !== undefined) {
      const linked = resolve(linkedTo);
      if (linked === undefined && linkedTo) pendingLinks.push({ itemId: update.itemId, target: linkedTo, item: update.incoming });
      else patch.linkedTo = linked ?? null;
    }
    // As read for planning: no earlier write of this import touches an item it updates.
    const before = existingById.get(update.itemId);
    if (!before) throw new Error(`importOverview: item ${update.itemId} disappeared during the import`);
    updateItemRow(db, before, patch, IMPORT_ACTOR, now, context(update.incoming));
    updatedIds.push(update.itemId);
  }

  for (const link of pendingLinks) {
    const target = resolve(link.target);
    if (target === undefined || target === null) {
      throw new Error(`importOverview: item ${link.item.position} links to a position that is not in the import`);
    }
    updateItem(db, link.itemId, { linkedTo: target }, IMPORT_ACTOR, now, context(link.item));
  }

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

  // Read back once, after every write: created items with their late links and updated items.
  // Unchanged items are as they were read for planning: nothing in this import writes to them.
  const stored = getItemsById(db, [...createdIds, ...updatedIds]);
  for (const { itemId } of plan.unchanged) {
    const existing = existingById.get(itemId);
    if (existing && !stored.has(itemId)) stored.set(itemId, existing);
  }
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
}
