// Import a stand-van-zaken overview in two steps: read it (pure, with the configured calendar,
// before any database is opened) and apply it (one transaction; a dry run rolls back).
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { parseOverview } from '../domain/overview/index.ts';
import { importOverview as applyOverview, type ImportOverviewResult } from '../store/import-overview.ts';
import type { AppContext } from './context.ts';

export type ParsedOverview = Extract<ReturnType<typeof parseOverview>, { ok: true }>;

export type ReadOverviewResult =
  | { ok: true; code: 'IMPORT_READ'; parsed: ParsedOverview }
  /** The text is no overview at all (empty, no items, a bad document date). */
  | { ok: false; code: 'IMPORT_UNREADABLE'; parserCode: string; message: string }
  /** Some items are unreliable: nothing may be imported (imports are all-or-nothing). */
  | { ok: false; code: 'IMPORT_HAS_ERRORS'; parsed: ParsedOverview; errorCount: number };

export function readOverview(
  ctx: Pick<AppContext, 'calendar' | 'now'>,
  text: string,
  options: { documentDate?: IsoDate | null } = {},
): ReadOverviewResult {
  const parsed = parseOverview(text, {
    documentDate: options.documentDate ?? null,
    today: amsterdamDate(ctx.now()),
    calendar: ctx.calendar,
  });
  if (!parsed.ok) return { ok: false, code: 'IMPORT_UNREADABLE', parserCode: parsed.code, message: parsed.message };
  const errorCount = parsed.problems.filter((p) => p.severity === 'error').length;
  if (errorCount > 0) return { ok: false, code: 'IMPORT_HAS_ERRORS', parsed, errorCount };
  return { ok: true, code: 'IMPORT_READ', parsed };
}

export type ImportResult = { ok: true; code: 'IMPORT_APPLIED' | 'IMPORT_DRY_RUN'; result: ImportOverviewResult };

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
