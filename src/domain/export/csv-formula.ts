// CSV injection: a spreadsheet opening a CSV file runs a cell that starts with =, +, - or @ (or a
// tab or carriage return before one) as a formula, so "=HYPERLINK(…)" in an item's text would
// become a live link or worse. The export writes such a cell with an apostrophe before it, as
// OWASP advises; the import takes exactly one apostrophe off again. A text that itself starts
// with apostrophes before such a character gets one more, so every text survives the round trip.
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The cell as the CSV export writes it: "'=1+1" for "=1+1"; other cells as they are. */
export function neutraliseFormula(cell: string): string {
  return NEEDS_APOSTROPHE.test(cell) ? `'${cell}` : cell;
}

/** The cell as the export had it before neutraliseFormula: one apostrophe less before a formula character. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
