// The next stand van zaken out: the items of some codes (or all), open or all, in one of four
// formats. The rows come from one item model (domain/export), so every format holds the same
// items and reads back through `motie import` as the same items.
import { amsterdamDate } from '../../clock.ts';
import { parseTargets } from '../../domain/codes.ts';
import { formatOverviewText } from '../../domain/export/format-overview-text.ts';
import { overviewOrder, overviewRow, type OverviewExport, type OverviewRow, type OverviewRows } from '../../domain/export/overview-rows.ts';
import { getItemsById, listItemKeys } from '../../store/items.queries.ts';
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

/** Items read whole at a time by an export (getItemsById). */
const PAGE_ITEMS = 1000;

/**
 * The rows of the items `ids`, in that order, reading the items whole a page at a time: an export
 * of 100,000 items holds their keys and one page, not 100,000 items (some 260 MB). An item deleted
 * since its key was read is left out, as listItems would have.
 */
function* rowsOf(db: AppContext['db'], ids: readonly number[]): Generator<OverviewRow> {
  for (let start = 0; start < ids.length; start += PAGE_ITEMS) {
    const page = ids.slice(start, start + PAGE_ITEMS);
    const byId = getItemsById(db, page);
    for (const id of page) {
      const item = byId.get(id);
      if (item && item.status !== 'deleted') yield overviewRow(item);
    }
  }
}

export async function exportOverview(ctx: Pick<AppContext, 'db' | 'now'>, input: ExportOverviewInput): Promise<ExportOverviewResult> {
  const targets = parseTargets(input.targets);
  if (!targets.ok) return { ok: false, code: 'EXPORT_TARGET_UNKNOWN', word: targets.word };
  const { codes, ministries } = targets;
  const keys = listItemKeys(ctx.db, {
    codes,
    ministries,
    ...(input.status === 'open' ? { status: 'open' as const } : input.status === 'afgerond' ? { status: 'done' as const } : {}),
    ...(input.maxItems !== undefined ? { limit: input.maxItems + 1 } : {}),
  });
  if (keys.length === 0) return { ok: false, code: 'EXPORT_NOTHING' };
  if (input.maxItems !== undefined && keys.length > input.maxItems) return { ok: false, code: 'EXPORT_TOO_MANY', max: input.maxItems };
  // The rest is built after a turn of the event loop: Slack's other requests go first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const today = amsterdamDate(ctx.now());
  const label = [...codes, ...ministries].join(', ');
  const title = EXPORT_DOCUMENT.title(label);
  // The writers load their libraries (docx, exceljs) on first use: the bot starts without them.
  const csv = input.format === 'csv' ? await import('../../adapters/export/csv.ts') : null;
  const client = ctx.db.$client;
  // Read in one transaction (one snapshot of the database); the text formats are encoded in it as
  // the pages are read, the Word and Excel writers (asynchronous) get the rows after it.
  const read = client.transaction(() => {
    // An item handled together with the one above ("geïntegreerd met bovenstaande motie") keeps
    // that item above it, also when it is done: otherwise the link would point at another row.
    const included = new Set(keys.map((k) => k.id));
    const linked = [...new Set(keys.map((k) => k.linkedTo).filter((id): id is number => id !== null && !included.has(id)))];
    const sorted = (linked.length > 0 ? [...keys, ...listItemKeys(ctx.db, { ids: linked })] : [...keys]).sort(overviewOrder);
    let moties = 0;
    let toezeggingen = 0;
    const counted = (rows: Iterable<OverviewRow>, kind: OverviewRow['kind']) =>
      (function* () {
        for (const row of rows) {
          if (kind === 'motie') moties += 1;
          else toezeggingen += 1;
          yield row;
        }
      })();
    const rows: OverviewRows = {
      moties: counted(rowsOf(ctx.db, sorted.filter((k) => k.kind === 'motie').map((k) => k.id)), 'motie'),
      toezeggingen: counted(rowsOf(ctx.db, sorted.filter((k) => k.kind === 'toezegging').map((k) => k.id)), 'toezegging'),
    };
    let encoded: Buffer | OverviewExport;
    if (csv) encoded = csv.writeOverviewCsv(rows);
    else if (input.format === 'md') encoded = Buffer.from(formatOverviewText(rows, title, EXPORT_DOCUMENT.dateLine(today)), 'utf8');
    else encoded = { moties: [...rows.moties], toezeggingen: [...rows.toezeggingen] };
    return { encoded, moties, toezeggingen };
  });
  const { encoded, moties, toezeggingen } = read();
  let bytes: Buffer;
  if (Buffer.isBuffer(encoded)) bytes = encoded;
  else if (input.format === 'docx') bytes = await (await import('../../adapters/export/docx.ts')).writeOverviewDocx(encoded, title, EXPORT_DOCUMENT.dateLine(today));
  else bytes = await (await import('../../adapters/export/xlsx.ts')).writeOverviewXlsx(encoded, title);
  const slug = [...codes, ...ministries].join('-');
  return {
    ok: true,
    code: 'EXPORT_WRITTEN',
    bytes,
    fileName: EXPORT_DOCUMENT.fileName(slug, today, input.format),
    title,
    mediaType: EXPORT_MEDIA_TYPES[input.format],
    moties,
    toezeggingen,
  };
}
