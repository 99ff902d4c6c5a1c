// Text clean-up shared by the overview parser: lines, de-hyphenation, footnote markers.

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

/**
 * Splits a document into lines, cleaned as cleanText says (skipped when one scan finds none of the
 * characters it changes).
 */
export function splitLines(text: string): SourceLine[] {
  const cleaned = NEEDS_CLEANING.test(text) ? cleanText(text) : text;
  return cleaned.split('\n').map((line, index) => {
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
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
    } else if (hardBreak) {
      out = out.slice(0, -1).trimEnd() + (keepBreaks ? '\n' : ' ') + line;
    } else if (out.endsWith('\u00AD')) {
      out = out.slice(0, -1) + line;
    } else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line) && !ELISION_FOLLOWERS.test(line)) {
      out = out.slice(0, -1) + line;
    } else if (/[\p{Lu}\d]-$/u.test(out) && /^[\p{L}\d]/u.test(line) && !ELISION_FOLLOWERS.test(line)) {
      out = out + line;
    } else {
      out = `${out} ${line}`;
    }
    hardBreak = hardBreaks && endsInHardBreak(line);
  }
  // Each replacement only where it has something to change (most items' texts have neither).
  const unhyphenated = out.includes('\u00AD') ? out.replace(/\u00AD/g, '') : out;
  return (unhyphenated.includes('  ') ? unhyphenated.replace(/ {2,}/g, ' ') : unhyphenated).trim();
}

/** Joins paragraphs (each a list of lines) with a blank line between them; `keepBreaks` and `hardBreaks` as joinLines. */
export function joinParagraphs(paragraphs: readonly (readonly string[])[], keepBreaks = false, hardBreaks = true): string {
  return paragraphs
    .map((paragraph) => joinLines(paragraph, keepBreaks, hardBreaks))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * A footnote marker is a number glued to the end of a word or sentence: "informeren.1",
 * "gedeeld.2 Op", "delicten.15", "in het najaar van 2023.9" (after a year). Only numbers of known
 * footnotes count, and not after other numbers, so "Q1 2025" and "paragraaf 3.2" stay as they are.
 * Up to five digits: a long overview has thousands of footnotes. (The look-ahead for a digit
 * first spares the look-behind at every other character: a tenth of an import's time.)
 */
const MARKER = /(?=\d)(?<=\p{Ll}|[)»’”'"?!%]|(?<!\d)\.|(?<![\d.,])\d{4}\.)(\d{1,5})(?![\d\p{L}]|[.,]\d)/gu;

export function findFootnoteMarkers(text: string): number[] {
  const found: number[] = [];
  // An exec loop on MARKER itself: matchAll clones the regex per call (a line at a time, that was
  // most of the cost). MARKER never matches the empty string, so both visit the same matches, and
  // exec leaves lastIndex at 0 when it finds no more (replace in stripFootnoteMarkers resets it too).
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match; match = MARKER.exec(text)) found.push(Number(match[1]));
  return found;
}

export function stripFootnoteMarkers(
  text: string,
  known: ReadonlySet<number>,
): { text: string; markers: number[] } {
  const markers: number[] = [];
  const stripped = text.replace(MARKER, (whole, digits: string) => {
    const number = Number(digits);
    if (!known.has(number)) return whole;
    markers.push(number);
    return '';
  });
  return { text: (stripped.includes('  ') ? stripped.replace(/ {2,}/g, ' ') : stripped).trim(), markers };
}
