// What every grammar rule sees: the tokens of one text, its reference date and calendar, and
// small readers over the tokens (a word, a year, a count). Cores and relations build on these.
import { addDays, addMonths, addWeeks, addYears } from '../calendar-date.ts';
import type { ParliamentaryCalendar } from '../calendar.ts';
import type { Anchor } from '../periods.ts';
import type { Token } from '../tokens.ts';
import type { DateExpression, IsoDate } from '../types.ts';
import { COUNT_NOUNS, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, UNITS, type RelationWord, type TimeUnit } from '../vocabulary.ts';

export interface ParseContext {
  tokens: readonly Token[];
  /** The date the words were written (docs/DATES.md, "The reference date"). */
  reference: IsoDate;
  referenceYear: number;
  calendar: ParliamentaryCalendar;
  /** coresAt results per token index, filled on first use. */
  coreCache: (Core[] | undefined)[];
  /**
   * A year written earlier in the same sentence ("in 2024 … voor de zomer"): it fills in a later
   * term without a year, when it is not before the reference year. Always present (undefined when
   * none) so the context keeps one shape; `delete` made every property read on it slow.
   */
  yearHint: number | undefined;
}

export type CoreKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'recess' | 'event' | 'part' | 'other';

/** The dated part of an expression, before a relation word is applied. */
export interface Core {
  /** Token index after the core. */
  end: number;
  /** May stand without a relation word ("april 2025", "Q1 2025", "eind dit jaar"). */
  standalone: boolean;
  /** The year is written or implied ("dit najaar"); otherwise the first occurrence rule applies. */
  fixed: boolean;
  /** Relation words the core accepts; undefined = all that fit its kind. */
  relations?: ReadonlySet<RelationWord>;
  kind: CoreKind;
  build: (year: number) => Anchor | null;
}

/**
 * A core parser and the words it can start with. The gates that keep the parser fast (which
 * parsers run at a token, which tokens can start an expression) are derived from these
 * declarations in cores.ts; nothing else lists them.
 */
export interface CoreParser {
  name: string;
  /** Words (normalised, no articles) the core can start with. */
  firstWords: Iterable<string>;
  /** Words that may follow "de" / "het" when the core starts with an article. */
  afterArticle?: Iterable<string>;
  /** A number token can start the core ("1 juli", "2025", "1e kwartaal"). */
  startsWithNumber?: boolean;
  /** A number may follow a starting article ("het 1e kwartaal"). */
  numberAfterArticle?: boolean;
  parse: (ctx: ParseContext, at: number) => Core | null;
  /**
   * What must follow the word the core starts with (a first word, or with `afterArticle` the word after the article)
   * for `parse` to find a core there, read off the parser's own words: undefined when anything may. Only the gate
   * before the matchers reads it (cores.ts mayStartCoreAt); tests/domain/dates/next-token-gate.test.ts holds it to
   * the parse without that gate.
   */
  next?: (word: string, afterArticle: boolean) => CoreNext | undefined;
}

/** The next token's text is one of `words`, or it is a number (`num`). */
export interface CoreNext {
  words?: Iterable<string>;
  num?: true;
}

/** Everything of a DateExpression except the span. */
export type Fields = Omit<DateExpression, 'text' | 'start' | 'end'>;

export const ARTICLES: ReadonlySet<string> = new Set(['de', 'het']);

// ---------------------------------------------------------------- token readers

export function word(ctx: ParseContext, at: number): string | undefined {
  const token = ctx.tokens[at];
  return token?.kind === 'word' ? token.text : undefined;
}

export function isArticleAt(ctx: ParseContext, at: number): boolean {
  const w = word(ctx, at);
  return w !== undefined && ARTICLES.has(w);
}

export function punct(ctx: ParseContext, at: number, mark: string, adjacent = false): boolean {
  const token = ctx.tokens[at];
  return token?.kind === 'punct' && token.text === mark && (!adjacent || !token.spaceBefore);
}

/** Matches a sequence of token texts at `at`; returns the index after it or -1. */
export function seq(ctx: ParseContext, at: number, words: readonly string[]): number {
  for (let offset = 0; offset < words.length; offset++) {
    const token = ctx.tokens[at + offset];
    if (!token || token.text !== words[offset]) return -1;
  }
  return at + words.length;
}

/** A year number 1900-2100 that is not a vergaderjaar ("2022/23", "2023-24") or a count. */
export function isYearAt(ctx: ParseContext, at: number): boolean {
  const token = ctx.tokens[at];
  if (token?.kind !== 'num' || token.digits !== 4 || token.value < 1900 || token.value > 2100) return false;
  const next = ctx.tokens[at + 1];
  if (next && !next.spaceBefore && next.kind === 'punct' && (next.text === '/' || next.text === '-')) {
    const after = ctx.tokens[at + 2];
    if (after?.kind === 'num' && !after.spaceBefore) return false;
  }
  if (next?.kind === 'word' && COUNT_NOUNS.has(next.text)) return false;
  // "2024 en 2025 telkens 5 miljoen": a following amount is out of scope; "2.024" is not a year.
  const previous = ctx.tokens[at - 1];
  if (previous && !token.spaceBefore && previous.kind === 'punct' && (previous.text === '.' || previous.text === ',')) return false;
  return true;
}

export function yearValueAt(ctx: ParseContext, at: number): number {
  return (ctx.tokens[at] as Token).value;
}

/** A count 1..99 as a number or a number word ("drie", "3"). */
export function countAt(ctx: ParseContext, at: number): { end: number; n: number } | null {
  const token = ctx.tokens[at];
  if (!token) return null;
  if (token.kind === 'num') return token.digits <= 2 && token.value >= 1 ? { end: at + 1, n: token.value } : null;
  if (token.kind === 'word') {
    const n = NUMBER_WORDS.get(token.text);
    if (n !== undefined) return { end: at + 1, n };
  }
  return null;
}

export function unitAt(ctx: ParseContext, at: number): TimeUnit | undefined {
  const w = word(ctx, at);
  return w === undefined ? undefined : UNITS.get(w);
}

export function addUnits(date: IsoDate, unit: TimeUnit, n: number): IsoDate {
  switch (unit) {
    case 'day':
      return addDays(date, n);
    case 'week':
      return addWeeks(date, n);
    case 'month':
      return addMonths(date, n);
    case 'year':
      return addYears(date, n);
  }
}

// ---------------------------------------------------------------- shared word groups

export const THIS_WORDS: ReadonlySet<string> = new Set(['dit', 'deze']);
export const NEXT_WORDS: ReadonlySet<string> = new Set([
  'volgend', 'volgende', 'komend', 'komende', 'aankomend', 'aankomende', 'eerstvolgend', 'eerstvolgende',
]);
export const PREVIOUS_WORDS: ReadonlySet<string> = new Set(['vorig', 'vorige', 'afgelopen']);

/** Ordinal suffixes written after a day or quarter number ("1e", "1ste", "2de"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'ste', 'de']);

// ---------------------------------------------------------------- years and months

export interface YearSpec {
  end: number;
  year: number;
}

/** "2025", "van 2025", "dit jaar", "van volgend jaar", "(van) het jaar" (when allowed). */
export function yearSpecAt(ctx: ParseContext, at: number, allowBareHetJaar: boolean): YearSpec | null {
  let pos = at;
  if (word(ctx, pos) === 'van') pos++;
  if (isYearAt(ctx, pos)) return { end: pos + 1, year: yearValueAt(ctx, pos) };
  let w = word(ctx, pos);
  let hasArticle = false;
  if (w === 'het') {
    hasArticle = true;
    pos++;
    w = word(ctx, pos);
  }
  if (w === undefined) return null;
  if (hasArticle && (w === 'jaar' || w === 'kalenderjaar')) {
    if (!allowBareHetJaar) return null;
    // "het einde van het (kalender)jaar 2026": the year written after it, not the reference year (review 9).
    return isYearAt(ctx, pos + 1) ? { end: pos + 2, year: yearValueAt(ctx, pos + 1) } : { end: pos + 1, year: ctx.referenceYear };
  }
  if (word(ctx, pos + 1) !== 'jaar') return null;
  if (!hasArticle && THIS_WORDS.has(w)) return { end: pos + 2, year: ctx.referenceYear };
  if (NEXT_WORDS.has(w)) return { end: pos + 2, year: ctx.referenceYear + 1 };
  if (PREVIOUS_WORDS.has(w)) return { end: pos + 2, year: ctx.referenceYear - 1 };
  return null;
}

export function monthWordAt(ctx: ParseContext, at: number): { end: number; month: number; abbreviation: boolean } | null {
  const w = word(ctx, at);
  if (w === undefined) return null;
  const full = MONTHS.get(w);
  if (full !== undefined) return { end: at + 1, month: full, abbreviation: false };
  const abbreviated = MONTH_ABBREVIATIONS.get(w);
  if (abbreviated !== undefined) {
    const end = punct(ctx, at + 1, '.', true) ? at + 2 : at + 1;
    return { end, month: abbreviated, abbreviation: true };
  }
  return null;
}

