// Excel (.xlsx) → one table per visible worksheet, read as a stream (issue 22.5 / 28): the
// workbook, its relationships, the styles (which number formats are dates), the shared strings
// and each sheet are inflated one at a time and parsed with a SAX parser; only cells that exist
// are kept. exceljs built a model of every cell (290 MB and 5 s for 10,000 rows).
//
// The result is what the earlier exceljs-based reader gave (tests/import/document/
// xlsx-reader.test.ts compares the two): date cells become YYYY-MM-DD, rich text its text,
// formulas their cached result, booleans ja/nee, errors nothing (and, unlike exceljs, _xHHHH_
// escapes decoded in inline strings and values too, not only in shared strings); a merged cell repeats its value
// in every cell it covers; hidden sheets and columns past 200 are left out; rows between rows
// with values stay as empty rows, so positions hold. A value below row `maxRows` refuses the file.
import { utcDayOf } from '../../domain/dates/calendar-date.ts';
import type { TableBlock } from '../layouts/index.ts';
import { withXmlParser, type XmlParse } from './xml-stream.ts';
import { zipEntry } from './zip-limits.ts';

/** The columns read of a sheet (the rest is ignored, as before). */
const MAX_COLUMNS = 200;

/** A sheet with a value below `maxRows`, or merged ranges covering more than `maxCells` cells: refused (issue 22.5). */
export type XlsxRefusal = { refused: 'rows'; row: number } | { refused: 'cells'; cells: number };

export interface XlsxLimits {
  maxPartBytes: number;
  maxRows: number;
  maxCells: number;
}

/** exceljs' isDateFmt: a format with y, m, d, h, s or b outside quotes and brackets. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** The built-in number formats exceljs knows that are dates (14–22, 45–47). */
const BUILT_IN_FORMATS: Record<string, string> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/**
 * A text of type ST_Xstring (ECMA-376 22.9.2.19: a shared or inline string's `t`, a cell's `v`) with
 * its _xHHHH_ escapes decoded: Excel writes a carriage return as _x000D_ and a literal "_x000D_" as
 * _x005F_x000D_ (one pass, left to right, undoes both). Hex digits in either case (openpyxl writes
 * lower case, as MS-OI29500's own _x005f_).
 */
const decodeEscapes = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);

function relationships(parseXml: XmlParse, data: Buffer | null): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (!data) return out;
  parseXml(data, {
    open(name, attribute) {
      if (name !== 'relationships:Relationship') return;
      const id = attribute('Id');
      const target = attribute('Target');
      if (id !== undefined && target !== undefined) out.set(id, { type: attribute('Type')?.split('/').pop() ?? '', target });
    },
    close() {},
    text() {},
  });
  return out;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out: string[] = [];
  for (const part of `${base}${target}`.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

interface Sheet {
  name: string;
  state: string | undefined;
  id: string | undefined;
}

function readWorkbook(parseXml: XmlParse, data: Buffer): { sheets: Sheet[]; date1904: boolean } {
  const sheets: Sheet[] = [];
  let date1904 = false;
  parseXml(data, {
    open(name, attribute) {
      if (name === 'sheet') sheets.push({ name: attribute('name') ?? '', state: attribute('state'), id: attribute('r:id') });
      else if (name === 'workbookPr') {
        const value = attribute('date1904');
        date1904 = value === '1' || value === 'true';
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** For each style index (cellXfs), whether its number format is a date. */
function readDateStyles(parseXml: XmlParse, data: Buffer | null): boolean[] {
  if (!data) return [];
  const formats = new Map<string, string>(Object.entries(BUILT_IN_FORMATS));
  const styles: string[] = [];
  let inCellXfs = false;
  parseXml(data, {
    open(name, attribute) {
      if (name === 'numFmt') {
        const id = attribute('numFmtId');
        if (id !== undefined) formats.set(id, attribute('formatCode') ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(attribute('numFmtId') ?? '0');
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return styles.map((id) => id !== '0' && isDateFormat(formats.get(id)));
}

/** The shared strings: plain or rich text (its runs joined); phonetic runs (rPh) left out. */
function readSharedStrings(parseXml: XmlParse, data: Buffer | null): string[] {
  if (!data) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  /** The current `t`'s text, decoded when it closes (a CDATA section gives it in more than one event). */
  let run = '';
  let phonetic = 0;
  parseXml(data, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) {
        inText = true;
        run = '';
      }
    },
    close(name) {
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      } else if (name === 'rPh') phonetic -= 1;
      else if (name === 't' && inText) {
        inText = false;
        if (current !== null) current += decodeEscapes(run);
      }
    },
    text(value) {
      if (inText) run += value;
    },
  });
  return strings;
}

const columnOf = (reference: string): number => {
  let column = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return column;
};

const rowOf = (reference: string): number => Number(/\d+$/.exec(reference)?.[0] ?? NaN);

interface SheetCells {
  rows: Map<number, Map<number, string>>;
  merges: string[];
}

/** One worksheet's cells that hold text (columns ≤ 200), and its merged ranges. */
function readSheetCells(parseXml: XmlParse, data: Buffer, strings: readonly string[], dateStyles: readonly boolean[], date1904: boolean): SheetCells {
  const rows = new Map<number, Map<number, string>>();
  const merges: string[] = [];
  let rowNumber = 0;
  let column = 0;
  let cells: Map<number, string> | null = null;
  let cell: { type: string | undefined; style: number; formula: boolean; value: string | undefined; inline: string | null } | null = null;
  let collect: 'v' | 'f' | 't' | null = null;
  /** An inline string's current `t`, decoded when it closes (as a shared string's). */
  let run = '';
  let phonetic = 0;
  const number = (value: string, style: number): string => {
    const parsed = parseFloat(value);
    // An empty or non-numeric value (`<v></v>`, written by some tools) is its text as written, never "NaN".
    if (Number.isNaN(parsed)) return decodeEscapes(value).trim();
    if (!dateStyles[style]) return String(parsed);
    const day = new Date(Math.round((parsed - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
    return Number.isNaN(day.getTime()) ? '' : utcDayOf(day);
  };
  // A date cell (t="d", ECMA-376 ST_CellType): its value is an ISO 8601 date or date-time, written by LibreOffice,
  // openpyxl and others (Excel writes a serial number with a date style). The calendar day as written, as a
  // date-styled number reads; anything else as its text.
  const isoDay = (value: string): string => {
    const text = decodeEscapes(value).trim();
    return /^\d{4}-\d{2}-\d{2}(?![\d-])/.exec(text)?.[0] ?? text;
  };
  const textOf = (c: NonNullable<typeof cell>): string => {
    const value = c.value;
    if (c.formula) {
      if (value === undefined) return '';
      if (c.type === 'str') return decodeEscapes(value);
      if (c.type === 'b') return parseInt(value, 10) !== 0 ? 'ja' : 'nee';
      if (c.type === 'e') return '';
      if (c.type === 'd') return isoDay(value);
      return number(value, c.style);
    }
    if (c.type === 'inlineStr') return c.inline ?? '';
    if (value === undefined) return '';
    switch (c.type) {
      case 's':
        return strings[parseInt(value, 10)] ?? '';
      case 'str':
        return decodeEscapes(value);
      case 'b':
        return parseInt(value, 10) !== 0 ? 'ja' : 'nee';
      case 'e':
        return '';
      case 'd':
        return isoDay(value);
      default:
        return number(value, c.style);
    }
  };
  parseXml(data, {
    open(name, attribute) {
      switch (name) {
        case 'row': {
          const r = attribute('r');
          rowNumber = r === undefined ? rowNumber + 1 : parseInt(r, 10);
          column = 0;
          cells = rows.get(rowNumber) ?? null;
          return;
        }
        case 'c': {
          const reference = attribute('r');
          const fromReference = reference === undefined ? 0 : columnOf(reference);
          column = fromReference > 0 ? fromReference : column + 1;
          const style = attribute('s');
          cell = { type: attribute('t'), style: style === undefined ? 0 : parseInt(style, 10), formula: false, value: undefined, inline: null };
          return;
        }
        case 'v':
          if (cell) {
            cell.value = '';
            collect = 'v';
          }
          return;
        case 'f':
          if (cell) {
            cell.formula = true;
            collect = 'f';
          }
          return;
        case 'is':
          if (cell) cell.inline = '';
          return;
        case 'rPh':
          phonetic += 1;
          return;
        case 't':
          if (cell?.inline !== null && cell && phonetic === 0) {
            collect = 't';
            run = '';
          }
          return;
        case 'mergeCell': {
          const ref = attribute('ref');
          if (ref) merges.push(ref);
          return;
        }
        default:
      }
    },
    close(name) {
      switch (name) {
        case 't':
          if (collect === 't' && cell) cell.inline = `${cell.inline ?? ''}${decodeEscapes(run)}`;
          collect = null;
          return;
        case 'v':
        case 'f':
          collect = null;
          return;
        case 'rPh':
          phonetic -= 1;
          return;
        case 'c': {
          const c = cell;
          cell = null;
          if (!c || column > MAX_COLUMNS || column < 1) return;
          const value = textOf(c);
          const text = (value.includes('\r') ? value.replace(/\r/g, '') : value).trim();
          if (text === '') return;
          if (!cells) {
            cells = new Map();
            rows.set(rowNumber, cells);
          }
          cells.set(column, text);
          return;
        }
        case 'row':
          cells = null;
          return;
        default:
      }
    },
    text(value) {
      if (!cell || collect === null || collect === 'f') return;
      if (collect === 'v') cell.value = `${cell.value ?? ''}${value}`;
      else run += value; // exceljs decoded _xHHHH_ only in shared strings; Excel reads them in inline strings and values too
    },
  });
  return { rows, merges };
}

/**
 * Applies merged ranges as exceljs did: every cell of a range takes the top-left cell's text (none
 * when it has none), rows included. Only columns ≤ 200 and rows up to one past `maxRows` are
 * visited, and at most `maxCells` cells in all.
 */
function applyMerges(sheet: SheetCells, maxRows: number, maxCells: number): XlsxRefusal | null {
  let visited = 0;
  for (const range of sheet.merges) {
    const [from = '', to = from] = range.split(':');
    const top = rowOf(from);
    const left = columnOf(from);
    const bottom = rowOf(to);
    const right = columnOf(to);
    if (!(top >= 1 && left >= 1 && bottom >= top && right >= left)) continue;
    const master = sheet.rows.get(top)?.get(left);
    for (let r = top; r <= Math.min(bottom, maxRows + 1); r += 1) {
      for (let c = left; c <= Math.min(right, MAX_COLUMNS); c += 1) {
        visited += 1;
        if (visited > maxCells) return { refused: 'cells', cells: visited };
        if (r === top && c === left) continue;
        let cells = sheet.rows.get(r);
        if (master === undefined) {
          cells?.delete(c);
          continue;
        }
        if (!cells) {
          cells = new Map();
          sheet.rows.set(r, cells);
        }
        cells.set(c, master);
      }
    }
  }
  return null;
}

/** `inflated`: parts checkZip inflated with the same part limit (zipEntry). */
export function readXlsx(bytes: Uint8Array, limits: XlsxLimits, inflated?: ReadonlyMap<string, Buffer>): TableBlock[] | XlsxRefusal {
  return withXmlParser((parseXml) => readXlsxWith(parseXml, bytes, limits, inflated));
}

function readXlsxWith(parseXml: XmlParse, bytes: Uint8Array, limits: XlsxLimits, inflated?: ReadonlyMap<string, Buffer>): TableBlock[] | XlsxRefusal {
  const entry = (path: string) => zipEntry(bytes, path, limits.maxPartBytes, inflated);
  const main = resolve('', [...relationships(parseXml, entry('_rels/.rels')).values()].find((r) => r.type === 'officeDocument')?.target ?? 'xl/workbook.xml');
  const workbookData = entry(main) ?? entry('xl/workbook.xml');
  if (!workbookData) throw new Error('xlsx: no workbook part');
  const base = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const related = relationships(parseXml, entry(`${base}_rels/${main.slice(base.length)}.rels`));
  const partOf = (type: string, fallback: string) => {
    const target = [...related.values()].find((r) => r.type === type)?.target;
    return entry(target === undefined ? fallback : resolve(base, target));
  };
  const workbook = readWorkbook(parseXml, workbookData);
  const dateStyles = readDateStyles(parseXml, partOf('styles', `${base}styles.xml`));
  const strings = readSharedStrings(parseXml, partOf('sharedStrings', `${base}sharedStrings.xml`));
  const tables: TableBlock[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const relation = sheet.id === undefined ? undefined : related.get(sheet.id);
    if (relation?.type !== 'worksheet') continue;
    const data = entry(resolve(base, relation.target));
    if (!data) continue;
    const cells = readSheetCells(parseXml, data, strings, dateStyles, workbook.date1904);
    const refusal = applyMerges(cells, limits.maxRows, limits.maxCells);
    if (refusal) return refusal;
    const numbers = [...cells.rows.keys()].filter((r) => (cells.rows.get(r)?.size ?? 0) > 0).sort((a, b) => a - b);
    const beyond = numbers.filter((r) => r > limits.maxRows).at(-1);
    if (beyond !== undefined) return { refused: 'rows', row: beyond };
    let width = 0;
    for (const r of numbers) for (const c of cells.rows.get(r)?.keys() ?? []) width = Math.max(width, c);
    const rows: string[][] = [];
    const last = numbers.at(-1) ?? 0;
    for (let r = 1; r <= last; r += 1) {
      const row = cells.rows.get(r);
      const line: string[] = [];
      for (let c = 1; c <= width; c += 1) line.push(row?.get(c) ?? '');
      rows.push(line);
    }
    tables.push({ type: 'table', rows, line: 1, sheet: sheet.name });
  }
  return tables;
}
