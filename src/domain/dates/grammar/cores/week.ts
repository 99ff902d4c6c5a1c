// Week cores: "week 12", "week 12 van 2024", "de week van 18 maart", "deze week", "volgende week" (Monday to Friday
// of that ISO week), "de eerste / laatste week van april", "het weekend", and "vandaag" after a relation word
// ("uiterlijk vandaag").
import { addDays, fridayOfIsoWeek, iso, lastDayOfMonth, weekdayOf } from '../../calendar-date.ts';
import { dayAnchor } from '../../periods.ts';
import { monthCore } from './month.ts';
import type { Anchor } from '../../periods.ts';
import { COUNT_NOUNS, UNITS } from '../../vocabulary.ts';
import { isArticleAt, word, yearSpecAt, type Core, type CoreParser, type ParseContext } from '../context.ts';
import { dayCore } from './day.ts';

/** Words after "week 12" that make the number an amount ("week 12 uur"). */
const NOT_A_WEEK_NUMBER: ReadonlySet<string> = new Set([...COUNT_NOUNS, ...UNITS.keys(), 'minuten', 'keer', 'procent', '%']);

function weekAnchor(friday: string): Anchor {
  return { kind: 'period', first: addDays(friday, -4), last: friday, precision: 'day', basis: 'explicit', note: { code: 'WORK_WEEK' } };
}

/** "deze week" is the reference date's week; "(de) volgende / komende / aanstaande week" the one after it. */
const WEEK_SHIFT: ReadonlyMap<string, number> = new Map([['deze', 0], ['volgende', 1], ['komende', 1], ['aanstaande', 1], ['eerstvolgende', 1]]);

/** "de eerste / tweede / derde / vierde / laatste week van <month>": which week of the month. */
const WEEK_ORDINALS: ReadonlyMap<string, number> = new Map([['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['laatste', -1]]);

/**
 * The n-th week of a month (Monday to Friday): the first is the week of its first weekday, the last the week of its
 * last weekday ("in de eerste week van april 2025": 31 March to 4 April; "de laatste week van mei 2025": 26 to 30 May).
 */
function nthWeekOfMonth(year: number, month: number, n: number): Anchor {
  if (n > 0) {
    let first = iso(year, month, 1);
    while (weekdayOf(first) === 0 || weekdayOf(first) === 6) first = addDays(first, 1);
    const friday = addDays(first, 5 - weekdayOf(first));
    return weekAnchor(addDays(friday, 7 * (n - 1)));
  }
  let last = lastDayOfMonth(year, month);
  while (weekdayOf(last) === 0 || weekdayOf(last) === 6) last = addDays(last, -1);
  return weekAnchor(addDays(last, 5 - weekdayOf(last)));
}

function parseWeek(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  const hasArticle = isArticleAt(ctx, pos);
  if (hasArticle) pos++;
  const ordinal = WEEK_ORDINALS.get(word(ctx, pos) ?? '');
  if (ordinal !== undefined) {
    if (!hasArticle || word(ctx, pos + 1) !== 'week' || word(ctx, pos + 2) !== 'van') return null;
    const month = monthCore.parse(ctx, pos + 3);
    if (!month) return null;
    return {
      end: month.end,
      standalone: month.standalone,
      fixed: month.fixed,
      kind: 'week',
      build: (year) => {
        const anchor = month.build(year);
        return anchor ? nthWeekOfMonth(Number(anchor.first.slice(0, 4)), Number(anchor.first.slice(5, 7)), ordinal) : null;
      },
    };
  }
  const shift = WEEK_SHIFT.get(word(ctx, pos) ?? '');
  if (shift !== undefined) {
    if (word(ctx, pos + 1) !== 'week' || (hasArticle && shift === 0)) return null;
    const monday = addDays(ctx.reference, -((weekdayOf(ctx.reference) + 6) % 7));
    const friday = addDays(monday, 4 + 7 * shift);
    return { end: pos + 2, standalone: true, fixed: true, kind: 'week', build: () => weekAnchor(friday) };
  }
  if (word(ctx, pos) !== 'week') return null;
  pos++;
  if (word(ctx, pos) === 'van') {
    // "de week van 18 maart"
    if (!hasArticle) return null;
    const day = dayCore.parse(ctx, pos + 1);
    if (!day) return null;
    return {
      end: day.end,
      standalone: false,
      fixed: day.fixed,
      kind: 'week',
      build: (year) => {
        const anchor = day.build(year);
        if (!anchor) return null;
        const monday = addDays(anchor.first, -((weekdayOf(anchor.first) + 6) % 7));
        return weekAnchor(addDays(monday, 4));
      },
    };
  }
  if (hasArticle) return null;
  const number = ctx.tokens[pos];
  if (number?.kind !== 'num' || number.digits > 2 || number.value < 1 || number.value > 53) return null;
  const week = number.value;
  pos++;
  const next = word(ctx, pos);
  if (next !== undefined && NOT_A_WEEK_NUMBER.has(next)) return null;
  const build = (year: number): Anchor | null => {
    const friday = fridayOfIsoWeek(year, week);
    // Week 53 exists only in some years.
    return week === 53 && friday >= fridayOfIsoWeek(year + 1, 1) ? null : weekAnchor(friday);
  };
  const yearSpec = yearSpecAt(ctx, pos, false);
  if (yearSpec) {
    const year = yearSpec.year;
    return { end: yearSpec.end, standalone: false, fixed: true, kind: 'week', build: () => build(year) };
  }
  return { end: pos, standalone: false, fixed: false, kind: 'week', build };
}

export const weekCore: CoreParser = {
  name: 'week',
  firstWords: ['week', ...WEEK_SHIFT.keys()],
  afterArticle: ['week', 'volgende', 'komende', 'eerstvolgende', ...WEEK_ORDINALS.keys()],
  parse: parseWeek,
  // "week 12", "deze week"; after an article "de week van", "de eerste week", "de volgende week".
  next: (w, afterArticle) => {
    if (w === 'week') return afterArticle ? { words: ['van'] } : { num: true };
    if (WEEK_SHIFT.has(w) || (afterArticle && WEEK_ORDINALS.has(w))) return { words: ['week'] };
    return undefined;
  },
};

/**
 * "het weekend" (after a relation word: "voor het weekend", "in het weekend"): Saturday and Sunday of the reference
 * date's week (the coming one from a Sunday), so "voor het weekend" is its Friday. "het weekend van 5 mei" is not read.
 */
function parseWeekend(ctx: ParseContext, at: number): Core | null {
  if (!isArticleAt(ctx, at) || word(ctx, at) !== 'het' || word(ctx, at + 1) !== 'weekend' || word(ctx, at + 2) === 'van') return null;
  const saturday = addDays(ctx.reference, (6 - weekdayOf(ctx.reference) + 7) % 7);
  return {
    end: at + 2,
    standalone: false,
    fixed: true,
    kind: 'week',
    build: () => ({ kind: 'period', first: saturday, last: addDays(saturday, 1), precision: 'day', basis: 'explicit' }),
  };
}

export const weekendCore: CoreParser = { name: 'weekend', firstWords: [], afterArticle: ['weekend'], parse: parseWeekend };

/** "uiterlijk vandaag", "voor vandaag": the reference date itself (only after a relation word). */
function parseToday(ctx: ParseContext, at: number): Core | null {
  if (word(ctx, at) !== 'vandaag') return null;
  const today = ctx.reference;
  return { end: at + 1, standalone: false, fixed: true, kind: 'day', build: () => dayAnchor(today) };
}

export const todayCore: CoreParser = { name: 'today', firstWords: ['vandaag'], afterArticle: [], parse: parseToday };
