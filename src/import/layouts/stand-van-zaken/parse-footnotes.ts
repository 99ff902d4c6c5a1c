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

/** `hardBreaks`: a line ending in a backslash is a hard line break (normalise-text endsInHardBreak). */
export function parseFootnotes(lines: readonly SourceLine[], hardBreaks = false): ParsedFootnotes {
  const candidates = footnoteCandidates(lines, hardBreaks);
  const markers = markersOutside(lines, candidates);
  addLongFootnotes(lines, candidates, markers, hardBreaks);
  return footnotesOf(lines, candidates, markers);
}

/** Line index → footnote number of every line that reads like a footnote (numbered, with a reference word). */
function footnoteCandidates(lines: readonly SourceLine[], hardBreaks: boolean): Map<number, number> {
  const candidates = new Map<number, number>();
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    if (!startsWithDigit(line.text)) continue;
    // The line after a hard line break continues a paragraph: "2 brieven, zie …" is no footnote there.
    if (hardBreaks && index > 0 && endsInHardBreak(lines[index - 1]?.text ?? '')) continue;
    const match = FOOTNOTE_LINE.exec(line.text);
    if (match && REFERENCE_WORDS.test(match[2] ?? '')) candidates.set(index, Number(match[1]));
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

/** The footnotes of the candidates a marker points to (or that cite a parliamentary paper), with their continuation lines. */
function footnotesOf(lines: readonly SourceLine[], candidates: ReadonlyMap<number, number>, markers: ReadonlySet<number>): ParsedFootnotes {
  const footnotes = new Map<number, Footnote>();
  const lineIndexes = new Set<number>();
  const problems: ImportProblem[] = [];
  for (const [index, number] of candidates) {
    const line = lines[index];
    if (!line) continue;
    const body = ((FOOTNOTE_LINE.exec(line.text) ?? LONG_FOOTNOTE_LINE.exec(line.text))?.[2] ?? '').trim();
    if (!markers.has(number) && !STRONG_REFERENCE.test(body)) continue;
    lineIndexes.add(index);
    let text = body;
    // A footnote wrapped onto the next line continues in lower case.
    for (let next = index + 1; next < lines.length; next += 1) {
      const following = lines[next];
      if (!following || following.text === '' || candidates.has(next)) break;
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

/** Adds the footnote lines numbered 1000 and up (see LONG_FOOTNOTE_LINE) to `candidates`, in line order. */
function addLongFootnotes(lines: readonly SourceLine[], candidates: Map<number, number>, markers: ReadonlySet<number>, hardBreaks: boolean): void {
  const long = longFootnoteLines(lines, markers, hardBreaks);
  if (long.size === 0) return;
  const numbers = new Set(candidates.values());
  for (const number of [...new Set(long.values())].sort((a, b) => a - b)) {
    if (numbers.has(number - 1)) numbers.add(number);
  }
  const all = [...candidates, ...[...long].filter(([, number]) => numbers.has(number))].sort(([a], [b]) => a - b);
  candidates.clear();
  for (const [index, number] of all) candidates.set(index, number);
}

/** Line index → footnote number of every line that reads like a footnote numbered 1000 or up that a marker points to. */
function longFootnoteLines(lines: readonly SourceLine[], markers: ReadonlySet<number>, hardBreaks: boolean): Map<number, number> {
  const long = new Map<number, number>();
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    if (!startsWithDigit(line.text)) continue;
    if (hardBreaks && index > 0 && endsInHardBreak(lines[index - 1]?.text ?? '')) continue;
    const match = LONG_FOOTNOTE_LINE.exec(line.text);
    if (!match) continue;
    const number = Number(match[1]);
    const body = match[2] ?? '';
    if (markers.has(number) && LONG_FOOTNOTE_START.test(body) && REFERENCE_WORDS.test(body)) long.set(index, number);
  }
  return long;
}
