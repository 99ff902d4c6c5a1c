// A file → the SourceDocument every layout reader reads: the format is decided by the bytes
// (not the name: a ".xlsx" that is really a CSV is read as CSV), within the limits of
// DocumentLimits (issue 17.6), with the encoding decided from the whole file (issue 17.5).
import { basename, extname } from 'node:path';
import { silentLog, type Log } from '../../log.ts';
import type { runTask } from '../../worker/run-task.ts';
import { isLinesDocument, linesDocument, linesOfText, textOfBlocks, type Block, type SourceDocument } from '../layouts/index.ts';
import { decodeText } from './decode-text.ts';
import { DEFAULT_LIMITS, type DocumentLimits } from './limits.ts';
import { readFileBytes } from './read-file.ts';
import { parseCsv, sniffSeparator } from './csv.ts';
import { parseJsonTable } from './json.ts';
import type { DocumentFailure, SourceWarning } from './failures.ts';
import { stripXmlForbidden } from '../../domain/strip-xml-forbidden.ts';

export type { DocumentFailure, SourceWarning } from './failures.ts';

/** The document, what the reader warns about, and the text's encoding (null: not a text file); or why it was not read. */
export type ReadSourceResult =
  | { ok: true; document: SourceDocument; warnings: SourceWarning[]; encoding: string | null }
  | DocumentFailure;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** What the reading worker gets: the bytes, the file's extension and the limits. */
export interface ReadSourceRequest {
  bytes: Uint8Array;
  extension: string;
  limits: DocumentLimits;
}

/**
 * What the worker answers. A text document travels as its text alone: its blocks are the text's
 * lines, rebuilt by the importing thread as slices of that one string. Posted as separate strings
 * (one per line, each copied by the structured clone) they took a 10,000-item text import from
 * 286 MB to 358 MB at its peak. A Word or Excel document whose blocks hold no character XML
 * forbids travels as its blocks alone (`textOfBlocks`): its text is theirs, joined, and rebuilt by
 * the importing thread; posted too, it doubled what the 10,000-row files copied (issue 28). Its
 * tables' rows come before the answer, in parts (RowsPart), when the task was given a way to post them.
 */
type WorkerReadResult =
  | ReadSourceResult
  | (Extract<ReadSourceResult, { ok: true }> & { blocksOfText: true })
  | (Extract<ReadSourceResult, { ok: true }> & { textOfBlocks: true; rowsPosted?: number[] });

/**
 * Rows of a Word or Excel document's tables, in document order: the worker posts them a part at a
 * time (about CELLS_PER_PART cells each), and its answer holds the tables without their rows,
 * with how many each had (`rowsPosted`). Posted in one message, the 10,000-row table was
 * serialised into one 14 MB buffer, allocated and freed in each file's read, and malloc kept such
 * sizes in its arenas: ten 10,000-row Word files in one import peaked at 338-351 MiB, 318-321 in
 * parts; Excel 307-321, 291-294 (issue 28).
 */
type RowsPart = string[][];

/** Cells in a part of rows the reading worker posts (RowsPart). */
const CELLS_PER_PART = 8192;

/** The tables' rows posted in parts (`post`); the blocks with each table's rows left out, and how many rows each table had. */
function postRows(blocks: readonly Block[], post: (part: RowsPart) => void): { blocks: Block[]; rowsPosted: number[] } {
  const rowsPosted: number[] = [];
  let part: RowsPart = [];
  let cells = 0;
  const left = blocks.map((block): Block => {
    if (block.type !== 'table') return block;
    for (const row of block.rows) {
      part.push(row);
      cells += row.length + 1;
      if (cells >= CELLS_PER_PART) {
        post(part);
        part = [];
        cells = 0;
      }
    }
    rowsPosted.push(block.rows.length);
    return { ...block, rows: [] };
  });
  if (part.length > 0) post(part);
  return { blocks: left, rowsPosted };
}

/** The blocks with each table's rows put back from the rows the worker posted (postRows), in order. */
function withPostedRows(blocks: readonly Block[], rowsPosted: readonly number[], rows: readonly string[][]): Block[] {
  let table = 0;
  let next = 0;
  const filled = blocks.map((block): Block => {
    if (block.type !== 'table') return block;
    const count = rowsPosted[table++] ?? 0;
    next += count;
    return { ...block, rows: rows.slice(next - count, next) };
  });
  if (table !== rowsPosted.length || next !== rows.length) throw new Error(`the reading worker posted ${rows.length} rows for ${rowsPosted.length} tables, read ${next} in ${table}`);
  return filled;
}

/**
 * The worker task (src/worker/entry.ts): the bytes read in that thread. With `post`, a Word or
 * Excel document's table rows are posted in parts (postRows); without it (a test running the task
 * in its own thread) they stay in the answer.
 */
export async function readSourceTask(request: ReadSourceRequest, post?: (part: RowsPart) => void): Promise<WorkerReadResult> {
  const result = await decodeAnySource(request.bytes, request.extension, request.limits, { officeText: false, textLines: false });
  if (!result.ok) return result;
  const document = result.document;
  if (document.format === 'text') return { ...result, blocksOfText: true };
  if (document.format === 'docx' || document.format === 'xlsx') {
    const blocks = blocksWithoutXmlForbidden(document.blocks);
    // No block changed: neither would their text (its joins add only line feeds).
    if (blocks.every((block, i) => block === document.blocks[i])) {
      if (!post) return { ...result, textOfBlocks: true };
      const posted = postRows(blocks, post);
      return { ...result, document: { ...document, blocks: posted.blocks }, textOfBlocks: true, rowsPosted: posted.rowsPosted };
    }
    return { ...result, document: { ...document, text: stripXmlForbidden(textOfBlocks(document.blocks)), blocks } };
  }
  return { ...result, document: withoutXmlForbidden(document) };
}

/** The worker's answer, with the rows it posted (RowsPart, in order), as decodeSource gives it. */
function fromWorker(result: WorkerReadResult, rows: readonly string[][]): ReadSourceResult {
  if ('textOfBlocks' in result) {
    const { textOfBlocks: _, rowsPosted, ...read } = result;
    const blocks = rowsPosted ? withPostedRows(read.document.blocks, rowsPosted, rows) : read.document.blocks;
    return { ...read, document: { ...read.document, blocks, text: textOfBlocks(blocks) } };
  }
  if (!('blocksOfText' in result)) return result;
  const { blocksOfText: _, ...read } = result;
  return { ...read, document: textDocument(read.document.text) };
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}`;
}

/**
 * A worker that could not start or run its code: the installation is at fault, not the file
 * (the worker's file gone after an update, no thread to be had, a module that does not load).
 */
function workerDidNotStart(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && (code.startsWith('ERR_WORKER_') || code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND');
}

/**
 * Reads a file into a SourceDocument in a worker thread whose heap may not grow past
 * `limits.maxHeapMb` and which is stopped after `limits.maxMillis` (issue 22.5): whatever a file
 * makes a reader do (a docx of 26,000 paragraphs, a sheet of 40,000 rows, a PDF of 30,000 pieces,
 * JSON with a key per record), the importing process stays small and answers with one Dutch
 * sentence; nothing is written, since the caller writes only a document that was read.
 */
/** Where a failure is logged, and (for tests) what runs the worker. */
export interface ReadSourceOptions {
  log?: Log;
  runWorker?: typeof runTask;
}

export async function readSource(path: string, limits: DocumentLimits = DEFAULT_LIMITS, options: ReadSourceOptions = {}): Promise<ReadSourceResult> {
  const read = await readFileBytes(path, limits.maxBytes);
  if (!read.ok) return read;
  const extension = extname(path).toLowerCase();
  // Text, CSV and JSON of a few MB cost a small multiple of their size and are read here (a
  // worker costs its start); Word, Excel and PDF files cost what their content says, whatever
  // their size, and are always read in the worker.
  const office = startsWith(read.bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(read.bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  if (!office && read.bytes.length <= limits.maxInProcessBytes) return decodeSource(read.bytes, extension, limits);
  // A larger file that is not named as JSON is decoded here as well, and kept here when it is
  // plain text or a CSV of at most maxCells cells: decoding it, splitting its lines and parsing
  // such a table cost a small multiple of its size, and the layout readers read the whole text or
  // table in this process anyway, so the worker's heap limit and deadline bounded nothing here
  // that the import does not do next. The worker's start and the copy back left the importing
  // thread waiting 0.3 s of a 7 MB, 10,000-item text import, and more of a CSV (issue 28). JSON,
  // and a CSV that may hold more cells (millions are possible), are parsed in the worker.
  if (!office && !WORKER_EXTENSIONS.includes(extension)) {
    const plain = await decodeAnySource(read.bytes, extension, limits, { tables: false });
    if (plain !== TABLE) return plain.ok ? { ...plain, document: withoutXmlForbidden(plain.document) } : plain;
  }
  return decodeSourceInWorker(read.bytes, extension, limits, { ...options, name: basename(path), moveBytes: true });
}

/**
 * decodeSource in the reading worker. Past its heap limit or deadline the file is refused as too
 * large or too slow; a worker that could not start says so (the file is not to blame); any other
 * failure (a reader that threw, a worker that died) is "could not be read". Every failure but the
 * first two is logged with its cause, in English.
 */
export async function decodeSourceInWorker(
  bytes: Uint8Array,
  extension: string,
  limits: DocumentLimits = DEFAULT_LIMITS,
  {
    log = silentLog,
    runWorker,
    name = `a ${extension || 'extensionless'} file`,
    moveBytes = false,
  }: ReadSourceOptions & {
    name?: string;
    /** The bytes are the caller's own and not used again: moved to the worker, not copied (readSource; issue 28). */
    moveBytes?: boolean;
  } = {},
): Promise<ReadSourceResult> {
  const request: ReadSourceRequest = { bytes, extension, limits };
  try {
    // The worker's code (node:worker_threads with it) loads only for a file read there: a text or
    // CSV import reads in this thread (issue 28: what every import loaded).
    const { readingResourceLimits } = await import('./reading-worker.ts');
    const run = runWorker ?? (await import('../../worker/run-task.ts')).runTask;
    const rows: string[][] = [];
    const answer = await run<WorkerReadResult, RowsPart>('read-source', request, {
      ...(moveBytes && bytes.buffer instanceof ArrayBuffer ? { transferList: [bytes.buffer] } : {}),
      signal: AbortSignal.timeout(limits.maxMillis),
      resourceLimits: readingResourceLimits(limits),
      prestarted: true,
      onPart: (part) => {
        for (const row of part) rows.push(row);
      },
    });
    return fromWorker(answer, rows);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return { ok: false, code: 'DOCUMENT_TOO_MUCH_MEMORY', maxMb: limits.maxHeapMb };
    }
    if ((error as Error).name === 'TimeoutError') {
      return { ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: Math.round(limits.maxMillis / 1000), afterPage: null };
    }
    if (workerDidNotStart(error)) {
      log.error(`import: the worker that reads files could not start, so ${name} was not read: ${describeError(error)}`);
      return { ok: false, code: 'DOCUMENT_READER_UNAVAILABLE' };
    }
    log.error(`import: reading ${name} in the worker failed: ${describeError(error)}`);
    return { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'worker-failed' };
  }
}

/**
 * Text with a Markdown table inside prose (an Eerste Kamer toezegging page copied as Markdown: a
 * heading, the promise, the Kerngegevens as a pipe table, passages): the layout readers read it as
 * text. A file that is one pipe table from its first line stays a table.
 */
function isProseWithMarkdownTable(text: string): boolean {
  // The separator row needs three dashes and a pipe: a text without either has none (issue 28: the
  // lines of a 7 MB text were split and trimmed for nothing).
  if (!text.includes('---') || !text.includes('|')) return false;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (!lines.some((line) => /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$/.test(line))) return false;
  const prose = lines.filter((line) => !line.includes('|'));
  return prose.length > 0 && !(lines[0] ?? '').includes('|');
}

/** Text documents whose text decodeText found without any character XML forbids: nothing to strip, and not looked at again. */
const XML_SAFE = new WeakSet<SourceDocument>();

/** The document without the characters XML forbids (issue 22.12): no imported text can make a later Word or Excel export unreadable. */
function withoutXmlForbidden(document: SourceDocument): SourceDocument {
  if (XML_SAFE.has(document)) return document;
  const text = stripXmlForbidden(document.text);
  // A text document's blocks are its lines (linesOfText): the text's characters and spaces only,
  // so a text without such a character has lines without one, and they are not tested one by one.
  if (document.format === 'text' && text === document.text) return document;
  // Lines not built yet are cleaned when they are built, if ever (linesDocument).
  if (isLinesDocument(document)) return linesDocument(text, () => blocksWithoutXmlForbidden(document.blocks));
  return { ...document, text, blocks: blocksWithoutXmlForbidden(document.blocks) };
}

/** A plain text as the document the layouts read: its lines as blocks (built when first read), without the characters XML forbids. */
function textDocument(text: string): SourceDocument {
  return withoutXmlForbidden(linesDocument(text));
}

/** The blocks without the characters XML forbids; a block (or row) without any such character is kept as it is, not copied. */
function blocksWithoutXmlForbidden(blocks: readonly Block[]): Block[] {
  const row = (cells: string[]) => {
    const stripped = cells.map(stripXmlForbidden);
    return stripped.some((cell, i) => cell !== cells[i]) ? stripped : cells;
  };
  const block = (b: Block): Block => {
    if (b.type === 'paragraph') {
      const text = stripXmlForbidden(b.text);
      const lines = b.lines?.map(stripXmlForbidden);
      if (text === b.text && (lines ?? []).every((line, i) => line === b.lines?.[i])) return b;
      return lines ? { ...b, text, lines } : { ...b, text };
    }
    const rows = b.rows.map(row);
    return rows.some((r, i) => r !== b.rows[i]) ? { ...b, rows } : b;
  };
  return blocks.map(block);
}

export async function decodeSource(bytes: Uint8Array, extension: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadSourceResult> {
  const result = await decodeAnySource(bytes, extension, limits);
  return result.ok ? { ...result, document: withoutXmlForbidden(result.document) } : result;
}

/** decodeAnySource's answer for a text that is a table (CSV, JSON) when it was asked to leave tables alone. */
const TABLE = Symbol('table');

/** Extensions of files past maxInProcessBytes that go to the reading worker without a look first: JSON is parsed there. */
const WORKER_EXTENSIONS: readonly string[] = ['.json'];

/**
 * Whether a CSV text holds at most `max` cells: every row ends at a line feed and every cell but a
 * row's last at a separator, so their counts bound the cells (quoted ones only hold fewer).
 */
function csvCellsAtMost(text: string, separator: string, max: number): boolean {
  let cells = 1;
  for (const mark of [separator, '\n']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      cells += 1;
      if (cells > max) return false;
    }
  }
  return true;
}

interface DecodeOptions {
  /** Whether a Word or Excel document gets its text (textOfBlocks) here; the reading worker leaves it to the importing thread. */
  officeText?: boolean;
  /** Whether a text document gets its lines as blocks here; the reading worker leaves them to the importing thread. */
  textLines?: boolean;
}

async function decodeAnySource(bytes: Uint8Array, extension: string, limits: DocumentLimits, options?: DecodeOptions & { tables?: true }): Promise<ReadSourceResult>;
/** With `tables: false`, a text that is JSON, or a CSV of more than maxCells cells, is left unparsed: TABLE. */
async function decodeAnySource(bytes: Uint8Array, extension: string, limits: DocumentLimits, options: DecodeOptions & { tables: false }): Promise<ReadSourceResult | typeof TABLE>;
async function decodeAnySource(
  bytes: Uint8Array,
  extension: string,
  limits: DocumentLimits,
  { officeText = true, textLines = true, tables = true }: DecodeOptions & { tables?: boolean } = {},
): Promise<ReadSourceResult | typeof TABLE> {
  const warnings: SourceWarning[] = [];
  // The PDF and zip readers (node:zlib with them) load only for such a file (issue 28).
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    const [{ extractPdfText }, { pdfTables }] = await Promise.all([import('./pdf-text.ts'), import('./pdf-tables.ts')]);
    const pdf = await extractPdfText(bytes, limits);
    if (!pdf.ok) return pdf;
    const tables = pdfTables(pdf.pieces);
    const blocks: Block[] = [...linesOfText(pdf.text), ...tables];
    return { ok: true, document: { format: 'pdf', text: pdf.text, blocks }, warnings, encoding: null };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const { checkZip } = await import('./zip-limits.ts');
    const zip = checkZip(bytes, limits.maxInflatedBytes, limits.maxPartBytes);
    if (!zip.ok) {
      if (zip.reason === 'part-too-large') return { ok: false, code: 'DOCUMENT_PART_TOO_LARGE', part: zip.name, maxBytes: limits.maxPartBytes };
      return zip.reason === 'damaged'
        ? { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'office-damaged' }
        : {
            ok: false,
            code: 'DOCUMENT_BOMB',
            container: 'zip',
            maxBytes: limits.maxInflatedBytes,
          };
    }
    // Counted in the XML before a reader builds them (issue 22.5).
    if (zip.cells > limits.maxCells) return { ok: false, code: 'DOCUMENT_TOO_MANY_CELLS', cells: zip.cells, max: limits.maxCells };
    if (zip.paragraphs > limits.maxParagraphs) {
      return { ok: false, code: 'DOCUMENT_TOO_MANY_PARAGRAPHS', paragraphs: zip.paragraphs, max: limits.maxParagraphs };
    }
    // The Office readers (saxes, exceljs) load only for an Office file: loading exceljs alone
    // took over a second of every text or CSV import. A failure to load is not the file's fault.
    const reader = zip.names.includes('word/document.xml')
      ? { format: 'docx' as const, read: async (data: Uint8Array) => (await import('./docx.ts')).readDocx(data, { maxPartBytes: limits.maxPartBytes, maxParagraphChars: limits.maxParagraphChars }, zip.parts) }
      : zip.names.includes('xl/workbook.xml')
        ? { format: 'xlsx' as const, read: async (data: Uint8Array) => (await import('./xlsx.ts')).readXlsx(data, { maxPartBytes: limits.maxPartBytes, maxRows: limits.maxRows, maxCells: limits.maxCells }, zip.parts) }
        : null;
    if (reader) {
      let blocks: Block[];
      try {
        const read = await reader.read(bytes);
        if (!Array.isArray(read)) {
          return read.refused === 'rows'
            ? { ok: false, code: 'DOCUMENT_TOO_MANY_ROWS', row: read.row, max: limits.maxRows }
            : { ok: false, code: 'DOCUMENT_TOO_MANY_CELLS', cells: read.cells, max: limits.maxCells };
        }
        blocks = read;
      } catch {
        return { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'office-unreadable' };
      }
      return { ok: true, document: { format: reader.format, text: officeText ? textOfBlocks(blocks) : '', blocks }, warnings, encoding: null };
    }
    return { ok: false, code: 'DOCUMENT_OFFICE', cause: 'zip-without-office' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      code: 'DOCUMENT_OFFICE',
      cause: 'old-office',
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    return { ok: false, code: 'DOCUMENT_BINARY' };
  }
  for (const line of decoded.invalidLines.slice(0, 10)) {
    warnings.push({
      line,
      code: 'DOCUMENT_INVALID_BYTES',
    });
  }
  const text = decoded.text;
  if (extension === '.xlsx' || extension === '.docx') {
    warnings.push({
      line: 1,
      code: 'DOCUMENT_EXTENSION_MISMATCH',
      extension,
      csv: Boolean(sniffSeparator(text, false)),
    });
  }
  if (extension === '.json' || /^\s*[[{]/.test(text)) {
    if (!tables) return TABLE;
    const json = parseJsonTable(text, limits.maxJsonKeys);
    if (json.ok) return { ok: true, document: { format: 'json', text: '', blocks: [json.table] }, warnings, encoding: decoded.encoding };
    if (json.code === 'JSON_TOO_MANY_KEYS') return { ok: false, code: 'DOCUMENT_TOO_WIDE', max: limits.maxJsonKeys };
    // Too deep is refused whatever the name; broken JSON only when the file says it is JSON
    // (a text that merely starts with "[" is read as text, as before).
    if (json.code === 'JSON_TOO_DEEP') return { ok: false, code: 'DOCUMENT_JSON_TOO_DEEP', line: json.line, max: json.max };
    if (json.code === 'JSON_INVALID' && extension === '.json') return { ok: false, code: 'DOCUMENT_JSON_INVALID', line: json.line };
  }
  const separator = isProseWithMarkdownTable(text) ? null : sniffSeparator(text, !['.csv', '.tsv', '.xlsx', '.xls'].includes(extension));
  if (separator) {
    if (!tables && !csvCellsAtMost(text, separator, limits.maxCells)) return TABLE;
    const csv = await parseCsv(text, separator);
    if (!csv.ok) {
      return csv.code === 'CSV_QUOTE_NOT_CLOSED'
        ? { ok: false, code: 'DOCUMENT_CSV_QUOTE_NOT_CLOSED', line: csv.line }
        : { ok: false, code: 'DOCUMENT_CSV_MALFORMED', line: csv.line };
    }
    return { ok: true, document: { format: 'csv', text: '', blocks: [csv.table] }, warnings, encoding: decoded.encoding };
  }
  const document: SourceDocument = textLines ? linesDocument(text, undefined, decoded.facts) : { format: 'text', text, blocks: [] };
  if (decoded.xmlSafe) XML_SAFE.add(document);
  return { ok: true, document, warnings, encoding: decoded.encoding };
}
