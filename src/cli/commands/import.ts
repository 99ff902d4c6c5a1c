// motie import <bestand>: read a stand-van-zaken overview (text or PDF), parse it, and bring
// the database in line with it in one transaction. --dry-run shows what would change.
import { basename } from 'node:path';
import { readSource, type SourceWarning } from '../../import/document/read-source.ts';
import { DEFAULT_LIMITS } from '../../import/document/limits.ts';
import { createLogger } from '../../logger.ts';
import { amsterdamDate } from '../../clock.ts';
import { parseDay } from '../../domain/parse-day.ts';
import { formatDateNl } from '../../domain/dates/index.ts';
import { describeOrigin, describeTerm } from '../../texts/describe-item.nl.ts';
import type { Item } from '../../domain/items.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { applyImport, readImport, type ReadImport } from '../../app/import-document.ts';
import { parseColumnOverrides, type ItemField } from '../../import/layouts/index.ts';
import type { ImportConflict } from '../../import/plan/plan-import.ts';
import type { ImportProblem } from '../../import/layouts/import-item.ts';
import type { WrittenImport } from '../../store/write-import.ts';
import { contextOrExitCode } from '../context.ts';
import { withStore } from '../store.ts';
import { toItemJson, type ItemJson } from '../item-json.ts';
import { SPECS } from '../specs.ts';
import type { CliCommand, CliIo } from '../types.ts';
import { conflictNl } from '../../texts/conflicts.nl.ts';
import { PLAIN_STYLE } from '../../texts/history.nl.ts';
import { IMPORT_CLI } from '../texts.nl.ts';
import { documentFailureNl, sourceWarningNl } from '../../texts/documents.nl.ts';
import { columnsProblemNl, fieldChangeNl, LAYOUT_TEXT, importProblemNl, readFailureNl } from '../../texts/import.nl.ts';


export interface ImportJson {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: { id: number; field: ImportConflict['field']; current: string | null; incoming: string | null; setBy: string; message: string }[];
  problems: { line: number; code: string; severity: ImportProblem['severity']; message: string }[];
  /** The layout the document was recognised as. */
  layout: { id: string; name: string } | null;
  /** Every item as it is (or, for --dry-run, would be) stored, plus its status text and whether it is partly done. */
  items: ItemJson[];
  documentDate: string | null;
  documentDateInferred: boolean;
  dryRun: boolean;
}


type ProblemLine = ImportJson['problems'][number];

function warningProblem(warning: SourceWarning): ProblemLine {
  return { line: warning.line, code: warning.code, severity: 'warning', message: sourceWarningNl(warning) };
}

function problemLine(problem: ImportProblem): ProblemLine {
  return { line: problem.line, code: problem.code, severity: problem.severity, message: importProblemNl(problem) };
}

/** How many lines of each list (changes, conflicts, warnings) the report shows without --alles. */
const REPORT_LINES = 20;

/**
 * The first `limit` entries, each worded only when shown (wording all 10,000 items of a large
 * import took longer than importing them), then one line saying how many more there are.
 */
function printCapped<T>(io: CliIo, entries: readonly T[], word: (entry: T) => string, limit: number, what: Parameters<typeof IMPORT_CLI.more>[1]): void {
  for (const entry of entries.slice(0, limit)) io.out(word(entry));
  if (entries.length > limit) io.out(IMPORT_CLI.more(entries.length - limit, what));
}

function itemLabel(item: Item): string {
  return `#${item.id} ${describeOrigin(item)}: ${item.title}`;
}

let fullCollection: (() => void) | null | undefined;

/** Items from which an import collects the read document's garbage before it writes (issue 28 measured 10,000). */
const COLLECT_FROM_ITEMS = 1_000;

/**
 * A full garbage collection, between reading and writing (issue 28). The document and what the
 * layout readers made of it are garbage by then, but V8 had not collected its old space since the
 * document arrived (it grows that to about four times what was live then), so the writes' memory
 * came on top: 10,000 items from Excel or Word peaked at 315-335 MB, 265-280 MB with this
 * collection (40-100 ms). Node exposes no collection without its --expose-gc flag, which may be
 * set at run time; a Node that refuses it imports without the collection.
 */
async function collectGarbage(): Promise<void> {
  if (fullCollection === undefined) {
    try {
      // Loaded here: a smaller import needs neither (issue 28: what every import loaded).
      const [{ setFlagsFromString }, { runInNewContext }] = await Promise.all([import('node:v8'), import('node:vm')]);
      setFlagsFromString('--expose-gc');
      fullCollection = runInNewContext('gc') as () => void;
    } catch {
      fullCollection = null;
    }
  }
  fullCollection?.();
}

/**
 * The file read and its overview parsed, or the exit code. The document itself (its text, blocks
 * and what the layout readers derive from them) stays inside this call, so that it can be
 * collected before the import writes: kept to the end, it held about 50 MB of a 10,000-item
 * import at its peak (issue 28).
 */
async function readAndParse(
  file: string,
  io: CliIo,
  documentDate: IsoDate | null,
  columns: ReadonlyMap<string, ItemField> | undefined,
): Promise<number | { read: Exclude<ReturnType<typeof readImport>, { code: 'IMPORT_UNREADABLE' }>; warnings: SourceWarning[] }> {
  const source = await readSource(file, DEFAULT_LIMITS, { log: createLogger('warn', io.err) });
  if (!source.ok) {
    io.err(documentFailureNl(source));
    return 1;
  }
  // The calendar of the CLI's one context: the same one `motie datum` reads dates with.
  const context = contextOrExitCode(io);
  if (typeof context === 'number') return context;
  const { calendar } = context;
  const read = readImport({ calendar, now: io.now }, source.document, { documentDate, ...(columns ? { columns } : {}) });
  if (read.code === 'IMPORT_UNREADABLE') {
    io.err(readFailureNl(read.failure));
    return 1;
  }
  return { read, warnings: source.warnings };
}

export const importCommand: CliCommand = {
  ...SPECS.import,
  run: async (args, io) => {
    const file = args.positional[0];
    if (!file || args.positional.length > 1) {
      io.err(IMPORT_CLI.oneFile(SPECS.import.usage));
      return 2;
    }
    const dateFlag = args.flags['document-date'];
    // Any way a person writes a day: "2025-04-15", "15-4-2025", "15 april 2025", "vandaag".
    const documentDay = typeof dateFlag === 'string' ? parseDay(dateFlag, amsterdamDate(io.now())) : null;
    if (dateFlag !== undefined && !documentDay) {
      io.err(IMPORT_CLI.badDocumentDate(String(dateFlag)));
      return 2;
    }
    const json = args.flags.json === true;
    const dryRun = args.flags['dry-run'] === true;
    const limit = args.flags.alles === true ? Infinity : REPORT_LINES;
    let columns: Map<string, ItemField> | undefined;
    const columnsFlag = args.flags.kolommen;
    if (columnsFlag !== undefined) {
      const overrides = typeof columnsFlag === 'string' ? parseColumnOverrides(columnsFlag) : null;
      if (!overrides?.ok) {
        io.err(overrides ? columnsProblemNl(overrides) : IMPORT_CLI.columnsMissing);
        return 2;
      }
      columns = overrides.overrides;
    }

    const sourceRead = await readAndParse(file, io, documentDay, columns);
    if (typeof sourceRead === 'number') return sourceRead;
    // Only a large document leaves enough garbage to be worth a full collection: a small import
    // (and every in-process test of this command) would pay 40-100 ms of CPU for nothing.
    if (sourceRead.read.parsed.items.length >= COLLECT_FROM_ITEMS) await collectGarbage();
    const { read, warnings } = sourceRead;
    const today = amsterdamDate(io.now());
    const parsed: ReadImport = read.parsed;
    const layout = { id: parsed.layout.id, name: LAYOUT_TEXT[parsed.layout.id].name };
    const problems = [...warnings.map(warningProblem), ...parsed.problems.map(problemLine)];
    if (read.code === 'IMPORT_HAS_ERRORS') {
      const errorCount = read.errorCount;
      if (json) {
        const out: ImportJson = {
          created: 0, updated: 0, unchanged: 0, conflicts: [],
          problems, layout, items: [],
          documentDate: parsed.documentDate, documentDateInferred: parsed.documentDateInferred, dryRun,
        };
        io.out(JSON.stringify(out, null, 2));
      }
      io.err(IMPORT_CLI.nothingImported(errorCount));
      for (const problem of problems) io.err(IMPORT_CLI.errorLine(problem.line, problem.message));
      return 1;
    }

    return withStore(io, (db) => {
      const { result } = applyImport({ db, now: io.now }, parsed, { sourceName: basename(file), dryRun });
      const { plan } = result;
      if (json) {
        const out: ImportJson = {
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged.length,
          conflicts: plan.conflicts.map((c) => ({
            id: c.itemId, field: c.field, current: c.current, incoming: c.incoming, setBy: c.setBy, message: conflictNl(c, PLAIN_STYLE),
          })),
          problems,
          layout,
          items: result.items.map(toItemJson),
          documentDate: parsed.documentDate,
          documentDateInferred: parsed.documentDateInferred,
          dryRun,
        };
        io.out(JSON.stringify(out, null, 2));
        return 0;
      }
      printReport(io, parsed, problems, result, today, dryRun, limit);
      return 0;
    }, dryRun ? { emptyWhenMissing: true } : { mayCreate: true });
  },
};

function printReport(
  io: CliIo,
  parsed: ReadImport,
  problems: readonly ProblemLine[],
  result: WrittenImport,
  today: string,
  dryRun: boolean,
  limit: number,
): void {
  const { plan } = result;
  const byId = new Map(result.items.map((item) => [item.id, item]));
  io.out(IMPORT_CLI.recognisedAs(LAYOUT_TEXT[parsed.layout.id].name));
  if (parsed.documentDateFrom === 'today') {
    io.out(IMPORT_CLI.documentDateToday(formatDateNl(parsed.documentDate)));
  } else if (parsed.documentDateFrom === 'title') {
    io.out(IMPORT_CLI.documentDateTitle(formatDateNl(parsed.documentDate)));
  } else if (parsed.documentDateSource) {
    const source = parsed.documentDateSource;
    io.out(IMPORT_CLI.documentDateInferred(formatDateNl(parsed.documentDate), formatDateNl(source.mentioned), source.text, source.line));
  } else {
    io.out(IMPORT_CLI.documentDate(formatDateNl(parsed.documentDate)));
  }
  if (dryRun) io.out(IMPORT_CLI.dryRunHeader);
  // A large import changes thousands of items: the first lines of each list, then the summary.
  const changes: (() => string)[] = [
    ...result.created.map((item) => () => IMPORT_CLI.created(itemLabel(item), describeTerm(item, today))),
    ...plan.updates.flatMap((update) => {
      const item = byId.get(update.itemId);
      return item ? [() => IMPORT_CLI.updated(itemLabel(item), update.changes.map(fieldChangeNl))] : [];
    }),
  ];
  printCapped(io, changes, (line) => line(), limit, 'wijzigingen');
  printCapped(io, plan.conflicts, (conflict) => IMPORT_CLI.conflict(conflictNl(conflict, PLAIN_STYLE)), limit, 'conflicten');
  printCapped(io, problems, (problem) => IMPORT_CLI.warning(problem.line, problem.message), limit, 'waarschuwingen');
  io.out(IMPORT_CLI.summary(dryRun, plan.creates.length, plan.updates.length, plan.unchanged.length, plan.conflicts.length));
}
