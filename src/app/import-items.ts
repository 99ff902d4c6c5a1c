// The items of a read document into the database: the plan (src/import/plan, pure) decides, the
// store writes what it says in one transaction (store/write-import.ts), planning again when an item
// changed while it planned.
import type { ImportItem } from '../import/layouts/import-item.ts';
import { importMatchScope, matchImport, planMatched } from '../import/plan/plan-import.ts';
import type { Connection } from '../store/connection.ts';
import { writeImport, type WriteImportRequest, type WrittenImport } from '../store/write-import.ts';

export type ImportItemsOptions = Omit<WriteImportRequest, 'scope' | 'match' | 'plan'>;

export function importItems(db: Connection, incoming: readonly ImportItem[], options: ImportItemsOptions): WrittenImport {
  return writeImport(db, {
    ...options,
    scope: importMatchScope(incoming),
    match: (candidates) => matchImport(candidates, incoming),
    plan: (matched, matches) => planMatched(matched, matches, incoming, { documentDate: options.documentDate, sourceDocument: options.sourceDocument }),
  });
}
