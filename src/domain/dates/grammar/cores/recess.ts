// Recess cores: "het zomerreces (van 2024)", "aanvang van het zomerreces", "het einde van het kerstreces".
import { recessAnchor, recessDayAnchor, type Anchor } from '../../periods.ts';
import type { RecessName } from '../../calendar.ts';
import { MONTHS, RECESSES } from '../../vocabulary.ts';
import { isArticleAt, word, yearSpecAt, type Core, type CoreParser, type ParseContext } from '../context.ts';

const RECESS_START_WORDS: ReadonlySet<string> = new Set(['aanvang', 'begin', 'start']);
const RECESS_END_WORDS: ReadonlySet<string> = new Set(['einde', 'eind']);
/** "het komende kerstreces", "het eerstvolgende zomerreces": the next one, as without a word. */
const RECESS_NEXT_WORDS: ReadonlySet<string> = new Set(['komende', 'aankomende', 'eerstvolgende', 'volgende', 'aanstaande']);
/** "het reces in april (2020)": the recess that starts in that month. */
const RECESS_BY_MONTH: ReadonlyMap<number, RecessName> = new Map([
  [2, 'voorjaarsreces'], [4, 'meireces'], [7, 'zomerreces'], [10, 'herfstreces'], [12, 'kerstreces'],
]);

const HOLIDAY_BOUNDS: ReadonlySet<string> = new Set(['voor', 'vóór', 'uiterlijk', 'ruim']);

/** A school holiday named for its recess ("de herfstvakantie"): "de", where a recess has "het". */
const isHoliday = (w: string | undefined): boolean => w?.endsWith('vakantie') === true;

function parseRecess(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  let which: 'start' | 'end' | undefined;
  const first = word(ctx, pos);
  if (isArticleAt(ctx, pos)) pos++;
  const boundary = word(ctx, pos);
  if (boundary !== undefined && (RECESS_START_WORDS.has(boundary) || RECESS_END_WORDS.has(boundary)) && word(ctx, pos + 1) === 'van') {
    which = RECESS_START_WORDS.has(boundary) ? 'start' : 'end';
    pos += 2;
    if (word(ctx, pos) === 'het' || (word(ctx, pos) === 'de' && isHoliday(word(ctx, pos + 1)))) pos++;
  } else if (first === 'de' && !isHoliday(word(ctx, pos))) return null;
  if (which === undefined && RECESSES.has(word(ctx, pos + 1) ?? '') && RECESS_NEXT_WORDS.has(word(ctx, pos) ?? '')) pos++;
  const recessWord = word(ctx, pos);
  // A holiday only as a bound ("voor de herfstvakantie", "voor de start van de zomervakantie"): "in de zomervakantie"
  // is mostly about the holiday itself.
  if (isHoliday(recessWord) && which === undefined && !HOLIDAY_BOUNDS.has(word(ctx, at - 1) ?? '')) return null;
  let name = recessWord === undefined ? undefined : RECESSES.get(recessWord);
  if (!name && recessWord === 'reces' && word(ctx, pos + 1) === 'in') {
    const month = MONTHS.get(word(ctx, pos + 2) ?? '');
    name = month === undefined ? undefined : RECESS_BY_MONTH.get(month);
    if (name) pos += 2;
  }
  if (!name) return null;
  pos++;
  const build = (year: number): Anchor =>
    which ? recessDayAnchor(ctx.calendar, name, year, which) : recessAnchor(ctx.calendar, name, year);
  const yearSpec = yearSpecAt(ctx, pos, false);
  if (yearSpec) {
    const year = yearSpec.year;
    return { end: yearSpec.end, standalone: false, fixed: true, kind: 'recess', build: () => build(year) };
  }
  return { end: pos, standalone: false, fixed: false, kind: 'recess', build };
}

const FIRST_WORDS = [...RECESSES.keys(), 'reces', ...RECESS_START_WORDS, ...RECESS_END_WORDS, ...RECESS_NEXT_WORDS];

export const recessCore: CoreParser = { name: 'recess', firstWords: FIRST_WORDS, afterArticle: FIRST_WORDS, parse: parseRecess };
