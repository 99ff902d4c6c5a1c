// Text clean-up shared by the overview parser: lines, de-hyphenation, footnote markers.
import type { TextFacts } from '../source-document.ts';

export interface SourceLine {
  /** 1-based line number. */
  no: number;
  /** The line without trailing white space; tabs and no-break spaces became spaces. */
  raw: string;
  /** The line trimmed on both sides. */
  text: string;
}

/** Every character a replacement in splitLines changes: a text without any is its own clean-up (one scan instead of eight). */
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\uFEFF\r\f\t\u00A0\u2000-\u200D\u202F\u205F\u2060\u3000\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** Whether the text holds any character cleanText changes (one scan). */
export function needsCleaning(text: string): boolean {
  return NEEDS_CLEANING.test(text);
}

/**
 * Every cleaning splitLines does: CRLF and CR become one line break; a form feed (page break) at the
 * start or end of a line is dropped, one inside a line breaks it; blanks become spaces; control
 * characters, a byte-order mark and zero-width characters are removed.
 */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n\f+|\f+\n/g, '\n')
    .replace(/^\f+|\f+$/g, '')
    .replace(/\f+/g, '\n')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, '');
}

/** A character outside Latin-1 (U+0000-U+00FF): V8 keeps a string that holds one at two bytes per character. */
// eslint-disable-next-line no-control-regex
const WIDE = /[^\u0000-\u00FF]/g;

/** Whether the text holds a character outside Latin-1 (one scan). */
export function holdsWide(text: string): boolean {
  WIDE.lastIndex = 0;
  return WIDE.test(text);
}

/**
 * A run of lines without a character outside Latin-1, copied to one byte per character: written as
 * Latin-1 bytes and read back (exact for such characters; a third cheaper than the UTF-8 round trip
 * on the bench text's runs: 36-50 against 60-92 ms, issue 28).
 */
function oneByte(run: string): string {
  return Buffer.from(run, 'latin1').toString('latin1');
}

/**
 * `text.split('\n')`, with every line that holds no character outside Latin-1 kept at one byte per
 * character (issue 28). V8 decodes a document to one string, and one curly quote anywhere makes it
 * a string of two bytes per character, and with it every line, slice and item text cut from it,
 * though nearly all of them are plain ASCII: their searches (indexOf, includes) then take V8's slow
 * path, toLowerCase goes through ICU, the SQLite binding converts them on its slow path, and they
 * take twice the memory the garbage collector copies. So the text is cut into runs of lines
 * without such a character, each run copied once to one byte per character (oneByte; exact for
 * these characters) and then split; a line that holds one is
 * taken as it is. A text without any (V8 decoded it to one byte per character) is split as it is.
 * `wideLines`: the lines that hold such a character ([start, end) of each, as TextFacts gives
 * them), when the text's decoder found them already; then they are not looked for.
 */
export function linesOf(text: string, wideLines: readonly number[] = wideLinesOf(text)): string[] {
  if (wideLines.length === 0) return text.split('\n');
  const lines: string[] = [];
  // Start of the run of lines not yet taken.
  let from = 0;
  for (let i = 0; i < wideLines.length; i += 2) {
    const start = wideLines[i] as number;
    const end = wideLines[i + 1] as number;
    if (start > from) for (const line of oneByte(text.slice(from, start - 1)).split('\n')) lines.push(line);
    lines.push(text.slice(start, end));
    from = end + 1;
  }
  if (from <= text.length) for (const line of oneByte(text.slice(from)).split('\n')) lines.push(line);
  return lines;
}

/** The lines of `text` that hold a character outside Latin-1, as [start, end) of each, in order (what TextFacts gives). */
function wideLinesOf(text: string): number[] {
  const found: number[] = [];
  WIDE.lastIndex = 0;
  for (let wide = WIDE.exec(text); wide !== null; wide = WIDE.exec(text)) {
    const start = text.lastIndexOf('\n', wide.index) + 1;
    const next = text.indexOf('\n', wide.index);
    const end = next < 0 ? text.length : next;
    found.push(start, end);
    if (next < 0) break;
    WIDE.lastIndex = end + 1;
  }
  return found;
}

/**
 * Splits a document into lines, cleaned as cleanText says (skipped when one scan finds none of the
 * characters it changes). `facts`: what the text's decoder learned while it read every character
 * (decodeText): whether any is one cleanText changes, and which lines hold one outside Latin-1;
 * then neither is looked for here (two more scans of a 7 MB text: issue 28).
 */
export function splitLines(text: string, facts?: TextFacts): SourceLine[] {
  const lines = facts?.clean ? linesOf(text, facts.wideLines) : linesOf(NEEDS_CLEANING.test(text) ? cleanText(text) : text);
  return lines.map((line, index) => {
    const raw = line.trimEnd();
    return { no: index + 1, raw, text: raw.trim() };
  });
}

/** Words that follow a hyphen of an elided compound ("wet- en regelgeving"): keep the hyphen. */
const ELISION_FOLLOWERS = /^(?:en|of|tot|als|dan)\b/i;

/**
 * A line that ends in a backslash: a hard line break (CommonMark), as motiebot's own Markdown
 * export writes a line break inside a paragraph of the stand van zaken, and as the Word reader
 * gives a Word line break (w:br) to the flat-list reader. The next line of the paragraph follows
 * it without being joined or de-hyphenated. Only those two documents are read so (the parser's
 * `hardBreaks`): in anyone else's text a backslash at the end of a line ("S:\Beleid\") is a character.
 */
export function endsInHardBreak(line: string): boolean {
  return line.endsWith('\\');
}

/**
 * Joins wrapped lines into one running text. "ver-" + "zoekt" becomes "verzoekt"; "BES-" +
 * "eilanden" keeps its hyphen (an abbreviation before it); "wet-" + "en regelgeving" keeps
 * "wet- en"; a soft hyphen always joins. A line ending in a hard break (endsInHardBreak) loses
 * that backslash and is followed by its next line as written: on a line of its own with
 * `keepBreaks` (the stand van zaken), else after a space (as a Word line break always read).
 */
export function joinLines(lines: readonly string[], keepBreaks = false, hardBreaks = true): string {
  let out = '';
  let hardBreak = false;
  /**
   * The line added last: `out` always ends in it. Its end is tested instead of out's (a regular
   * expression flattens the string joined so far, at every line); a line shorter than three
   * characters might leave a letter before its hyphen in `out`, which is then tested as before.
   */
  let last = '';
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    const end = last.length >= 3 ? last : out;
    if (out === '') {
      out = line;
    } else if (hardBreak) {
      out = out.slice(0, -1).trimEnd() + (keepBreaks ? '\n' : ' ') + line;
    } else if (last.endsWith('\u00AD')) {
      out = out.slice(0, -1) + line;
    } else if (!last.endsWith('-')) {
      out = `${out} ${line}`;
    } else if (/\p{Ll}-$/u.test(end) && /^\p{Ll}/u.test(line) && !ELISION_FOLLOWERS.test(line)) {
      out = out.slice(0, -1) + line;
    } else if (/[\p{Lu}\d]-$/u.test(end) && /^[\p{L}\d]/u.test(line) && !ELISION_FOLLOWERS.test(line)) {
      out = out + line;
    } else {
      out = `${out} ${line}`;
    }
    last = line;
    hardBreak = hardBreaks && endsInHardBreak(line);
  }
  // Each replacement only where it has something to change (most items' texts have neither).
  const unhyphenated = out.includes('\u00AD') ? out.replace(/\u00AD/g, '') : out;
  return (unhyphenated.includes('  ') ? unhyphenated.replace(/ {2,}/g, ' ') : unhyphenated).trim();
}

/** Joins paragraphs (each a list of lines) with a blank line between them; `keepBreaks` and `hardBreaks` as joinLines. */
export function joinParagraphs(paragraphs: readonly (readonly string[])[], keepBreaks = false, hardBreaks = true): string {
  // (A loop, not map / filter: see parse-submitters' namesOf.)
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const text = joinLines(paragraph, keepBreaks, hardBreaks);
    if (text !== '') joined.push(text);
  }
  return joined.join('\n\n');
}

/**
 * A footnote marker is a number glued to the end of a word or sentence: "informeren.1",
 * "gedeeld.2 Op", "delicten.15", "in het najaar van 2023.9" (after a year). Only numbers of known
 * footnotes count, and not after other numbers, so "Q1 2025" and "paragraaf 3.2" stay as they are.
 * Up to five digits: a long overview has thousands of footnotes.
 *
 * As a regular expression (the definition; tests/import/layouts/read/split-lines-gate.test.ts holds
 * markerRuns to it): /(?=\d)(?<=\p{Ll}|[)»’”'"?!%]|(?<!\d)\.|(?<![\d.,])\d{4}\.)(\d{1,5})(?![\d\p{L}]|[.,]\d)/gu.
 * Its lookbehind, tried at every digit of an import's 7 MB of text, was a tenth of reading the
 * layout; markerRuns finds the digit runs with a plain /\d+/g and checks the rest by hand. A match
 * is always a whole run of digits (a digit before it fails every lookbehind, one after it the
 * lookahead), so the runs of one to five digits are the only candidates.
 */
const DIGIT_RUN = /\d+/g;
const LOWER_AT = /\p{Ll}/uy;
const LETTER_AT = /\p{L}/uy;
const GLUE = new Set([')', '»', '’', '”', "'", '"', '?', '!', '%']);

/**
 * Whether the character at `index` is a digit; false outside the text. (Each read here stays inside
 * the text: a charCodeAt outside it gives NaN, and optimised code that meets one is thrown away and
 * compiled again: issue 28.)
 */
function isDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** What the marker's lookbehind accepts before `start` (a digit): a lower-case letter, a closing mark, or a full stop not after a number (or after a year). */
function markerMayStart(text: string, start: number): boolean {
  // Nothing before the text's first character.
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  if (before >= 97 && before <= 122) return true;
  if (before === 46) {
    // "(?<!\d)\." or "(?<![\d.,])\d{4}\."
    if (!isDigitAt(text, start - 2)) return true;
    if (!(isDigitAt(text, start - 3) && isDigitAt(text, start - 4) && isDigitAt(text, start - 5))) return false;
    const sixth = start >= 6 ? text.charAt(start - 6) : '';
    return !(isDigitAt(text, start - 6) || sixth === '.' || sixth === ',');
  }
  if (before < 128) return before === 41 || before === 39 || before === 34 || before === 63 || before === 33 || before === 37;
  if (GLUE.has(text.charAt(start - 1))) return true;
  // One code point before the digit: a surrogate pair read whole, as the u flag does.
  const pair = before >= 0xdc00 && before <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
  LOWER_AT.lastIndex = pair ? start - 2 : start - 1;
  return LOWER_AT.test(text) && LOWER_AT.lastIndex === start;
}

/** What the marker's lookahead accepts after `end`: no digit or letter, and no "." or "," before a digit. */
function markerMayEnd(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (after === 46 || after === 44) return !isDigitAt(text, end + 1);
  if (after < 128) return !((after >= 65 && after <= 90) || (after >= 97 && after <= 122) || (after >= 48 && after <= 57));
  LETTER_AT.lastIndex = end;
  return !LETTER_AT.test(text);
}

/** The [start, end) of every footnote marker of `text`, as a flat list (start, end, start, end, …). */
function markerRuns(text: string): number[] {
  const runs: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match; match = DIGIT_RUN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end - start <= 5 && markerMayStart(text, start) && markerMayEnd(text, end)) runs.push(start, end);
  }
  return runs;
}

/**
 * Adds the number of every footnote marker of `text` to `into`: findFootnoteMarkers without its
 * arrays, for reading every line of a document (10,000 items: some 50,000 lines).
 */
export function addFootnoteMarkers(text: string, into: Set<number>): void {
  DIGIT_RUN.lastIndex = 0;
  for (let match = DIGIT_RUN.exec(text); match; match = DIGIT_RUN.exec(text)) {
    const start = match.index;
    const digits = match[0];
    if (digits.length <= 5 && markerMayStart(text, start) && markerMayEnd(text, start + digits.length)) into.add(Number(digits));
  }
}

export function findFootnoteMarkers(text: string): number[] {
  const found: number[] = [];
  const runs = markerRuns(text);
  for (let i = 0; i < runs.length; i += 2) found.push(Number(text.slice(runs[i], runs[i + 1])));
  return found;
}

/**
 * The text without the markers of known footnotes, and those markers' numbers. `singleSpaced`: the
 * text has no two spaces in a row (joinParagraphs gives none); then neither has the text without its
 * markers (a marker follows no space), and it is not searched for them (issue 28).
 */
export function stripFootnoteMarkers(
  text: string,
  known: ReadonlySet<number>,
  singleSpaced = false,
): { text: string; markers: number[] } {
  const markers: number[] = [];
  const runs = markerRuns(text);
  let stripped = '';
  let from = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] ?? 0;
    const end = runs[i + 1] ?? 0;
    const number = Number(text.slice(start, end));
    if (!known.has(number)) continue;
    markers.push(number);
    stripped += text.slice(from, start);
    from = end;
  }
  stripped = from === 0 ? text : stripped + text.slice(from);
  return { text: (!singleSpaced && stripped.includes('  ') ? stripped.replace(/ {2,}/g, ' ') : stripped).trim(), markers };
}
