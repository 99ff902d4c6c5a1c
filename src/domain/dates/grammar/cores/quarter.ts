// Quarter and half-year cores: "Q1 2025", "K3", "het eerste kwartaal van 2024", "1e kwartaal",
// "dit kwartaal", "de eerste helft van 2025", "het tweede halfjaar van dit jaar".
import { iso, lastDayOfMonth, monthOf, yearOf } from '../../calendar-date.ts';
import { halfAnchor, quarterAnchor, trimesterAnchor, type Anchor } from '../../periods.ts';
import type { IsoDate } from '../../types.ts';
import { ORDINALS } from '../../vocabulary.ts';
import {
  isArticleAt,
  isYearAt,
  NEXT_WORDS,
  ORDINAL_SUFFIXES,
  punct,
  THIS_WORDS,
  word,
  yearSpecAt,
  yearValueAt,
  type Core,
  type CoreParser,
  type ParseContext,
} from '../context.ts';
import { monthCore } from './month.ts';

/** Words of a pregnancy: a trimester near them is the pregnancy's, not four months of a year. */
const PREGNANCY = /^(?:zwanger\w*|bevalling\w*|foetus\w*|kraam\w*)$/;
/** "aanstaande" is a pregnancy's only before a parent ("aanstaande moeders"); "het aanstaande besluit" is upcoming (review 12). */
const EXPECTANT_PARENT = /^(?:moeder|moeders|vader|vaders|ouder|ouders)$/;

function quarterOf(date: IsoDate): number {
  return Math.floor((monthOf(date) - 1) / 3) + 1;
}

function parseQuarter(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  const hasArticle = word(ctx, pos) === 'het';
  if (hasArticle) pos++;
  let quarter = 0;
  let letterForm = false;
  const w = word(ctx, pos);
  const token = ctx.tokens[pos];
  if ((w === 'q' || w === 'k') && !hasArticle) {
    const number = ctx.tokens[pos + 1];
    if (number?.kind === 'num' && !number.spaceBefore && number.digits === 1 && number.value >= 1 && number.value <= 4) {
      quarter = number.value;
      letterForm = true;
      pos += 2;
    } else return null;
  } else if (w !== undefined && ORDINALS.has(w) && (ORDINALS.get(w) as number) <= 3 && word(ctx, pos + 1) === 'trimester') {
    // "het eerste / tweede / derde trimester van 2018": four months (to 30 April, 31 August, 31 December). Only with its year:
    // a bare "in het derde trimester" is most often a pregnancy's or a school's.
    const yearSpec = yearSpecAt(ctx, pos + 2, false);
    if (!yearSpec) return null;
    // (Nor a pregnancy's with its year: "Zwangere vrouwen in het derde trimester van 2025 krijgen voorrang", review 11.)
    for (let k = Math.max(0, at - 8); k < at; k += 1) {
      const near = word(ctx, k) ?? '';
      if (PREGNANCY.test(near) || (near === 'aanstaande' && EXPECTANT_PARENT.test(word(ctx, k + 1) ?? ''))) return null;
    }
    const year = yearSpec.year;
    const t = ORDINALS.get(w) as number;
    return { end: yearSpec.end, standalone: true, fixed: true, kind: 'quarter', build: () => trimesterAnchor(year, t) };
  } else if (w !== undefined && (ORDINALS.has(w) || w === 'laatste') && word(ctx, pos + 1) === 'kwartaal') {
    // ("het laatste kwartaal van dit jaar" is the fourth.)
    quarter = w === 'laatste' ? 4 : (ORDINALS.get(w) as number);
    pos += 2;
  } else if (token?.kind === 'num' && token.digits === 1 && token.value >= 1 && token.value <= 4) {
    const suffix = ctx.tokens[pos + 1];
    if (suffix?.kind === 'word' && !suffix.spaceBefore && ORDINAL_SUFFIXES.has(suffix.text) && word(ctx, pos + 2) === 'kwartaal') {
      quarter = token.value;
      pos += 3;
    } else return null;
  } else if (w !== undefined && !hasArticle && (THIS_WORDS.has(w) || NEXT_WORDS.has(w)) && word(ctx, pos + 1) === 'kwartaal') {
    const current = quarterOf(ctx.reference);
    const isNext = NEXT_WORDS.has(w);
    const q = isNext ? (current % 4) + 1 : current;
    const year = isNext && current === 4 ? ctx.referenceYear + 1 : ctx.referenceYear;
    return { end: pos + 2, standalone: true, fixed: true, kind: 'quarter', build: () => quarterAnchor(year, q) };
  } else return null;
  if (letterForm && punct(ctx, pos, '-', true) && isYearAt(ctx, pos + 1) && !ctx.tokens[pos + 1]?.spaceBefore) {
    const year = yearValueAt(ctx, pos + 1);
    return { end: pos + 2, standalone: true, fixed: true, kind: 'quarter', build: () => quarterAnchor(year, quarter) };
  }
  const yearSpec = yearSpecAt(ctx, pos, false);
  const q = quarter;
  if (yearSpec) {
    const year = yearSpec.year;
    return { end: yearSpec.end, standalone: true, fixed: true, kind: 'quarter', build: () => quarterAnchor(year, q) };
  }
  if (word(ctx, pos) === 'van') return null;
  return { end: pos, standalone: false, fixed: false, kind: 'quarter', build: (year) => quarterAnchor(year, q) };
}

export const quarterCore: CoreParser = {
  name: 'quarter',
  firstWords: ['q', 'k', 'laatste', ...ORDINALS.keys(), ...THIS_WORDS, ...NEXT_WORDS],
  afterArticle: ['laatste', ...ORDINALS.keys()],
  startsWithNumber: true,
  numberAfterArticle: true,
  parse: parseQuarter,
  // "Q1", "K3"; "eerste kwartaal / trimester"; "laatste / dit / volgend kwartaal".
  next: (w, afterArticle) => {
    if (!afterArticle && (w === 'q' || w === 'k')) return { num: true };
    if (ORDINALS.has(w)) return { words: ['kwartaal', 'trimester'] };
    if (w === 'laatste' || THIS_WORDS.has(w) || NEXT_WORDS.has(w)) return { words: ['kwartaal'] };
    return undefined;
  },
};

const HALF_ORDINALS: ReadonlyMap<string, 1 | 2> = new Map([['eerste', 1], ['tweede', 2]]);

/** The first (1st–15th) or second (16th–last) half of the month `month` covers. */
function halfOfMonth(month: Anchor, half: 1 | 2): Anchor {
  const y = yearOf(month.first);
  const m = monthOf(month.first);
  const [first, last] = half === 1 ? [iso(y, m, 1), iso(y, m, 15)] : [iso(y, m, 16), lastDayOfMonth(y, m)];
  return { kind: 'period', first, last, precision: 'month', basis: 'rule' };
}

function parseHalf(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  if (isArticleAt(ctx, pos)) pos++;
  const half = HALF_ORDINALS.get(word(ctx, pos) ?? '');
  if (half === undefined) return null;
  const unit = word(ctx, pos + 1);
  if (unit !== 'helft' && unit !== 'halfjaar') return null;
  pos += 2;
  const yearSpec = yearSpecAt(ctx, pos, true);
  if (yearSpec) {
    const year = yearSpec.year;
    return { end: yearSpec.end, standalone: true, fixed: true, kind: 'half', build: () => halfAnchor(year, half) };
  }
  // "de tweede helft van oktober (2013)": a half of a month, the 1st to the 15th or the 16th to its last day (the
  // table's "eerste / tweede helft van Y" with a month, as "begin / medio / eind april" has it).
  if (word(ctx, pos) === 'van') {
    const month = monthCore.parse(ctx, pos + 1);
    if (month?.kind !== 'month') return null;
    return {
      end: month.end,
      standalone: true,
      fixed: month.fixed,
      kind: 'half',
      build: (year) => {
        const anchor = month.build(year);
        return anchor ? halfOfMonth(anchor, half) : null;
      },
    };
  }
  return { end: pos, standalone: false, fixed: false, kind: 'half', build: (year) => halfAnchor(year, half) };
}

export const halfCore: CoreParser = {
  name: 'half year',
  firstWords: HALF_ORDINALS.keys(),
  afterArticle: HALF_ORDINALS.keys(),
  parse: parseHalf,
  next: () => ({ words: ['helft', 'halfjaar'] }),
};
