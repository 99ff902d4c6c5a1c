// Bytes → text: UTF-8, UTF-16 or Windows-1252, decided from the whole file (issue 17.5); null for
// binary data.
import { holdsWide, needsCleaning } from '../layouts/read/normalise-text.ts';
import type { TextFacts } from '../layouts/source-document.ts';

export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes text: a byte-order mark decides; else UTF-16 without a mark is recognised by its
 * zero bytes; else the whole file's evidence decides between UTF-8 and Windows-1252 (see
 * utf8Evidence): a UTF-8 file with a few invalid bytes stays UTF-8, those bytes become U+FFFD and
 * their lines are listed in `invalidLines`. Returns null for binary data.
 * Line ends become \n; form feeds (page breaks) are kept.
 */
export function decodeText(
  bytes: Uint8Array,
): { text: string; encoding: DocumentEncoding; invalidLines: number[]; xmlSafe: boolean; facts: TextFacts } | null {
  let encoding: DocumentEncoding;
  let body = bytes;
  // Without a mark the body is the whole file: its UTF-8 evidence is read once.
  let evidence: Utf8Evidence | null = null;
  // The text when the body is well-formed UTF-8 throughout (then its evidence holds no invalid byte):
  // the decoder's own check, instead of reading the evidence byte by byte in JavaScript (issue 28).
  let wellFormed: string | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16) encoding = utf16;
    else {
      wellFormed = strictUtf8(bytes);
      if (wellFormed === null) evidence = utf8Evidence(bytes);
      encoding = evidence === null || isMostlyUtf8(evidence) ? 'utf-8' : 'windows-1252';
    }
  }
  if (encoding === 'utf-8' && wellFormed === null && evidence === null) wellFormed = strictUtf8(body);
  const invalidLines = encoding === 'utf-8' && wellFormed === null ? (evidence ?? utf8Evidence(body)).invalidLines : [];
  if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && body.includes(0)) return null;
  let text: string;
  try {
    text =
      wellFormed ??
      (encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(encoding, { fatal: encoding.startsWith('utf-16') }).decode(body));
  } catch {
    return null;
  }
  text = text.replace(/^\uFEFF/, '');
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // One scan for every question (a 7 MB text was read whole for each; issue 28). (LOOKED_AT finds no
  // carriage return: the same in the text with its line ends replaced.)
  const read = readCharacters(lines);
  if (!read.plain && looksBinary(text)) return null;
  return { text: lines, encoding, invalidLines, xmlSafe: read.plain, facts: read.facts };
}

/**
 * Every character looksBinary counts and every character XML forbids (or may: any surrogate, see
 * stripXmlForbidden): a text without any is no binary and holds nothing to strip (`xmlSafe`).
 */
// eslint-disable-next-line no-control-regex
const LOOKED_AT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFD\uFFFE\uFFFF]/;

/**
 * Windows-1252 by hand: Node's TextDecoder treats the label as ISO-8859-1 and turns 0x80–0x9F
 * (curly quotes, dashes, €) into control characters (seen on Node 20; tested).
 */
const WINDOWS_1252_HIGH =
  '\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD' +
  '\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte)),
    );
  }
  return out;
}

/** The bytes as UTF-8 when they are well-formed UTF-8 (every sequence utf8Evidence counts as valid), else null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * The whole file's evidence for UTF-8: how many well-formed multi-byte sequences it holds and
 * where the bytes are that are not UTF-8 (1-based line numbers).
 */
interface Utf8Evidence {
  valid: number;
  invalid: number;
  invalidLines: number[];
}

export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let valid = 0;
  let invalid = 0;
  const lines = new Set<number>();
  let line = 1;
  let i = 0;
  for (let byte = bytes[i]; byte !== undefined; byte = bytes[i]) {
    if (byte === 0x0a) line += 1;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    const second = bytes[i + 1] ?? 0;
    if (ok && length === 3) {
      ok = !(byte === 0xe0 && second < 0xa0) && !(byte === 0xed && second >= 0xa0);
    }
    if (ok && length === 4) {
      ok = !(byte === 0xf0 && second < 0x90) && !(byte === 0xf4 && second >= 0x90);
    }
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      lines.add(line);
      i += 1;
    }
  }
  return { valid, invalid, invalidLines: [...lines] };
}

/**
 * UTF-8 unless the evidence says otherwise: a file without invalid bytes is UTF-8; one with
 * invalid bytes is UTF-8 when its well-formed multi-byte characters outnumber them (a stray byte
 * in a UTF-8 file), else Windows-1252 (whose accented letters are invalid UTF-8 throughout).
 */
function isMostlyUtf8(evidence: Utf8Evidence): boolean {
  if (evidence.invalid === 0) return true;
  return evidence.valid > 0 && evidence.valid >= evidence.invalid * 2;
}

/** UTF-16 without a byte-order mark: in Dutch text every other byte is zero. */
function guessUtf16(bytes: Uint8Array): DocumentEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4000) & ~1);
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero += 1;
    if (sample[i + 1] === 0) oddZero += 1;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** The characters looksBinary counts: a text without any is no binary (one regex scan, no count). */
// eslint-disable-next-line no-control-regex
const COUNTED = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/;

/** Too many control characters (other than tab, line ends and form feed) for a text file. */
function looksBinary(text: string): boolean {
  if (text.length === 0 || !COUNTED.test(text)) return false;
  let control = 0;
  // By UTF-16 unit: a surrogate is never one of these, so this counts as by code point (and fast).
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) {
      control += 1;
    }
  }
  return control > Math.max(2, text.length * 0.01);
}

/** For an ASCII character: whether LOOKED_AT finds it. */
const NOT_PLAIN = 1;
/** For an ASCII character: whether the layouts' splitLines cleans it (normalise-text needsCleaning). */
const CLEANED = 2;
/** NOT_PLAIN and CLEANED of every ASCII character, read from the regular expressions that define them. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) => {
  const char = String.fromCharCode(code);
  return (LOOKED_AT.test(char) ? NOT_PLAIN : 0) | (needsCleaning(char) ? CLEANED : 0);
});

/** Every character but a line feed and printable ASCII: the only ones any question below is about. */
const NOT_PRINTABLE = /[^\n -~]/g;

/**
 * The answers of LOOKED_AT (`plain`: it finds nothing) and of the layouts' two scans of a text's lines
 * (TextFacts: normalise-text needsCleaning, and the lines with a character outside Latin-1), in one
 * scan of the text instead of three: a 7 MB, 10,000-item text held ’ and ‘, so V8 keeps it at two
 * bytes per character, and each scan read all 7 million (~120, 100 and 60 million instructions;
 * issue 28). A control character is looked up; a line with a character from U+0080 on is asked
 * each question by itself (an overview has a few such lines in a hundred) and not scanned further.
 */
function readCharacters(text: string): { plain: boolean; facts: TextFacts } {
  let kinds = 0;
  const wideLines: number[] = [];
  NOT_PRINTABLE.lastIndex = 0;
  for (let match = NOT_PRINTABLE.exec(text); match !== null; match = NOT_PRINTABLE.exec(text)) {
    const at = match.index;
    const code = text.charCodeAt(at);
    if (code < 0x80) {
      kinds |= ASCII_KINDS[code] as number;
      continue;
    }
    const start = text.lastIndexOf('\n', at) + 1;
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (LOOKED_AT.test(line)) kinds |= NOT_PLAIN;
    if (needsCleaning(line)) kinds |= CLEANED;
    if (holdsWide(line)) wideLines.push(start, end);
    if (next < 0) break;
    NOT_PRINTABLE.lastIndex = next + 1;
  }
  return { plain: (kinds & NOT_PLAIN) === 0, facts: { clean: (kinds & CLEANED) === 0, wideLines } };
}
