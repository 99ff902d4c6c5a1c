// `motie overzicht [CODE …] [alles|afgerond] [rappel] [--code …] [--status open|afgerond|alles] [--format …] [--rappel EK]
// --out <bestand> [--overschrijf] [--json]`: the next stand van zaken out, as Word, Excel, CSV or text
// (md); its words are read as `/motie overzicht` reads them. The file is written whole or not at all,
// never over an existing file without --overschrijf, never over anything but a regular file, never
// over the database (src/adapters/export/write-export-file.ts).
import { extname } from 'node:path';
import { checkExportTarget, writeExportFile, type WriteExportFileRefusal } from '../../adapters/export/write-export-file.ts';
import { withDb } from '../../cli/db.ts';
import { argsText } from '../../cli/item-verb.ts';
import type { CliIo, CliRun, ParsedArgs } from '../../cli/types.ts';
import type { Db } from '../../store/db.ts';
import { EXPORT_FORMATS, exportOverview, type ExportFormat } from './export-overview.ts';
import { RAPPEL_FORMATS, exportRappel, type RappelFormat } from './export-rappel.ts';
import { readOverviewStatus, readOverzicht } from './grammar.ts';
import { OVERZICHT_HELP } from './help.nl.ts';
import { OVERZICHT_TEXT } from './texts.nl.ts';

const USAGE = OVERZICHT_HELP.usage;

function describeRefusal(result: WriteExportFileRefusal): string {
  switch (result.code) {
    case 'EXPORT_FILE_EXISTS':
      return OVERZICHT_TEXT.cli.exists(result.path);
    case 'EXPORT_FILE_NOT_REGULAR':
      return OVERZICHT_TEXT.cli.notRegular(result.path);
    case 'EXPORT_FILE_IS_DATABASE':
      return OVERZICHT_TEXT.cli.isDatabase(result.path);
    case 'EXPORT_FILE_UNWRITABLE':
      return OVERZICHT_TEXT.cli.cannotWrite(result.path, result.reason);
  }
}

/** What an export built: its bytes and what to print once they are written; or the sentence of why not. */
type Built = { ok: true; bytes: Buffer; printed: (path: string) => string; json: (path: string) => object } | { ok: false; error: string };

/**
 * Writes what `build` makes to `out`, as safely for the rappel as for the overview: the target is
 * refused before anything is built (a refusal costs nothing), and the file is written whole or not at all.
 */
function writeSafely(args: ParsedArgs, io: CliIo, out: string, build: (ctx: { db: Db; now: () => Date }) => Promise<Built>) {
  return withDb(io, async (db) => {
    const target = { overwrite: args.flags.overschrijf === true, databasePath: db.$client.name };
    const refused = checkExportTarget(out, target);
    if (refused) {
      io.err(describeRefusal(refused));
      return 1;
    }
    const built = await build({ db, now: io.now });
    if (!built.ok) {
      io.err(built.error);
      return 1;
    }
    const written = writeExportFile(out, built.bytes, target);
    if (!written.ok) {
      io.err(describeRefusal(written));
      return 1;
    }
    io.out(args.flags.json ? JSON.stringify(built.json(written.path), null, 2) : built.printed(written.path));
    return 0;
  });
}

/** `--rappel EK`: the draft answer to the Eerste Kamer's rappel. */
function writeRappel(args: ParsedArgs, io: CliIo, out: string, format: RappelFormat, targets: string[]) {
  return writeSafely(args, io, out, async (ctx): Promise<Built> => {
    const result = await exportRappel(ctx, { targets, format });
    if (!result.ok) return { ok: false, error: result.code === 'EXPORT_TARGET_UNKNOWN' ? OVERZICHT_TEXT.cli.unknownTarget(result.word) : OVERZICHT_TEXT.cli.rappelNothing(targets) };
    const { bytes, toezeggingen } = result;
    return {
      ok: true,
      bytes,
      printed: (path) => OVERZICHT_TEXT.cli.rappelWritten(path, format, toezeggingen),
      json: (file) => ({ file, format, rappel: 'EK', toezeggingen, bytes: bytes.length }),
    };
  });
}

export const overzichtCli: CliRun = (args, io) => {
  const typed = readOverzicht(argsText(args));
  if (!typed.ok) {
    io.err(OVERZICHT_TEXT.cli.unexpectedArgument(typed.word, USAGE));
    return 2;
  }
  const targets = [...typed.targets, ...(typeof args.flags.code === 'string' ? args.flags.code.split(/[\s,;]+/).filter(Boolean) : [])];
  const out = args.flags.out;
  if (typeof out !== 'string' || out.trim() === '') {
    io.err(OVERZICHT_TEXT.cli.outMissing(USAGE));
    return 2;
  }
  const formatFlag = args.flags.format;
  const fromName = extname(out).slice(1).toLowerCase();
  const rappelFlag = args.flags.rappel;
  if (rappelFlag !== undefined && (typeof rappelFlag !== 'string' || rappelFlag.trim().toUpperCase() !== 'EK')) {
    io.err(OVERZICHT_TEXT.cli.unknownRappel(String(rappelFlag)));
    return 2;
  }
  if (rappelFlag !== undefined || typed.rappel) {
    const rappelFormat = typeof formatFlag === 'string' ? formatFlag.toLowerCase() : RAPPEL_FORMATS.includes(fromName as RappelFormat) ? fromName : 'docx';
    if (!RAPPEL_FORMATS.includes(rappelFormat as RappelFormat)) {
      io.err(OVERZICHT_TEXT.cli.rappelFormat(rappelFormat));
      return 2;
    }
    return writeRappel(args, io, out, rappelFormat as RappelFormat, targets);
  }
  const format = (typeof formatFlag === 'string' ? formatFlag.toLowerCase() : EXPORT_FORMATS.includes(fromName as ExportFormat) ? fromName : 'docx') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    io.err(OVERZICHT_TEXT.cli.unknownFormat(String(formatFlag)));
    return 2;
  }
  const statusFlag = args.flags.status;
  const status = typeof statusFlag === 'string' ? readOverviewStatus(statusFlag) : typed.status;
  if (!status) {
    io.err(OVERZICHT_TEXT.cli.unknownStatus(String(statusFlag)));
    return 2;
  }
  return writeSafely(args, io, out, async (ctx): Promise<Built> => {
    const result = await exportOverview(ctx, { targets, status, format });
    if (!result.ok) return { ok: false, error: result.code === 'EXPORT_TARGET_UNKNOWN' ? OVERZICHT_TEXT.cli.unknownTarget(result.word) : OVERZICHT_TEXT.cli.nothing(status, targets) };
    const { bytes, moties, toezeggingen } = result;
    return {
      ok: true,
      bytes,
      printed: (path) => OVERZICHT_TEXT.cli.written(path, format, moties, toezeggingen),
      json: (file) => ({ file, format, moties, toezeggingen, bytes: bytes.length }),
    };
  });
};
