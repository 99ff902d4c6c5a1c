// `/motie overzicht` in the bot (issue 22.13): the export is built in a worker thread on a
// read-only connection of its own, so that a Word file of 5,000 items (seconds of work) never
// stalls the bot's other requests. The bytes come back in one message (a few MB at most: the
// Slack export is bounded by EXPORT_SLACK_MAX_ITEMS). The caller keeps it to one at a time.
// The worker's heap and time are bounded: an export that outgrows them is refused, never built
// again on the bot's own thread (that is what the worker keeps the bot from).
import { resolve } from 'node:path';
import { runTask } from '../../worker/run-task.ts';
import type { AppContext } from '../../app/context.ts';
import { buildExport, type ExportRequest, type ExportResult, type ExportTaskInput } from './export-task.ts';

export interface ExportWorkerLimits {
  maxHeapMb: number;
  maxMillis: number;
}

/** 5,000 items as Word take about 270 MB and seconds; twice that and two minutes is a refusal. */
export const EXPORT_WORKER_LIMITS: ExportWorkerLimits = { maxHeapMb: 768, maxMillis: 120_000 };

export type OffLoopExportResult = ExportResult | { ok: false; code: 'EXPORT_TOO_HEAVY' };

export async function exportOffLoop(
  ctx: Pick<AppContext, 'db' | 'now' | 'logger'>,
  request: ExportRequest,
  limits: ExportWorkerLimits = EXPORT_WORKER_LIMITS,
): Promise<OffLoopExportResult> {
  const client = ctx.db.$client;
  // An in-memory database has no file a worker could open (tests, the preview's sample).
  if (client.memory) return buildExport(ctx, request);
  try {
    const input: ExportTaskInput = { path: resolve(client.name), now: ctx.now().getTime(), request };
    const result = await runTask<ExportResult>('export', input, {
      signal: AbortSignal.timeout(limits.maxMillis),
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    // A Buffer crosses the thread boundary as a plain Uint8Array.
    return result.ok ? { ...result, bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength) } : result;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || (error as Error).name === 'TimeoutError') {
      ctx.logger.error(`export: the worker thread gave up (${(error as Error).message}); nothing built`);
      return { ok: false, code: 'EXPORT_TOO_HEAVY' };
    }
    // A worker that cannot start (its file gone after an update): built here, as before workers.
    ctx.logger.warn(`export: building it in a worker thread failed (${(error as Error).message}); building it on the main thread`);
    return buildExport(ctx, request);
  }
}
