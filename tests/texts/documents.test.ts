// Every way reading a file fails, and every warning, has its Dutch sentence (src/texts/documents.nl.ts):
// the readers in src/import/document answer codes with values, never sentences (a dependency rule,
// document-readers-answer-codes, keeps src/texts out of them).
import { describe, expect, it } from 'vitest';
import type { DocumentFailure, DocumentFailureCode, SourceWarning } from '../../src/import/document/failures.ts';
import { documentFailureNl, sourceWarningNl } from '../../src/texts/documents.nl.ts';

/** Every code with each of its causes (the type makes a missing code a compile error). */
const FAILURES: { [C in DocumentFailureCode]: Extract<DocumentFailure, { code: C }>[] } = {
  DOCUMENT_NOT_FOUND: [{ ok: false, code: 'DOCUMENT_NOT_FOUND', path: 'overzicht.txt' }],
  DOCUMENT_TOO_LARGE: [{ ok: false, code: 'DOCUMENT_TOO_LARGE', path: 'overzicht.txt', maxBytes: 25 * 1024 * 1024 }],
  DOCUMENT_NOT_REGULAR: [{ ok: false, code: 'DOCUMENT_NOT_REGULAR', path: '/dev/zero' }],
  DOCUMENT_UNREADABLE: [
    { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'directory', path: 'map' },
    { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'file-system', path: 'overzicht.txt', errno: 'EACCES' },
    { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'office-damaged' },
    { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'office-unreadable' },
    { ok: false, code: 'DOCUMENT_UNREADABLE', cause: 'worker-failed' },
  ],
  DOCUMENT_BINARY: [{ ok: false, code: 'DOCUMENT_BINARY' }],
  DOCUMENT_OFFICE: [
    { ok: false, code: 'DOCUMENT_OFFICE', cause: 'old-office' },
    { ok: false, code: 'DOCUMENT_OFFICE', cause: 'zip-without-office' },
  ],
  DOCUMENT_PDF_UNREADABLE: [{ ok: false, code: 'DOCUMENT_PDF_UNREADABLE' }],
  DOCUMENT_PDF_NO_TEXT: [{ ok: false, code: 'DOCUMENT_PDF_NO_TEXT' }],
  DOCUMENT_TOO_MANY_PAGES: [{ ok: false, code: 'DOCUMENT_TOO_MANY_PAGES', pages: 2100, max: 2000 }],
  DOCUMENT_BOMB: [
    { ok: false, code: 'DOCUMENT_BOMB', container: 'pdf', maxBytes: 256 * 1024 * 1024 },
    { ok: false, code: 'DOCUMENT_BOMB', container: 'zip', maxBytes: 256 * 1024 * 1024 },
  ],
  DOCUMENT_TOO_SLOW: [
    { ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: 60, afterPage: 12 },
    { ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: 60, afterPage: null },
  ],
  DOCUMENT_TOO_MUCH_MEMORY: [{ ok: false, code: 'DOCUMENT_TOO_MUCH_MEMORY', maxMb: 512 }],
  DOCUMENT_READER_UNAVAILABLE: [{ ok: false, code: 'DOCUMENT_READER_UNAVAILABLE' }],
  DOCUMENT_PART_TOO_LARGE: [{ ok: false, code: 'DOCUMENT_PART_TOO_LARGE', part: 'xl/sharedStrings.xml', maxBytes: 32 * 1024 * 1024 }],
  DOCUMENT_TOO_MANY_CELLS: [{ ok: false, code: 'DOCUMENT_TOO_MANY_CELLS', cells: 300_001, max: 300_000 }],
  DOCUMENT_TOO_MANY_ROWS: [{ ok: false, code: 'DOCUMENT_TOO_MANY_ROWS', row: 1_048_576, max: 100_000 }],
  DOCUMENT_TOO_MANY_PARAGRAPHS: [{ ok: false, code: 'DOCUMENT_TOO_MANY_PARAGRAPHS', paragraphs: 100_001, max: 100_000 }],
  DOCUMENT_TOO_MANY_PIECES: [{ ok: false, code: 'DOCUMENT_TOO_MANY_PIECES', page: 3, max: 50_000 }],
  DOCUMENT_TOO_WIDE: [{ ok: false, code: 'DOCUMENT_TOO_WIDE', max: 200 }],
  DOCUMENT_JSON_TOO_DEEP: [{ ok: false, code: 'DOCUMENT_JSON_TOO_DEEP', line: 3, max: 64 }],
  DOCUMENT_JSON_INVALID: [
    { ok: false, code: 'DOCUMENT_JSON_INVALID', line: 3 },
    { ok: false, code: 'DOCUMENT_JSON_INVALID', line: null },
  ],
  DOCUMENT_CSV_QUOTE_NOT_CLOSED: [{ ok: false, code: 'DOCUMENT_CSV_QUOTE_NOT_CLOSED', line: 2 }],
  DOCUMENT_CSV_MALFORMED: [
    { ok: false, code: 'DOCUMENT_CSV_MALFORMED', line: 4 },
    { ok: false, code: 'DOCUMENT_CSV_MALFORMED', line: null },
  ],
};

const WARNINGS: SourceWarning[] = [
  { line: 29, code: 'DOCUMENT_INVALID_BYTES' },
  { line: 1, code: 'DOCUMENT_EXTENSION_MISMATCH', extension: '.xlsx', csv: true },
  { line: 1, code: 'DOCUMENT_EXTENSION_MISMATCH', extension: '.docx', csv: false },
];

describe('documentFailureNl', () => {
  const all = Object.values(FAILURES).flat() as DocumentFailure[];

  it.each(all.map((failure) => ({ failure, label: JSON.stringify(failure) })))('$label: one Dutch sentence', ({ failure }) => {
    expect(documentFailureNl(failure)).toMatch(/^\S[^\n]*[.)]$/);
  });

  it('words each cause of a code differently, and names the values', () => {
    const sentences = all.map(documentFailureNl);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(documentFailureNl({ ok: false, code: 'DOCUMENT_TOO_MANY_CELLS', cells: 3000, max: 2000 })).toBe(
      'Dit Excel-bestand heeft 3000 cellen; de bot leest er hoogstens 2000 uit één bestand. Er is niets geïmporteerd. Splits het overzicht in kleinere bestanden: motie import leest ze samen, in één opdracht (motie import deel-1.xlsx deel-2.xlsx …).',
    );
    expect(documentFailureNl({ ok: false, code: 'DOCUMENT_TOO_SLOW', seconds: 60, afterPage: 12 })).toContain('na pagina 12');
  });

  it.each(WARNINGS.map((warning) => ({ warning, label: JSON.stringify(warning) })))('warning $label: one Dutch sentence', ({ warning }) => {
    expect(sourceWarningNl(warning)).toMatch(/^\S[^\n]*\.$/);
  });

});
