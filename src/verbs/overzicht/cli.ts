// `motie overzicht [CODE …] [alles] [rappel] [--code …] [--status open|alles] [--format …] [--rappel EK]
// --out <bestand> [--overschrijf] [--json]`: the next stand van zaken out, as Word, Excel, CSV or text
// (md); its words are read as `/motie overzicht` reads them. The file is written whole or not at all,
// never over an existing file without --overschrijf, never over anything but a regular file, never
// over the database (src/adapters/export/write-export-file.ts).
import { extname } from 'node:path';
import { checkExportTarget, writeExportFile, type WriteExportFileRefusal } from '../../adapters/export/write-export-file.ts';
import { EXPORT_FORMATS, RAPPEL_FORMATS, exportOverview, exportRappel, type ExportFormat, type RappelFormat } from '../../app/index.ts';
import { withDb } from '../../cli/db.ts';
import { argsText } from '../../cli/item-verb.ts';
import type { CliIo, CliRun, ParsedArgs } from '../../cli/types.ts';
import { EXPORT_CLI } from '../../texts/cli.nl.ts';
import { USAGE as CLI_USAGE } from '../../texts/cli-usage.nl.ts';
import { readOverviewStatus, readOverzicht } from './grammar.ts';

const USAGE = CLI_USAGE.overzicht;

function describeRefusal(result: WriteExportFileRefusal): string {
  switch (result.code) {
    case 'EXPORT_FILE_EXISTS':
      return EXPORT_CLI.exists(result.path);
    case 'EXPORT_FILE_NOT_REGULAR':
      return EXPORT_CLI.notRegular(result.path);
    case 'EXPORT_FILE_IS_DATABASE':
      return EXPORT_CLI.isDatabase(result.path);
    case 'EXPORT_FILE_UNWRITABLE':
      return EXPORT_CLI.cannotWrite(result.path, result.reason);
  }
}

/** `--rappel EK`: the draft answer to the Eerste Kamer's rappel, written as safely as an overview. */
function writeRappel(args: ParsedArgs, io: CliIo, out: string, format: RappelFormat, targets: string[]) {
  return withDb(io, async (db) => {
    const target = { overwrite: args.flags.overschrijf === true, databasePath: db.$client.name };
    const refused = checkExportTarget(out, target);
    if (refused) {
      io.err(describeRefusal(refused));
      return 1;
    }
    const result = await exportRappel({ db, now: io.now }, { targets, format });
    if (!result.ok) {
      io.err(result.code === 'EXPORT_TARGET_UNKNOWN' ? EXPORT_CLI.unknownTarget(result.word) : EXPORT_CLI.rappelNothing(targets));
      return 1;
    }
    const written = writeExportFile(out, result.bytes, target);
    if (!written.ok) {
      io.err(describeRefusal(written));
      return 1;
    }
    if (args.flags.json) {
      io.out(JSON.stringify({ file: written.path, format, rappel: 'EK', toezeggingen: result.toezeggingen, bytes: result.bytes.length }, null, 2));
    } else {
      io.out(EXPORT_CLI.rappelWritten(written.path, format, result.toezeggingen));
    }
    return 0;
  });
}

export const overzichtCli: CliRun = (args, io) => {
  const typed = readOverzicht(argsText(args));
  if (!typed.ok) {
    io.err(EXPORT_CLI.unexpectedArgument(typed.word, USAGE));
    return 2;
  }
  const targets = [...typed.targets, ...(typeof args.flags.code === 'string' ? args.flags.code.split(/[\s,;]+/).filter(Boolean) : [])];
  const out = args.flags.out;
  if (typeof out !== 'string' || out.trim() === '') {
    io.err(EXPORT_CLI.outMissing(USAGE));
    return 2;
  }
  const formatFlag = args.flags.format;
  const fromName = extname(out).slice(1).toLowerCase();
  const rappelFlag = args.flags.rappel;
  if (rappelFlag !== undefined && (typeof rappelFlag !== 'string' || rappelFlag.trim().toUpperCase() !== 'EK')) {
    io.err(EXPORT_CLI.unknownRappel(String(rappelFlag)));
    return 2;
  }
  if (rappelFlag !== undefined || typed.rappel) {
    const rappelFormat = typeof formatFlag === 'string' ? formatFlag.toLowerCase() : RAPPEL_FORMATS.includes(fromName as RappelFormat) ? fromName : 'docx';
    if (!RAPPEL_FORMATS.includes(rappelFormat as RappelFormat)) {
      io.err(EXPORT_CLI.rappelFormat(rappelFormat));
      return 2;
    }
    return writeRappel(args, io, out, rappelFormat as RappelFormat, targets);
  }
  const format = (typeof formatFlag === 'string' ? formatFlag.toLowerCase() : EXPORT_FORMATS.includes(fromName as ExportFormat) ? fromName : 'docx') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    io.err(EXPORT_CLI.unknownFormat(String(formatFlag)));
    return 2;
  }
  const statusFlag = args.flags.status;
  const status = typeof statusFlag === 'string' ? readOverviewStatus(statusFlag) : typed.status;
  if (!status) {
    io.err(EXPORT_CLI.unknownStatus(String(statusFlag)));
    return 2;
  }
  return withDb(io, async (db) => {
    const target = { overwrite: args.flags.overschrijf === true, databasePath: db.$client.name };
    // Refused before the export is built: a refusal costs nothing.
    const refused = checkExportTarget(out, target);
    if (refused) {
      io.err(describeRefusal(refused));
      return 1;
    }
    const result = await exportOverview({ db, now: io.now }, { targets, status, format });
    if (!result.ok) {
      io.err(
        result.code === 'EXPORT_TARGET_UNKNOWN'
          ? EXPORT_CLI.unknownTarget(result.word)
          : EXPORT_CLI.nothing(status, targets),
      );
      return 1;
    }
    const written = writeExportFile(out, result.bytes, target);
    if (!written.ok) {
      io.err(describeRefusal(written));
      return 1;
    }
    const path = written.path;
    if (args.flags.json) {
      io.out(JSON.stringify({ file: path, format, moties: result.moties, toezeggingen: result.toezeggingen, bytes: result.bytes.length }, null, 2));
    } else {
      io.out(EXPORT_CLI.written(path, format, result.moties, result.toezeggingen));
    }
    return 0;
  });
};
