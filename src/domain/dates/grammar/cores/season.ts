// Season cores: "het najaar van 2023", "dit najaar", "de zomer", "het vroege najaar",
// "de winter van 2023/2024", "aankomend najaar", "het komende voorjaar".
import { iso, yearOf } from '../../calendar-date.ts';
import { partAnchor, seasonAnchor, type Anchor } from '../../periods.ts';
import type { IsoDate } from '../../types.ts';
import { SEASON_ADJECTIVES, SEASONS, type Part, type Season } from '../../vocabulary.ts';
import { isArticleAt, word, yearSpecAt, type Core, type CoreParser, type ParseContext } from '../context.ts';

type SeasonDeterminer = 'this' | 'coming' | 'next' | 'previous';

const SEASON_DETERMINERS: ReadonlyMap<string, SeasonDeterminer> = new Map([
  ['dit', 'this'], ['deze', 'this'],
  ['komend', 'coming'], ['komende', 'coming'], ['aanstaand', 'coming'], ['aanstaande', 'coming'],
  ['aankomend', 'coming'], ['aankomende', 'coming'], ['eerstvolgend', 'coming'], ['eerstvolgende', 'coming'],
  ['volgend', 'next'], ['volgende', 'next'],
  ['vorig', 'previous'], ['vorige', 'previous'], ['afgelopen', 'previous'],
]);

/** The winter containing the reference date, else the next one (its start year). */
function currentWinterYear(reference: IsoDate): number {
  const year = yearOf(reference);
  return reference <= iso(year, 3, 20) ? year - 1 : year;
}

function parseSeason(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  let determiner: SeasonDeterminer | undefined;
  if (isArticleAt(ctx, pos)) pos++;
  const determinerWord = word(ctx, pos);
  const named = determinerWord === undefined ? undefined : SEASON_DETERMINERS.get(determinerWord);
  // "het komende najaar" takes an article; "dit najaar" does not.
  if (named !== undefined && (pos === at || named === 'coming' || named === 'next' || named === 'previous')) {
    determiner = named;
    pos++;
  }
  let part: Part | undefined;
  const adjective = word(ctx, pos);
  if (adjective !== undefined && SEASON_ADJECTIVES.has(adjective)) {
    part = SEASON_ADJECTIVES.get(adjective);
    pos++;
  }
  const seasonWord = word(ctx, pos);
  const season: Season | undefined = seasonWord === undefined ? undefined : SEASONS.get(seasonWord);
  if (!season) return null;
  pos++;
  // "najaar a.s.": aanstaande after the season.
  if (determiner === undefined && word(ctx, pos) === 'a' && ctx.tokens[pos + 1]?.text === '.' && word(ctx, pos + 2) === 's') {
    determiner = 'coming';
    pos += ctx.tokens[pos + 3]?.text === '.' ? 4 : 3;
  }
  const build = (year: number): Anchor => {
    const anchor = seasonAnchor(ctx.calendar, season, year);
    return part ? partAnchor(anchor, part, 'other') : anchor;
  };
  // Winter: "2023/2024", "2023-2024", "2023/24".
  if (season === 'winter' && determiner === undefined) {
    let yearPos = pos;
    if (word(ctx, yearPos) === 'van') yearPos++;
    const first = ctx.tokens[yearPos];
    const separator = ctx.tokens[yearPos + 1];
    const second = ctx.tokens[yearPos + 2];
    if (first?.kind === 'num' && first.digits === 4 && separator?.kind === 'punct' && (separator.text === '/' || separator.text === '-') && second?.kind === 'num') {
      const next = second.digits === 4 ? second.value : second.digits === 2 ? Math.floor(first.value / 100) * 100 + second.value : -1;
      if (next === first.value + 1) {
        const year = first.value;
        return { end: yearPos + 3, standalone: true, fixed: true, kind: 'season', build: () => build(year) };
      }
    }
  }
  if (determiner === undefined) {
    const yearSpec = yearSpecAt(ctx, pos, false);
    if (yearSpec) {
      const year = yearSpec.year;
      return { end: yearSpec.end, standalone: true, fixed: true, kind: 'season', build: () => build(year) };
    }
    return { end: pos, standalone: false, fixed: false, kind: 'season', build };
  }
  if (determiner === 'this') {
    const year = season === 'winter' ? currentWinterYear(ctx.reference) : ctx.referenceYear;
    return { end: pos, standalone: true, fixed: true, kind: 'season', build: () => build(year) };
  }
  if (determiner === 'coming') return { end: pos, standalone: true, fixed: false, kind: 'season', build };
  const base = season === 'winter' ? currentWinterYear(ctx.reference) : ctx.referenceYear;
  if (determiner === 'next') {
    const year = build(base).first > ctx.reference ? base : base + 1;
    return { end: pos, standalone: true, fixed: true, kind: 'season', build: () => build(year) };
  }
  const year = build(base).last < ctx.reference ? base : base - 1;
  return { end: pos, standalone: true, fixed: true, kind: 'season', build: () => build(year) };
}

export const seasonCore: CoreParser = {
  name: 'season',
  firstWords: [...SEASON_DETERMINERS.keys(), ...SEASON_ADJECTIVES.keys(), ...SEASONS.keys()],
  afterArticle: [...SEASON_ADJECTIVES.keys(), ...SEASONS.keys(), ...[...SEASON_DETERMINERS].filter(([, d]) => d !== 'this').map(([w]) => w)],
  parse: parseSeason,
  // (determiner) (adjective) season: after a determiner an adjective or a season, after an adjective a season.
  next: (w) => {
    if (SEASONS.has(w)) return undefined;
    if (SEASON_DETERMINERS.has(w)) return { words: [...SEASON_ADJECTIVES.keys(), ...SEASONS.keys()] };
    if (SEASON_ADJECTIVES.has(w)) return { words: SEASONS.keys() };
    return undefined;
  },
};
