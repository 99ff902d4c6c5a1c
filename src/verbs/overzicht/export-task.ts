// Building an overview or rappel export (Word, Excel, CSV, Markdown) from a read-only connection:
// what the export worker thread runs (src/worker/entry.ts, started by export-off-loop.ts), and
// what export-off-loop.ts runs itself for an in-memory database.
import { closeDb, openDb } from '../../store/db.ts';
import type { AppContext } from '../../app/context.ts';
import { exportOverview, type ExportOverviewInput, type ExportOverviewResult } from './export-overview.ts';
import { exportRappel, type ExportRappelResult, type RappelFormat } from './export-rappel.ts';

export type ExportRequest =
  | { kind: 'overview'; input: ExportOverviewInput }
  | { kind: 'rappel'; input: { targets: readonly string[]; format: RappelFormat } };

export type ExportResult = ExportOverviewResult | ExportRappelResult;

export function buildExport(ctx: Pick<AppContext, 'db' | 'now'>, request: ExportRequest): Promise<ExportResult> {
  return request.kind === 'overview' ? exportOverview(ctx, request.input) : exportRappel(ctx, request.input);
}

export interface ExportTaskInput {
  /** The database file, opened read-only. */
  path: string;
  /** The clock's time when the export was asked for (ms UTC). */
  now: number;
  request: ExportRequest;
}

export async function exportTask(input: ExportTaskInput): Promise<ExportResult> {
  const db = openDb(input.path, { readonly: true });
  try {
    return await buildExport({ db, now: () => new Date(input.now) }, input.request);
  } finally {
    closeDb(db);
  }
}
