// The token-level grammar of Dutch date expressions: cores (what is dated) and relation
// words (how the promise relates to it). parse-dates.ts drives it over a text.
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  iso,
  isValidDay,
  lastDayOfMonth,
  minDate,
  monthOf,
  yearOf,
} from './calendar-date.ts';
import type { ParliamentaryCalendar } from './calendar.ts';
import {
  budgetDebateAnchor,
  dayAnchor,
  halfAnchor,
  jaarwisselingAnchor,
  monthAnchor,
  najaarsnotaAnchor,
  partAnchor,
  prinsjesdagAnchor,
  quarterAnchor,
  recessAnchor,
  recessDayAnchor,
  seasonAnchor,
  verantwoordingsdagAnchor,
  voorjaarsnotaAnchor,
  weakerBasis,
  yearAnchor,
  type Anchor,
} from './periods.ts';
import type { Token } from './tokens.ts';
import type { Basis, DateExpression, IsoDate, Relation } from './types.ts';
import {
  COUNT_NOUNS,
  DEBATE_WORDS,
  MINISTRIES,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PART_PHRASES,
  indexByFirstWord,
  RECESSES,
  RELATION_PHRASES,
  SEASON_ADJECTIVES,
  SEASONS,
  UNITS,
  WEEKDAYS,
  type Part,
  type RelationWord,
  type Season,
  type TimeUnit,
} from './vocabulary.ts';

export interface Ctx {
  toks: readonly Token[];
  ref: IsoDate;
  refYear: number;
  cal: ParliamentaryCalendar;
  /** coresAt results per token index, filled on first use. */
  coreCache: Array<Core[] | undefined>;
}

/** The dated part of an expression, before a relation word is applied. */
export interface Core {
  /** Token index after the core. */
  end: number;
  /** May stand without a relation word ("april 2025", "Q1 2025", "eind dit jaar"). */
  standalone: boolean;
  /** The year is written or implied ("dit najaar"); otherwise the first occurrence rule applies. */
  fixed: boolean;
  /** Relation words the core accepts; undefined = all that fit its kind. */
  rels?: ReadonlySet<RelationWord>;
  /** Kind of the core for ranges and parts. */
  type: 'day' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'recess' | 'event' | 'part' | 'other';
  build: (year: number) => Anchor | null;
}

/** Everything of a DateExpression except the span. */
export type Fields = Omit<DateExpression, 'text' | 'start' | 'end'>;

// ---------------------------------------------------------------- token helpers

export function word(ctx: Ctx, i: number): string | undefined {
  const t = ctx.toks[i];
  return t && t.kind === 'word' ? t.text : undefined;
}

function punct(ctx: Ctx, i: number, p: string, adjacent = false): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === 'punct' && t.text === p && (!adjacent || !t.spaceBefore);
}

/** Matches a sequence of token texts at i; returns the index after it or -1. */
export function seq(ctx: Ctx, i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) {
    const t = ctx.toks[i + k];
    if (!t || t.text !== words[k]) return -1;
  }
  return i + words.length;
}

/** A year number 1900-2100 that is not a vergaderjaar ("2022/23", "2023-24") or a count. */
export function isYearAt(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'num' || t.digits !== 4 || t.value < 1900 || t.value > 2100) return false;
  const next = ctx.toks[i + 1];
  if (next && !next.spaceBefore && next.kind === 'punct' && (next.text === '/' || next.text === '-')) {
    const after = ctx.toks[i + 2];
    if (after && after.kind === 'num' && !after.spaceBefore) return false;
  }
  if (next && next.kind === 'word' && COUNT_NOUNS.has(next.text)) return false;
  // "2024 en 2025 telkens 5 miljoen": a following amount is out of scope; "2.024" is not a year.
  const prev = ctx.toks[i - 1];
  if (prev && !t.spaceBefore && prev.kind === 'punct' && (prev.text === '.' || prev.text === ',')) return false;
  return true;
}

/** A count 1..99 as a number or a number word ("drie", "3"). */
export function countAt(ctx: Ctx, i: number): { end: number; n: number } | null {
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.kind === 'num') return t.digits <= 2 && t.value >= 1 ? { end: i + 1, n: t.value } : null;
  if (t.kind === 'word') {
    const n = NUMBER_WORDS.get(t.text);
    if (n !== undefined) return { end: i + 1, n };
  }
  return null;
}

export function unitAt(ctx: Ctx, i: number): TimeUnit | undefined {
  const w = word(ctx, i);
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

// ---------------------------------------------------------------- year specs

interface YearSpec {
  end: number;
  year: number;
}

const THIS_WORDS = new Set(['dit', 'deze']);
const NEXT_WORDS = new Set(['volgend', 'volgende', 'komend', 'komende']);
const PREV_WORDS = new Set(['vorig', 'vorige', 'afgelopen']);

/** "2025", "van 2025", "dit jaar", "van volgend jaar", "(van) het jaar" (when allowed). */
function yearSpecAt(ctx: Ctx, i: number, allowHet: boolean): YearSpec | null {
  let k = i;
  if (word(ctx, k) === 'van') k++;
  if (isYearAt(ctx, k)) return { end: k + 1, year: (ctx.toks[k] as Token).value };
  let w = word(ctx, k);
  let article = false;
  if (w === 'het') {
    article = true;
    k++;
    w = word(ctx, k);
  }
  if (w === undefined) return null;
  if (article && w === 'jaar') return allowHet ? { end: k + 1, year: ctx.refYear } : null;
  if (word(ctx, k + 1) !== 'jaar') return null;
  if (!article && THIS_WORDS.has(w)) return { end: k + 2, year: ctx.refYear };
  if (NEXT_WORDS.has(w)) return { end: k + 2, year: ctx.refYear + 1 };
  if (PREV_WORDS.has(w)) return { end: k + 2, year: ctx.refYear - 1 };
  return null;
}

// ---------------------------------------------------------------- cores

function monthWordAt(ctx: Ctx, i: number): { end: number; month: number; abbreviation: boolean } | null {
  const w = word(ctx, i);
  if (w === undefined) return null;
  const full = MONTHS.get(w);
  if (full !== undefined) return { end: i + 1, month: full, abbreviation: false };
  const abbr = MONTH_ABBREVIATIONS.get(w);
  if (abbr !== undefined) {
    const end = punct(ctx, i + 1, '.', true) ? i + 2 : i + 1;
    return { end, month: abbr, abbreviation: true };
  }
  return null;
}

const DAY_SUFFIXES = new Set(['e', 'ste', 'de']);

/** "1 juli 2025", "maandag 2 oktober 2023", "12 juni", "1-7-2025", "2025-07-01". */
function dayCore(ctx: Ctx, i: number): Core | null {
  const t = ctx.toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const numeric = numericDate(ctx, i);
    if (numeric) return numeric;
  }
  let k = i;
  if (t.kind === 'word' && WEEKDAYS.has(t.text)) {
    k++;
    if (punct(ctx, k, ',')) k++;
  }
  const d = ctx.toks[k];
  if (!d || d.kind !== 'num' || d.digits > 2 || d.value < 1 || d.value > 31) return null;
  k++;
  const suffix = ctx.toks[k];
  if (suffix && suffix.kind === 'word' && !suffix.spaceBefore && DAY_SUFFIXES.has(suffix.text)) k++;
  const m = monthWordAt(ctx, k);
  if (!m) return null;
  k = m.end;
  const day = d.value;
  const month = m.month;
  if (!isValidDay(2024, month, day)) return null;
  const y = yearSpecAt(ctx, k, false);
  if (y) {
    if (!isValidDay(y.year, month, day)) return null;
    const date = iso(y.year, month, day);
    return { end: y.end, standalone: true, fixed: true, type: 'day', build: () => dayAnchor(date) };
  }
  return {
    end: k,
    standalone: !m.abbreviation,
    fixed: false,
    type: 'day',
    build: (year) => (isValidDay(year, month, day) ? dayAnchor(iso(year, month, day)) : null),
  };
}

const DATE_SEPARATORS = new Set(['-', '/', '.']);

function numericDate(ctx: Ctx, i: number): Core | null {
  const a = ctx.toks[i] as Token;
  const s1 = ctx.toks[i + 1];
  const b = ctx.toks[i + 2];
  const s2 = ctx.toks[i + 3];
  const c = ctx.toks[i + 4];
  if (!s1 || !b || !s2 || !c) return null;
  if (s1.kind !== 'punct' || !DATE_SEPARATORS.has(s1.text) || s1.spaceBefore) return null;
  if (s2.kind !== 'punct' || s2.text !== s1.text || s2.spaceBefore) return null;
  if (b.kind !== 'num' || b.spaceBefore || c.kind !== 'num' || c.spaceBefore) return null;
  let year: number;
  let month: number;
  let day: number;
  if (a.digits <= 2 && b.digits <= 2 && c.digits === 4) {
    [day, month, year] = [a.value, b.value, c.value];
  } else if (a.digits === 4 && b.digits === 2 && c.digits === 2 && s1.text === '-') {
    [year, month, day] = [a.value, b.value, c.value];
  } else return null;
  if (year < 1900 || year > 2100 || !isValidDay(year, month, day)) return null;
  // "1-7-2025-3" or "12.1.7.2025" are not dates.
  const after = ctx.toks[i + 5];
  if (after && !after.spaceBefore && after.kind === 'punct' && DATE_SEPARATORS.has(after.text) && ctx.toks[i + 6]?.kind === 'num') return null;
  const date = iso(year, month, day);
  return { end: i + 5, standalone: true, fixed: true, type: 'day', build: () => dayAnchor(date) };
}

/** "april 2025", "april", "sept. 2024", "maart van volgend jaar". */
function monthCore(ctx: Ctx, i: number): Core | null {
  const m = monthWordAt(ctx, i);
  if (!m) return null;
  const month = m.month;
  const y = yearSpecAt(ctx, m.end, false);
  if (y) {
    const year = y.year;
    return { end: y.end, standalone: true, fixed: true, type: 'month', build: () => monthAnchor(year, month) };
  }
  if (m.abbreviation) return null;
  return { end: m.end, standalone: false, fixed: false, type: 'month', build: (year) => monthAnchor(year, month) };
}

function quarterOf(date: IsoDate): number {
  return Math.floor((monthOf(date) - 1) / 3) + 1;
}

/** "Q1 2025", "K3", "het eerste kwartaal van 2024", "1e kwartaal", "dit kwartaal". */
function quarterCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  const article = word(ctx, k) === 'het';
  if (article) k++;
  let quarter = 0;
  let qForm = false;
  const w = word(ctx, k);
  const t = ctx.toks[k];
  if ((w === 'q' || w === 'k') && !article) {
    const n = ctx.toks[k + 1];
    if (n && n.kind === 'num' && !n.spaceBefore && n.digits === 1 && n.value >= 1 && n.value <= 4) {
      quarter = n.value;
      qForm = true;
      k += 2;
    } else return null;
  } else if (w !== undefined && ORDINALS.has(w) && word(ctx, k + 1) === 'kwartaal') {
    quarter = ORDINALS.get(w) as number;
    k += 2;
  } else if (t && t.kind === 'num' && t.digits === 1 && t.value >= 1 && t.value <= 4) {
    const s = ctx.toks[k + 1];
    if (s && s.kind === 'word' && !s.spaceBefore && DAY_SUFFIXES.has(s.text) && word(ctx, k + 2) === 'kwartaal') {
      quarter = t.value;
      k += 3;
    } else return null;
  } else if (w !== undefined && !article && (THIS_WORDS.has(w) || NEXT_WORDS.has(w)) && word(ctx, k + 1) === 'kwartaal') {
    const current = quarterOf(ctx.ref);
    const next = NEXT_WORDS.has(w);
    const q = next ? (current % 4) + 1 : current;
    const year = next && current === 4 ? ctx.refYear + 1 : ctx.refYear;
    return { end: k + 2, standalone: true, fixed: true, type: 'quarter', build: () => quarterAnchor(year, q) };
  } else return null;
  if (qForm && punct(ctx, k, '-', true) && isYearAt(ctx, k + 1) && !ctx.toks[k + 1]?.spaceBefore) {
    const year = (ctx.toks[k + 1] as Token).value;
    return { end: k + 2, standalone: true, fixed: true, type: 'quarter', build: () => quarterAnchor(year, quarter) };
  }
  const y = yearSpecAt(ctx, k, false);
  const q = quarter;
  if (y) {
    const year = y.year;
    return { end: y.end, standalone: true, fixed: true, type: 'quarter', build: () => quarterAnchor(year, q) };
  }
  if (word(ctx, k) === 'van') return null;
  return { end: k, standalone: false, fixed: false, type: 'quarter', build: (year) => quarterAnchor(year, q) };
}

/** "de eerste helft van 2025", "het tweede halfjaar van dit jaar". */
function halfCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  const w0 = word(ctx, k);
  if (w0 === 'de' || w0 === 'het') k++;
  const w = word(ctx, k);
  if (w !== 'eerste' && w !== 'tweede') return null;
  const unit = word(ctx, k + 1);
  if (unit !== 'helft' && unit !== 'halfjaar') return null;
  const half = w === 'eerste' ? 1 : 2;
  k += 2;
  const y = yearSpecAt(ctx, k, true);
  if (y) {
    const year = y.year;
    return { end: y.end, standalone: true, fixed: true, type: 'half', build: () => halfAnchor(year, half) };
  }
  if (word(ctx, k) === 'van') return null;
  return { end: k, standalone: false, fixed: false, type: 'half', build: (year) => halfAnchor(year, half) };
}

type SeasonDeterminer = 'this' | 'coming' | 'next' | 'prev';

const SEASON_DETERMINERS: ReadonlyMap<string, SeasonDeterminer> = new Map([
  ['dit', 'this'], ['deze', 'this'],
  ['komend', 'coming'], ['komende', 'coming'], ['aanstaand', 'coming'], ['aanstaande', 'coming'],
  ['volgend', 'next'], ['volgende', 'next'],
  ['vorig', 'prev'], ['vorige', 'prev'], ['afgelopen', 'prev'],
]);

/** The winter containing the reference date, else the next one (its start year). */
function currentWinterYear(ref: IsoDate): number {
  const y = yearOf(ref);
  return ref <= iso(y, 3, 20) ? y - 1 : y;
}

/** "het najaar van 2023", "dit najaar", "de zomer", "het vroege najaar", "de winter van 2023/2024". */
function seasonCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  let determiner: SeasonDeterminer | undefined;
  const w0 = word(ctx, k);
  if (w0 === 'het' || w0 === 'de') k++;
  else if (w0 !== undefined && SEASON_DETERMINERS.has(w0)) {
    determiner = SEASON_DETERMINERS.get(w0);
    k++;
  }
  let part: Part | undefined;
  const adj = word(ctx, k);
  if (adj !== undefined && SEASON_ADJECTIVES.has(adj)) {
    part = SEASON_ADJECTIVES.get(adj);
    k++;
  }
  const sw = word(ctx, k);
  const season: Season | undefined = sw === undefined ? undefined : SEASONS.get(sw);
  if (!season) return null;
  k++;
  const build = (year: number): Anchor => {
    const a = seasonAnchor(ctx.cal, season, year);
    return part ? partAnchor(a, part, 'other') : a;
  };
  // Winter: "2023/2024", "2023-2024", "2023/24".
  if (season === 'winter' && determiner === undefined) {
    let j = k;
    if (word(ctx, j) === 'van') j++;
    const a = ctx.toks[j];
    const sep = ctx.toks[j + 1];
    const b = ctx.toks[j + 2];
    if (a && a.kind === 'num' && a.digits === 4 && sep && sep.kind === 'punct' && (sep.text === '/' || sep.text === '-') && b && b.kind === 'num') {
      const next = b.digits === 4 ? b.value : b.digits === 2 ? Math.floor(a.value / 100) * 100 + b.value : -1;
      if (next === a.value + 1) {
        const year = a.value;
        return { end: j + 3, standalone: true, fixed: true, type: 'season', build: () => build(year) };
      }
    }
  }
  if (determiner === undefined) {
    const y = yearSpecAt(ctx, k, false);
    if (y) {
      const year = y.year;
      return { end: y.end, standalone: true, fixed: true, type: 'season', build: () => build(year) };
    }
    return { end: k, standalone: false, fixed: false, type: 'season', build };
  }
  if (determiner === 'this') {
    const year = season === 'winter' ? currentWinterYear(ctx.ref) : ctx.refYear;
    return { end: k, standalone: true, fixed: true, type: 'season', build: () => build(year) };
  }
  if (determiner === 'coming') return { end: k, standalone: true, fixed: false, type: 'season', build };
  if (determiner === 'next') {
    const base = season === 'winter' ? currentWinterYear(ctx.ref) : ctx.refYear;
    const year = build(base).first > ctx.ref ? base : base + 1;
    return { end: k, standalone: true, fixed: true, type: 'season', build: () => build(year) };
  }
  const base = season === 'winter' ? currentWinterYear(ctx.ref) : ctx.refYear;
  const year = build(base).last < ctx.ref ? base : base - 1;
  return { end: k, standalone: true, fixed: true, type: 'season', build: () => build(year) };
}

const RECESS_START_WORDS = new Set(['aanvang', 'begin', 'start']);

/** "het zomerreces (van 2024)", "aanvang van het zomerreces", "het einde van het kerstreces". */
function recessCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  let which: 'start' | 'end' | undefined;
  const w0 = word(ctx, k);
  if (w0 === 'de' || w0 === 'het') k++;
  const w1 = word(ctx, k);
  if (w1 !== undefined && (RECESS_START_WORDS.has(w1) || w1 === 'einde' || w1 === 'eind') && word(ctx, k + 1) === 'van') {
    which = RECESS_START_WORDS.has(w1) ? 'start' : 'end';
    k += 2;
    if (word(ctx, k) === 'het') k++;
  } else if (w0 === 'de') return null;
  const rw = word(ctx, k);
  const name = rw === undefined ? undefined : RECESSES.get(rw);
  if (!name) return null;
  k++;
  const build = (year: number): Anchor =>
    which ? recessDayAnchor(ctx.cal, name, year, which) : recessAnchor(ctx.cal, name, year);
  const y = yearSpecAt(ctx, k, false);
  if (y) {
    const year = y.year;
    return { end: y.end, standalone: false, fixed: true, type: 'recess', build: () => build(year) };
  }
  return { end: k, standalone: false, fixed: false, type: 'recess', build };
}

const WITH_ONLY: ReadonlySet<RelationWord> = new Set(['with']);

function ministryAt(ctx: Ctx, i: number): { end: number; ministry: string } | null {
  let k = i;
  if (seq(ctx, k, ['het', 'ministerie', 'van']) > 0) k += 3;
  const w = word(ctx, k);
  const m = w === undefined ? undefined : MINISTRIES.get(w);
  return m ? { end: k + 1, ministry: m } : null;
}

/** A ministry code glued to a noun: "OCW-begroting". */
function ministryPrefixAt(ctx: Ctx, i: number, noun: string): { end: number; ministry: string } | null {
  const w = word(ctx, i);
  const m = w === undefined ? undefined : MINISTRIES.get(w);
  if (m && punct(ctx, i + 1, '-', true) && word(ctx, i + 2) === noun) return { end: i + 3, ministry: m };
  return null;
}

/** Begrotingsbehandeling in its forms; the written year is the budget year. */
function budgetDebateCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  const w0 = word(ctx, k);
  if (w0 === 'de' || w0 === 'het') k++;
  if (word(ctx, k) === 'plenaire') k++;
  let ministry: string | null = null;
  const glued = ministryPrefixAt(ctx, k, 'begrotingsbehandeling') ?? ministryPrefixAt(ctx, k, 'begrotingsdebat');
  if (glued) {
    ministry = glued.ministry;
    k = glued.end;
  } else {
    const w = word(ctx, k);
    if (w === 'begrotingsbehandeling' || w === 'begrotingsdebat') k++;
    else {
      let j: number;
      if (w === 'behandeling' && word(ctx, k + 1) === 'van' && word(ctx, k + 2) === 'de') j = k + 3;
      else if (w === 'debat' && word(ctx, k + 1) === 'over' && word(ctx, k + 2) === 'de') j = k + 3;
      else return null;
      const g = ministryPrefixAt(ctx, j, 'begroting');
      if (g) {
        ministry = g.ministry;
        k = g.end;
      } else if (word(ctx, j) === 'begroting') k = j + 1;
      else return null;
    }
  }
  if (ministry === null && word(ctx, k) === 'van') {
    const m = ministryAt(ctx, k + 1);
    if (m) {
      ministry = m.ministry;
      k = m.end;
    }
  }
  let debateYear = ctx.refYear;
  let j = k;
  if (word(ctx, j) === 'voor' || word(ctx, j) === 'van') j++;
  if (isYearAt(ctx, j)) {
    debateYear = (ctx.toks[j] as Token).value - 1;
    k = j + 1;
  }
  const min = ministry;
  const year = debateYear;
  return { end: k, standalone: false, fixed: true, type: 'event', build: () => budgetDebateAnchor(ctx.cal, min, year) };
}

/** Prinsjesdag, Miljoenennota, Verantwoordingsdag, Voorjaarsnota, Najaarsnota, de begroting (voor) Y, de jaarwisseling. */
function eventCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  const w0 = word(ctx, k);
  if (w0 === 'de' || w0 === 'het') k++;
  const w = word(ctx, k);
  if (w === undefined) return null;
  k++;
  let build: ((year: number) => Anchor) | undefined;
  let yearShift = 0;
  let rels: ReadonlySet<RelationWord> | undefined;
  switch (w) {
    case 'prinsjesdag':
      build = (y) => prinsjesdagAnchor(ctx.cal, y);
      break;
    case 'miljoenennota':
      build = (y) => prinsjesdagAnchor(ctx.cal, y);
      yearShift = -1;
      break;
    case 'verantwoordingsdag':
      build = (y) => verantwoordingsdagAnchor(ctx.cal, y);
      break;
    case 'voorjaarsnota':
      build = voorjaarsnotaAnchor;
      break;
    case 'najaarsnota':
      build = najaarsnotaAnchor;
      break;
    case 'jaarwisseling':
      if (w0 !== 'de') return null;
      build = (y) => jaarwisselingAnchor(ctx.cal, y);
      break;
    case 'begroting': {
      if (w0 !== 'de') return null;
      build = (y) => prinsjesdagAnchor(ctx.cal, y);
      yearShift = -1;
      rels = WITH_ONLY;
      if (word(ctx, k) === 'van') {
        const m = ministryAt(ctx, k + 1);
        if (m) k = m.end;
      }
      if ((word(ctx, k) === 'voor' || word(ctx, k) === 'van') && isYearAt(ctx, k + 1)) k++;
      break;
    }
    default:
      return null;
  }
  const b = build;
  if (isYearAt(ctx, k)) {
    const year = (ctx.toks[k] as Token).value + yearShift;
    return { end: k + 1, standalone: false, fixed: true, type: 'event', ...(rels ? { rels } : {}), build: () => b(year) };
  }
  return { end: k, standalone: false, fixed: false, type: 'event', ...(rels ? { rels } : {}), build: b };
}

/** "het (commissie)debat (over X) van 9 mei", "het WGO op 12 juni 2024". */
function debateDayCore(ctx: Ctx, i: number): Core | null {
  let k = i;
  const w0 = word(ctx, k);
  if (w0 !== 'de' && w0 !== 'het') return null;
  k++;
  const w1 = word(ctx, k);
  if (w1 === undefined || !DEBATE_WORDS.has(w1)) return null;
  k++;
  for (let n = 0; n < 6; n++) {
    const w = word(ctx, k);
    if (w === 'van' || w === 'op') {
      const day = dayCore(ctx, k + 1);
      if (day) {
        return {
          end: day.end,
          standalone: false,
          fixed: day.fixed,
          type: 'event',
          build: (y) => {
            const a = day.build(y);
            return a ? { ...a, kind: 'event' } : null;
          },
        };
      }
    }
    const t = ctx.toks[k];
    if (!t || (t.kind === 'punct' && t.text !== '-') || t.kind === 'num') return null;
    k++;
  }
  return null;
}

/** "2025", "dit jaar", "volgend jaar", "vorig jaar", "het jaar". */
function yearCore(ctx: Ctx, i: number): Core | null {
  if (isYearAt(ctx, i)) {
    const year = (ctx.toks[i] as Token).value;
    return { end: i + 1, standalone: false, fixed: true, type: 'year', build: () => yearAnchor(year) };
  }
  const w = word(ctx, i);
  if (w === undefined) return null;
  if (w === 'van') return null;
  const y = yearSpecAt(ctx, i, true);
  if (!y) return null;
  const year = y.year;
  const standalone = w !== 'het';
  return { end: y.end, standalone, fixed: true, type: 'year', build: () => yearAnchor(year) };
}

/** "deze maand", "volgende maand". */
function relativeMonthCore(ctx: Ctx, i: number): Core | null {
  const w = word(ctx, i);
  if (w === undefined || word(ctx, i + 1) !== 'maand') return null;
  let date: IsoDate;
  if (THIS_WORDS.has(w)) date = ctx.ref;
  else if (NEXT_WORDS.has(w)) date = addMonths(iso(ctx.refYear, monthOf(ctx.ref), 1), 1);
  else return null;
  const y = yearOf(date);
  const m = monthOf(date);
  return { end: i + 2, standalone: true, fixed: true, type: 'month', build: () => ({ ...monthAnchor(y, m), basis: 'rule' }) };
}

const PART_INDEX = indexByFirstWord(PART_PHRASES);

/** begin / medio / eind + a year, month, season, quarter or half. */
function partCore(ctx: Ctx, i: number): Core | null {
  const w = word(ctx, i);
  if (w === undefined) return null;
  const phrases = PART_INDEX.get(w);
  if (!phrases) return null;
  for (const phrase of phrases) {
    const k = seq(ctx, i, phrase.words);
    if (k < 0) continue;
    const target = partTarget(ctx, k);
    if (!target) continue;
    const kind = target.type === 'year' ? 'year' : target.type === 'month' ? 'month' : 'other';
    const part = phrase.part;
    return {
      end: target.end,
      standalone: true,
      fixed: target.fixed,
      type: 'part',
      build: (y) => {
        const a = target.build(y);
        return a ? partAnchor(a, part, kind) : null;
      },
    };
  }
  return null;
}

function partTarget(ctx: Ctx, k: number): Core | null {
  return yearCore(ctx, k) ?? monthCore(ctx, k) ?? seasonCore(ctx, k) ?? quarterCore(ctx, k) ?? halfCore(ctx, k);
}

const CORE_PARSERS: ReadonlyArray<(ctx: Ctx, i: number) => Core | null> = [
  dayCore,
  monthCore,
  quarterCore,
  halfCore,
  seasonCore,
  recessCore,
  budgetDebateCore,
  eventCore,
  debateDayCore,
  yearCore,
  relativeMonthCore,
  partCore,
];

/** Words a core can start with; anything else is rejected before the parsers run. */
const CORE_FIRST: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...WEEKDAYS, ...ORDINALS.keys(), ...SEASONS.keys(),
  ...RECESSES.keys(), ...SEASON_DETERMINERS.keys(), ...MINISTRIES.keys(), ...PART_INDEX.keys(),
  ...SEASON_ADJECTIVES.keys(), 'q', 'k', 'het', 'de', 'prinsjesdag', 'miljoenennota', 'verantwoordingsdag',
  'voorjaarsnota', 'najaarsnota', 'begrotingsbehandeling', 'begrotingsdebat', 'plenaire', 'aanvang', 'start',
]);

/** Words that may follow "de" / "het" at the start of a core. */
const AFTER_ARTICLE: ReadonlySet<string> = new Set([
  ...ORDINALS.keys(), ...SEASONS.keys(), ...RECESSES.keys(), ...DEBATE_WORDS, ...MINISTRIES.keys(),
  ...SEASON_ADJECTIVES.keys(), ...SEASON_DETERMINERS.keys(), 'begin', 'eind', 'einde', 'midden', 'aanvang', 'start',
  'jaar', 'jaarwisseling', 'begroting', 'behandeling', 'debat', 'begrotingsbehandeling', 'begrotingsdebat',
  'plenaire', 'prinsjesdag', 'miljoenennota', 'verantwoordingsdag', 'voorjaarsnota', 'najaarsnota',
]);

const NO_CORES: Core[] = [];

function mayStartCore(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind !== 'word' || !CORE_FIRST.has(t.text)) return false;
  if (t.text === 'de' || t.text === 'het') {
    const n = ctx.toks[i + 1];
    return n !== undefined && (n.kind === 'num' || (n.kind === 'word' && AFTER_ARTICLE.has(n.text)));
  }
  return true;
}

/** Every core starting at token i (longest first), computed once per token. */
export function coresAt(ctx: Ctx, i: number): Core[] {
  const cached = ctx.coreCache[i];
  if (cached) return cached;
  let out = NO_CORES;
  if (mayStartCore(ctx, i)) {
    out = [];
    for (const parse of CORE_PARSERS) {
      const c = parse(ctx, i);
      if (c) out.push(c);
    }
    if (out.length > 1) out.sort((a, b) => b.end - a.end);
  }
  ctx.coreCache[i] = out;
  return out;
}

// ---------------------------------------------------------------- relations

export interface RelationMatch {
  end: number;
  rel: RelationWord;
}

const RELATION_INDEX = indexByFirstWord(RELATION_PHRASES);
const NO_RELATIONS: RelationMatch[] = [];

/** Relation phrases at i, longest first. */
export function relationsAt(ctx: Ctx, i: number): RelationMatch[] {
  const w = ctx.toks[i]?.text;
  const phrases = w === undefined ? undefined : RELATION_INDEX.get(w);
  if (!phrases) return NO_RELATIONS;
  const out: RelationMatch[] = [];
  for (const phrase of phrases) {
    const end = seq(ctx, i, phrase.words);
    if (end > 0) out.push({ end, rel: phrase.rel });
  }
  return out;
}

function fields(
  a: Anchor,
  relation: Relation,
  earliest: IsoDate | null,
  deadline: IsoDate | null,
  basis: Basis,
  note: string | undefined,
  soft = false,
): Fields {
  const f: Fields = { relation, earliest, deadline, precision: a.precision, basis, soft, recurrence: null };
  if (note !== undefined) f.note = note;
  return f;
}

/** Applies a relation word (or none) to an anchor: docs/DATES.md, the rules table. */
export function combine(ctx: Ctx, rel: RelationWord | null, a: Anchor): Fields | null {
  const R = ctx.ref;
  const isSingle = a.kind === 'day' || a.kind === 'event';
  switch (rel) {
    case null:
    case 'in':
      if (a.kind === 'day') return fields(a, 'on', minDate(R, a.last), a.last, a.basis, a.note);
      if (a.kind === 'event') return fields(a, 'by', minDate(R, a.last), a.last, a.basis, a.note);
      return fields(a, 'in', a.first, a.last, a.basis, a.note);
    case 'on':
      if (a.kind === 'period') return null;
      return fields(a, 'on', minDate(R, a.last), a.last, a.basis, a.note);
    case 'with':
      if (a.kind !== 'event') return null;
      return fields(a, 'by', minDate(R, a.last), a.last, a.basis, a.note);
    case 'by':
      if (isSingle) return fields(a, 'by', minDate(R, a.last), a.last, a.basis, a.note);
      return fields(a, 'by', a.first, a.last, a.basis, a.note);
    case 'before': {
      if (isSingle) return fields(a, 'by', minDate(R, a.last), a.last, a.basis, a.note);
      if (a.beforeKeepsWindow) return fields(a, 'by', a.first, a.last, a.basis, a.note);
      if (a.before) return fields(a, 'by', minDate(R, a.before.date), a.before.date, a.before.basis, a.before.note);
      const deadline = addDays(a.first, -1);
      return fields(a, 'by', minDate(R, deadline), deadline, a.basis, undefined);
    }
    case 'around':
      if (isSingle) return fields(a, 'around', addDays(a.first, -7), addDays(a.last, 7), weakerBasis(a.basis, 'rule'), 'een week eromheen');
      return fields(a, 'around', a.first, a.last, a.basis, a.note);
    case 'after':
      if (a.after) return fields(a, 'after', addDays(a.last, 1), a.after.date, a.after.basis, a.after.note, true);
      return fields(a, 'after', addDays(a.last, 1), null, a.basis, undefined);
    case 'until':
      return fields(a, 'until', null, isSingle ? addDays(a.first, -1) : (a.until ?? addDays(a.first, -1)), a.basis, undefined);
    case 'untilIncl':
      return fields(a, 'until', null, a.last, a.basis, undefined);
    case 'from':
      return fields(a, 'from', a.first, null, a.basis, undefined);
  }
}

/** Resolves a core under a relation: a written year, or the first occurrence not before R. */
export function resolve(ctx: Ctx, rel: RelationWord | null, core: Core): Fields | null {
  if (core.rels && (rel === null || !core.rels.has(rel))) return null;
  if (rel === null && !core.standalone) return null;
  if (core.fixed) {
    const a = core.build(ctx.refYear);
    return a ? combine(ctx, rel, a) : null;
  }
  let last: Fields | null = null;
  for (let y = ctx.refYear - 1; y <= ctx.refYear + 2; y++) {
    const a = core.build(y);
    if (!a) continue;
    const f = combine(ctx, rel, a);
    if (!f) return null;
    const key = f.deadline ?? f.earliest;
    if (key !== null && key >= ctx.ref) return f;
    last = f;
  }
  return last;
}

/** Resolves a core to its anchor for the year a relation-less reading would pick. */
export function resolveAnchor(ctx: Ctx, core: Core): Anchor | null {
  if (core.fixed) return core.build(ctx.refYear);
  for (let y = ctx.refYear - 1; y <= ctx.refYear + 2; y++) {
    const a = core.build(y);
    if (a && a.last >= ctx.ref) return a;
  }
  return core.build(ctx.refYear + 1);
}

export function endOfMonthAfter(date: IsoDate, months: number): { first: IsoDate; last: IsoDate } {
  const d = addMonths(iso(yearOf(date), monthOf(date), 1), months);
  return { first: d, last: lastDayOfMonth(yearOf(d), monthOf(d)) };
}
