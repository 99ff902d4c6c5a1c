// Begroting and jaarverslag appendices ("Bijlage: Moties en toezeggingen"): tables
// Omschrijving | Vindplaats | Stand van zaken, one per kind and status, whose title says which
// ("Door de Staten-Generaal aanvaarde moties die zijn afgerond"). Flattened to text (HTML or PDF)
// every cell is a paragraph of its own: the rows are rebuilt from the header's three columns.
import type { ParagraphBlock } from './document.ts';
import type { LayoutRow } from './rows-to-items.ts';
import { contextOfTitles, type TableContext } from './read-table.ts';
import { kindOfTitle, statusOfTitle } from './values.ts';

const HEADER_CELLS: readonly RegExp[] = [/^omschrijving\b/i, /^vindplaats\b/i, /^stand\s+van\s+zaken\b/i];
const HEADER_LINE = /^omschrijving\b.{0,60}\bvindplaats\b.{0,10}\bstand\s+van\s+zaken$/i;

/** Where a motie or toezegging was made: a Kamerstuk, Handelingen, a debate. */
const VINDPLAATS =
  /^(?:kamerstuk(?:ken)?\b|handelingen\b|aanhangsel\b|[te]k\s+\d|\d{2}\s?\d{3}\b|(?:commissie|plenair|tweeminuten|dertigleden|notaoverleg|wetgevingsoverleg|algemeen\s+overleg|schriftelijk\s+overleg|begrotingsbehandeling|mondelinge\s+vragen|vragenuur|ao\b|wgo\b|debat|brief|kamerbrief|nota\s+naar\s+aanleiding)\S*)/i;

/** The start of a motie's description in such a table. */
const ROW_START = /^(?:de\s+)?(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\b|^(?:de\s+)?toezegging\b/i;

function isVindplaats(text: string): boolean {
  return text.length <= 300 && VINDPLAATS.test(text);
}

function isTitle(text: string): boolean {
  if (text.length > 250 || ROW_START.test(text)) return false;
  if (/^(?:tabel|bijlage|overzicht)\b/i.test(text)) return true;
  return (kindOfTitle(text) !== null && statusOfTitle(text) !== null) || /^(?:moties|toezeggingen)\b/i.test(text);
}

/** Index of the header's first paragraph at or after `from`, and how many paragraphs it takes. */
function headerAt(paragraphs: readonly ParagraphBlock[], index: number): number {
  const text = paragraphs[index]?.text ?? '';
  if (HEADER_LINE.test(text)) return 1;
  if (HEADER_CELLS.every((pattern, offset) => pattern.test(paragraphs[index + offset]?.text ?? '') && (paragraphs[index + offset]?.text.length ?? 999) < 60)) {
    return 3;
  }
  return 0;
}

/** A line that is a table's title or (part of) its header: never part of a cell's paragraph. */
export function isStructureLine(line: string): boolean {
  return HEADER_LINE.test(line) || HEADER_CELLS.some((pattern) => pattern.test(line) && line.length < 60) || (/^(?:tabel|bijlage)\s+\d/i.test(line) && line.length <= 250);
}

/** True when the paragraphs hold at least one Omschrijving | Vindplaats | Stand van zaken header. */
export function hasAppendixHeader(paragraphs: readonly ParagraphBlock[]): boolean {
  return paragraphs.some((_, index) => headerAt(paragraphs, index) > 0);
}

export function readAppendixParagraphs(
  paragraphs: readonly ParagraphBlock[],
  base: TableContext,
): { rows: LayoutRow[]; context: TableContext } {
  const rows: LayoutRow[] = [];
  let context = base;
  let inTable = false;
  let titles: string[] = [];
  let index = 0;
  const startsRow = (at: number): boolean => {
    const text = paragraphs[at]?.text ?? '';
    if (text === '' || headerAt(paragraphs, at) > 0 || isTitle(text)) return false;
    return ROW_START.test(text) || isVindplaats(paragraphs[at + 1]?.text ?? '');
  };
  for (let paragraph = paragraphs[index]; paragraph; paragraph = paragraphs[index]) {
    const header = headerAt(paragraphs, index);
    if (header > 0) {
      context = contextOfTitles(titles, context);
      titles = [];
      inTable = true;
      index += header;
      continue;
    }
    if (isTitle(paragraph.text)) {
      // A new table's caption: it holds for the rows under the next header.
      titles.push(paragraph.text);
      context = { ...context, kind: null, status: null };
      inTable = false;
      index += 1;
      continue;
    }
    if (!inTable) {
      if (titles.length < 3 && paragraph.text.length <= 250) titles.push(paragraph.text);
      index += 1;
      continue;
    }
    // Omschrijving, then (when it looks like one) the vindplaats, then the status paragraphs up to the next row.
    const description = paragraph;
    index += 1;
    let vindplaats: string | null = null;
    const next = paragraphs[index];
    if (next && isVindplaats(next.text)) {
      vindplaats = next.text;
      index += 1;
    }
    const status: string[] = [];
    for (let line = paragraphs[index]; line && !startsRow(index) && headerAt(paragraphs, index) === 0 && !isTitle(line.text); line = paragraphs[index]) {
      status.push(line.text);
      index += 1;
    }
    rows.push({
      line: description.line,
      text: description.text,
      kamerstuk: vindplaats,
      statusText: status.length > 0 ? status.join('\n') : null,
      kindDefault: context.kind,
      statusDefault: context.status,
      ministryDefault: context.ministry,
      cutOff: index >= paragraphs.length && (vindplaats === null || status.length === 0),
    });
  }
  return { rows, context };
}
