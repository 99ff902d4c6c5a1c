// What reading one document may cost (issue 17.6, 22.5); failures.ts has the ways reading a file fails.

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

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
  /**
   * Cells of all sheets of a workbook (counted in the XML before exceljs reads it); also the most
   * cells a CSV past maxInProcessBytes may hold to be parsed in the process (read-source.ts).
   */
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
