// The next stand van zaken out: the items of some codes (or all), open or all, in one of four
// formats. The rows come from one item model (domain/export), so every format holds the same
// items and reads back through `motie import` as the same items.
import { amsterdamDate } from '../../clock.ts';
import { parseTargets } from '../../domain/codes.ts';
import { formatOverviewText } from '../../domain/export/format-overview-text.ts';
import { buildOverviewRows } from '../../domain/export/overview-rows.ts';
import type { Item } from '../../domain/items.ts';
import { listItems } from '../../store/items.queries.ts';
import { EXPORT_DOCUMENT } from '../../texts/export.nl.ts';
import type { AppContext } from '../../app/context.ts';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export interface ExportOverviewInput {
  /** Codes or ministries as typed ("SOCW", "OCW"); empty for every item. */
  targets: readonly string[];
  /** `open`: the open items; `afgerond`: the done ones; `alles`: open, done and lapsed (never deleted ones). */
  status: 'open' | 'afgerond' | 'alles';
  format: ExportFormat;
  /** At most this many items (Slack: EXPORT_SLACK_MAX_ITEMS); more is refused before any is read whole. */
  maxItems?: number;
}

/**
 * Items one `/motie overzicht` in Slack may hold (issue 22.13): bounds the memory and time of the
 * export, which the bot builds in a worker thread (export-off-loop.ts; bench/export-overview.bench.ts).
 * `motie overzicht` on the command line has no bound: it runs in its own process.
 */
export const EXPORT_SLACK_MAX_ITEMS = 5_000;

export type ExportOverviewResult =
  | {
      ok: true;
      code: 'EXPORT_WRITTEN';
      bytes: Buffer;
      /** "stand-van-zaken-SOCW-2025-09-15.docx" */
      fileName: string;
      title: string;
      mediaType: string;
      moties: number;
      toezeggingen: number;
    }
  | { ok: false; code: 'EXPORT_TARGET_UNKNOWN'; word: string }
  | { ok: false; code: 'EXPORT_NOTHING'; }
  /** More items than `maxItems`: nothing was built. */
  | { ok: false; code: 'EXPORT_TOO_MANY'; max: number };

export async function exportOverview(ctx: Pick<AppContext, 'db' | 'now'>, input: ExportOverviewInput): Promise<ExportOverviewResult> {
  const targets = parseTargets(input.targets);
  if (!targets.ok) return { ok: false, code: 'EXPORT_TARGET_UNKNOWN', word: targets.word };
  const { codes, ministries } = targets;
  const items: Item[] = listItems(ctx.db, {
    codes,
    ministries,
    ...(input.status === 'open' ? { status: 'open' as const } : input.status === 'afgerond' ? { status: 'done' as const } : {}),
    ...(input.maxItems !== undefined ? { limit: input.maxItems + 1 } : {}),
  }).filter((item) => item.status !== 'deleted');
  if (items.length === 0) return { ok: false, code: 'EXPORT_NOTHING' };
  if (input.maxItems !== undefined && items.length > input.maxItems) return { ok: false, code: 'EXPORT_TOO_MANY', max: input.maxItems };
  // The rest is built after a turn of the event loop: Slack's other requests go first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  // An item handled together with the one above ("geïntegreerd met bovenstaande motie") keeps
  // that item above it, also when it is done: otherwise the link would point at another row.
  const included = new Set(items.map((i) => i.id));
  const linked = [...new Set(items.map((i) => i.linkedTo).filter((id): id is number => id !== null && !included.has(id)))];
  if (linked.length > 0) items.push(...listItems(ctx.db, { ids: linked }).filter((item) => item.status !== 'deleted'));
  const overview = buildOverviewRows(items);
  const today = amsterdamDate(ctx.now());
  const label = [...codes, ...ministries].join(', ');
  const title = EXPORT_DOCUMENT.title(label);
  let bytes: Buffer;
  switch (input.format) {
    // The writers load their libraries (docx, exceljs) on first use: the bot starts without them.
    case 'docx':
      bytes = await (await import('../../adapters/export/docx.ts')).writeOverviewDocx(overview, title, EXPORT_DOCUMENT.dateLine(today));
      break;
    case 'xlsx':
      bytes = await (await import('../../adapters/export/xlsx.ts')).writeOverviewXlsx(overview, title);
      break;
    case 'csv':
      bytes = (await import('../../adapters/export/csv.ts')).writeOverviewCsv(overview);
      break;
    case 'md':
      bytes = Buffer.from(formatOverviewText(overview, title, EXPORT_DOCUMENT.dateLine(today)), 'utf8');
      break;
  }
  const slug = [...codes, ...ministries].join('-');
  return {
    ok: true,
    code: 'EXPORT_WRITTEN',
    bytes,
    fileName: EXPORT_DOCUMENT.fileName(slug, today, input.format),
    title,
    mediaType: EXPORT_MEDIA_TYPES[input.format],
    moties: overview.moties.length,
    toezeggingen: overview.toezeggingen.length,
  };
}
