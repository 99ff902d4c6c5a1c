// The first pass of the overview parser: lines → raw rows (request lines, codes, status lines),
// following the table layout of a stand-van-zaken document flattened to text.
import type { ItemKind, ItemStatus, Responsibility } from '../../../domain/items.ts';
import { endsInHardBreak, type SourceLine } from '../read/normalise-text.ts';
import { parseDateCell } from '../read/values.ts';
import { parseCodeLine } from '../read/parse-codes.ts';
import type { ImportProblem } from '../import-item.ts';
import { anyOf, DATE_LINE, MOTIE_START, PAGE_NOISE, readDateLine, SECTION_HEADINGS } from '../read/vocabulary.ts';

export interface RawRow {
  kind: ItemKind;
  /** Whether the row started with "Motie van …" (else: a paragraph before a code line). */
  motieHeader: boolean;
  line: number;
  /** Request paragraphs, each a list of lines. */
  request: string[][];
  responsible: Responsibility[];
  unknownCodes: string[];
  statusLine: number | null;
  /** Status paragraphs, each a list of lines. */
  status: string[][];
  /** The status a "Stand van zaken: afgerond" line (an export of motiebot) gives the row. */
  statusMark: ItemStatus | null;
  /** "Stand van zaken: deels afgedaan": open, partly done. */
  partlyMark: boolean;
  /** The term a "Termijn: eind maart 2026 (uiterlijk 2026-03-31)" line (an export) gives the row; deadline null for words alone. */
  termMark: { text: string; deadline: string | null } | null;
}

/** "Status: afgerond" (and "Stand van zaken: afgerond" of earlier exports): the status line of motiebot's text export. */
const STATUS_MARK = /^(?:status|stand\s+van\s+zaken):\s*(open|deels\s+afgedaan|afgerond|vervallen)$/i;
const STATUS_OF_MARK: Record<string, ItemStatus> = { open: 'open', 'deels afgedaan': 'open', afgerond: 'done', vervallen: 'lapsed' };
/** "Termijn: eind maart 2026 (uiterlijk 2026-03-31)", "Termijn: na de zomer", "Termijn: geen": the term line of motiebot's text export. */
/** The Tweede Kamer sync's facts an export writes under an item (tkFactsLine): not part of the stand van zaken. */
const TK_FACTS_MARK = /^(?:kabinetsappreciatie|termijn van de kamer):\s/i;
const TERM_MARK = /^termijn:\s*(.+?)\s*(?:\(uiterlijk\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})\))?$/iu;

/** A status paragraph that opens like a motie's request: a row whose header went missing. */
const LOOKS_LIKE_A_REQUEST = /^(?:motie\b|de\s+tweede\s+kamer,?\s+(?:verzoekt|roept|spreekt|constateert)\b)/i;

type LineKind =
  | { type: 'blank' }
  | { type: 'noise' }
  | { type: 'statusMark'; status: ItemStatus; partly: boolean }
  | { type: 'termMark'; text: string; deadline: string | null }
  | { type: 'footnote' }
  | { type: 'heading'; kind: ItemKind }
  | { type: 'motie' }
  | { type: 'prose' };

/** The kinds without details: one object each (a document has tens of thousands of lines). */
const BLANK: LineKind = { type: 'blank' };
const NOISE: LineKind = { type: 'noise' };
const FOOTNOTE: LineKind = { type: 'footnote' };
const MOTIE: LineKind = { type: 'motie' };
const PROSE: LineKind = { type: 'prose' };

/**
 * Every pattern classify tries, as few regular expressions (anyOf): a line none of them matches is
 * prose, as nine in ten lines of an overview are; it is not tried pattern by pattern (issue 28).
 * (readDateLine reads a line DATE_LINE matches; the line is trimmed already.)
 */
const MAY_BE_MARKED = anyOf([
  ...SECTION_HEADINGS.map((heading) => heading.pattern),
  MOTIE_START,
  STATUS_MARK,
  TK_FACTS_MARK,
  TERM_MARK,
  ...PAGE_NOISE,
  DATE_LINE,
]);

/**
 * Lines from which classify tries MAY_BE_MARKED first. Compiling that regular expression costs a few
 * milliseconds that a document of a few hundred lines does not win back (the sample: +7 ms); a
 * 10,000-item overview has 116,000 lines. Either way a line is classified alike.
 */
const GATED_FROM_LINES = 20_000;

function mayBeMarked(text: string): boolean {
  for (const pattern of MAY_BE_MARKED) if (pattern.test(text)) return true;
  return false;
}

function classify(line: SourceLine, isFootnote: boolean, gated: boolean): LineKind {
  if (line.text === '') return BLANK;
  if (isFootnote) return FOOTNOTE;
  if (gated && !mayBeMarked(line.text)) return PROSE;
  for (const heading of SECTION_HEADINGS) {
    if (heading.pattern.test(line.text)) return { type: 'heading', kind: heading.kind };
  }
  if (MOTIE_START.test(line.text)) return MOTIE;
  const status = STATUS_MARK.exec(line.text);
  if (status) {
    const word = (status[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    return { type: 'statusMark', status: STATUS_OF_MARK[word] ?? 'open', partly: word === 'deels afgedaan' };
  }
  if (TK_FACTS_MARK.test(line.text)) return NOISE;
  const term = TERM_MARK.exec(line.text);
  // The date as an export writes it now ("31 maart 2026") or did before (2026-03-31).
  if (term) return { type: 'termMark', text: term[1] ?? '', deadline: term[2] ? parseDateCell(term[2]) : null };
  if (PAGE_NOISE.some((pattern) => pattern.test(line.text)) || readDateLine(line.text)) return NOISE;
  return PROSE;
}

/**
 * Whether the text is motiebot's own export (`motie overzicht`): it writes every item's status on
 * a line of its own ("Status: afgerond"), which no other stand van zaken has. Only that text reads a
 * line ending in a backslash as a hard line break (review4 L3).
 */
export function isOwnExport(lines: readonly SourceLine[]): boolean {
  return lines.some((line) => STATUS_MARK.test(line.text));
}

/** The kinds of line that may stand between a paragraph and the code line after it. */
const BETWEEN_PARAGRAPHS: ReadonlySet<string> = new Set<LineKind['type']>(['blank', 'noise', 'statusMark', 'termMark', 'footnote']);

/**
 * The kind of every line, and the lines after a hard line break (endsInHardBreak): they continue
 * their paragraph, whatever they read like. (A function of its own: its loop is compiled by itself,
 * not with parseStructure's: issue 28.)
 */
function lineKinds(lines: readonly SourceLine[], footnoteLines: ReadonlySet<number>, hardBreaks: boolean): { kinds: LineKind[]; continuations: Set<number> } {
  const kinds: LineKind[] = [];
  const continuations = new Set<number>();
  const gated = lines.length >= GATED_FROM_LINES;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    const previous = hardBreaks && index > 0 && line.text !== '' ? (kinds[index - 1] as LineKind).type : null;
    if ((previous === 'prose' || previous === 'motie') && endsInHardBreak((lines[index - 1] as SourceLine).text)) {
      continuations.add(index);
      kinds.push(PROSE);
    } else {
      kinds.push(classify(line, footnoteLines.has(index), gated));
    }
  }
  return { kinds, continuations };
}

/** `hardBreaks`: a line ending in a backslash is a hard line break (normalise-text endsInHardBreak). */
export function parseStructure(
  lines: readonly SourceLine[],
  footnoteLines: ReadonlySet<number>,
  hardBreaks = false,
): { rows: RawRow[]; problems: ImportProblem[] } {
  const { kinds, continuations } = lineKinds(lines, footnoteLines, hardBreaks);
  const rows: RawRow[] = [];
  const problems: ImportProblem[] = [];
  let section: ItemKind | null = null;
  let current: RawRow | null = null;
  let state: 'outside' | 'request' | 'status' = 'outside';
  /** True when the previous content line ended a paragraph (blank, footnote or noise between). */
  let paragraphStart = true;

  /** Does the paragraph starting at `index` run into a status line (codes) after it? */
  const followedByCodes = (index: number): boolean => {
    let i = index;
    while (i < lines.length && kinds[i]?.type === 'prose') i += 1;
    while (i < lines.length && BETWEEN_PARAGRAPHS.has(kinds[i]?.type ?? '')) i += 1;
    const next = lines[i];
    return next !== undefined && kinds[i]?.type === 'prose' && parseCodeLine(next.text) !== null;
  };

  const startRow = (kind: ItemKind, motieHeader: boolean, line: SourceLine): RawRow => {
    const row: RawRow = {
      kind,
      motieHeader,
      line: line.no,
      request: [[line.text]],
      responsible: [],
      unknownCodes: [],
      statusLine: null,
      status: [],
      statusMark: null,
      partlyMark: false,
      termMark: null,
    };
    rows.push(row);
    return row;
  };

  const append = (paragraphs: string[][], text: string, newParagraph: boolean) => {
    const last = paragraphs[paragraphs.length - 1];
    if (!last || newParagraph) paragraphs.push([text]);
    else last.push(text);
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    const kind = kinds[index] ?? BLANK;
    switch (kind.type) {
      case 'blank':
      case 'noise':
      case 'footnote':
        paragraphStart = true;
        continue;
      case 'statusMark':
        if (current) {
          current.statusMark = kind.status;
          current.partlyMark = kind.partly;
        }
        paragraphStart = true;
        continue;
      case 'termMark':
        if (current) current.termMark = { text: kind.text, deadline: kind.deadline };
        paragraphStart = true;
        continue;
      case 'heading':
        section = kind.kind;
        current = null;
        state = 'outside';
        paragraphStart = true;
        continue;
      case 'motie':
        current = startRow('motie', true, line);
        state = 'request';
        paragraphStart = false;
        continue;
      case 'prose':
        break;
    }

    if (state === 'request' && current) {
      const codes = continuations.has(index) ? null : (parseCodeLine(line.text) ?? (paragraphStart ? parseCodeLine(line.text, true) : null));
      if (codes) {
        current.responsible = codes.responsible;
        current.unknownCodes = codes.unknown;
        current.statusLine = line.no;
        if (codes.rest !== '') current.status.push([codes.rest]);
        state = 'status';
      } else {
        append(current.request, line.text, paragraphStart);
      }
    } else if (paragraphStart && followedByCodes(index) && parseCodeLine(line.text) === null) {
      // A paragraph followed by a code line is the next row (toezeggingen have no "Motie van").
      current = startRow(section ?? 'toezegging', false, line);
      state = 'request';
    } else if (state === 'status' && current) {
      if (paragraphStart && LOOKS_LIKE_A_REQUEST.test(line.text)) {
        problems.push({
          line: line.no,
          code: 'OVERVIEW_ROW_UNCLEAR',
          severity: 'error',
        });
      }
      append(current.status, line.text, paragraphStart);
    } else if (rows.length > 0 || section !== null) {
      problems.push({
        line: line.no,
        code: 'OVERVIEW_LINE_SKIPPED',
        severity: 'warning',
        text: line.text,
      });
    }
    paragraphStart = false;
  }
  return { rows, problems };
}
