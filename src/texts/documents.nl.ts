// What a person reads when a file cannot be read as an overview (`motie import`, the preview's
// upload): too large, not a file, a scan without text, an old Word file … Each names what to do.
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const DOCUMENT = {
  tooLarge: (path: string, maxBytes: number) => `Het bestand ${path} is groter dan ${mb(maxBytes)} MB; dat is geen overzicht van moties en toezeggingen.`,
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
  tooManyCells: (cells: number, max: number) => `Dit Excel-bestand heeft ${cells} cellen; de bot leest er hoogstens ${max}. Er is niets geïmporteerd.`,
  tooManyRows: (row: number, max: number) =>
    `Dit Excel-bestand heeft een waarde op rij ${row}; de bot leest hoogstens ${max} rijen (haal weg wat onder het overzicht staat). Er is niets geïmporteerd.`,
  tooManyParagraphs: (paragraphs: number, max: number) => `Dit Word-bestand heeft ${paragraphs} alinea's; de bot leest er hoogstens ${max}. Er is niets geïmporteerd.`,
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
