// What a person reads when a file cannot be read as an overview (`motie import`, the preview's
// upload): too large, not a file, a scan without text, an old Word file … Each names what to do.
// The readers in src/import/document answer codes with values (failures.ts); documentFailureNl
// and sourceWarningNl word them.
import type { DocumentFailure, SourceWarning } from '../import/document/failures.ts';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** What a person with an overview larger than one file may be can do: `motie import` takes several files, all or none (issue 28). */
const SPLIT = (example: string) => `Splits het overzicht in kleinere bestanden: motie import leest ze samen, in één opdracht (motie import ${example}).`;

const DOCUMENT = {
  tooLarge: (path: string, maxBytes: number) =>
    `Het bestand ${path} is groter dan ${mb(maxBytes)} MB, meer dan de bot uit één bestand leest. Er is niets geïmporteerd. ${SPLIT('deel-1 deel-2 …')}`,
  isDirectory: (path: string) => `${path} is een map, geen bestand.`,
  notRegular: (path: string) => `${path} is geen gewoon bestand (maar een apparaat, pijp of socket); sla het overzicht op als bestand en importeer dat.`,
  notFound: (path: string) => `Het bestand ${path} bestaat niet.`,
  unreadable: (path: string, code: string | undefined) => `Het bestand ${path} kan niet worden gelezen (${code ?? 'onbekende fout'}).`,
  pdfUnreadable: 'Dit PDF-bestand is beschadigd of versleuteld en kan niet worden gelezen.',
  pdfTooManyPages: (pages: number, max: number) =>
    `Dit PDF-bestand heeft ${pages} pagina's; de bot leest er hoogstens ${max}. Importeer alleen het deel met de moties en toezeggingen.`,
  pdfTooSlow: (seconds: number, afterPage: number) =>
    `Het lezen van dit PDF-bestand duurde langer dan ${seconds} seconden (na pagina ${afterPage}); er is niets geïmporteerd. Importeer een kleiner deel of een tekstbestand.`,
  pdfNoText: 'Dit PDF-bestand bevat geen tekst (misschien is het een scan); importeer een PDF met tekst of een tekstbestand.',
  bomb: (maxBytes: number) => `Dit bestand pakt uit tot meer dan ${mb(maxBytes)} MB; zo groot is geen overzicht van moties en toezeggingen. Er is niets geïmporteerd.`,
  // Word and Excel (import/document/read-source.ts)
  officeDamaged: 'Dit Word- of Excel-bestand is beschadigd en kan niet worden gelezen.',
  zipBomb: (maxBytes: number) =>
    `Dit bestand pakt uit tot meer dan ${mb(maxBytes)} MB (of bevat te veel onderdelen); zo groot is geen overzicht van moties en toezeggingen. Er is niets geïmporteerd.`,
  // Issue 22.5: what a small file would cost to read
  officePartTooLarge: (name: string, maxBytes: number) =>
    `Het onderdeel ${name} van dit Word- of Excel-bestand pakt uit tot meer dan ${mb(maxBytes)} MB; zo groot is geen overzicht van moties en toezeggingen. Er is niets geïmporteerd.`,
  tooManyCells: (cells: number, max: number) =>
    `Dit Excel-bestand heeft ${cells} cellen; de bot leest er hoogstens ${max} uit één bestand. Er is niets geïmporteerd. ${SPLIT('deel-1.xlsx deel-2.xlsx …')}`,
  tooManyRows: (row: number, max: number) =>
    `Dit Excel-bestand heeft een waarde op rij ${row}; de bot leest hoogstens ${max} rijen uit één bestand (haal weg wat onder het overzicht staat). Er is niets geïmporteerd. ${SPLIT('deel-1.xlsx deel-2.xlsx …')}`,
  tooManyParagraphs: (paragraphs: number, max: number) =>
    `Dit Word-bestand heeft ${paragraphs} alinea's; de bot leest er hoogstens ${max} uit één bestand. Er is niets geïmporteerd. ${SPLIT('deel-1.docx deel-2.docx …')}`,
  pdfTooManyPieces: (page: number, max: number) =>
    `Pagina ${page} van dit PDF-bestand brengt de tekst op meer dan ${max} losse stukjes; zo leest de bot geen overzicht. Er is niets geïmporteerd.`,
  jsonTooWide: (max: number) => `De records in dit JSON-bestand hebben samen meer dan ${max} verschillende velden; zo ziet een export van het register er niet uit. Er is niets geïmporteerd.`,
  // The reading worker (import/document/read-source.ts, issue 22.5)
  readTooMuchMemory: (maxMb: number) =>
    `Dit bestand vraagt bij het lezen meer dan ${maxMb} MB geheugen; zo groot is geen overzicht van moties en toezeggingen. Er is niets geïmporteerd.`,
  readTooSlow: (seconds: number) => `Het lezen van dit bestand duurde langer dan ${seconds} seconden; er is niets geïmporteerd. Importeer een kleiner deel of een tekstbestand.`,
  readFailed: 'Dit bestand kon niet worden gelezen; er is niets geïmporteerd.',
  readerUnavailable:
    'Het deel van motiebot dat bestanden leest, kon niet starten; aan dit bestand ligt het niet. Er is niets geïmporteerd. De oorzaak staat in de regel hierboven: installeer motiebot opnieuw of meld het bij de beheerder.',
  officeUnreadable: 'Dit Word- of Excel-bestand is beschadigd of versleuteld en kan niet worden gelezen.',
  zipWithoutOffice: 'Dit is een zip-bestand zonder Word-document of Excel-werkmap; importeer het overzicht zelf (.docx, .xlsx, .csv, .pdf of tekst).',
  oldOffice: 'Dit is een oud Word- of Excel-bestand (.doc of .xls); sla het op als .docx of .xlsx (of als PDF of CSV) en importeer dat.',
  unknownFormat: 'Dit bestand is geen tekst, PDF, Word- of Excel-bestand; importeer een overzicht in een van die vormen.',
  invalidBytes: (line: number) =>
    `Regel ${line} bevat een teken dat geen geldige UTF-8 is; het bestand is als UTF-8 gelezen en dat teken is vervangen door "�". Een tekst met zo'n teken overschrijft geen bestaande tekst.`,
  // Malformed CSV and JSON (import/document/csv.ts, json.ts): the problem and its line.
  csvQuoteNotClosed: (line: number) =>
    `Dit CSV-bestand is niet te lezen: het aanhalingsteken (") dat op regel ${line} een cel opent, wordt nergens gesloten. Zet het sluitende aanhalingsteken erbij (of haal het openende weg) en importeer opnieuw; er is niets geïmporteerd.`,
  csvMalformed: (line: number | null) =>
    `Dit CSV-bestand is niet te lezen${line === null ? '' : ` bij regel ${line}`}: de cellen en aanhalingstekens kloppen daar niet. Er is niets geïmporteerd.`,
  jsonTooDeep: (line: number, max: number) =>
    `Dit JSON-bestand is te diep genest: op regel ${line} zitten meer dan ${max} lijsten of objecten in elkaar. Zo ziet geen export van moties of toezeggingen eruit; er is niets geïmporteerd.`,
  jsonInvalid: (line: number | null) =>
    `Dit JSON-bestand is geen geldige JSON${line === null ? '' : ` (de fout zit op regel ${line})`}; er is niets geïmporteerd.`,
  extensionMismatch: (extension: string, csv: boolean) => `Dit bestand heet ${extension}, maar is tekst; het is als tekst${csv ? ' (CSV)' : ''} gelezen.`,
} as const;

/** The one sentence a failure to read a file answers with. */
export function documentFailureNl(failure: DocumentFailure): string {
  switch (failure.code) {
    case 'DOCUMENT_NOT_FOUND':
      return DOCUMENT.notFound(failure.path);
    case 'DOCUMENT_TOO_LARGE':
      return DOCUMENT.tooLarge(failure.path, failure.maxBytes);
    case 'DOCUMENT_NOT_REGULAR':
      return DOCUMENT.notRegular(failure.path);
    case 'DOCUMENT_UNREADABLE':
      return unreadableNl(failure);
    case 'DOCUMENT_BINARY':
      return DOCUMENT.unknownFormat;
    case 'DOCUMENT_OFFICE':
      return failure.cause === 'old-office' ? DOCUMENT.oldOffice : DOCUMENT.zipWithoutOffice;
    case 'DOCUMENT_PDF_UNREADABLE':
      return DOCUMENT.pdfUnreadable;
    case 'DOCUMENT_PDF_NO_TEXT':
      return DOCUMENT.pdfNoText;
    case 'DOCUMENT_TOO_MANY_PAGES':
      return DOCUMENT.pdfTooManyPages(failure.pages, failure.max);
    case 'DOCUMENT_BOMB':
      return failure.container === 'pdf' ? DOCUMENT.bomb(failure.maxBytes) : DOCUMENT.zipBomb(failure.maxBytes);
    case 'DOCUMENT_TOO_SLOW':
      return failure.afterPage === null ? DOCUMENT.readTooSlow(failure.seconds) : DOCUMENT.pdfTooSlow(failure.seconds, failure.afterPage);
    case 'DOCUMENT_TOO_MUCH_MEMORY':
      return DOCUMENT.readTooMuchMemory(failure.maxMb);
    case 'DOCUMENT_READER_UNAVAILABLE':
      return DOCUMENT.readerUnavailable;
    case 'DOCUMENT_PART_TOO_LARGE':
      return DOCUMENT.officePartTooLarge(failure.part, failure.maxBytes);
    case 'DOCUMENT_TOO_MANY_CELLS':
      return DOCUMENT.tooManyCells(failure.cells, failure.max);
    case 'DOCUMENT_TOO_MANY_ROWS':
      return DOCUMENT.tooManyRows(failure.row, failure.max);
    case 'DOCUMENT_TOO_MANY_PARAGRAPHS':
      return DOCUMENT.tooManyParagraphs(failure.paragraphs, failure.max);
    case 'DOCUMENT_TOO_MANY_PIECES':
      return DOCUMENT.pdfTooManyPieces(failure.page, failure.max);
    case 'DOCUMENT_TOO_WIDE':
      return DOCUMENT.jsonTooWide(failure.max);
    case 'DOCUMENT_JSON_TOO_DEEP':
      return DOCUMENT.jsonTooDeep(failure.line, failure.max);
    case 'DOCUMENT_JSON_INVALID':
      return DOCUMENT.jsonInvalid(failure.line);
    case 'DOCUMENT_CSV_QUOTE_NOT_CLOSED':
      return DOCUMENT.csvQuoteNotClosed(failure.line);
    case 'DOCUMENT_CSV_MALFORMED':
      return DOCUMENT.csvMalformed(failure.line);
  }
}

function unreadableNl(failure: Extract<DocumentFailure, { code: 'DOCUMENT_UNREADABLE' }>): string {
  if (failure.cause === 'directory') return DOCUMENT.isDirectory(failure.path);
  if (failure.cause === 'file-system') return DOCUMENT.unreadable(failure.path, failure.errno);
  return { 'office-damaged': DOCUMENT.officeDamaged, 'office-unreadable': DOCUMENT.officeUnreadable, 'worker-failed': DOCUMENT.readFailed }[failure.cause];
}

/** The sentence of a reader's warning. */
export function sourceWarningNl(warning: SourceWarning): string {
  return warning.code === 'DOCUMENT_INVALID_BYTES' ? DOCUMENT.invalidBytes(warning.line) : DOCUMENT.extensionMismatch(warning.extension, warning.csv);
}
