// The draft answer to the Eerste Kamer's half-yearly rappel: the open and partly fulfilled
// toezeggingen with a T-number (of some codes or ministries, or all), in the Eerste Kamer's
// columns, from the team's current stand van zaken. It reads back through `motie import` as the
// same items, so a re-import of the draft changes nothing.
import { amsterdamDate } from '../../clock.ts';
import { parseTargets } from '../../domain/codes.ts';
import { buildRappelRows } from '../../domain/export/rappel-rows.ts';
import { listItems } from '../../store/items.queries.ts';
import { RAPPEL_DOCUMENT } from '../../texts/export.nl.ts';
import type { AppContext } from '../../app/context.ts';

export const RAPPEL_FORMATS = ['docx', 'xlsx'] as const;
export type RappelFormat = (typeof RAPPEL_FORMATS)[number];

const MEDIA_TYPES: Record<RappelFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export type ExportRappelResult =
  | { ok: true; code: 'RAPPEL_WRITTEN'; bytes: Buffer; fileName: string; title: string; mediaType: string; toezeggingen: number }
  | { ok: false; code: 'EXPORT_TARGET_UNKNOWN'; word: string }
  | { ok: false; code: 'RAPPEL_NOTHING' };

export async function exportRappel(
  ctx: Pick<AppContext, 'db' | 'now'>,
  input: { targets: readonly string[]; format: RappelFormat },
): Promise<ExportRappelResult> {
  const targets = parseTargets(input.targets);
  if (!targets.ok) return { ok: false, code: 'EXPORT_TARGET_UNKNOWN', word: targets.word };
  const { codes, ministries } = targets;
  const rows = buildRappelRows(listItems(ctx.db, { codes, ministries, status: 'open' }));
  if (rows.length === 0) return { ok: false, code: 'RAPPEL_NOTHING' };
  const label = [...codes, ...ministries].join(', ');
  const title = RAPPEL_DOCUMENT.title(label);
  // The writers load their libraries (docx, exceljs) on first use: the bot starts without them.
  const writers = await import('../../adapters/export/rappel.ts');
  const bytes = input.format === 'docx' ? await writers.writeRappelDocx(rows, title) : await writers.writeRappelXlsx(rows, title);
  return {
    ok: true,
    code: 'RAPPEL_WRITTEN',
    bytes,
    fileName: RAPPEL_DOCUMENT.fileName([...codes, ...ministries].join('-'), amsterdamDate(ctx.now()), input.format),
    title,
    mediaType: MEDIA_TYPES[input.format],
    toezeggingen: rows.length,
  };
}
