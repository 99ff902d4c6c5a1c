// How reading a file for an import fails, and what a reader warns about: a result code with the
// values its sentence needs. The Dutch sentences are in src/texts/documents.nl.ts
// (documentFailureNl, sourceWarningNl); nothing in src/import/document words them.

/** Why a file was not read (nothing of it is imported). */
export type DocumentFailure =
  | { ok: false; code: 'DOCUMENT_NOT_FOUND'; path: string }
  | { ok: false; code: 'DOCUMENT_TOO_LARGE'; path: string; maxBytes: number }
  /** A device (/dev/zero), FIFO or socket. */
  | { ok: false; code: 'DOCUMENT_NOT_REGULAR'; path: string }
  /** `cause`: a folder; the file system's error (`errno`); a damaged or encrypted Office file; a reading worker that failed. */
  | { ok: false; code: 'DOCUMENT_UNREADABLE'; cause: 'directory'; path: string }
  | { ok: false; code: 'DOCUMENT_UNREADABLE'; cause: 'file-system'; path: string; errno: string | undefined }
  | { ok: false; code: 'DOCUMENT_UNREADABLE'; cause: 'office-damaged' | 'office-unreadable' | 'worker-failed' }
  /** Not text, PDF, Word or Excel. */
  | { ok: false; code: 'DOCUMENT_BINARY' }
  /** An old Word or Excel file (.doc, .xls), or a zip without a Word document or an Excel workbook. */
  | { ok: false; code: 'DOCUMENT_OFFICE'; cause: 'old-office' | 'zip-without-office' }
  | { ok: false; code: 'DOCUMENT_PDF_UNREADABLE' }
  /** A PDF without text (a scan). */
  | { ok: false; code: 'DOCUMENT_PDF_NO_TEXT' }
  | { ok: false; code: 'DOCUMENT_TOO_MANY_PAGES'; pages: number; max: number }
  /** Inflates past `maxBytes`: a PDF's streams, or a zip's entries (or too many of them). */
  | { ok: false; code: 'DOCUMENT_BOMB'; container: 'pdf' | 'zip'; maxBytes: number }
  /** Reading took longer than `seconds`: a PDF after `afterPage` pages, or the reading worker (afterPage null). */
  | { ok: false; code: 'DOCUMENT_TOO_SLOW'; seconds: number; afterPage: number | null }
  | { ok: false; code: 'DOCUMENT_TOO_MUCH_MEMORY'; maxMb: number }
  /** The worker that reads files could not start: the installation is at fault, not the file. */
  | { ok: false; code: 'DOCUMENT_READER_UNAVAILABLE' }
  /** One part of a Word or Excel zip (`part`: its name) inflates past `maxBytes`. */
  | { ok: false; code: 'DOCUMENT_PART_TOO_LARGE'; part: string; maxBytes: number }
  | { ok: false; code: 'DOCUMENT_TOO_MANY_CELLS'; cells: number; max: number }
  /** A value on sheet row `row`, past the last row read. */
  | { ok: false; code: 'DOCUMENT_TOO_MANY_ROWS'; row: number; max: number }
  | { ok: false; code: 'DOCUMENT_TOO_MANY_PARAGRAPHS'; paragraphs: number; max: number }
  /** Page `page` of a PDF brings its text in more than `max` pieces (on the page or in all). */
  | { ok: false; code: 'DOCUMENT_TOO_MANY_PIECES'; page: number; max: number }
  /** The records of a JSON export have more than `max` distinct keys. */
  | { ok: false; code: 'DOCUMENT_TOO_WIDE'; max: number }
  | { ok: false; code: 'DOCUMENT_JSON_TOO_DEEP'; line: number; max: number }
  | { ok: false; code: 'DOCUMENT_JSON_INVALID'; line: number | null }
  | { ok: false; code: 'DOCUMENT_CSV_QUOTE_NOT_CLOSED'; line: number }
  | { ok: false; code: 'DOCUMENT_CSV_MALFORMED'; line: number | null };

export type DocumentFailureCode = DocumentFailure['code'];

/** What a reader warns about; the file is read. */
export type SourceWarning =
  /** Line `line` holds bytes that are not UTF-8 (the file was read as UTF-8, each such byte as U+FFFD). */
  | { line: number; code: 'DOCUMENT_INVALID_BYTES' }
  /** The file is named `extension` (.xlsx, .docx) but is text; `csv`: read as CSV. */
  | { line: number; code: 'DOCUMENT_EXTENSION_MISMATCH'; extension: string; csv: boolean };
