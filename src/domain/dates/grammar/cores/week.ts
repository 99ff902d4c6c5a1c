// Week cores: "week 12", "week 12 van 2024", "de week van 18 maart", "deze week", "volgende week" (Monday to Friday
// of that ISO week), and "vandaag" after a relation word ("uiterlijk vandaag").
import { addDays, fridayOfIsoWeek, weekdayOf } from '../../calendar-date.ts';
import { dayAnchor } from '../../periods.ts';
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

function parseWeek(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  const hasArticle = isArticleAt(ctx, pos);
  if (hasArticle) pos++;
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

export const weekCore: CoreParser = { name: 'week', firstWords: ['week', ...WEEK_SHIFT.keys()], afterArticle: ['week', 'volgende', 'komende', 'eerstvolgende'], parse: parseWeek };

/** "uiterlijk vandaag", "voor vandaag": the reference date itself (only after a relation word). */
function parseToday(ctx: ParseContext, at: number): Core | null {
  if (word(ctx, at) !== 'vandaag') return null;
  const today = ctx.reference;
  return { end: at + 1, standalone: false, fixed: true, kind: 'day', build: () => dayAnchor(today) };
}

export const todayCore: CoreParser = { name: 'today', firstWords: ['vandaag'], afterArticle: [], parse: parseToday };
