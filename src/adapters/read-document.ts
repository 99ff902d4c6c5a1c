// A file → the text of the document: plain text in UTF-8, UTF-16 or Windows-1252, or a PDF
// whose text is extracted with pdfjs-dist and put back into lines by position. Anything else
// (an Office file, an image, random bytes) is refused with one Dutch sentence.
import { open, stat } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { DOCUMENT } from '../texts/documents.nl.ts';

export type ReadDocumentFailureCode =
  | 'DOCUMENT_NOT_FOUND'
  | 'DOCUMENT_UNREADABLE'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_BINARY'
  | 'DOCUMENT_OFFICE'
  | 'DOCUMENT_PDF_UNREADABLE'
  | 'DOCUMENT_PDF_NO_TEXT'
  | 'DOCUMENT_NOT_REGULAR'
  | 'DOCUMENT_TOO_MANY_PAGES'
  | 'DOCUMENT_BOMB'
  | 'DOCUMENT_TOO_SLOW'
  | 'DOCUMENT_TOO_MUCH_MEMORY'
  | 'DOCUMENT_PART_TOO_LARGE'
  | 'DOCUMENT_TOO_MANY_CELLS'
  | 'DOCUMENT_TOO_MANY_ROWS'
  | 'DOCUMENT_TOO_MANY_PARAGRAPHS'
  | 'DOCUMENT_TOO_MANY_PIECES'
  | 'DOCUMENT_TOO_WIDE';

export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ReadDocumentResult =
  | { ok: true; text: string; format: 'text'; encoding: DocumentEncoding; invalidLines: number[] }
  | { ok: true; text: string; format: 'pdf'; encoding: null; pages: number; pieces?: PositionedText[][] }
  | { ok: false; code: ReadDocumentFailureCode; message: string };

const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/** Limits on what reading one document may cost (issue 17.6); tests pass smaller ones. */
export interface DocumentLimits {
  /** Bytes on disk. */
  maxBytes: number;
  /** Pages of a PDF. */
  maxPages: number;
  /** Bytes all compressed streams of a PDF, or all entries of a Word/Excel zip, may inflate to. */
  maxInflatedBytes: number;
  /** Milliseconds reading a file may take (a PDF checks it between pages; the reading worker is stopped at it). */
  maxMillis: number;
  /** Megabytes the heap of the worker that reads a file may grow to (issue 22.5). */
  maxHeapMb: number;
  /** Bytes of a text, CSV or JSON file read without a worker (Word, Excel and PDF files always use one). */
  maxInProcessBytes: number;
  /** Bytes one part of a Word/Excel zip (a sheet, the shared strings, the document) may inflate to (issue 22.5). */
  maxPartBytes: number;
  /** Cells of all sheets of a workbook (counted in the XML before exceljs reads it). */
  maxCells: number;
  /** The last row of a sheet that holds a value. */
  maxRows: number;
  /** Paragraphs of a Word document (counted in the XML before it is read). */
  maxParagraphs: number;
  /** Characters of one Word paragraph; the rest is left out (item texts are cut far shorter on import, with a warning). */
  maxParagraphChars: number;
  /** Text pieces of one PDF page, and of the whole PDF. */
  maxPiecesPerPage: number;
  maxPieces: number;
  /** Distinct keys of the records of a JSON export (its columns). */
  maxJsonKeys: number;
}

export const DEFAULT_LIMITS: DocumentLimits = {
  maxBytes: MAX_DOCUMENT_BYTES,
  maxPages: 2000,
  maxInflatedBytes: 256 * 1024 * 1024,
  maxMillis: 60_000,
  maxHeapMb: 512,
  maxInProcessBytes: 4 * 1024 * 1024,
  maxPartBytes: 32 * 1024 * 1024,
  maxCells: 300_000,
  maxRows: 100_000,
  maxParagraphs: 100_000,
  maxParagraphChars: 1_000_000,
  maxPiecesPerPage: 50_000,
  maxPieces: 500_000,
  maxJsonKeys: 200,
};

export type ReadBytesResult = { ok: true; bytes: Uint8Array } | { ok: false; code: ReadDocumentFailureCode; message: string };

/**
 * The bytes of a regular file, at most `maxBytes`. A device (/dev/zero), FIFO or socket is
 * refused before it is opened: it has no size to check, and reading it may never end.
 */
export async function readFileBytes(path: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadBytesResult> {
  const tooLarge: ReadBytesResult = {
    ok: false,
    code: 'DOCUMENT_TOO_LARGE',
    message: DOCUMENT.tooLarge(path, maxBytes),
  };
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return { ok: false, code: 'DOCUMENT_UNREADABLE', message: DOCUMENT.isDirectory(path) };
    }
    if (!info.isFile()) {
      return {
        ok: false,
        code: 'DOCUMENT_NOT_REGULAR',
        message: DOCUMENT.notRegular(path),
      };
    }
    if (info.size > maxBytes) return tooLarge;
    const handle = await open(path, 'r');
    try {
      // Read at most one byte more than allowed: a file that grew after stat is still caught.
      const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size + 1, 64 * 1024)));
      let length = 0;
      for (;;) {
        if (length === buffer.length) break;
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return tooLarge;
      return { ok: true, bytes: new Uint8Array(buffer.subarray(0, length)) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, code: 'DOCUMENT_NOT_FOUND', message: DOCUMENT.notFound(path) }
      : { ok: false, code: 'DOCUMENT_UNREADABLE', message: DOCUMENT.unreadable(path, code) };
  }
}

export async function readDocument(path: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadDocumentResult> {
  const read = await readFileBytes(path, limits.maxBytes);
  if (!read.ok) return read;
  return decodeDocument(read.bytes, limits);
}

/** Bytes → text, recognising PDF, UTF-16, UTF-8 and Windows-1252, and refusing binaries. */
export async function decodeDocument(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadDocumentResult> {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return extractPdfText(bytes, limits); // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      code: 'DOCUMENT_OFFICE',
      message: DOCUMENT.office,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    return {
      ok: false,
      code: 'DOCUMENT_BINARY',
      message: DOCUMENT.binary,
    };
  }
  return { ok: true, format: 'text', ...decoded };
}

/**
 * Decodes text: a byte-order mark decides; else UTF-16 without a mark is recognised by its
 * zero bytes; else the whole file's evidence decides between UTF-8 and Windows-1252 (see
 * utf8Evidence): a UTF-8 file with a few invalid bytes stays UTF-8, those bytes become U+FFFD and
 * their lines are listed in `invalidLines`. Returns null for binary data.
 * Line ends become \n; form feeds (page breaks) are kept.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: DocumentEncoding; invalidLines: number[] } | null {
  let encoding: DocumentEncoding;
  let body = bytes;
  // Without a mark the body is the whole file: its UTF-8 evidence is read once.
  let evidence: Utf8Evidence | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) encoding = utf16;
    else {
      evidence = utf8Evidence(bytes);
      encoding = isMostlyUtf8(evidence) ? 'utf-8' : 'windows-1252';
    }
  }
  const invalidLines = encoding === 'utf-8' ? (evidence ?? utf8Evidence(body)).invalidLines : [];
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && body.includes(0)) return null;
  let text: string;
  try {
    text =
      encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(encoding, { fatal: encoding.startsWith('utf-16') }).decode(body);
  } catch {
    return null;
  }
  text = text.replace(/^\uFEFF/, '');
  if (looksBinary(text)) return null;
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding, invalidLines };
}

/**
 * Windows-1252 by hand: Node's TextDecoder treats the label as ISO-8859-1 and turns 0x80–0x9F
 * (curly quotes, dashes, €) into control characters (seen on Node 20; tested).
 */
const WINDOWS_1252_HIGH =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The whole file's evidence for UTF-8: how many well-formed multi-byte sequences it holds and
 * where the bytes are that are not UTF-8 (1-based line numbers).
 */
interface Utf8Evidence {
  valid: number;
  invalid: number;
  invalidLines: number[];
}

export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let valid = 0;
  let invalid = 0;
  const lines = new Set<number>();
  let line = 1;
  let i = 0;
  for (let byte = bytes[i]; byte !== undefined; byte = bytes[i]) {
    if (byte === 0x0a) line += 1;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    const second = bytes[i + 1] ?? 0;
    if (ok && length === 3) {
      ok = !(byte === 0xe0 && second < 0xa0) && !(byte === 0xed && second >= 0xa0);
    }
    if (ok && length === 4) {
      ok = !(byte === 0xf0 && second < 0x90) && !(byte === 0xf4 && second >= 0x90);
    }
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      lines.add(line);
      i += 1;
    }
  }
  return { valid, invalid, invalidLines: [...lines] };
}

/**
 * UTF-8 unless the evidence says otherwise: a file without invalid bytes is UTF-8; one with
 * invalid bytes is UTF-8 when its well-formed multi-byte characters outnumber them (a stray byte
 * in a UTF-8 file), else Windows-1252 (whose accented letters are invalid UTF-8 throughout).
 */
function isMostlyUtf8(evidence: Utf8Evidence): boolean {
  if (evidence.invalid === 0) return true;
  return evidence.valid > 0 && evidence.valid >= evidence.invalid * 2;
}

/** UTF-16 without a byte-order mark: in Dutch text every other byte is zero. */
function guessUtf16(bytes: Uint8Array): DocumentEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000) & ~1);
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero += 1;
    if (sample[i + 1] === 0) oddZero += 1;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Too many control characters (other than tab, line ends and form feed) for a text file. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  let control = 0;
  // By UTF-16 unit: a surrogate is never one of these, so this counts as by code point (and fast).
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) {
      control += 1;
    }
  }
  return control > Math.max(2, text.length * 0.01);
}

export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/**
 * Extracts the text of a PDF and rebuilds its lines: pieces on the same baseline (within
 * half a font size) form one line, ordered left to right; a vertical gap of clearly more than
 * one line becomes a blank line; pages are separated by a form feed.
 */
export async function extractPdfText(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadDocumentResult> {
  const unreadable: ReadDocumentResult = {
    ok: false,
    code: 'DOCUMENT_PDF_UNREADABLE',
    message: DOCUMENT.pdfUnreadable,
  };
  const started = Date.now();
  const inflated = pdfInflatedBytes(bytes, limits.maxInflatedBytes);
  if (inflated > limits.maxInflatedBytes) return bombMessage(limits.maxInflatedBytes);
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch {
    return unreadable;
  }
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
  } catch {
    return unreadable;
  }
  try {
    if (document.numPages > limits.maxPages) {
      return {
        ok: false,
        code: 'DOCUMENT_TOO_MANY_PAGES',
        message: DOCUMENT.pdfTooManyPages(document.numPages, limits.maxPages),
      };
    }
    const pages: string[] = [];
    const allPieces: PositionedText[][] = [];
    let total = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      if (Date.now() - started > limits.maxMillis) {
        return {
          ok: false,
          code: 'DOCUMENT_TOO_SLOW',
          message: DOCUMENT.pdfTooSlow(Math.round(limits.maxMillis / 1000), number - 1),
        };
      }
      const page = await document.getPage(number);
      // Streamed, and cancelled past the limits: one page of 3 million pieces is refused, not read whole (issue 22.5).
      const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: unknown[] }>;
      const pieces: PositionedText[] = [];
      let onPage = 0;
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        onPage += chunk.value.items.length;
        if (Date.now() - started > limits.maxMillis) {
          await reader.cancel(new Error('too slow'));
          return { ok: false, code: 'DOCUMENT_TOO_SLOW', message: DOCUMENT.pdfTooSlow(Math.round(limits.maxMillis / 1000), number - 1) };
        }
        if (onPage > limits.maxPiecesPerPage || total + onPage > limits.maxPieces) {
          await reader.cancel(new Error('too many text pieces'));
          return { ok: false, code: 'DOCUMENT_TOO_MANY_PIECES', message: DOCUMENT.pdfTooManyPieces(number, onPage > limits.maxPiecesPerPage ? limits.maxPiecesPerPage : limits.maxPieces) };
        }
        for (const raw of chunk.value.items) {
          const item = raw as { str?: string; transform?: number[]; width?: number; height?: number };
          if (typeof item.str !== 'string' || item.str === '') continue;
          const [a = 0, b = 0, , , x = 0, y = 0] = item.transform ?? [];
          pieces.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.hypot(a, b) || (item.height ?? 0) || 10 });
        }
      }
      total += onPage;
      pages.push(buildLines(pieces));
      allPieces.push(pieces);
      page.cleanup();
    }
    const text = pages.join('\n\f');
    if (text.replace(/[\s\f]/g, '') === '') {
      return {
        ok: false,
        code: 'DOCUMENT_PDF_NO_TEXT',
        message: DOCUMENT.pdfNoText,
      };
    }
    return { ok: true, format: 'pdf', encoding: null, text, pages: document.numPages, pieces: allPieces };
  } catch {
    return unreadable;
  } finally {
    await document.destroy();
  }
}

function bombMessage(max: number): { ok: false; code: 'DOCUMENT_BOMB'; message: string } {
  return {
    ok: false,
    code: 'DOCUMENT_BOMB',
    message: DOCUMENT.bomb(max),
  };
}

/**
 * How many bytes the Flate streams of a PDF inflate to, counted before pdfjs sees them and
 * stopping just past `max` (a 1 MB stream may inflate to gigabytes). Streams that are not Flate
 * or do not inflate cleanly are left to pdfjs.
 */
function pdfInflatedBytes(bytes: Uint8Array, max: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let from = 0;
  for (;;) {
    const start = buffer.indexOf('stream', from, 'latin1');
    if (start < 0) break;
    if (start >= 3 && buffer.toString('latin1', start - 3, start) === 'end') {
      from = start + 6;
      continue;
    }
    let dataStart = start + 6;
    if (buffer[dataStart] === 0x0d) dataStart += 1;
    if (buffer[dataStart] === 0x0a) dataStart += 1;
    const end = buffer.indexOf('endstream', dataStart, 'latin1');
    if (end < 0) break;
    from = end + 9;
    const dictionary = buffer.toString('latin1', Math.max(0, start - 400), start);
    const objectStart = dictionary.lastIndexOf(' obj');
    if (!/\/FlateDecode|\/Fl\b/.test(objectStart >= 0 ? dictionary.slice(objectStart) : dictionary)) continue;
    try {
      total += inflateSync(buffer.subarray(dataStart, end), { maxOutputLength: Math.max(1, max - total + 1) }).length;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return max + 1;
      // not inflatable here (damaged, another filter): pdfjs decides
    }
    if (total > max) return total;
  }
  return total;
}

function buildLines(pieces: PositionedText[]): string {
  // Body text forms the lines; smaller pieces (superscript footnote markers) join the nearest line.
  const bodySize = median(pieces.map((piece) => piece.size)) ?? 10;
  const isSmall = (piece: PositionedText) => piece.size < bodySize * 0.8;
  const sorted = pieces.filter((piece) => !isSmall(piece)).sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: { y: number; size: number; pieces: PositionedText[] }[] = [];
  for (const piece of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.max(line.size, piece.size) * 0.5) line.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  for (const piece of pieces.filter(isSmall)) {
    let nearest: (typeof lines)[number] | undefined;
    for (const line of lines) {
      // a superscript sits above its line's baseline, never far below it
      const rise = piece.y - line.y;
      if (rise < -line.size * 0.3 || rise > line.size) continue;
      if (!nearest || Math.abs(rise) < Math.abs(piece.y - nearest.y)) nearest = line;
    }
    if (nearest) nearest.pieces.push(piece);
    else lines.push({ y: piece.y, size: piece.size, pieces: [piece] });
  }
  lines.sort((p, q) => q.y - p.y);
  // The usual distance between two lines of a paragraph: a low percentile of the gaps, as a
  // page may hold more blank lines than lines of running text.
  const gaps = lines
    .slice(1)
    .map((line, index) => (lines[index]?.y ?? 0) - line.y)
    .filter((gap) => gap >= bodySize * 0.9)
    .sort((a, b) => a - b);
  const usual = gaps.length >= 3 ? (gaps[Math.floor(gaps.length / 4)] ?? bodySize * 1.2) : bodySize * 1.2;
  const out: string[] = [];
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    if (previous && previous.y - line.y > usual * 1.6) out.push('');
    out.push(joinPieces(line.pieces));
  }
  return out.join('\n');
}

function joinPieces(pieces: PositionedText[]): string {
  const ordered = [...pieces].sort((p, q) => p.x - q.x);
  let text = '';
  let end: number | null = null;
  for (const piece of ordered) {
    const gap = end === null ? 0 : piece.x - end;
    if (end !== null && gap > piece.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+$/, '');
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}
