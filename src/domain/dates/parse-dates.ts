// parseDates: every Dutch date expression in a text, in text order, non-overlapping, with the
// calendar interval it promises (docs/DATES.md). Pure: the reference date is an argument.
import { addDays, iso, isIsoDate, minDate, monthOf, yearOf } from './calendar-date.ts';
import { defaultCalendar, type ParliamentaryCalendar } from './calendar.ts';
import {
  addUnits,
  countAt,
  isYearAt,
  seq,
  unitAt,
  word,
  type Core,
  type Fields,
  type ParseContext,
} from './grammar/context.ts';
import { CORE_START_WORDS, coresAt, mayStartCoreAt } from './grammar/cores.ts';
import { endOfMonthAfter, relationsAt, RELATION_START_WORDS, RELATIONS_BY_FIRST_WORD, resolve, resolveAnchor } from './grammar/relations.ts';
import { weakerBasis, type Anchor } from './periods.ts';
import { foldedText, tokenize, type Token } from './tokens.ts';
import type { DateExpression, DateNote, IsoDate, NoteSpan, Precision } from './types.ts';
import {
  AMOUNT_WORDS,
  EVERY_PERIODS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  RECESSES,
  RECURRING_ADJECTIVES,
  RECURRING_WORDS,
  REPORT_NOUNS,
  SEASONS,
  UNITS,
  VAGUE_BLOCKERS,
  VAGUE_PRE_BLOCKERS,
  VAGUE_TERMS,
  indexByFirstWord,
  type TimeUnit,
} from './vocabulary.ts';

export interface ParseDatesOptions {
  /** The date the words were written (docs/DATES.md, "The reference date"). */
  reference: IsoDate;
  calendar?: ParliamentaryCalendar;
}

interface Match extends Fields {
  /** Token index after the match. */
  end: number;
}

function unitPrecision(unit: TimeUnit): Precision {
  return unit === 'day' || unit === 'week' ? 'day' : unit;
}

function span(n: number, unit: TimeUnit): NoteSpan {
  return { n, unit };
}

// ---------------------------------------------------------------- vague terms

const GUARDED_VAGUE = new Set(['direct', 'onmiddellijk', 'spoedig']);
/**
 * Words after "snel / direct / onmiddellijk te" that make no act: "direct te maken hebben", "snel te woord staan", "snel te
 * werk gaan" (review 9). One list for all four words.
 */
const TE_NOT_ACT: ReadonlySet<string> = new Set(['maken', 'woord', 'werk']);
/** A verb of being right after "snel te <verb>": "snel te bereiken zijn", "snel te realiseren is" (review 9). */
const SNEL_QUALITY_AFTER: ReadonlySet<string> = new Set(['is', 'zijn', 'was', 'waren', 'blijkt', 'blijken', 'lijkt', 'lijken']);
/** Words before "snel" that make it a manner: "te snel", "zo snel", "heel snel", "de snel te nemen maatregelen". */
/** After "spoedig / direct in": nouns that make no act ("in werking", "in verband", "in aanmerking te komen"). */
const IN_NOT_ACT: ReadonlySet<string> = new Set(['werking', 'verband', 'aanmerking', 'de', 'het', 'een', 'die', 'dat', 'deze']);
const SNEL_PRE_BLOCKERS: ReadonlySet<string> = new Set([...VAGUE_PRE_BLOCKERS, 'te', 'erg', 'even', 'net', 'die', 'dat', 'deze']);
/**
 * Adjective forms: a term only before an act and without an article, as a motie subject's request
 * ("over spoedige uitvoering van …", "over onmiddellijke stopzetting van …"); "een spoedige afhandeling"
 * or "de onmiddellijke werking" names an outcome, often someone else's.
 */
const VAGUE_ADJECTIVES = new Set(['spoedige', 'onmiddellijke']);
const ARTICLES = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat']);
const ACT_NOUN = /^[a-z]{3,}ing$/;
/** Words that ask for something: "verzoek om een spoedige reactie". */
const ASKING: ReadonlySet<string> = new Set(['verzoek', 'verzoeken', 'verzoekt', 'verzocht', 'vraagt', 'vragen', 'gevraagd']);
const VAGUE_INDEX = indexByFirstWord(VAGUE_TERMS);
const RECURRING_INDEX = indexByFirstWord(RECURRING_WORDS);

/** Separable particles before "te <verb>" ("in te voeren", "op te schorten", "stop te zetten"). */
const PATH_PARTICLES: ReadonlySet<string> = new Set(['aan', 'bij', 'door', 'over', 'toe', 'mee', 'voor']);
const PARTICLES: ReadonlySet<string> = new Set(['in', 'op', 'uit', 'af', 'aan', 'stop', 'terug', 'door', 'mee', 'vast', 'bij', 'over', 'toe', 'weg', 'voor']);
const WITH_ACT_LEADS: ReadonlySet<string> = new Set(['met']);
const IMMEDIATE_ACT_LEADS: ReadonlySet<string> = new Set(['met', 'aan']);
/** "spoedig met de sector in gesprek te gaan", "spoedig met een voorstel te komen": acting soon (up to six words after "met"). */
function spoedigWithAct(ctx: ParseContext, at: number, leads: ReadonlySet<string> = WITH_ACT_LEADS): boolean {
  if (!leads.has(ctx.tokens[at]?.text ?? '')) return false;
  for (let k = at + 2; k < at + 8; k++) {
    const t = ctx.tokens[k];
    if (t?.kind !== 'word') return false;
    if (t.text === 'te' && ctx.tokens[k + 1]?.kind === 'word') return true;
    if (t.text === 'in' && ctx.tokens[k + 1]?.text === 'gesprek') return true;
  }
  return false;
}

function vagueAt(ctx: ParseContext, i: number): Match | null {
  const first = ctx.tokens[i]?.text;
  const terms = first === undefined ? undefined : VAGUE_INDEX.get(first);
  if (!terms) return null;
  for (const term of terms) {
    const end = seq(ctx, i, term.words);
    if (end < 0) continue;
    if (VAGUE_ADJECTIVES.has(first as string)) {
      const next = ctx.tokens[end];
      const prev = ctx.tokens[i - 1]?.text;
      // "verzoek om een spoedige reactie": what is asked, so a term.
      const asked = prev === 'een' && ctx.tokens[i - 2]?.text === 'om' && ASKING.has(ctx.tokens[i - 3]?.text ?? '') && next?.kind === 'word';
      if (!asked) {
        if (prev === 'een' || prev === 'de' || prev === 'het') continue;
        // "volledige en onmiddellijke medewerking": one of two qualities of a noun, no term.
        if ((prev === 'en' || prev === 'of') && /^[a-z]{3,}e$/.test(ctx.tokens[i - 2]?.text ?? '')) continue;
        if (!(next?.kind === 'word' && ACT_NOUN.test(next.text) && next.text !== 'werking')) continue;
      }
      // "een spoedige afhandeling van schademeldingen": how every case of a kind is handled (a plural without article), no term.
      const of = ctx.tokens[end + 2];
      if (ctx.tokens[end + 1]?.text === 'van' && of?.kind === 'word' && !ARTICLES.has(of.text) && /[a-z]{3,}(?:en|s)$/.test(of.text)) continue;
    }
    // "snel" is a term only as acting soon, right before "te <verb>" or "<particle> te <verb>" ("snel uit te voeren", "om
    // snel te komen tot"), never as a manner ("te snel", "zo snel", "heel snel", "snel en zorgvuldig").
    if (first === 'snel') {
      const next = ctx.tokens[end];
      const particle = next?.kind === 'word' && ctx.tokens[end + 1]?.text === 'te' && ctx.tokens[end + 2]?.kind === 'word';
      const toVerb = next?.text === 'te' && ctx.tokens[end + 1]?.kind === 'word' && !TE_NOT_ACT.has(ctx.tokens[end + 1]?.text ?? '');
      // "snel te bereiken zijn", "snel uit te voeren is": a quality (what can be done quickly), not the act asked (review 9).
      const quality = SNEL_QUALITY_AFTER.has(ctx.tokens[toVerb ? end + 2 : end + 3]?.text ?? '');
      if (!(toVerb || particle) || quality || SNEL_PRE_BLOCKERS.has(ctx.tokens[i - 1]?.text ?? '')) continue;
    }
    if (term.words.length === 1 && GUARDED_VAGUE.has(term.words[0] as string)) {
      const next = ctx.tokens[end];
      // "spoedig in gesprek gaan" is acting soon; "spoedig in werking" and "direct in verband" are not terms.
      // So is "onmiddellijk met een voorstel te komen" and "dit onmiddellijk aan de Kamer te sturen" ("direct aan de Kamer"
      // may mean without a detour, so only "onmiddellijk").
      // "De uitkomsten worden onmiddellijk met de Kamer gedeeld / aan de Kamer gezonden / bij de Kamer ingediend": at once to the Kamer
      // ("direct aan de Kamer" may mean without a detour, so only "onmiddellijk").
      const toKamer = first === 'onmiddellijk' && (next?.text === 'aan' || next?.text === 'bij' || next?.text === 'met') && (ctx.tokens[end + 1]?.text === 'de' || ctx.tokens[end + 1]?.text === 'uw') && ctx.tokens[end + 2]?.text === 'kamer';
      // "spoedig in kaart te brengen", "direct in overleg te treden": "in <noun> te <verb>" is an act too (not "in werking",
      // "in verband").
      // (Not what can be done at once, "is direct in mindering te brengen", "… direct in mindering te brengen is": review 13.)
      const inAct = next?.text === 'in' && ctx.tokens[end + 1]?.kind === 'word' && !IN_NOT_ACT.has(ctx.tokens[end + 1]?.text ?? '') && ctx.tokens[end + 2]?.text === 'te' && ctx.tokens[end + 3]?.kind === 'word'
        && !SNEL_QUALITY_AFTER.has(ctx.tokens[end + 4]?.text ?? '') && !SNEL_QUALITY_AFTER.has(ctx.tokens[i - 1]?.text ?? '');
      const talks = (first === 'spoedig' && ((next?.text === 'in' && ctx.tokens[end + 1]?.text === 'gesprek') || spoedigWithAct(ctx, end))) || inAct
        || (first === 'onmiddellijk' && spoedigWithAct(ctx, end, IMMEDIATE_ACT_LEADS)) || toKamer;
      // "spoedig te voorzien in …" is acting soon too; "de spoedig te nemen maatregelen" only describes them.
      // So is "de Kamer onmiddellijk / direct te informeren" ("direct te maken hebben met" is no act).
      // "de volgende maatregelen onmiddellijk in te voeren": a particle before "te" too.
      // ("direct aan te spreken / bij te dragen / door te berekenen": "direct" before a particle of a path or recipient is a
      // manner, without a detour, as "direct aan de Kamer".)
      const particleAct = first !== 'spoedig' && next?.kind === 'word' && ctx.tokens[end + 1]?.text === 'te' && ctx.tokens[end + 2]?.kind === 'word' && PARTICLES.has(next.text)
        && !(first === 'direct' && PATH_PARTICLES.has(next.text));
      const acts = (particleAct || (next?.text === 'te' && ctx.tokens[end + 1]?.kind === 'word' && !TE_NOT_ACT.has(ctx.tokens[end + 1]?.text ?? ''))) && !ARTICLES.has(ctx.tokens[i - 1]?.text ?? '');
      if (!talks && !acts && next && (next.kind === 'num' || (next.kind === 'word' && VAGUE_BLOCKERS.has(next.text)))) continue;
      const prev = ctx.tokens[i - 1];
      if (first === 'direct' && prev?.kind === 'word' && VAGUE_PRE_BLOCKERS.has(prev.text)) continue;
      // "zowel direct als indirect", "direct en indirect": a manner, paired with its opposite.
      if ((next?.text === 'als' || next?.text === 'en' || next?.text === 'of') && /^(?:in|niet-)?direct|^middellijk/.test(ctx.tokens[end + 1]?.text ?? '') && ctx.tokens[end + 1]?.text !== first) continue;
      // "een spoedig vertrek": an adjective of someone else's act.
      if (first === 'spoedig' && prev?.text === 'een') continue;
    }
    const deadline = term.weeks ? addUnits(ctx.reference, 'week', term.weeks) : addUnits(ctx.reference, 'month', term.months ?? 3);
    return {
      end,
      relation: 'by',
      earliest: ctx.reference,
      deadline,
      precision: 'vague',
      basis: 'estimate',
      soft: true,
      recurrence: null,
      note: term.weeks ? { code: 'VAGUE_ESTIMATE', amount: term.weeks, unit: 'week' } : { code: 'VAGUE_ESTIMATE', amount: term.months ?? 3, unit: 'month' },
    };
  }
  return null;
}

// ---------------------------------------------------------------- binnen / over / offsets

/** "N eenheden", "een half jaar", "een halfjaar". */
function durationAt(ctx: ParseContext, i: number): { end: number; n: number; unit: TimeUnit } | null {
  if (word(ctx, i) === 'een' && word(ctx, i + 1) === 'half' && word(ctx, i + 2) === 'jaar') return { end: i + 3, n: 6, unit: 'month' };
  if (word(ctx, i) === 'een' && word(ctx, i + 1) === 'halfjaar') return { end: i + 2, n: 6, unit: 'month' };
  if (word(ctx, i) === 'anderhalf' && word(ctx, i + 1) === 'jaar') return { end: i + 2, n: 18, unit: 'month' };
  const c = countAt(ctx, i);
  if (!c) return null;
  // A range of counts ("over 2-3 jaar", "binnen twee à drie weken"): the promise holds until its later end.
  const joiner = ctx.tokens[c.end];
  if (joiner && ((joiner.kind === 'punct' && (joiner.text === '-' || joiner.text === '–')) || joiner.text === 'a' || joiner.text === 'tot' || joiner.text === 'of')) {
    const upper = countAt(ctx, c.end + 1);
    const upperUnit = upper ? unitAt(ctx, upper.end) : undefined;
    if (upper && upperUnit && upper.n > c.n) return { end: upper.end + 1, n: upper.n, unit: upperUnit };
  }
  const unit = unitAt(ctx, c.end);
  if (!unit) return null;
  return { end: c.end + 1, n: c.n, unit };
}

const AFTER_EVENT_WORDS = [['na', 'afloop', 'van'], ['na'], ['nadat'], ['vanaf']] as const;

/** "binnen drie maanden", "binnen zes weken na inwerkingtreding (van de wet)", "binnen een maand na 1 juli". */
function withinAt(ctx: ParseContext, i: number): Match | null {
  if (word(ctx, i) !== 'binnen') return null;
  const d = durationAt(ctx, i + 1);
  if (!d) return null;
  const label: NoteSpan = d.unit === 'month' && d.n === 6 && word(ctx, i + 1) === 'een' ? { ...span(d.n, d.unit), halfYear: true } : span(d.n, d.unit);
  for (const words of AFTER_EVENT_WORDS) {
    const k = seq(ctx, d.end, words);
    if (k < 0) continue;
    for (const core of coresAt(ctx, k)) {
      const a = resolveAnchor(ctx, core);
      if (!a || a.kind === 'period') continue;
      const deadline = addUnits(a.first, d.unit, d.n);
      return { end: core.end, relation: 'within', earliest: a.first, deadline, precision: unitPrecision(d.unit), basis: weakerBasis(a.basis, 'rule'), soft: false, recurrence: null, note: { code: 'WITHIN_AFTER_DAY', span: label, from: a.first } };
    }
    if (words[0] === 'nadat') continue;
    // An undated event: "na inwerkingtreding", "na de publicatie van het rapport".
    let e = k;
    const w = word(ctx, e);
    if (w === 'de' || w === 'het') e++;
    const noun = ctx.tokens[e];
    if (noun?.kind !== 'word') continue;
    e++;
    if (word(ctx, e) === 'van') {
      let f = e + 1;
      const art = word(ctx, f);
      if (art === 'de' || art === 'het') f++;
      if (ctx.tokens[f]?.kind === 'word') e = f + 1;
    }
    const event = ctx.tokens.slice(k, e).map((t) => t.text).join(' ').replace(/^na afloop van /, '').replace(/^na |^vanaf /, '');
    return { end: e, relation: 'within', earliest: null, deadline: null, precision: unitPrecision(d.unit), basis: 'rule', soft: false, recurrence: null, note: { code: 'DEPENDS_ON_EVENT', event } };
  }
  return {
    end: d.end,
    relation: 'within',
    earliest: ctx.reference,
    deadline: addUnits(ctx.reference, d.unit, d.n),
    precision: unitPrecision(d.unit),
    basis: 'rule',
    soft: false,
    recurrence: null,
    note: { code: 'WITHIN_AFTER_REFERENCE', span: label },
  };
}

/** "over twee maanden": the month of R + N; days and weeks give a day, years a year. */
function overAt(ctx: ParseContext, i: number): Match | null {
  if (word(ctx, i) !== 'over') return null;
  const d = durationAt(ctx, i + 1);
  if (!d) return null;
  // (Whole literals, not a shared base spread with keys added: see matchOf.)
  if (d.unit === 'month') {
    const m = endOfMonthAfter(ctx.reference, d.n);
    return { end: d.end, relation: 'in', earliest: m.first, deadline: m.last, precision: 'month', basis: 'rule', soft: false, recurrence: null };
  }
  if (d.unit === 'year') {
    const y = yearOf(ctx.reference) + d.n;
    return { end: d.end, relation: 'in', earliest: iso(y, 1, 1), deadline: iso(y, 12, 31), precision: 'year', basis: 'rule', soft: false, recurrence: null };
  }
  const day = addUnits(ctx.reference, d.unit, d.n);
  return { end: d.end, relation: 'in', earliest: day, deadline: day, precision: 'day', basis: 'rule', soft: false, recurrence: null };
}

/** The date an offset counts back from: a day or event, or the start of a period ("voor" it). */
function offsetBase(a: Anchor): IsoDate {
  if (a.kind !== 'period') return a.first;
  return a.before ? addDays(a.before.date, 1) : a.first;
}

/** The note of the day an offset counts back from: a period's start ("begin van het zomerreces"), or the anchor's own. */
function offsetNote(a: Anchor): DateNote | null {
  if (a.kind === 'period' && a.before?.note) {
    const before = a.before.note;
    return before.code === 'DAY_BEFORE_RECESS' ? { code: 'RECESS_START', recess: before.recess } : before;
  }
  if (a.kind !== 'day' && a.note) return a.note;
  return null;
}

/** "drie weken voor aanvang van het zomerreces", "(uiterlijk) een maand voor Prinsjesdag". */
function offsetAt(ctx: ParseContext, i: number): Match | null {
  let k = i;
  if (word(ctx, k) === 'uiterlijk') k++;
  const d = durationAt(ctx, k);
  if (!d) return null;
  k = d.end;
  if (word(ctx, k) === 'voor') k++;
  else if (word(ctx, k) === 'voorafgaand' && word(ctx, k + 1) === 'aan') k += 2;
  else return null;
  for (const core of coresAt(ctx, k)) {
    if (core.kind === 'year' || core.kind === 'part') continue;
    let chosen: { a: Anchor; deadline: IsoDate } | null = null;
    const years = core.fixed ? [ctx.referenceYear] : [ctx.referenceYear - 1, ctx.referenceYear, ctx.referenceYear + 1, ctx.referenceYear + 2];
    for (const y of years) {
      const a = core.build(y);
      if (!a) continue;
      const deadline = addUnits(offsetBase(a), d.unit, -d.n);
      chosen = { a, deadline };
      if (core.fixed || deadline >= ctx.reference) break;
    }
    if (!chosen) continue;
    const { a, deadline } = chosen;
    const basis = a.basis === 'explicit' ? 'rule' : a.basis;
    return {
      end: core.end,
      relation: 'by',
      earliest: minDate(ctx.reference, deadline),
      deadline,
      precision: a.precision === 'day' ? 'day' : 'event',
      basis,
      soft: false,
      recurrence: null,
      note: { code: 'OFFSET_BEFORE', span: span(d.n, d.unit), base: offsetBase(a), anchor: offsetNote(a) },
    };
  }
  return null;
}

// ---------------------------------------------------------------- voor de start van … in <period>

const START_LEADS: readonly (readonly string[])[] = [
  ['de', 'start', 'van'], ['het', 'begin', 'van'], ['de', 'aanvang', 'van'], ['aanvang', 'van'], ['start', 'van'], ['begin', 'van'],
];
const START_LINKS: ReadonlySet<string> = new Set(['in', 'per', 'vanaf', 'op', 'met', 'tijdens']);

/**
 * "voor de start van het onderwijs in het najaar van 2024", "voor het begin van het schooljaar
 * op 1 september 2025": read as a whole, by the day before the named start.
 */
function startOfAt(ctx: ParseContext, i: number): Match | null {
  let k: number;
  if (word(ctx, i) === 'voor') k = i + 1;
  else if (word(ctx, i) === 'uiterlijk' && word(ctx, i + 1) === 'voor') k = i + 2;
  else return null;
  let afterLead = -1;
  for (const lead of START_LEADS) {
    afterLead = seq(ctx, k, lead);
    if (afterLead > 0) break;
  }
  if (afterLead < 0) return null;
  for (let j = afterLead; j < afterLead + 8; j++) {
    const t = ctx.tokens[j];
    if (!t || t.kind === 'punct') return null;
    if (j === afterLead || !START_LINKS.has(t.text)) continue;
    for (const core of coresAt(ctx, j + 1)) {
      if (core.kind === 'year' || core.kind === 'recess') continue;
      const anchor = resolveAnchor(ctx, core);
      if (!anchor) continue;
      const deadline = addDays(anchor.first, -1);
      return {
        end: core.end,
        relation: 'by',
        earliest: minDate(ctx.reference, deadline),
        deadline,
        precision: anchor.precision,
        basis: weakerBasis(anchor.basis, 'rule'),
        soft: false,
        recurrence: null,
        note: { code: 'DAY_BEFORE_START', start: anchor.first },
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------- ranges

type RangeEnd = 'incl' | 'excl';

const RANGE_SEPARATORS: readonly { words: readonly string[]; end: RangeEnd }[] = [
  { words: ['tot', 'en', 'met'], end: 'incl' },
  { words: ['t', '/', 'm'], end: 'incl' },
  { words: ['tot'], end: 'excl' },
  { words: ['-'], end: 'incl' },
];
/** The separators of a range without a prefix word ("1 tot en met 5 maart", "maart t/m mei"): made once, not per token. */
const UNPREFIXED_SEPARATORS = RANGE_SEPARATORS.slice(0, 2);
/** "tussen X en Y". */
const BETWEEN_SEPARATORS: readonly { words: readonly string[]; end: RangeEnd }[] = [{ words: ['en'], end: 'incl' }];

/** Builds X..Y: the year of the later end fills in the earlier one. */
function rangeFields(ctx: ParseContext, x: Core, y: Core, end: RangeEnd, endIndex: number): Match | null {
  const b = resolveAnchor(ctx, y);
  if (!b) return null;
  let a: Anchor | null;
  if (x.fixed) a = x.build(ctx.referenceYear);
  else {
    const yr = yearOf(b.last);
    a = x.build(yr);
    if (a && a.first > b.first) a = x.build(yr - 1);
  }
  if (!a) return null;
  const deadline = end === 'incl' ? b.last : addDays(b.first, -1);
  if (a.first > deadline) return null;
  return {
    end: endIndex,
    relation: 'in',
    earliest: a.first,
    deadline,
    precision: b.precision,
    basis: weakerBasis(a.basis, b.basis),
    soft: false,
    recurrence: null,
    ...(end === 'incl' && b.note ? { note: b.note } : {}),
  };
}

const RANGE_TYPES = new Set(['day', 'week', 'month', 'quarter', 'half', 'season', 'year', 'part']);

/** "in de periode 2024-2026", "de jaren 2020-2025": the words that name the years of a range. */
const RANGE_PERIOD_WORDS: ReadonlySet<string> = new Set(['periode', 'jaren']);
/** Words before the first core of a range. */
const RANGE_PREFIX_WORDS = ['tussen', 'van', 'vanaf', 'in', 'de', ...RANGE_PERIOD_WORDS];

/** "tussen 1 maart en 1 mei 2024", "van september tot en met december 2023", "in de periode 2024-2026". */
function rangeAt(ctx: ParseContext, i: number): Match | null {
  let k = i;
  let separators: readonly { words: readonly string[]; end: RangeEnd }[] = RANGE_SEPARATORS;
  const w = word(ctx, i);
  let prefixed = true;
  if (w === 'tussen') {
    k++;
    separators = BETWEEN_SEPARATORS;
  } else if (w === 'van' || w === 'vanaf') k++;
  else {
    let p = i;
    if (word(ctx, p) === 'in') p++;
    if (word(ctx, p) === 'de') p++;
    if (RANGE_PERIOD_WORDS.has(word(ctx, p) ?? '')) {
      k = p + 1;
      if (word(ctx, k) === 'van') k++;
      else if (word(ctx, k) === 'tussen') {
        k++;
        separators = BETWEEN_SEPARATORS;
      }
      const years = yearRangeAt(ctx, k);
      if (years) return years;
    } else prefixed = false;
  }
  if (!prefixed) separators = UNPREFIXED_SEPARATORS;
  for (const x of coresAt(ctx, k)) {
    if (!RANGE_TYPES.has(x.kind)) continue;
    if (!prefixed && x.kind !== 'day' && x.kind !== 'month') continue;
    for (const sep of separators) {
      const j = seq(ctx, x.end, sep.words);
      if (j < 0) continue;
      for (const y of coresAt(ctx, j)) {
        if (!RANGE_TYPES.has(y.kind)) continue;
        if (!prefixed && y.kind !== x.kind) continue;
        const m = rangeFields(ctx, x, y, sep.end, y.end);
        if (m) return m;
      }
    }
  }
  return null;
}

/** "2024-2026" after "periode": whole years. */
function yearRangeAt(ctx: ParseContext, k: number): Match | null {
  const a = ctx.tokens[k];
  const s = ctx.tokens[k + 1];
  const b = ctx.tokens[k + 2];
  if (!a || !s || !b || a.kind !== 'num' || a.digits !== 4 || s.text !== '-' || b.kind !== 'num') return null;
  const to = b.digits === 4 ? b.value : b.digits === 2 ? Math.floor(a.value / 100) * 100 + b.value : -1;
  if (a.value < 1900 || to <= a.value || to - a.value > 20) return null;
  return {
    end: k + 3,
    relation: 'in',
    earliest: iso(a.value, 1, 1),
    deadline: iso(to, 12, 31),
    precision: 'year',
    basis: 'rule',
    soft: false,
    recurrence: null,
  };
}

// ---------------------------------------------------------------- recurring

function isoPeriod(months: number): string {
  return months % 12 === 0 ? `P${months / 12}Y` : `P${months}M`;
}

/** End of the first whole calendar-aligned period (month, two months, quarter, four months, half, year) after R. */
function firstWholePeriodAfter(ref: IsoDate, months: number): { first: IsoDate; last: IsoDate } | null {
  if (![1, 2, 3, 4, 6, 12].includes(months)) return null;
  const m0 = Math.floor((monthOf(ref) - 1) / months) * months + 1;
  const start = iso(yearOf(ref), m0, 1);
  const first = addUnits(start, 'month', months);
  const last = addDays(addUnits(first, 'month', months), -1);
  return { first, last };
}

/** An anchor after a recurring word: "jaarlijks voor de zomer", "elk jaar bij de Voorjaarsnota". */
function recurringAnchorAt(ctx: ParseContext, k: number): Match | null {
  const m = relationCoreAt(ctx, k) ?? standaloneCoreAt(ctx, k);
  if (m?.deadline == null || m.relation === 'until' || m.relation === 'from') return null;
  return m;
}

/**
 * A year after a bound ("die voor 2030 overstappen", "sinds 2021", "tot 2028") is a limit, not the time frame of the
 * sentence: it fills in no later term ("…, en de Kamer hierover voor de zomer te informeren" is the next summer).
 */
const BOUND_BEFORE_YEAR: ReadonlySet<string> = new Set(['voor', 'vóór', 'na', 'tot', 'vanaf', 'sinds', 'sedert', 'per']);
/**
 * Except a start outside a relative clause: it frames what follows ("Vanaf 2026 informeer ik uw Kamer jaarlijks in het
 * voorjaar", "over vanaf 2026 jaarlijks in het voorjaar rapporteren" are from spring 2026 on; "huurders die per 2027
 * overstappen" is a limit of theirs).
 */
const FRAMING_BOUND: ReadonlySet<string> = new Set(['vanaf', 'per']);
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['die', 'dat', 'welke', 'wie', 'waar', 'waarin', 'waarbij', 'waarvoor', 'waarop', 'waarmee']);
/** Whether a relative pronoun opens a clause within six words before token `at`, no punctuation between. */
function inRelativeClause(ctx: ParseContext, at: number, sentenceStart: number): boolean {
  for (let k = at - 1; k >= Math.max(sentenceStart, at - 6); k--) {
    const t = ctx.tokens[k];
    if (t?.kind === 'punct') return false;
    if (RELATIVE_OPENERS.has(word(ctx, k) ?? '')) return true;
  }
  return false;
}
const boundsYear = (ctx: ParseContext, at: number, sentenceStart: number): boolean => {
  const bound = word(ctx, at - 1) ?? '';
  return BOUND_BEFORE_YEAR.has(bound) && !(FRAMING_BOUND.has(bound) && !inRelativeClause(ctx, at - 1, sentenceStart));
};
const EVERY_N_WORDS: ReadonlySet<string> = new Set(['ieder', 'iedere', 'elk', 'elke']);

function recurringAt(ctx: ParseContext, i: number): Match | null {
  let months = 0;
  let k = -1;
  // "om de vier jaar", "om het jaar", "om de zes maanden", "om het half jaar"
  if (word(ctx, i) === 'om') {
    if (word(ctx, i + 1) === 'het' && word(ctx, i + 2) === 'jaar') {
      months = 24;
      k = i + 3;
    } else if (word(ctx, i + 1) === 'het') {
      // "om het halfjaar", "om het half jaar", "om het kwartaal": the periods of "ieder …" (EVERY_PERIODS), but not the year
      // ("om het jaar" is every other year, above) nor the month ("om de maand", below).
      for (const period of EVERY_PERIODS) {
        const end = period.months === 12 || period.months === 1 ? -1 : seq(ctx, i + 2, period.words);
        if (end > 0) {
          months = period.months;
          k = end;
          break;
        }
      }
    } else if (word(ctx, i + 1) === 'de') {
      const c = countAt(ctx, i + 2);
      const unit = c ? unitAt(ctx, c.end) : undefined;
      if (c && (unit === 'year' || unit === 'month')) {
        months = unit === 'year' ? c.n * 12 : c.n;
        k = c.end + 1;
      } else if (unitAt(ctx, i + 2) === 'year' || unitAt(ctx, i + 2) === 'month') {
        // "om de maand"
        months = unitAt(ctx, i + 2) === 'year' ? 12 : 1;
        k = i + 3;
      }
    }
    if (k < 0) return null;
  } else if (EVERY_N_WORDS.has(word(ctx, i) ?? '') && countAt(ctx, i + 1) !== null) {
    // "iedere twee maanden", "elke drie jaar"
    const c = countAt(ctx, i + 1);
    const unit = c ? unitAt(ctx, c.end) : undefined;
    if (!c || (unit !== 'year' && unit !== 'month') || c.n < 2) return null;
    months = unit === 'year' ? c.n * 12 : c.n;
    k = c.end + 1;
  } else {
    const first = ctx.tokens[i]?.text;
    for (const r of (first === undefined ? undefined : RECURRING_INDEX.get(first)) ?? []) {
      const end = seq(ctx, i, r.words);
      if (end < 0) continue;
      // "€ 1.250.000 per kwartaal", "5 miljoen jaarlijks": an amount, not a term.
      const prev = ctx.tokens[i - 1];
      if (prev && (prev.kind === 'num' || prev.text === '€' || PRECEDING_AMOUNT_WORDS.has(prev.text))) continue;
      months = r.months;
      k = end;
      break;
    }
    // "een jaarlijkse rapportage", "halfjaarlijkse informatie over de stand van zaken"
    const adjective = first === undefined ? undefined : RECURRING_ADJECTIVES.get(first);
    if (k < 0 && adjective !== undefined && REPORT_NOUNS.has(word(ctx, i + 1) ?? '')) {
      months = adjective;
      k = i + 1;
    }
    if (k < 0) return null;
    const next = ctx.tokens[k];
    // "een jaarlijks pensioenoverzicht", "het jaarlijks congres": an adjective after an article, a term only before a
    // report of the government ("een jaarlijks overzicht"), as the -e forms.
    const article = ctx.tokens[i - 1]?.text;
    if (adjective === undefined && (article === 'een' || article === 'het') && next?.kind === 'word' && !REPORT_NOUNS.has(next.text) && next.text !== 'onderzoek' && /^[a-z]{4,}$/.test(next.text) && !/(?:en|end)$/.test(next.text)) return null;
    if (next && (next.kind === 'num' || next.text === '€' || next.text === '$' || AMOUNT_WORDS.has(next.text))) return null;
    // "een jaarlijks terugkerend moment": a feature of the moment, not a term.
    if (next?.text.startsWith('terugkerend') === true) return null;
    // "jaarlijks een bedrag van", "jaarlijks een miljoen" (but "jaarlijks een brief").
    const afterNext = ctx.tokens[k + 1];
    if (next?.text === 'een' && afterNext && (afterNext.kind === 'num' || AMOUNT_WORDS.has(afterNext.text))) return null;
  }
  return recurringFrom(ctx, months, k);
}

/** Periods after "N keer per": their length in months. */
const TIMES_PER_PERIODS: ReadonlyMap<string, number> = new Map([['jaar', 12], ['halfjaar', 6], ['kwartaal', 3], ['maand', 1]]);
/** "eenmaal", "tweemaal", "viermaal": a count and "maal" in one word. */
const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['eenmaal', 1], ['tweemaal', 2], ['driemaal', 3], ['viermaal', 4]]);

/** "twee keer per jaar" (every six months), "vier keer per jaar", "eenmaal per jaar": a rhythm. */
function timesPerAt(ctx: ParseContext, i: number): Match | null {
  let n: number;
  let k: number;
  const joined = TIMES_WORDS.get(word(ctx, i) ?? '');
  if (joined !== undefined) {
    n = joined;
    k = i + 1;
  } else {
    const c = countAt(ctx, i);
    if (!c || (word(ctx, c.end) !== 'keer' && word(ctx, c.end) !== 'maal')) return null;
    n = c.n;
    k = c.end + 1;
  }
  if (word(ctx, k) !== 'per') return null;
  const periodMonths = TIMES_PER_PERIODS.get(word(ctx, k + 1) ?? '');
  if (periodMonths === undefined || periodMonths % n !== 0) return null;
  // "€ 5 twee keer per jaar" and the like: an amount, not a term.
  const prev = ctx.tokens[i - 1];
  if (prev && (prev.text === '€' || PRECEDING_AMOUNT_WORDS.has(prev.text))) return null;
  const months = periodMonths / n;
  if (![1, 2, 3, 4, 6, 12].includes(months)) return null;
  return recurringFrom(ctx, months, k + 2);
}

/** A rhythm of `months` whose words end at token `k`: its first occurrence, an anchor, or the first whole period after R. */
function recurringFrom(ctx: ParseContext, months: number, k: number): Match {
  const period = isoPeriod(months);
  // "(eerstvolgende in 2024)", ", eerstvolgende in 2024", "(voor het eerst in 2024)"
  const firstYear = firstOccurrenceAt(ctx, k);
  if (firstYear) {
    const y = firstYear.year;
    return {
      end: firstYear.end,
      relation: 'recurring',
      earliest: iso(y, 1, 1),
      deadline: iso(y, 12, 31),
      precision: 'year',
      basis: 'rule',
      soft: false,
      recurrence: { period, next: iso(y, 12, 31) },
    };
  }
  const anchor = recurringAnchorAt(ctx, k);
  if (anchor) return { ...anchor, relation: 'recurring', recurrence: { period, next: anchor.deadline }, soft: false };
  const whole = firstWholePeriodAfter(ctx.reference, months);
  return {
    end: k,
    relation: 'recurring',
    earliest: null,
    deadline: whole ? whole.last : null,
    precision: months >= 12 ? 'year' : months === 6 ? 'half' : months === 3 ? 'quarter' : 'month',
    basis: 'rule',
    soft: false,
    recurrence: { period, next: whole ? whole.last : null },
    ...(whole ? { note: { code: 'FIRST_WHOLE_PERIOD_END' } as const } : {}),
  };
}

const PRECEDING_AMOUNT_WORDS: ReadonlySet<string> = new Set(['euro', 'eur', 'miljoen', 'miljard', 'mln', 'mld', 'duizend', 'procent', 'extra', 'keer', 'maal', 'uur', 'uren', 'dagen', 'weken']);

const FIRST_WORDS: readonly (readonly string[])[] = [
  ['eerstvolgende', 'keer', 'in'],
  ['eerstvolgende', 'in'],
  ['eerstvolgende'],
  ['eerstvolgend', 'in'],
  ['volgende', 'keer', 'in'],
  ['voor', 'het', 'eerst', 'in'],
  ['de', 'eerste', 'keer', 'in'],
  ['eerste', 'keer', 'in'],
];

function firstOccurrenceAt(ctx: ParseContext, k: number): { end: number; year: number } | null {
  const open = ctx.tokens[k];
  if (!open || (open.text !== '(' && open.text !== ',')) return null;
  for (const words of FIRST_WORDS) {
    const j = seq(ctx, k + 1, words);
    if (j < 0 || !isYearAt(ctx, j)) continue;
    const year = (ctx.tokens[j] as { value: number }).value;
    if (open.text === '(') return ctx.tokens[j + 1]?.text === ')' ? { end: j + 2, year } : null;
    return { end: j + 1, year };
  }
  return null;
}

// ---------------------------------------------------------------- relation + core

const BUDGET_AMOUNT_WORDS: ReadonlySet<string> = new Set(['€', 'euro', 'eur', 'miljoen', 'miljard', 'mln', 'mld', 'duizend', 'procent', '%', 'fte']);

/**
 * "Voor 2025 is 3 miljoen beschikbaar", "voor 2025 en 2026": "voor" + a bare year names a budget
 * year, not a term, when an amount or another year follows closely.
 */
function isBudgetYear(ctx: ParseContext, core: Core): boolean {
  if (core.kind !== 'year' || ctx.tokens[core.end - 1]?.kind !== 'num') return false;
  const next = ctx.tokens[core.end];
  if (next && (next.text === 'en' || next.text === 't/m') && isYearAt(ctx, core.end + 1)) return true;
  if (seq(ctx, core.end, ['tot', 'en', 'met']) > 0 && isYearAt(ctx, core.end + 3)) return true;
  // "Voor 2027 zijn kasuitgaven van € 750 miljoen gereserveerd": a sentence about money names budget years.
  if (sentenceHasAmount(ctx, core.end)) return true;
  for (let k = core.end; k < core.end + 3; k++) {
    const t = ctx.tokens[k];
    if (!t || (t.kind === 'punct' && t.text !== '€' && t.text !== '%')) return false;
    if (t.kind === 'num' || BUDGET_AMOUNT_WORDS.has(t.text)) return true;
  }
  return false;
}

/** An amount (€, miljoen, miljard …) in the same sentence as token `at`. */
function sentenceHasAmount(ctx: ParseContext, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const t = ctx.tokens[k] as { text: string; kind: string };
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';')) break;
    if (t.text === '€' || AMOUNT_NOUNS.has(t.text)) return true;
  }
  for (let k = at; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k] as { text: string; kind: string };
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';') && ctx.tokens[k + 1]?.spaceBefore !== false) break;
    if (t.text === '€' || AMOUNT_NOUNS.has(t.text)) return true;
  }
  return false;
}

const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['euro', 'miljoen', 'miljard', 'mln', 'mld', 'kasuitgaven', 'budget', 'middelen']);

/**
 * A core's fields as a match ending at `end`: a literal of the keys fields() (relations.ts) gives, its note when it has
 * one, then the end, in that order (as Object.assign({}, fields, { end }) made it, without its generic copy; issue 28).
 * Not a spread with the key added (`{ ...fields, end }`): V8 gives every such spread copy a hidden class of its own, so
 * the matches of one import had more than 50 and every read of them (matchAt, parseDates) went megamorphic.
 */
function matchOf(fields: Fields, end: number): Match {
  const match = {
    relation: fields.relation,
    earliest: fields.earliest,
    deadline: fields.deadline,
    precision: fields.precision,
    basis: fields.basis,
    soft: fields.soft,
    recurrence: fields.recurrence,
  } as Match;
  if (fields.note !== undefined) match.note = fields.note;
  match.end = end;
  return match;
}

function relationCoreAt(ctx: ParseContext, i: number): Match | null {
  for (const r of relationsAt(ctx, i)) {
    for (const core of coresAt(ctx, r.end)) {
      if (r.relation === 'before' && isBudgetYear(ctx, core)) continue;
      const f = resolve(ctx, r.relation, core);
      if (f) return matchOf(f, core.end);
    }
  }
  return null;
}

function standaloneCoreAt(ctx: ParseContext, i: number): Match | null {
  for (const core of coresAt(ctx, i)) {
    const f = resolve(ctx, null, core);
    if (f) return matchOf(f, core.end);
  }
  return null;
}

/** An expression matcher and the words it can start with (numbers: `startsWithNumber`). */
interface Matcher {
  firstWords: Iterable<string>;
  startsWithNumber: boolean;
  match: (ctx: ParseContext, at: number) => Match | null;
  /**
   * Its matches carry a recurrence (recurringFrom), and it returns null or a match by its tokens
   * alone. Every matcher that can give a recurrence must say so: mayRecur relies on it.
   */
  recurs?: true;
  /**
   * What must follow a first word for the matcher to match there, read off the tables it matches by
   * (undefined: anything may). matchAt skips a word where no matcher's condition holds.
   */
  next?: (first: string) => NextGate | undefined;
}

/**
 * A condition every match of a matcher at a word meets (issue 28): the next token's text is one of
 * `words`, or the next token is a number (`num`), or a core parser may start at the word itself
 * (`coreHere`) or at the next token (`coreNext`: mayStartCoreAt, the gate coresAt applies).
 */
interface NextGate {
  words?: Iterable<string>;
  num?: true;
  coreHere?: true;
  coreNext?: true;
}

/** The second words of phrases that start with `first`; undefined when one of them is that word alone. */
function secondWords(phrases: readonly { words: readonly string[] }[] | undefined): string[] | undefined {
  if (!phrases) return [];
  const out: string[] = [];
  for (const phrase of phrases) {
    if (phrase.words.length < 2) return undefined;
    out.push(phrase.words[1] as string);
  }
  return out;
}

const DURATION_START_WORDS = ['een', 'anderhalf', ...NUMBER_WORDS.keys()];
/** durationAt at the next token: a count (a number or a number word) or "een half(jaar)", "anderhalf jaar". */
const DURATION_NEXT: NextGate = { words: DURATION_START_WORDS, num: true };

/** vagueAt: the words of a term in a row. */
function vagueNext(first: string): NextGate | undefined {
  const words = secondWords(VAGUE_INDEX.get(first));
  return words && { words };
}

/** relationCoreAt: a relation phrase, then a core (right after the word, for a phrase of one word). */
function relationNext(first: string): NextGate | undefined {
  const phrases = RELATIONS_BY_FIRST_WORD.get(first) ?? [];
  const single = phrases.some((phrase) => phrase.words.length === 1);
  return { words: secondWords(phrases.filter((phrase) => phrase.words.length > 1)) ?? [], ...(single ? { coreNext: true as const } : {}) };
}

/** rangeAt, as it reads its prefix: "tussen / van / vanaf" then a core; "(in) (de) periode / jaren"; else a core at the word. */
function rangeNext(first: string): NextGate | undefined {
  if (first === 'tussen' || first === 'van' || first === 'vanaf') return { coreNext: true };
  if (RANGE_PERIOD_WORDS.has(first)) return undefined;
  if (first === 'in') return { words: ['de', ...RANGE_PERIOD_WORDS], coreHere: true };
  if (first === 'de') return { words: RANGE_PERIOD_WORDS, coreHere: true };
  return { coreHere: true };
}

/** startOfAt: "voor" + a start lead, "uiterlijk voor". */
function startOfNext(first: string): NextGate | undefined {
  if (first === 'voor') return { words: START_LEADS.map((lead) => lead[0] as string) };
  if (first === 'uiterlijk') return { words: ['voor'] };
  return undefined;
}

const MATCHERS: readonly Matcher[] = [
  { firstWords: VAGUE_TERMS.map((t) => t.words[0] as string), startsWithNumber: false, match: vagueAt, next: vagueNext },
  { firstWords: [...RECURRING_WORDS.map((r) => r.words[0] as string), ...RECURRING_ADJECTIVES.keys(), 'om'], startsWithNumber: false, match: recurringAt, recurs: true },
  { firstWords: [...NUMBER_WORDS.keys(), ...TIMES_WORDS.keys()], startsWithNumber: true, match: timesPerAt, recurs: true },
  { firstWords: ['binnen'], startsWithNumber: false, match: withinAt, next: () => DURATION_NEXT },
  { firstWords: ['voor', 'uiterlijk'], startsWithNumber: false, match: startOfAt, next: startOfNext },
  { firstWords: ['over'], startsWithNumber: false, match: overAt, next: () => DURATION_NEXT },
  { firstWords: ['uiterlijk', ...DURATION_START_WORDS], startsWithNumber: true, match: offsetAt, next: (first) => (first === 'uiterlijk' ? DURATION_NEXT : undefined) },
  { firstWords: [...RANGE_PREFIX_WORDS, ...CORE_START_WORDS], startsWithNumber: true, match: rangeAt, next: rangeNext },
  { firstWords: RELATION_START_WORDS, startsWithNumber: false, match: relationCoreAt, next: relationNext },
  { firstWords: CORE_START_WORDS, startsWithNumber: true, match: standaloneCoreAt, next: () => ({ coreHere: true }) },
];

/** The matchers that can start at a word (in MATCHERS order) and the union of their next-token gates. */
interface FirstWordEntry {
  matchers: readonly Matcher[];
  /** False when a matcher here has no gate for the word: then every matcher runs. */
  gated: boolean;
  words: ReadonlySet<string>;
  num: boolean;
  coreHere: boolean;
  coreNext: boolean;
}

/** Derived gate: the matchers that can start at a word, in MATCHERS order, and what must follow the word. */
function byFirstWord(matchers: readonly Matcher[]): ReadonlyMap<string, FirstWordEntry> {
  const index = new Map<string, Matcher[]>();
  for (const matcher of matchers) {
    for (const w of new Set(matcher.firstWords)) {
      const bucket = index.get(w);
      if (bucket) bucket.push(matcher);
      else index.set(w, [matcher]);
    }
  }
  const entries = new Map<string, FirstWordEntry>();
  for (const [w, bucket] of index) {
    const gates = bucket.map((matcher) => matcher.next?.(w));
    const gated = gates.every((gate) => gate !== undefined);
    const words = new Set<string>();
    for (const gate of gates) for (const next of gate?.words ?? []) words.add(next);
    entries.set(w, {
      matchers: bucket,
      gated,
      words,
      num: gates.some((gate) => gate?.num === true),
      coreHere: gates.some((gate) => gate?.coreHere === true),
      coreNext: gates.some((gate) => gate?.coreNext === true),
    });
  }
  return entries;
}
const MATCHERS_BY_FIRST_WORD = byFirstWord(MATCHERS);

/** Whether the tokens at `at` meet the entry's gate: false means no matcher of the entry can match there. */
function admits(entry: FirstWordEntry, ctx: ParseContext, at: number): boolean {
  const next = ctx.tokens[at + 1];
  if (next !== undefined && (entry.words.has(next.text) || (entry.num && next.kind === 'num'))) return true;
  return (entry.coreHere && mayStartCoreAt(ctx, at)) || (entry.coreNext && mayStartCoreAt(ctx, at + 1));
}
const NUMBER_MATCHERS = MATCHERS.filter((m) => m.startsWithNumber);
const RECURRING_MATCHERS = MATCHERS.filter((m) => m.recurs);
const RECURRING_BY_FIRST_WORD = byFirstWord(RECURRING_MATCHERS);
const RECURRING_NUMBER_MATCHERS = RECURRING_MATCHERS.filter((m) => m.startsWithNumber);

/**
 * Cheap gate on the raw text, derived from the vocabulary: every expression contains a digit
 * or one of these key words (a month, season, recess, event, unit or vague term), so text
 * without any of their stems cannot hold one.
 */
const KEY_WORDS: readonly string[] = [
  ...MONTHS.keys(), ...MONTH_ABBREVIATIONS.keys(), ...SEASONS.keys(), ...RECESSES.keys(), ...UNITS.keys(),
  ...VAGUE_TERMS.flatMap((t) => t.words), ...RECURRING_WORDS.flatMap((r) => r.words),
  'kwartaal', 'helft', 'halfjaar', 'prinsjesdag', 'miljoenennota', 'verantwoordingsdag', 'voorjaarsnota',
  'najaarsnota', 'begroting', 'begrotingsbehandeling', 'begrotingsdebat', 'jaarwisseling', 'kerst', 'feestdagen',
  'voorjaarsbesluitvorming', 'augustusbesluitvorming', 'slotwet', 'jaarverslag', 'belastingplan', 'vandaag', 'week',
];
// (Each stopped word stands in a term with another word that is a key: "over enkele maanden" has "maanden", "zo snel als het kan"
// "snel", "met onmiddellijke ingang" "onmiddellijke", "het laatste kwartaal" "kwartaal", "zo snel als verantwoord mogelijk" "snel".)
const KEY_STEM_STOP: ReadonlySet<string> = new Set([
  'de', 'het', 'in', 'op', 'zo', 'per', 'als', 'elk', 'elke', 'ieder', 'iedere', 'een', 'half', 'met', 'grote', 'grootst', 'grootste',
  'over', 'kan', 'enkele', 'paar', 'laatste', 'ingang', 'directe', 'verantwoord', 'redelijkerwijs', 'praktisch', 'technisch',
]);
export const PRECHECK = new RegExp(
  ['\\d', 'z\\.\\s*s\\.', ...new Set(KEY_WORDS.filter((w) => w.length >= 3 && !KEY_STEM_STOP.has(w)).map((w) => w.slice(0, 5)))].join('|'),
  'i',
);

/** PRECHECK's first alternative on its own: a text with a digit passes it, found by a scan far cheaper than PRECHECK's. */
const DIGIT = /\d/;

/** PRECHECK.test(text), the digit asked first (issue 28). */
function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || PRECHECK.test(text);
}

function matchAt(ctx: ParseContext, at: number, gated: boolean): Match | null {
  const token = ctx.tokens[at];
  if (!token) return null;
  let matchers: readonly Matcher[];
  if (token.kind === 'num') matchers = NUMBER_MATCHERS;
  else {
    const entry = MATCHERS_BY_FIRST_WORD.get(token.text);
    if (entry === undefined || (gated && entry.gated && !admits(entry, ctx, at))) return null;
    matchers = entry.matchers;
  }
  let best: Match | null = null;
  for (const matcher of matchers) {
    const found = matcher.match(ctx, at);
    if (found && (!best || found.end > best.end)) best = found;
  }
  return best;
}

/**
 * References checkReference found well-formed: an import reads thousands of texts against a few references (a
 * request's vergaderjaar and the document date, in turn). Bounded: emptied when it holds CHECKED_LIMIT.
 */
const checkedReferences = new Set<string>();
const CHECKED_LIMIT = 64;

/** A malformed reference date is a programmer error, not an input problem. */
function checkReference(options: ParseDatesOptions): void {
  if (checkedReferences.has(options.reference)) return;
  if (!isIsoDate(options.reference)) throw new RangeError(`parseDates: reference must be YYYY-MM-DD, got "${String(options.reference)}"`);
  if (checkedReferences.size >= CHECKED_LIMIT) checkedReferences.clear();
  checkedReferences.add(options.reference);
}

function contextOf(tokens: Token[], options: ParseDatesOptions): ParseContext {
  return {
    tokens,
    reference: options.reference,
    referenceYear: yearOf(options.reference),
    calendar: options.calendar ?? defaultCalendar,
    coreCache: [],
    yearHint: undefined,
  };
}

/**
 * A word one of which every match of a `recurs` matcher holds as a token (recurringAt: a recurring
 * word or adjective, "ieder / elk …", "om het / om de"; timesPerAt: "per"). A new recurring matcher
 * or first word needs its word here: tests/domain/dates/may-recur.test.ts counts them. Only as a
 * whole word: a word token is all the letters of its run (tokenize), so no letter stands beside it
 * ("per" is no token of "personeel" or "experts", which most texts hold; issue 28).
 */
const RECURRENCE_WORDS = new RegExp(
  `(?<![a-z])(?:${[...new Set([...RECURRING_WORDS.map((r) => r.words[0] as string), ...RECURRING_ADJECTIVES.keys(), 'ieder', 'elk', 'per'])].join('|')}|om\\s+(?:het|de))(?![a-z])`,
  'i',
);
/**
 * What makes a token differ from a piece of its text lower-cased (tokens.ts): a character outside
 * ASCII from tab to "~" (an accent folded, a soft hyphen dropped, DEL) or a hyphen before a line
 * break (a word joined). A control character between tab and space (0x0E-0x1F) passes as plain: the
 * tokenizer makes it a punctuation token of its own, as the text has it, so the words read the same
 * (review 9). A text without any holds each of its tokens, so RECURRENCE_WORDS can read the text itself.
 */
const NOT_PLAIN = /[^\t-~]|-\s*[\n\r]/;

/**
 * False when no expression parseDates finds in `text` can carry a recurrence; true when one may
 * (then parseDates tells). Exact by construction: a recurrence comes only from a `recurs`
 * matcher, which matches at the expression's first token by the tokens alone (not by what was
 * read before it), so when none of them matches at any token none can in parseDates either.
 * Much cheaper than parseDates for a text that only needs its recurrence (a table row with its
 * own term): it tries two matchers, and only where their first words are.
 */
export function mayRecur(text: string, options: ParseDatesOptions): boolean {
  checkReference(options);
  if (!mayHoldDate(text)) return false;
  // A plain text holds each of its tokens as it is; any other is read folded as tokenize folds it
  // (tokens.ts foldedText), so a text without a recurrence word is shut out without tokenizing.
  if (!RECURRENCE_WORDS.test(NOT_PLAIN.test(text) ? foldedText(text) : text)) return false;
  const tokens = tokenize(text);
  const ctx = contextOf(tokens, options);
  return tokens.some((token, at) =>
    (token.kind === 'num' ? RECURRING_NUMBER_MATCHERS : RECURRING_BY_FIRST_WORD.get(token.text)?.matchers ?? []).some((matcher) => matcher.match(ctx, at) !== null));
}

/**
 * An expression parseDates found: built by a constructor, not an object literal. Callers keep
 * these (resolveDeadlines remembers every text's reading), so after a few scavenges V8 decides to
 * allocate a literal's objects in old space (allocation-site pretenuring), and that decision drops
 * the optimized code of every function the literal was compiled into: parseDates was optimized
 * three times per cold import of an overview. Objects made by `new` carry no allocation site. Same
 * own properties in the same order as the literal had (JSON, spreads and toEqual see no difference).
 */
class Expression implements DateExpression {
  declare text: string;
  declare start: number;
  declare end: number;
  declare relation: DateExpression['relation'];
  declare earliest: DateExpression['earliest'];
  declare deadline: DateExpression['deadline'];
  declare precision: DateExpression['precision'];
  declare basis: DateExpression['basis'];
  declare soft: boolean;
  declare recurrence: DateExpression['recurrence'];
  declare note?: DateExpression['note'];
  constructor(text: string, start: number, end: number, m: Match) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.relation = m.relation;
    this.earliest = m.earliest;
    this.deadline = m.deadline;
    this.precision = m.precision;
    this.basis = m.basis;
    this.soft = m.soft;
    this.recurrence = m.recurrence;
  }
}

export function parseDates(text: string, options: ParseDatesOptions): DateExpression[] {
  return parseWith(text, options, true);
}

/**
 * parseDates without the next-token gate (every matcher of a first word runs there): what the gate is
 * tested against (tests/domain/dates/next-token-gate.test.ts). Never cheaper, never different.
 */
export function parseDatesUngated(text: string, options: ParseDatesOptions): DateExpression[] {
  return parseWith(text, options, false);
}

/** The first words whose matchers are gated, each with what may follow it (for the gate's tests). */
export function nextTokenGates(): ReadonlyMap<string, { words: readonly string[]; num: boolean; coreHere: boolean; coreNext: boolean }> {
  const out = new Map<string, { words: readonly string[]; num: boolean; coreHere: boolean; coreNext: boolean }>();
  for (const [w, entry] of MATCHERS_BY_FIRST_WORD) {
    if (entry.gated) out.set(w, { words: [...entry.words], num: entry.num, coreHere: entry.coreHere, coreNext: entry.coreNext });
  }
  return out;
}

function parseWith(text: string, options: ParseDatesOptions, gated: boolean): DateExpression[] {
  checkReference(options);
  if (!mayHoldDate(text)) return [];
  const tokens = tokenize(text);
  const ctx = contextOf(tokens, options);
  const out: DateExpression[] = [];
  let i = 0;
  let scanned = 0;
  let sentenceStart = 0;
  // Tracks the last written year of the current sentence up to token `to` (exclusive).
  const scanTo = (to: number) => {
    for (; scanned < to; scanned++) {
      const t = tokens[scanned] as { kind: string; text: string };
      if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';') && tokens[scanned + 1]?.spaceBefore !== false) {
        ctx.yearHint = undefined;
        sentenceStart = scanned + 1;
      } else if (isYearAt(ctx, scanned) && !boundsYear(ctx, scanned, sentenceStart)) ctx.yearHint = (tokens[scanned] as { value: number }).value;
    }
  };
  while (i < tokens.length) {
    scanTo(i);
    const m = matchAt(ctx, i, gated);
    if (!m) {
      i++;
      continue;
    }
    scanTo(m.end);
    const start = (tokens[i] as { start: number }).start;
    const end = (tokens[m.end - 1] as { end: number }).end;
    const expr: DateExpression = new Expression(text.slice(start, end), start, end, m);
    if (m.note) expr.note = m.note;
    out.push(expr);
    i = m.end;
  }
  return out;
}
