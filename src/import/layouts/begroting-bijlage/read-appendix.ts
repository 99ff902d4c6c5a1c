// Begroting and jaarverslag appendices ("Bijlage: Moties en toezeggingen"): tables
// Omschrijving | Vindplaats | Stand van zaken, one per kind and status, whose title says which
// ("Door de Staten-Generaal aanvaarde moties die zijn afgerond"). Flattened to text (HTML or PDF)
// every cell is a paragraph of its own: the rows are rebuilt from the header's three columns.
// Older appendices copied from PDF or HTML have each row as one line ("Motie van X over …
// 14-03-2011 Notaoverleg Y (32 500, nr. 41) De Tweede Kamer wordt … geïnformeerd."): such a row
// splits at its vindplaats, a date, the debate's name and a Kamerstuk in brackets.
import type { ItemKind } from '../../../domain/items.ts';
import type { ParagraphBlock } from '../source-document.ts';
import type { LayoutRow } from '../read/rows-to-items.ts';
import { contextOfTitles, type TableContext } from '../read/read-table.ts';
import { kindOfText, kindOfTitle, statusOfTitle } from '../read/values.ts';

const HEADER_CELLS: readonly RegExp[] = [/^omschrijving\b/i, /^vindplaats\b/i, /^stand\s+van\s+zaken\b/i];
const HEADER_LINE = /^omschrijving\b.{0,60}\bvindplaats\b.{0,10}\bstand\s+van\s+zaken$/i;

/** Where a motie or toezegging was made: a Kamerstuk, Handelingen, a debate. */
const VINDPLAATS =
  /^(?:kamerstuk(?:ken)?\b|handelingen\b|aanhangsel\b|[te]k\s+\d|\d{2}\s?\d{3}\b|(?:commissie|plenair|tweeminuten|dertigleden|notaoverleg|wetgevingsoverleg|algemeen\s+overleg|schriftelijk\s+overleg|begrotingsbehandeling|mondelinge\s+vragen|vragenuur|ao\b|wgo\b|debat|brief|kamerbrief|nota\s+naar\s+aanleiding)\S*)/i;

/** The start of a motie's description in such a table. */
const ROW_START =
  /^(?:de\s+)?(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\b|^(?:de\s+)?(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?:(?:van|de|der|den)\s+)*[A-ZÀ-Þ]|^(?:de\s+)?toezegging\b/i;

/**
 * Where a paragraph of a text copy breaks although no blank line separates: before a motie's
 * first line, and before a line that is a whole row (its own vindplaats) after one that is.
 */
export function breaksParagraph(line: string, current: readonly string[]): boolean {
  if (ROW_START.test(line)) return true;
  return current.length > 0 && /[.!?)]$/.test(current.at(-1) ?? '') && splitInlineVindplaats(line) !== null && splitInlineVindplaats(current.join(' ')) !== null;
}

const MONTH_WORDS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/**
 * The vindplaats inside a row's one line: a date ("14-03-2011", "19-6-2008", "14 maart 2011"),
 * the debate's name (no sentence in it) and the Kamerstuk or Handelingen in brackets, directly
 * after the name or run into it ("verloedering(28 684, nr. 158)").
 */
const INLINE_VINDPLAATS = new RegExp(
  String.raw`(?:^|\s)((\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\s+(?:${MONTH_WORDS})\s+\d{4})\s*,?\s*([^()]{0,160}?)\s*\(([^()]*\d[^()]*)\))`,
  'giu',
);

/**
 * The same vindplaats written name first: "Notaoverleg Vergunningen 14-03-2011 (32 500, nr. 41)",
 * "Algemeen overleg Wet X, 2 februari 2011 (…)". The name starts with a debate's word, capitalised.
 */
const DEBATE_NAME_START =
  'Notaoverleg|Wetgevingsoverleg|Algemeen overleg|Schriftelijk overleg|Commissiedebat|Commissieoverleg|Plenair debat|Plenaire behandeling|Begrotingsbehandeling|Begrotingsdebat|Mondelinge vragen|Vragenuur|Spoeddebat|Tweeminutendebat|Dertigledendebat|Interpellatie|Verantwoordingsdebat|Debat|AO|WGO|VAO|VSO';
const INLINE_NAME_FIRST = new RegExp(
  String.raw`(?:^|\s)(((?:${DEBATE_NAME_START})\b[^()]{0,160}?),?\s+(?:(?:van|op|d\.d\.)\s+)?(\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\s+(?:${MONTH_WORDS})\s+\d{4})\s*\(([^()]*\d[^()]*)\))`,
  'gu',
);

export interface InlineVindplaats {
  description: string;
  /** "27-02-2008 Spoeddebat CAO-onderhandelingen politie (29 628, nr. 77)" */
  vindplaats: string;
  /** The date as written. */
  date: string;
  /** What the brackets hold: "29 628, nr. 77". */
  reference: string;
  statusText: string;
}

/** A vindplaats found in a row's line: where it starts and its parts. */
interface Found {
  start: number;
  vindplaats: string;
  date: string;
  name: string;
  reference: string;
}

function* vindplaatsen(text: string): Generator<Found> {
  for (const match of text.matchAll(INLINE_VINDPLAATS)) {
    const [, vindplaats = '', date = '', name = '', reference = ''] = match;
    yield { start: match.index + match[0].length - vindplaats.length, vindplaats, date, name, reference };
  }
  for (const match of text.matchAll(INLINE_NAME_FIRST)) {
    const [, vindplaats = '', name = '', date = '', reference = ''] = match;
    yield { start: match.index + match[0].length - vindplaats.length, vindplaats, date, name, reference };
  }
}

/**
 * Splits a row written as one line at its vindplaats (date first, or the debate's name first);
 * null when the line holds none. Of the vindplaatsen found, the one that starts first is taken: a
 * name written before the date belongs to the vindplaats, not to the description.
 */
export function splitInlineVindplaats(text: string): InlineVindplaats | null {
  let best: Found | null = null;
  for (const found of vindplaatsen(text)) {
    const { name, reference, start } = found;
    // A debate's name starts with a capital and holds no sentence; the brackets hold a Kamerstuk or Handelingen.
    if ((name !== '' && !/^\p{Lu}/u.test(name)) || /[.!?]\s+\p{Lu}/u.test(name) || !/\d{2}\s?\d{3}|handelingen|nr\.?\s*\d/i.test(reference)) continue;
    if (text.slice(0, start).trim().length < 10) continue;
    if (!best || start < best.start) best = found;
  }
  if (!best) return null;
  const { start, vindplaats, date, reference } = best;
  return { description: text.slice(0, start).trim(), vindplaats: vindplaats.trim(), date, reference: reference.trim(), statusText: text.slice(start + vindplaats.length).trim() };
}

/** A row's description that starts as a motie does ("Motie van …", "De gewijzigde motie …"). */
const MOTIE_START = /^(?:de\s+)?(?:(?:nader\s+)?gewijzigde\s+)?motie\b/i;

/**
 * The kind of a row: a motie when its description starts as one; in a table of moties (or of
 * both), a row that does not (and reads as no motie) is a toezegging made in the same debate.
 */
function kindOfRow(text: string, tableKind: ItemKind | null): ItemKind | null {
  if (MOTIE_START.test(text)) return 'motie';
  if (tableKind === 'toezegging') return 'toezegging';
  return kindOfText(text) === 'motie' ? 'motie' : 'toezegging';
}

function isVindplaats(text: string): boolean {
  return text.length <= 300 && VINDPLAATS.test(text);
}

function isTitle(text: string): boolean {
  if (text.length > 250 || ROW_START.test(text)) return false;
  if (/^(?:tabel|bijlage|overzicht)\b/i.test(text)) return true;
  // "In behandeling zijnde moties", "Afgedane toezeggingen": a short caption naming kind and status.
  if (text.length <= 80 && kindOfTitle(text) !== null && statusOfTitle(text) !== null) return true;
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

/**
 * False when no paragraph of `text` (paragraphsOfText) can hold a header (exact, so a text that is
 * no appendix is not cut into paragraphs: a 10,000-item overview's took 70-80 ms). Every header
 * holds "omschrijving" and "vindplaats" (HEADER_LINE, or HEADER_CELLS in three paragraphs; ASCII
 * letters match only ASCII letters without the u flag), and a paragraph's text is its lines' with
 * only white space changed: each word is then in one line of the text as it is. An overview with
 * an Omschrijving column but no Vindplaats (a table of moties as Word or Excel) is not cut either.
 */
export function mayHaveAppendixHeader(text: string): boolean {
  return /omschrijving/i.test(text) && /vindplaats/i.test(text);
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
  /** The table has each row on one line (its vindplaats inside), not one paragraph per cell. */
  let oneLine = false;
  let titles: string[] = [];
  let index = 0;
  const startsRow = (at: number): boolean => {
    const text = paragraphs[at]?.text ?? '';
    if (text === '' || headerAt(paragraphs, at) > 0 || isTitle(text)) return false;
    return ROW_START.test(text) || isVindplaats(paragraphs[at + 1]?.text ?? '') || (oneLine && splitInlineVindplaats(text) !== null);
  };
  /** A short section name ("Veiligheid") just above the next table's caption: no part of a status text. */
  const isSectionName = (at: number): boolean => {
    const text = paragraphs[at]?.text ?? '';
    const next = paragraphs[at + 1]?.text ?? '';
    return text.length <= 60 && !/[.!?:;]$/.test(text) && (isTitle(next) || headerAt(paragraphs, at + 1) > 0);
  };
  for (let paragraph = paragraphs[index]; paragraph; paragraph = paragraphs[index]) {
    const header = headerAt(paragraphs, index);
    if (header > 0) {
      context = contextOfTitles(titles, context);
      titles = [];
      inTable = true;
      index += header;
      const first = paragraphs[index]?.text ?? '';
      oneLine = splitInlineVindplaats(first) !== null && !isVindplaats(paragraphs[index + 1]?.text ?? '');
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
    if (isSectionName(index)) {
      index += 1;
      continue;
    }
    const description = paragraph;
    index += 1;
    let text = description.text;
    let vindplaats: string | null = null;
    let date: string | null = null;
    const status: string[] = [];
    const next = paragraphs[index];
    const inline = !oneLine || (next && isVindplaats(next.text)) ? null : splitInlineVindplaats(text);
    if (inline) {
      text = inline.description;
      vindplaats = inline.reference;
      date = inline.date;
      if (inline.statusText !== '') status.push(inline.statusText);
    } else if (next && isVindplaats(next.text)) {
      vindplaats = next.text;
      index += 1;
    }
    for (
      let line = paragraphs[index];
      line && !startsRow(index) && headerAt(paragraphs, index) === 0 && !isTitle(line.text) && !isSectionName(index);
      line = paragraphs[index]
    ) {
      status.push(line.text);
      index += 1;
    }
    rows.push({
      line: description.line,
      text,
      kamerstuk: vindplaats,
      date,
      statusText: status.length > 0 ? status.join('\n') : null,
      kindDefault: kindOfRow(text, context.kind),
      statusDefault: context.status,
      ministryDefault: context.ministry,
      cutOff: index >= paragraphs.length && (vindplaats === null || status.length === 0),
    });
  }
  return { rows, context };
}
