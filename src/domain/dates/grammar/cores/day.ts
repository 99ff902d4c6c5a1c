// Day cores: "1 juli 2025", "maandag 2 oktober 2023", "12 juni", "1-7-2025", "2025-07-01".
import { daysBetween, iso, isValidDay, weekdayOf, yearOf } from '../../calendar-date.ts';
import { dayAnchor } from '../../periods.ts';
import type { Token } from '../../tokens.ts';
import type { IsoDate } from '../../types.ts';
import { WEEKDAY_NAMES_NL, WEEKDAY_WORDS } from '../../vocabulary.ts';
import { monthWordAt, ORDINAL_SUFFIXES, punct, word, yearSpecAt, type Core, type CoreParser, type ParseContext } from '../context.ts';

const DATE_SEPARATORS = new Set(['-', '/', '.']);

/** "1-7-2025", "01/07/2025", "1.7.2025", "2025-07-01". */
function numericDate(ctx: ParseContext, at: number): Core | null {
  const first = ctx.tokens[at] as Token;
  const separator1 = ctx.tokens[at + 1];
  const second = ctx.tokens[at + 2];
  const separator2 = ctx.tokens[at + 3];
  const third = ctx.tokens[at + 4];
  if (!separator1 || !second || !separator2 || !third) return null;
  if (separator1.kind !== 'punct' || !DATE_SEPARATORS.has(separator1.text) || separator1.spaceBefore) return null;
  if (separator2.kind !== 'punct' || separator2.text !== separator1.text || separator2.spaceBefore) return null;
  if (second.kind !== 'num' || second.spaceBefore || third.kind !== 'num' || third.spaceBefore) return null;
  let year: number;
  let month: number;
  let day: number;
  if (first.digits <= 2 && second.digits <= 2 && third.digits === 4) {
    [day, month, year] = [first.value, second.value, third.value];
  } else if (first.digits === 4 && second.digits === 2 && third.digits === 2 && separator1.text === '-') {
    [year, month, day] = [first.value, second.value, third.value];
  } else return null;
  if (year < 1900 || year > 2100 || !isValidDay(year, month, day)) return null;
  // "1-7-2025-3" or "12.1.7.2025" are not dates.
  const after = ctx.tokens[at + 5];
  if (after && !after.spaceBefore && after.kind === 'punct' && DATE_SEPARATORS.has(after.text) && ctx.tokens[at + 6]?.kind === 'num') return null;
  const date = iso(year, month, day);
  return { end: at + 5, standalone: true, fixed: true, kind: 'day', build: () => dayAnchor(date) };
}

/** Term words that bound what is still to come: a weekday after them pins a passed year only within a month. */
const BOUND_BEFORE: ReadonlySet<string> = new Set(['voor', 'uiterlijk', 'dan']);
/** Days back within which a weekday may move a date without a year to its occurrence that has passed. */
const RECENT_PAST_DAYS = 183;
/** The same after a term word (voor, uiterlijk, niet later dan): a term just passed, not one half a year back. */
const RECENT_PAST_DAYS_AFTER_TERM = 31;

/**
 * The year a weekday written before a date without a year pins it to: the occurrence that has passed last before the
 * reference date, when the weekday fits that one, not the next, and it lies within half a year ("Op maandag 23 januari vond
 * de Raad plaats", written on 31 January 2023, is 2023's, not 2024's). Otherwise null: the missing-year rule decides, and a
 * weekday that fits neither is taken for a slip ("uiterlijk dinsdag 3 maart" written in February 2025 stays 3 March 2025).
 * (Review 11: a weekday fitting any of three earlier years moved "voor maandag 1 april", written in February 2025, to 2024,
 * "voor zaterdag 1 april" to 2027, and "op maandagochtend 18 maart", written on 13 March 2025, to 2024.)
 */
function pinnedYear(reference: IsoDate, month: number, day: number, weekday: number, recentDays: number): number | null {
  if (weekday < 0) return null;
  const referenceYear = yearOf(reference);
  const passedYear = isValidDay(referenceYear, month, day) && iso(referenceYear, month, day) < reference ? referenceYear : referenceYear - 1;
  if (!isValidDay(passedYear, month, day)) return null;
  const passed = iso(passedYear, month, day);
  if (weekdayOf(passed) !== weekday || daysBetween(passed, reference) > recentDays) return null;
  const nextYear = passedYear + 1;
  if (isValidDay(nextYear, month, day) && weekdayOf(iso(nextYear, month, day)) === weekday) return null;
  return passedYear;
}

function parseDay(ctx: ParseContext, at: number): Core | null {
  const first = ctx.tokens[at];
  if (!first) return null;
  if (first.kind === 'num') {
    const numeric = numericDate(ctx, at);
    if (numeric) return numeric;
  }
  let pos = at;
  // The weekday before a date without a year tells which year it is: "maandag 23 januari" written in 2023 is 2023's.
  let weekday = -1;
  if (first.kind === 'word' && WEEKDAY_WORDS.has(first.text)) {
    weekday = WEEKDAY_NAMES_NL.findIndex((name) => first.text.startsWith(name));
    pos++;
    if (punct(ctx, pos, ',')) pos++;
  }
  const dayToken = ctx.tokens[pos];
  if (dayToken?.kind !== 'num' || dayToken.digits > 2 || dayToken.value < 1 || dayToken.value > 31) return null;
  pos++;
  const suffix = ctx.tokens[pos];
  if (suffix?.kind === 'word' && !suffix.spaceBefore && ORDINAL_SUFFIXES.has(suffix.text)) pos++;
  const monthWord = monthWordAt(ctx, pos);
  if (!monthWord) return null;
  pos = monthWord.end;
  const day = dayToken.value;
  const month = monthWord.month;
  if (!isValidDay(2024, month, day)) return null;
  const yearSpec = yearSpecAt(ctx, pos, false);
  if (yearSpec) {
    if (!isValidDay(yearSpec.year, month, day)) return null;
    const date = iso(yearSpec.year, month, day);
    return { end: yearSpec.end, standalone: true, fixed: true, kind: 'day', build: () => dayAnchor(date) };
  }
  // (After a term word only within a month: "Ik kom voor vrijdag 13 juni bij u terug", written in October, bounds what is
  // still to come, so a weekday that fits the June that has passed is a slip, not that June (review 11); "De minister is
  // verzocht de beantwoording uiterlijk vrijdag 15 december … te doen toekomen", noted six days later, is that December.)
  const pinned = pinnedYear(ctx.reference, month, day, weekday, BOUND_BEFORE.has(word(ctx, at - 1) ?? '') ? RECENT_PAST_DAYS_AFTER_TERM : RECENT_PAST_DAYS);
  return {
    end: pos,
    standalone: !monthWord.abbreviation,
    fixed: false,
    kind: 'day',
    build: (year) => (isValidDay(year, month, day) && (pinned === null || year === pinned) ? dayAnchor(iso(year, month, day)) : null),
  };
}

export const dayCore: CoreParser = {
  name: 'day',
  firstWords: WEEKDAY_WORDS,
  startsWithNumber: true,
  parse: parseDay,
  // A weekday, then its day number (after a comma or not).
  next: (w) => (WEEKDAY_WORDS.has(w) ? { words: [','], num: true } : undefined),
};
