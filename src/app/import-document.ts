// Import a document in any layout in two steps: read it (readImport: pure, with the configured
// calendar, before any database is opened; the layouts decide which layout it has) and apply it
// (applyImport: the plan decides, the store writes it in one transaction; a dry run rolls back).
// Several documents (startImports) are applied in one transaction: all of them or none.
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { linesDocument, readLayout, type ItemField, type ReadLayoutFailure, type SourceDocument } from '../import/layouts/index.ts';
import { heldTransaction, type Connection } from '../store/connection.ts';
import type { WrittenImport } from '../store/write-import.ts';
import { importItems } from './import-items.ts';
import type { AppContext } from './context.ts';

export type ReadImport = Extract<ReturnType<typeof readLayout>, { ok: true }>;

export type ReadImportResult =
  | { ok: true; code: 'IMPORT_READ'; parsed: ReadImport }
  /** The text is no overview at all (empty, no items, a bad document date): `failure` says why (src/texts/import.nl.ts words it). */
  | { ok: false; code: 'IMPORT_UNREADABLE'; parserCode: ReadLayoutFailure['code']; failure: ReadLayoutFailure }
  /** Some items are unreliable: nothing may be imported (imports are all-or-nothing). */
  | { ok: false; code: 'IMPORT_HAS_ERRORS'; parsed: ReadImport; errorCount: number };

/** A plain text read as a document (a text file's lines). */
function textDocument(text: string): SourceDocument {
  return linesDocument(text);
}

export function readImport(
  ctx: Pick<AppContext, 'calendar' | 'now'>,
  document: SourceDocument | string,
  options: { documentDate?: IsoDate | null; columns?: ReadonlyMap<string, ItemField> } = {},
): ReadImportResult {
  const parsed = readLayout(typeof document === 'string' ? textDocument(document) : document, {
    documentDate: options.documentDate ?? null,
    today: amsterdamDate(ctx.now()),
    calendar: ctx.calendar,
    ...(options.columns ? { columns: options.columns } : {}),
  });
  if (!parsed.ok) return { ok: false, code: 'IMPORT_UNREADABLE', parserCode: parsed.code, failure: parsed };
  const errorCount = parsed.problems.filter((p) => p.severity === 'error').length;
  if (errorCount > 0) return { ok: false, code: 'IMPORT_HAS_ERRORS', parsed, errorCount };
  return { ok: true, code: 'IMPORT_READ', parsed };
}

export interface ImportResult { ok: true; code: 'IMPORT_APPLIED' | 'IMPORT_DRY_RUN'; result: WrittenImport }

export function applyImport(
  ctx: { db: Connection; now: AppContext['now'] },
  parsed: ReadImport,
  options: { sourceName: string; dryRun?: boolean; now?: number; beforeWrite?: () => void },
): ImportResult {
  const result = importItems(ctx.db, parsed.items, {
    sourceDocument: options.sourceName,
    documentDate: parsed.documentDate,
    now: options.now ?? ctx.now().getTime(),
    dryRun: options.dryRun ?? false,
    ...(options.beforeWrite ? { beforeWrite: options.beforeWrite } : {}),
  });
  // The import's items are left pending for the search index (0.8 s of CPU per 10,000 items, off
  // the import's path): a search reads them as the index would (store/search-pending.ts), and the
  // bot indexes them at idle, a small batch at a time (scheduler/search-indexer.ts).
  return { ok: true, code: result.dryRun ? 'IMPORT_DRY_RUN' : 'IMPORT_APPLIED', result };
}

/**
 * Several read documents imported as one (`motie import` of several files): all or nothing. Each
 * is applied (applyImport) against the database as the ones before it left it, in one write
 * transaction that begins right before the first one writes (the first is planned outside the
 * lock, as a lone import is) and holds the lock until `finish` commits it. A dry run writes as a
 * real import would, so that each document sees what the ones before it would have done, and
 * `finish` rolls everything back. `abandon` rolls back whatever was written (a file that failed,
 * an error): call it in a `finally`; after `finish` it does nothing. One document is the case of
 * one: the same writes, results and audit as applyImport.
 */
export interface ImportSession {
  apply: (parsed: ReadImport, sourceName: string) => ImportResult;
  finish: () => void;
  abandon: () => void;
}

export function startImports(ctx: { db: Connection; now: AppContext['now'] }, options: { dryRun: boolean }): ImportSession {
  const transaction = heldTransaction(ctx.db);
  return {
    apply: (parsed, sourceName) => {
      const { result } = applyImport(ctx, parsed, { sourceName, beforeWrite: transaction.begin });
      return options.dryRun ? { ok: true, code: 'IMPORT_DRY_RUN', result: { ...result, dryRun: true } } : { ok: true, code: 'IMPORT_APPLIED', result };
    },
    finish: () => {
      transaction.end(!options.dryRun);
    },
    abandon: () => {
      transaction.end(false);
    },
  };
}
