// A PDF → its text, extracted with pdfjs-dist and put back into lines by position, within the
// limits of DocumentLimits; and its positioned pieces, from which pdf-tables.ts reads tables.
import { inflateSync } from 'node:zlib';
import type { DocumentFailure } from './failures.ts';
import { DEFAULT_LIMITS, type DocumentLimits } from './limits.ts';

export type PdfTextResult =
  | { ok: true; text: string; pages: number; pieces: PositionedText[][] }
  | DocumentFailure;

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
export async function extractPdfText(bytes: Uint8Array, limits: DocumentLimits = DEFAULT_LIMITS): Promise<PdfTextResult> {
  const unreadable: PdfTextResult = {
    ok: false,
    code: 'DOCUMENT_PDF_UNREADABLE',
  };
  const started = Date.now();
  const inflated = pdfInflatedBytes(bytes, limits.maxInflatedBytes);
  if (inflated > limits.maxInflatedBytes) return { ok: false, code: 'DOCUMENT_BOMB', container: 'pdf', maxBytes: limits.maxInflatedBytes };
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
        pages: document.numPages,
        max: limits.maxPages,
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
          seconds: Math.round(limits.maxMillis / 1000),
          afterPage: number - 1,
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
          return { ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: Math.round(limits.maxMillis / 1000), afterPage: number - 1 };
        }
        if (onPage > limits.maxPiecesPerPage || total + onPage > limits.maxPieces) {
          await reader.cancel(new Error('too many text pieces'));
          return { ok: false, code: 'DOCUMENT_TOO_MANY_PIECES', page: number, max: onPage > limits.maxPiecesPerPage ? limits.maxPiecesPerPage : limits.maxPieces };
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
      };
    }
    return { ok: true, text, pages: document.numPages, pieces: allPieces };
  } catch {
    return unreadable;
  } finally {
    await document.destroy();
  }
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
