// Text similarity for matching an overview item to a stored one when no Kamerstuk ties them.

/** Lower case, no diacritics, no punctuation, single spaces: "Vóór het debat." → "voor het debat". */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * normaliseForMatching(text).length for a text of plain ASCII (every code unit below 128), counted
 * without making the string; -1 for any other text. In ASCII, NFKD changes nothing, no mark is
 * removed, toLowerCase keeps the length, and the letters and digits (\p{L}, \p{N}) are exactly
 * A-Z, a-z and 0-9: the normalised text is the runs of those, one space between two runs.
 */
export function asciiNormalisedLength(text: string): number {
  let length = 0;
  let gap = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (gap && length > 0) length += 1;
      gap = false;
      length += 1;
    } else gap = true;
  }
  return length;
}

function trigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * A text prepared for repeated comparison: normalised once, its trigrams counted once (on first
 * use). A normalised text of n characters has exactly n trigrams.
 */
export interface MatchText {
  readonly normalised: string;
  grams: Map<string, number> | null;
  /** The same trigrams and counts by gramCode (gramCodeRuns), counted on first use. */
  gramRuns: GramCodeRuns | null;
  /** Its trigram occurrences counted per bucket (gramBuckets), on first use. */
  buckets: Int32Array | null;
}

export function prepareMatchText(text: string): MatchText {
  return { normalised: normaliseForMatching(text), grams: null, gramRuns: null, buckets: null };
}

function gramsOf(text: MatchText): Map<string, number> {
  text.grams ??= trigrams(text.normalised);
  return text.grams;
}

/**
 * The highest similarity two texts of these normalised lengths can have: the Dice coefficient
 * is at most 2·min / (a + b), reached when the shorter text's trigrams are all in the longer.
 * (Equal texts score 1 whatever their length; so do two empty ones.)
 */
export function similarityBound(a: MatchText, b: MatchText): number {
  const x = a.normalised.length;
  const y = b.normalised.length;
  if (x === y) return 1;
  if (x === 0 || y === 0) return 0;
  return (2 * Math.min(x, y)) / (x + y);
}

/** textSimilarity of two prepared texts: the same number, without normalising again. */
export function preparedSimilarity(a: MatchText, b: MatchText): number {
  if (a.normalised === b.normalised) return 1;
  if (a.normalised === '' || b.normalised === '') return 0;
  const x = gramsOf(a);
  const y = gramsOf(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return (2 * shared) / total;
}

/**
 * Dice coefficient over character trigrams of the normalised texts: 1 for equal texts, near 1
 * for a typo or a changed word in a long text, low for unrelated texts.
 */
export function textSimilarity(a: string, b: string): number {
  return preparedSimilarity(prepareMatchText(a), prepareMatchText(b));
}

/** The text's trigrams with how often each occurs (what gramOccurrences lists, counted). */
export function gramCounts(text: MatchText): ReadonlyMap<string, number> {
  return gramsOf(text);
}

/** Trigrams of code units below this are packed into 21 bits (a small integer); the others are offset past them. */
const NARROW = 128;
const WIDE_OFFSET = 2 ** 21;

/**
 * A trigram (three UTF-16 code units, as `trigrams` slices them) as a number, one to one: small
 * integers for plain ASCII, exact doubles (below 2^53) otherwise. No string is made per trigram.
 */
function gramCode(a: number, b: number, c: number): number {
  return (a | b | c) < NARROW ? (a << 14) | (b << 7) | c : WIDE_OFFSET + (a * 65536 + b) * 65536 + c;
}

/** The trigram a gramCode stands for. */
export function gramOfCode(code: number): string {
  if (code < WIDE_OFFSET) return String.fromCharCode(code >> 14, (code >> 7) & 127, code & 127);
  const wide = code - WIDE_OFFSET;
  return String.fromCharCode(Math.floor(wide / 2 ** 32), Math.floor(wide / 65536) % 65536, wide % 65536);
}

/** A text's trigrams as gramCodes, ascending, each once (`codes`), with how often each occurs (`counts`), and their total. */
export interface GramCodeRuns {
  readonly codes: Float64Array;
  readonly counts: Int32Array;
  /** The number of trigrams (the sum of `counts`): the normalised text's length. */
  readonly size: number;
}

/**
 * gramCounts by gramCode, as two arrays: the same trigrams of the padded normalised text with the
 * same counts (gramOfCode gives each code's trigram back), for an index over many texts that would
 * otherwise make a string per trigram (sorted natively: no Map per text either).
 */
export function gramCodeRuns(text: MatchText): GramCodeRuns {
  if (text.gramRuns) return text.gramRuns;
  const s = text.normalised;
  const n = s.length;
  const all = new Float64Array(n);
  // The padded text is ` ${s} `: n + 2 code units, n trigrams.
  const SPACE = 32;
  let a = SPACE;
  let b = n > 0 ? s.charCodeAt(0) : SPACE;
  for (let i = 1; i <= n; i += 1) {
    const c = i < n ? s.charCodeAt(i) : SPACE;
    all[i - 1] = gramCode(a, b, c);
    a = b;
    b = c;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < n; i += 1) if (i === 0 || all[i] !== all[i - 1]) distinct += 1;
  const codes = new Float64Array(distinct);
  const counts = new Int32Array(distinct);
  let at = -1;
  for (let i = 0; i < n; i += 1) {
    if (i === 0 || all[i] !== all[i - 1]) codes[++at] = all[i] ?? 0;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  text.gramRuns = { codes, counts, size: n };
  return text.gramRuns;
}

/** Buckets of gramBuckets: a trigram's gramCode hashed into one of them (as gramBit, fewer bits). */
const BUCKET_SHIFT = 26;
const BUCKETS = 2 ** (32 - BUCKET_SHIFT);

/**
 * The text's trigram occurrences counted per bucket (each gramCode hashed into one of 64), made in
 * one pass without sorting. Two texts share at most, per bucket, the smaller of their two counts
 * (the trigrams of a bucket can pair up no further): bucketsShareAtLeast is a bound on the shared
 * count that gramCodeRuns would merge, for a fraction of the cost (issue 28: most candidates of a
 * large database are compared with a few queries and share far too little).
 */
export function gramBuckets(text: MatchText): Int32Array {
  if (text.buckets) return text.buckets;
  const s = text.normalised;
  const n = s.length;
  const buckets = new Int32Array(BUCKETS);
  // The padded text ` ${s} ` as gramCodeRuns reads it: n trigrams.
  const SPACE = 32;
  let a = SPACE;
  let b = n > 0 ? s.charCodeAt(0) : SPACE;
  for (let i = 1; i <= n; i += 1) {
    const c = i < n ? s.charCodeAt(i) : SPACE;
    const bucket = Math.imul((gramCode(a, b, c) % 4294967296) | 0, 0x9e3779b1) >>> BUCKET_SHIFT;
    buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    a = b;
    b = c;
  }
  text.buckets = buckets;
  return buckets;
}

/** Whether two texts' gramBuckets allow `needed` shared trigrams (false: they surely share fewer). */
export function bucketsShareAtLeast(x: Int32Array, y: Int32Array, needed: number): boolean {
  let bound = 0;
  for (let i = 0; i < BUCKETS; i += 1) bound += Math.min(x[i] ?? 0, y[i] ?? 0);
  return bound >= needed;
}

/** Bits of a GramMask: a trigram's gramCode hashed into one of them. */
const MASK_BITS = 4096;

/** The place in a GramMask of a trigram by its gramCode (any function of the code would do: a set with false positives). */
function gramBit(code: number): number {
  return Math.imul((code % 4294967296) | 0, 0x9e3779b1) >>> 20;
}

/** The trigrams of a text as a set of hashed codes: a trigram outside it is surely not one of the text's. */
export type GramMask = Uint8Array;

export function gramMask(runs: GramCodeRuns): GramMask {
  const mask = new Uint8Array(MASK_BITS);
  for (const code of runs.codes) mask[gramBit(code)] = 1;
  return mask;
}

/**
 * Whether more than `limit` of a text's trigram occurrences are outside `mask`, counted without
 * preparing the text: `text` is a normalised text, or (`ascii`) a plain ASCII text as it is,
 * normalised as it is read (asciiNormalisedLength's reading: runs of A-Z, a-z, 0-9 in lower case,
 * one space between two runs). The occurrences outside are shared with no text of the mask, so
 * another text can share at most the rest with the text.
 */
export function gramsOutsideMoreThan(text: string, ascii: boolean, mask: GramMask, limit: number): boolean {
  const SPACE = 32;
  // The padded normalised text read one code unit at a time: the two before the current one.
  let first = -1;
  let second = SPACE;
  let outside = 0;
  const next = (c: number): boolean => {
    if (first >= 0 && mask[gramBit(gramCode(first, second, c))] === 0 && ++outside > limit) return true;
    first = second;
    second = c;
    return false;
  };
  if (ascii) {
    let length = 0;
    let gap = false;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      const digit = c >= 48 && c <= 57;
      const upper = c >= 65 && c <= 90;
      if (digit || upper || (c >= 97 && c <= 122)) {
        if (gap && length > 0 && next(SPACE)) return true;
        gap = false;
        length += 1;
        if (next(upper ? c + 32 : c)) return true;
      } else gap = true;
    }
    if (length === 0) return false;
  } else {
    if (text.length === 0) return false;
    for (let i = 0; i < text.length; i += 1) if (next(text.charCodeAt(i))) return true;
  }
  return next(SPACE);
}

/**
 * The text's trigrams as a set: each occurrence of a trigram counted apart ("abc1", "abc2"), so
 * that the size of the overlap of two such sets is the shared count preparedSimilarity uses.
 */
export function gramOccurrences(text: MatchText): string[] {
  const out: string[] = [];
  for (const [gram, count] of gramsOf(text)) for (let k = 1; k <= count; k += 1) out.push(`${gram}${k}`);
  return out;
}

/**
 * How many of a text's gram occurrences, in one global order, must be looked at to find every
 * text it is at least `threshold` similar to (prefix filtering, as in set-similarity joins): two
 * texts with Dice ≥ t share at least t·n/(2−t) of the n occurrences of either, so each one's
 * first n − ⌈t·n/(2−t)⌉ + 1 occurrences include a shared one.
 */
export function prefixLength(occurrences: number, threshold: number): number {
  if (occurrences === 0) return 0;
  const overlap = Math.ceil((threshold * occurrences) / (2 - threshold) - 1e-9);
  return Math.min(occurrences, Math.max(1, occurrences - overlap + 1));
}
