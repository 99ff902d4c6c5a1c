// Import an overview in any layout in two steps: read it (pure, with the configured calendar,
// before any database is opened; the layout readers decide which layout it has) and apply it
// (one transaction; a dry run rolls back).
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { linesOfText, readLayout, type ItemField, type ReadLayoutFailure, type SourceDocument } from '../import/layouts/index.ts';
import { importOverview as applyOverview, type ImportOverviewResult } from '../store/import-overview.ts';
import type { AppContext } from './context.ts';

export type ParsedOverview = Extract<ReturnType<typeof readLayout>, { ok: true }>;

export type ReadOverviewResult =
  | { ok: true; code: 'IMPORT_READ'; parsed: ParsedOverview }
  /** The text is no overview at all (empty, no items, a bad document date): `failure` says why (src/texts/overview.nl.ts words it). */
  | { ok: false; code: 'IMPORT_UNREADABLE'; parserCode: ReadLayoutFailure['code']; failure: ReadLayoutFailure }
  /** Some items are unreliable: nothing may be imported (imports are all-or-nothing). */
  | { ok: false; code: 'IMPORT_HAS_ERRORS'; parsed: ParsedOverview; errorCount: number };

/** A plain text read as a document (a text file's lines). */
function textDocument(text: string): SourceDocument {
  return { format: 'text', text, blocks: linesOfText(text) };
}

export function readOverview(
  ctx: Pick<AppContext, 'calendar' | 'now'>,
  document: SourceDocument | string,
  options: { documentDate?: IsoDate | null; columns?: ReadonlyMap<string, ItemField> } = {},
): ReadOverviewResult {
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

export interface ImportResult { ok: true; code: 'IMPORT_APPLIED' | 'IMPORT_DRY_RUN'; result: ImportOverviewResult }

export function importOverview(
  ctx: AppContext,
  parsed: ParsedOverview,
  options: { sourceName: string; dryRun?: boolean; now?: number },
): ImportResult {
  const result = applyOverview(ctx.db, parsed.items, {
    sourceDocument: options.sourceName,
    documentDate: parsed.documentDate,
    now: options.now ?? ctx.now().getTime(),
    dryRun: options.dryRun ?? false,
  });
  return { ok: true, code: result.dryRun ? 'IMPORT_DRY_RUN' : 'IMPORT_APPLIED', result };
}
