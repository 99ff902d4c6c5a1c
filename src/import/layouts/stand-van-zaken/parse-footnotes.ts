// Footnotes of an overview: "6 Kamerstukken II 2022/23, 34843, nr. 79." at the foot of a page.
import type { KamerstukRef } from '../../../domain/items.ts';
import { parseKamerstukReference } from '../read/kamerstuk-reference.ts';
import { addFootnoteMarkers, endsInHardBreak, type SourceLine } from '../read/normalise-text.ts';
import type { ImportProblem } from '../import-item.ts';

export interface Footnote {
  number: number;
  line: number;
  text: string;
  /** The Kamerstuk it cites, when it cites one. */
  ref: KamerstukRef | null;
}

const FOOTNOTE_LINE = /^(\d{1,3})\s+(\S.*)$/;
/**
 * Footnote 1000 and up (a long overview). A line that starts with four digits is more often a
 * wrapped "2025 …" of the body, so such a line is a footnote only when a marker points to it, the
 * footnote before it is there, and it reads like one (a capital or a link after the number).
 */
const LONG_FOOTNOTE_LINE = /^(\d{4,5})\s+(\S.*)$/;
const LONG_FOOTNOTE_START = /^(?:\p{Lu}|https?:|www\.)/u;
/** A footnote that names a parliamentary paper: accepted even when no marker points to it. */
const STRONG_REFERENCE = /^(?:kamerstukken?|handelingen|aanhangsel|kamerbrief|tk\s)/i;
/** Words a footnote uses; a numbered line without any of them is body text. */
const REFERENCE_WORDS = /\b(?:kamerstukk?en?|handelingen|aanhangsel|nr\.?|kamerbrief|brief|zie|https?:|www\.)/i;

/** FOOTNOTE_LINE and LONG_FOOTNOTE_LINE start with a digit: most lines (text, not notes) are passed by this test alone. */
function startsWithDigit(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** A footnote's continuation starts in lower case; a footnote ending in "." or ")" has none. */
const LOWER_START = /^\p{Ll}/u;
const CLOSED = /[.)]$/;

export interface ParsedFootnotes {
  footnotes: Map<number, Footnote>;
  /** Indexes (into the lines array) of footnote lines and their continuations. */
  lineIndexes: Set<number>;
  problems: ImportProblem[];
}

// Each step below is a function of its own with one loop over the lines: a long document's lines
// are read once per step, and each loop is compiled by itself (in one function, the optimised code
// of the first loop was thrown away at the next: issue 28).

/** Footnote lines in line order: their line indexes, numbers and bodies (what follows the number), as parallel lists. */
interface NumberedLines {
  indexes: number[];
  numbers: number[];
  bodies: string[];
}

/** `hardBreaks`: a line ending in a backslash is a hard line break (normalise-text endsInHardBreak). */
export function parseFootnotes(lines: readonly SourceLine[], hardBreaks = false): ParsedFootnotes {
  const short: NumberedLines = { indexes: [], numbers: [], bodies: [] };
  const long: NumberedLines = { indexes: [], numbers: [], bodies: [] };
  const candidates = footnoteCandidates(lines, hardBreaks, short, long);
  // The markers are read for the footnote lines' numbers: a text without any is not read for them.
  const markers = short.indexes.length === 0 && long.indexes.length === 0 ? new Set<number>() : markersOutside(lines, candidates);
  const all = withLongFootnotes(short, long, markers);
  return footnotesOf(lines, all, markers);
}

/**
 * Line index → footnote number of every line that reads like a footnote (numbered, with a reference
 * word), each also in `short` (with its body); and in `long`, every line that reads like a footnote
 * numbered 1000 or up (LONG_FOOTNOTE_LINE), whether a marker points to it or not (the markers are
 * read next, on the lines that are not in the map).
 */
function footnoteCandidates(lines: readonly SourceLine[], hardBreaks: boolean, short: NumberedLines, long: NumberedLines): Map<number, number> {
  const candidates = new Map<number, number>();
  for (let index = 0; index < lines.length; index += 1) {
    const text = (lines[index] as SourceLine).text;
    if (!startsWithDigit(text)) continue;
    // The line after a hard line break continues a paragraph: "2 brieven, zie …" is no footnote there.
    if (hardBreaks && index > 0 && endsInHardBreak(lines[index - 1]?.text ?? '')) continue;
    const match = FOOTNOTE_LINE.exec(text);
    if (match) {
      const body = match[2] ?? '';
      if (!REFERENCE_WORDS.test(body)) continue;
      const number = Number(match[1]);
      candidates.set(index, number);
      short.indexes.push(index);
      short.numbers.push(number);
      short.bodies.push(body);
      continue;
    }
    const longMatch = LONG_FOOTNOTE_LINE.exec(text);
    const body = longMatch?.[2];
    if (body === undefined || !LONG_FOOTNOTE_START.test(body) || !REFERENCE_WORDS.test(body)) continue;
    long.indexes.push(index);
    long.numbers.push(Number(longMatch?.[1]));
    long.bodies.push(body);
  }
  return candidates;
}

/** The numbers of the footnote markers on every line that is not a footnote candidate. */
function markersOutside(lines: readonly SourceLine[], candidates: ReadonlyMap<number, number>): Set<number> {
  const markers = new Set<number>();
  for (let index = 0; index < lines.length; index += 1) {
    if (candidates.has(index)) continue;
    addFootnoteMarkers((lines[index] as SourceLine).text, markers);
  }
  return markers;
}

/**
 * The footnote lines: the short ones, and the long ones (see LONG_FOOTNOTE_LINE) a marker points to
 * whose number follows one that is there, in line order.
 */
function withLongFootnotes(short: NumberedLines, long: NumberedLines, markers: ReadonlySet<number>): NumberedLines {
  if (long.indexes.length === 0) return short;
  const numbers = new Set(short.numbers);
  const marked: number[] = [];
  for (const number of long.numbers) if (markers.has(number)) marked.push(number);
  if (marked.length === 0) return short;
  for (const number of [...new Set(marked)].sort((a, b) => a - b)) {
    if (numbers.has(number - 1)) numbers.add(number);
  }
  // Both lists are in line order, and a line is in at most one of them: merged, not sorted.
  const all: NumberedLines = { indexes: [], numbers: [], bodies: [] };
  let s = 0;
  for (let l = 0; l < long.indexes.length; l += 1) {
    const number = long.numbers[l] as number;
    if (!markers.has(number) || !numbers.has(number)) continue;
    const index = long.indexes[l] as number;
    for (; s < short.indexes.length && (short.indexes[s] as number) < index; s += 1) addNumbered(all, short, s);
    addNumbered(all, long, l);
  }
  for (; s < short.indexes.length; s += 1) addNumbered(all, short, s);
  return all;
}

function addNumbered(into: NumberedLines, from: NumberedLines, at: number): void {
  into.indexes.push(from.indexes[at] as number);
  into.numbers.push(from.numbers[at] as number);
  into.bodies.push(from.bodies[at] as string);
}

/** The footnotes of the footnote lines a marker points to (or that cite a parliamentary paper), with their continuation lines. */
function footnotesOf(lines: readonly SourceLine[], numbered: NumberedLines, markers: ReadonlySet<number>): ParsedFootnotes {
  const footnotes = new Map<number, Footnote>();
  const lineIndexes = new Set<number>();
  const problems: ImportProblem[] = [];
  const { indexes, numbers, bodies } = numbered;
  for (let at = 0; at < indexes.length; at += 1) {
    const index = indexes[at] as number;
    const number = numbers[at] as number;
    const line = lines[index];
    if (!line) continue;
    const body = (bodies[at] as string).trim();
    if (!markers.has(number) && !STRONG_REFERENCE.test(body)) continue;
    lineIndexes.add(index);
    let text = body;
    // A footnote wrapped onto the next line continues in lower case (up to the next footnote line).
    const nextFootnote = at + 1 < indexes.length ? (indexes[at + 1] as number) : lines.length;
    for (let next = index + 1; next < nextFootnote; next += 1) {
      const following = lines[next];
      if (!following || following.text === '') break;
      if (!LOWER_START.test(following.text) || CLOSED.test(text)) break;
      text = `${text} ${following.text}`;
      lineIndexes.add(next);
    }
    if (footnotes.has(number)) continue; // the first definition wins; repeats are page leftovers
    const parsed = parseKamerstukReference(text);
    if (parsed.repaired) {
      problems.push({
        line: line.no,
        code: 'OVERVIEW_FOOTNOTE_REPAIRED',
        severity: 'warning',
        footnote: number,
        written: parsed.repaired.written,
        read: parsed.repaired.read,
      });
    }
    if (!parsed.ref && /^kamerstukk?en?\b/i.test(text)) {
      problems.push({
        line: line.no,
        code: 'OVERVIEW_FOOTNOTE_UNREADABLE',
        severity: 'warning',
        footnote: number,
        text,
      });
    }
    footnotes.set(number, { number, line: line.no, text, ref: parsed.ref });
  }
  return { footnotes, lineIndexes, problems };
}
