// Month cores: "april 2025", "april", "sept. 2024", "maart van volgend jaar", "de maand juni", "deze maand", "volgende maand".
import { addMonths, iso, monthOf, yearOf } from '../../calendar-date.ts';
import { monthAnchor } from '../../periods.ts';
import type { IsoDate } from '../../types.ts';
import { MONTH_ABBREVIATIONS, MONTHS } from '../../vocabulary.ts';
import { isArticleAt, monthWordAt, NEXT_WORDS, ORDINAL_SUFFIXES, THIS_WORDS, word, yearSpecAt, type Core, type CoreParser, type ParseContext } from '../context.ts';

/** A day number right before the month ("31 februari", "31e februari"): that day did not exist. */
function followsDayNumber(ctx: ParseContext, at: number): boolean {
  let before = at - 1;
  const suffix = ctx.tokens[before];
  if (suffix?.kind === 'word' && !suffix.spaceBefore && ORDINAL_SUFFIXES.has(suffix.text)) before--;
  const day = ctx.tokens[before];
  return day?.kind === 'num' && day.digits <= 2;
}

function parseMonth(ctx: ParseContext, start: number): Core | null {
  // "in de maand juni": the month named.
  const at = isArticleAt(ctx, start) && word(ctx, start + 1) === 'maand' ? start + 2 : start;
  const monthWord = monthWordAt(ctx, at);
  if (!monthWord) return null;
  // "31 februari 2026" is no day, and never "februari 2026".
  if (followsDayNumber(ctx, at)) return null;
  const month = monthWord.month;
  const yearSpec = yearSpecAt(ctx, monthWord.end, false);
  if (yearSpec) {
    const year = yearSpec.year;
    return { end: yearSpec.end, standalone: true, fixed: true, kind: 'month', build: () => monthAnchor(year, month) };
  }
  if (monthWord.abbreviation) return null;
  return { end: monthWord.end, standalone: false, fixed: false, kind: 'month', build: (year) => monthAnchor(year, month) };
}

export const monthCore: CoreParser = {
  name: 'month',
  firstWords: [...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()],
  afterArticle: ['maand'],
  parse: parseMonth,
  // "de maand juni": a month after "maand".
  next: (w, afterArticle) => (afterArticle && w === 'maand' ? { words: [...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys()] } : undefined),
};

function parseRelativeMonth(ctx: ParseContext, at: number): Core | null {
  const w = word(ctx, at);
  if (w === undefined || word(ctx, at + 1) !== 'maand') return null;
  let date: IsoDate;
  if (THIS_WORDS.has(w)) date = ctx.reference;
  else if (NEXT_WORDS.has(w)) date = addMonths(iso(ctx.referenceYear, monthOf(ctx.reference), 1), 1);
  else return null;
  const year = yearOf(date);
  const month = monthOf(date);
  return { end: at + 2, standalone: true, fixed: true, kind: 'month', build: () => ({ ...monthAnchor(year, month), basis: 'rule' }) };
}

export const relativeMonthCore: CoreParser = {
  name: 'relative month',
  firstWords: [...THIS_WORDS, ...NEXT_WORDS],
  parse: parseRelativeMonth,
  next: () => ({ words: ['maand'] }),
};
