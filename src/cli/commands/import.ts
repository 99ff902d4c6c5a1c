// motie import <bestand> [<bestand> …]: read stand-van-zaken overviews (text, CSV, Excel, Word,
// PDF, JSON), parse them, and bring the database in line with them in one transaction: several
// files are imported in the order given, all or none. --dry-run shows what would change.
import { basename, resolve } from 'node:path';
import { readSource, type SourceWarning } from '../../import/document/read-source.ts';
import { checkFile } from '../../import/document/read-file.ts';
import { DEFAULT_LIMITS } from '../../import/document/limits.ts';
import { createLogger } from '../../logger.ts';
import type { Log } from '../../log.ts';
import { amsterdamDate } from '../../clock.ts';
import { parseDay } from '../../domain/parse-day.ts';
import { formatDateNl } from '../../domain/dates/index.ts';
import { describeOrigin, describeTerm } from '../../texts/describe-item.nl.ts';
import type { Item } from '../../domain/items.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { readImport, startImports, type ReadImport } from '../../app/import-document.ts';
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
function printCapped<T>(out: (line: string) => void, entries: readonly T[], word: (entry: T) => string, limit: number, what: Parameters<typeof IMPORT_CLI.more>[1]): void {
  for (const entry of entries.slice(0, limit)) out(word(entry));
  if (entries.length > limit) out(IMPORT_CLI.more(entries.length - limit, what));
}

/**
 * A copy of a report line that refers to none of the strings it was built from. A line quotes an
 * item's title, which the readers of a text or CSV file slice out of the document's text: V8 keeps
 * such a slice, and a line joined from it, as a view of that whole text, so the lines a report of
 * several files holds until the last file is written kept every file's text alive (ten 10,000-row
 * CSV files: 13 MB more after each file, peak 328 MiB; with the copies 222; issue 28). UTF-16 both
 * ways: every string comes back as it was, lone surrogates included.
 */
function ownCopy(line: string): string {
  return Buffer.from(line, 'utf16le').toString('utf16le');
}

function itemLabel(item: Item): string {
  return `#${item.id} ${describeOrigin(item)}: ${item.title}`;
}

let fullCollection: (() => void) | null | undefined;

/** Items from which an import collects the read document's garbage before it writes (issue 28 measured 10,000). */
const COLLECT_FROM_ITEMS = 1_000;
/** Characters of a document's text from which its reading's garbage is collected before its layout is read: about 1,000 items. */
const COLLECT_FROM_CHARS = 500_000;

/**
 * A full garbage collection, between reading and writing (issue 28). The document and what the
 * layout readers made of it are garbage by then, but V8 had not collected its old space since the
 * document arrived (it grows that to about four times what was live then), so the writes' memory
 * came on top: 10,000 items from Excel or Word peaked at 315-335 MB, 265-280 MB with this
 * collection (40-100 ms). Node exposes no collection without its --expose-gc flag, which may be
 * set at run time; a Node that refuses it imports without the collection. Several files: also
 * after each file's writes, before the next file is read.
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

/** Why a file was not imported: it could not be read as an overview, or its items have errors. */
type FileFailure =
  | { ok: false; unreadable: string; code: string }
  | { ok: false; errors: number; parsed: ReadImport; problems: ProblemLine[] };

/** A file read and its overview parsed, ready to import. */
interface FileRead {
  ok: true;
  parsed: ReadImport;
  problems: ProblemLine[];
}

/**
 * The file read and its overview parsed, or why not (or the exit code of a context that cannot be
 * built). The document itself (its text, blocks and what the layout readers derive from them)
 * stays inside this call, so that it can be collected before the import writes: kept to the end,
 * it held about 50 MB of a 10,000-item import at its peak (issue 28).
 */
async function readAndParse(
  file: string,
  io: CliIo,
  log: Log,
  documentDate: IsoDate | null,
  columns: ReadonlyMap<string, ItemField> | undefined,
): Promise<number | FileRead | FileFailure> {
  const source = await readSource(file, DEFAULT_LIMITS, { log });
  if (!source.ok) return { ok: false, unreadable: documentFailureNl(source), code: source.code };
  // A large document's reading leaves its garbage (the decoded bytes and lines, the rows the
  // reading worker posted): collected before the layout is read, the items' garbage comes on top of
  // less. Ten 10,000-row files in one import peaked text 267 -> 214-224 MiB, Excel 253 -> 233-235,
  // Word 264-278 -> 250-262 (issue 28).
  if (source.document.text.length >= COLLECT_FROM_CHARS) await collectGarbage();
  // The calendar of the CLI's one context: the same one `motie datum` reads dates with.
  const context = contextOrExitCode(io);
  if (typeof context === 'number') return context;
  const { calendar } = context;
  const read = readImport({ calendar, now: io.now }, source.document, { documentDate, ...(columns ? { columns } : {}) });
  if (read.code === 'IMPORT_UNREADABLE') return { ok: false, unreadable: readFailureNl(read.failure), code: read.failure.code };
  const problems = [...source.warnings.map(warningProblem), ...read.parsed.problems.map(problemLine)];
  if (read.code === 'IMPORT_HAS_ERRORS') return { ok: false, errors: read.errorCount, parsed: read.parsed, problems };
  return { ok: true, parsed: read.parsed, problems };
}

/** The file as --json shows it: what it changed (or would), its problems, its items. */
function importJson(parsed: ReadImport | null, problems: ProblemLine[], result: WrittenImport | null, dryRun: boolean): ImportJson {
  const plan = result?.plan;
  return {
    created: plan?.creates.length ?? 0,
    updated: plan?.updates.length ?? 0,
    unchanged: plan?.unchanged.length ?? 0,
    conflicts: (plan?.conflicts ?? []).map((c) => ({
      id: c.itemId, field: c.field, current: c.current, incoming: c.incoming, setBy: c.setBy, message: conflictNl(c, PLAIN_STYLE),
    })),
    problems,
    layout: parsed ? { id: parsed.layout.id, name: LAYOUT_TEXT[parsed.layout.id].name } : null,
    items: result ? result.items.map(toItemJson) : [],
    documentDate: parsed?.documentDate ?? null,
    documentDateInferred: parsed?.documentDateInferred ?? false,
    dryRun,
  };
}

/** The totals of several files (--json and the text report's last line). */
interface Totals {
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
}

/**
 * --json of several files: one object, `{ files: [{ file, ...ImportJson }], created, updated,
 * unchanged, conflicts, dryRun }`, formatted as JSON.stringify(object, null, 2) formats it, but
 * written a file at a time: the items of ten 10,000-row files are not held at once.
 */
function filesJson(io: CliIo): { add: (entry: { file: string } & ImportJson) => void; end: (totals: Totals, dryRun: boolean) => void } {
  let held: string | null = null;
  return {
    add: (entry) => {
      if (held === null) io.out('{\n  "files": [');
      else io.out(`${held},`);
      held = `    ${JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ')}`;
    },
    end: (totals, dryRun) => {
      if (held !== null) io.out(held);
      io.out(`  ],\n${JSON.stringify({ ...totals, dryRun }, null, 2).slice(2)}`);
    },
  };
}

/**
 * For every path that names no file to read (missing, a directory, a device, too large,
 * unreadable) the sentence saying so, checked for all of them before any is read; empty when
 * each is a readable file.
 */
async function unreadableFiles(files: readonly string[]): Promise<string[]> {
  const failures = await Promise.all(files.map((file) => checkFile(file, DEFAULT_LIMITS.maxBytes)));
  return failures.flatMap((failure) => (failure.ok ? [] : [documentFailureNl(failure)]));
}

export const importCommand: CliCommand = {
  ...SPECS.import,
  run: async (args, io) => {
    const files = args.positional;
    if (files.length === 0) {
      io.err(IMPORT_CLI.noFile(SPECS.import.usage));
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
    // Before anything is read: a file named twice, and every file that is not there to be read.
    const count = files.length;
    const seen = new Map<string, string>();
    for (const file of files) {
      const first = seen.get(resolve(file));
      if (first !== undefined) {
        io.err(IMPORT_CLI.namedTwice(first, file, SPECS.import.usage));
        return 2;
      }
      seen.set(resolve(file), file);
    }
    if (count > 1) {
      const missing = await unreadableFiles(files);
      if (missing.length > 0) {
        for (const line of missing) io.err(line);
        io.err(IMPORT_CLI.filesNotThere(missing.length, count));
        return 1;
      }
    }

    // One logger for every file read (a failure of the reading worker is logged with its cause).
    const log = createLogger('warn', io.err);
    const label = (index: number) => IMPORT_CLI.fileHeader(index + 1, count, files[index] ?? '');
    const many = json && count > 1 ? filesJson(io) : null;
    const totals: Totals = { created: 0, updated: 0, unchanged: 0, conflicts: 0 };
    /** A file that is not imported: said (with its place among several), and the exit code. */
    const refuse = (index: number, failure: FileFailure | number): number => {
      if (typeof failure === 'number') return failure;
      if (count > 1) io.err(label(index));
      if ('unreadable' in failure) {
        many?.add({ file: files[index] ?? '', ...importJson(null, [{ line: 0, code: failure.code, severity: 'error', message: failure.unreadable }], null, dryRun) });
        io.err(failure.unreadable);
      } else {
        const entry = importJson(failure.parsed, failure.problems, null, dryRun);
        if (many) many.add({ file: files[index] ?? '', ...entry });
        else if (json) io.out(JSON.stringify(entry, null, 2));
        io.err(IMPORT_CLI.nothingImported(failure.errors));
        for (const problem of failure.problems) io.err(IMPORT_CLI.errorLine(problem.line, problem.message));
      }
      many?.end(totals, dryRun);
      if (count > 1) io.err(IMPORT_CLI.noneOfTheFiles(count));
      return 1;
    };
    const read = async (index: number): Promise<number | FileRead | FileFailure> => {
      const fileRead = await readAndParse(files[index] ?? '', io, log, documentDay, columns);
      // Only a large document leaves enough garbage to be worth a full collection: a small import
      // (and every in-process test of this command) would pay 40-100 ms of CPU for nothing.
      if (typeof fileRead !== 'number' && fileRead.ok && fileRead.parsed.items.length >= COLLECT_FROM_ITEMS) await collectGarbage();
      return fileRead;
    };

    // The first file is read before the database is opened (a file that cannot be imported leaves
    // no new database behind); the others while the import holds the write lock (the bot's
    // changes wait for it): every file is planned against the database as the files before it
    // left it, and all are written in one transaction, or none.
    // (Held in a variable that the loop clears: this function's own variables stay alive until withStore returns.)
    let firstRead: number | FileRead | FileFailure | null = await read(0);
    if (typeof firstRead === 'number' || !firstRead.ok) return refuse(0, firstRead);
    const today = amsterdamDate(io.now());
    return withStore(io, async (db) => {
      const session = startImports({ db, now: io.now }, { dryRun });
      const report: string[] = [];
      // The file being read or written (named if that fails), null once all are written; whether they are committed.
      const progress: { current: number | null; committed: boolean } = { current: null, committed: false };
      let collectBeforeRead = false;
      /**
       * Reads file `index` (the first was read before the database was opened), writes it and adds
       * its report; a refusal's exit code, or null. A function of its own: an async function keeps
       * the variables of a loop's body while it awaits, so the previous file's items, plan and
       * results stayed alive through the next file's read (ten 10,000-row Word files: about 15 MB
       * of the 37 MB the importing thread kept between files; issue 28). Its own die as it returns.
       */
      const importFile = async (index: number): Promise<number | null> => {
        // Each file's document and results are dropped before the next is read, and a large one's
        // garbage collected first: its writes' garbage was still there when the next read came on
        // top (five 10,000-row Word files peaked at 371-374 MB without this collection, 326-331 with it).
        if (collectBeforeRead) await collectGarbage();
        const fileRead = firstRead ?? (await read(index));
        firstRead = null;
        if (typeof fileRead === 'number' || !fileRead.ok) return refuse(index, fileRead);
        const { parsed, problems } = fileRead;
        const { result } = session.apply(parsed, basename(files[index] ?? ''));
        if (index === count - 1) {
          // The last file's report (10,000 items' JSON: ~0.4 s) is made after the commit: the
          // bot's changes wait for the writes only, as with a lone import before several could be.
          progress.current = null;
          session.finish();
          progress.committed = true;
        }
        collectBeforeRead = parsed.items.length >= COLLECT_FROM_ITEMS;
        const { plan } = result;
        totals.created += plan.creates.length;
        totals.updated += plan.updates.length;
        totals.unchanged += plan.unchanged.length;
        totals.conflicts += plan.conflicts.length;
        if (json) {
          const entry = importJson(parsed, problems, result, dryRun);
          if (many) many.add({ file: files[index] ?? '', ...entry });
          else io.out(JSON.stringify(entry, null, 2));
        } else {
          if (count > 1) report.push(index > 0 ? `\n${label(index)}` : label(index));
          printReport((line) => report.push(ownCopy(line)), parsed, problems, result, today, dryRun, limit);
        }
        return null;
      };
      try {
        for (let index = 0; index < count; index++) {
          progress.current = index;
          const refused = await importFile(index);
          if (refused !== null) return refused;
        }
      } catch (error) {
        if (!progress.committed) {
          // The commit after the last file names none.
          const { current } = progress;
          if (count > 1) io.err(current === null ? IMPORT_CLI.noneOfTheFiles(count) : `${label(current)}\n${IMPORT_CLI.noneOfTheFiles(count)}`);
          many?.end(totals, dryRun);
        }
        throw error;
      } finally {
        session.abandon();
      }
      // Written only now: a file that failed leaves no report of files that were not imported.
      for (const line of report) io.out(line);
      if (many) many.end(totals, dryRun);
      else if (!json && count > 1) io.out(IMPORT_CLI.total(dryRun, count, totals.created, totals.updated, totals.unchanged, totals.conflicts));
      return 0;
    }, dryRun ? { emptyWhenMissing: true } : { mayCreate: true });
  },
};

function printReport(
  out: (line: string) => void,
  parsed: ReadImport,
  problems: readonly ProblemLine[],
  result: WrittenImport,
  today: string,
  dryRun: boolean,
  limit: number,
): void {
  const { plan } = result;
  const byId = new Map(result.items.map((item) => [item.id, item]));
  out(IMPORT_CLI.recognisedAs(LAYOUT_TEXT[parsed.layout.id].name));
  if (parsed.documentDateFrom === 'today') {
    out(IMPORT_CLI.documentDateToday(formatDateNl(parsed.documentDate)));
  } else if (parsed.documentDateFrom === 'title') {
    out(IMPORT_CLI.documentDateTitle(formatDateNl(parsed.documentDate)));
  } else if (parsed.documentDateSource) {
    const source = parsed.documentDateSource;
    out(IMPORT_CLI.documentDateInferred(formatDateNl(parsed.documentDate), formatDateNl(source.mentioned), source.text, source.line));
  } else {
    out(IMPORT_CLI.documentDate(formatDateNl(parsed.documentDate)));
  }
  if (dryRun) out(IMPORT_CLI.dryRunHeader);
  // A large import changes thousands of items: the first lines of each list, then the summary.
  const changes: (() => string)[] = [
    ...result.created.map((item) => () => IMPORT_CLI.created(itemLabel(item), describeTerm(item, today))),
    ...plan.updates.flatMap((update) => {
      const item = byId.get(update.itemId);
      return item ? [() => IMPORT_CLI.updated(itemLabel(item), update.changes.map(fieldChangeNl))] : [];
    }),
  ];
  printCapped(out, changes, (line) => line(), limit, 'wijzigingen');
  printCapped(out, plan.conflicts, (conflict) => IMPORT_CLI.conflict(conflictNl(conflict, PLAIN_STYLE)), limit, 'conflicten');
  printCapped(out, problems, (problem) => IMPORT_CLI.warning(problem.line, problem.message), limit, 'waarschuwingen');
  out(IMPORT_CLI.summary(dryRun, plan.creates.length, plan.updates.length, plan.unchanged.length, plan.conflicts.length));
}
