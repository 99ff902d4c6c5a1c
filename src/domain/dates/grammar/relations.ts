// Relation words ("voor", "uiterlijk", "tot", "per" …) and how they turn a core's anchor into
// the fields of an expression (docs/DATES.md, the rules table).
import { addDays, addMonths, iso, lastDayOfMonth, minDate, monthOf, yearOf } from '../calendar-date.ts';
import { weakerBasis, type Anchor } from '../periods.ts';
import type { Basis, DateNote, IsoDate, Relation } from '../types.ts';
import { indexByFirstWord, RELATION_PHRASES, type RelationWord } from '../vocabulary.ts';
import { seq, type Core, type Fields, type ParseContext } from './context.ts';

export interface RelationMatch {
  end: number;
  relation: RelationWord;
}

const RELATION_INDEX = indexByFirstWord(RELATION_PHRASES);
/** The relation phrases by their first word (longest first): what relationsAt reads. */
export const RELATIONS_BY_FIRST_WORD: ReadonlyMap<string, readonly { words: readonly string[] }[]> = RELATION_INDEX;
const NO_RELATIONS: RelationMatch[] = [];

/** Words a relation phrase can start with. */
export const RELATION_START_WORDS: ReadonlySet<string> = new Set(RELATION_INDEX.keys());

/** Relation phrases at `at`, longest first. */
export function relationsAt(ctx: ParseContext, at: number): RelationMatch[] {
  const text = ctx.tokens[at]?.text;
  const phrases = text === undefined ? undefined : RELATION_INDEX.get(text);
  if (!phrases) return NO_RELATIONS;
  const out: RelationMatch[] = [];
  for (const phrase of phrases) {
    const end = seq(ctx, at, phrase.words);
    if (end > 0) out.push({ end, relation: phrase.rel });
  }
  return out;
}

function fields(
  anchor: Anchor,
  relation: Relation,
  earliest: IsoDate | null,
  deadline: IsoDate | null,
  basis: Basis,
  note: DateNote | undefined,
  soft = false,
): Fields {
  const out: Fields = { relation, earliest, deadline, precision: anchor.precision, basis, soft, recurrence: null };
  if (note !== undefined) out.note = note;
  return out;
}

/** Applies a relation word (or none) to an anchor: docs/DATES.md, the rules table. */
function combine(ctx: ParseContext, relation: RelationWord | null, anchor: Anchor): Fields | null {
  const reference = ctx.reference;
  const a = anchor;
  const isSingleDay = a.kind === 'day' || a.kind === 'event';
  switch (relation) {
    case null:
    case 'in':
      if (a.kind === 'day') return fields(a, 'on', minDate(reference, a.last), a.last, a.basis, a.note);
      if (a.kind === 'event') return fields(a, 'by', minDate(reference, a.last), a.last, a.basis, a.note);
      return fields(a, 'in', a.first, a.last, a.basis, a.note);
    case 'on':
      if (a.kind === 'period') return null;
      return fields(a, 'on', minDate(reference, a.last), a.last, a.basis, a.note);
    case 'with':
      if (a.kind !== 'event' && a.occasion !== true) return null;
      return fields(a, 'by', minDate(reference, a.last), a.last, a.basis, a.note);
    case 'ahead':
      // "in aanloop naar / ter voorbereiding op": only before an event or a budget moment ("de winter" is a topic).
      if (a.kind !== 'event' && a.occasion !== true) return null;
      return combine(ctx, 'before', a);
    case 'by':
      if (isSingleDay) return fields(a, 'by', minDate(reference, a.last), a.last, a.basis, a.note);
      return fields(a, 'by', a.first, a.last, a.basis, a.note);
    case 'before': {
      if (a.kind === 'event' && a.before) return fields(a, 'by', minDate(reference, a.before.date), a.before.date, a.before.basis, a.before.note);
      if (isSingleDay) return fields(a, 'by', minDate(reference, a.last), a.last, a.basis, a.note);
      if (a.beforeKeepsWindow) return fields(a, 'by', a.first, a.last, a.basis, a.note);
      if (a.before) return fields(a, 'by', minDate(reference, a.before.date), a.before.date, a.before.basis, a.before.note);
      const deadline = addDays(a.first, -1);
      return fields(a, 'by', minDate(reference, deadline), deadline, a.basis, undefined);
    }
    case 'around':
      if (isSingleDay) return fields(a, 'around', addDays(a.first, -7), addDays(a.last, 7), weakerBasis(a.basis, 'rule'), { code: 'WEEK_AROUND' });
      return fields(a, 'around', a.first, a.last, a.basis, a.note);
    case 'after':
      if (a.after) return fields(a, 'after', addDays(a.last, 1), a.after.date, a.after.basis, a.after.note, true);
      return fields(a, 'after', addDays(a.last, 1), null, a.basis, undefined);
    case 'notBefore':
      // "niet voor / niet eerder dan X": the earliest date, never a deadline.
      return fields(a, 'after', a.first, null, a.basis, { code: 'NOT_BEFORE' });
    case 'until':
      return fields(a, 'until', null, isSingleDay ? addDays(a.first, -1) : (a.until ?? addDays(a.first, -1)), a.basis, undefined);
    case 'untilIncl':
      return fields(a, 'until', null, a.last, a.basis, undefined);
    case 'from':
      return fields(a, 'from', a.first, null, a.basis, undefined);
  }
}

/** Resolves a core under a relation: a written year, or the first occurrence not before the reference date. */
export function resolve(ctx: ParseContext, relation: RelationWord | null, core: Core): Fields | null {
  if (core.relations && (relation === null || !core.relations.has(relation))) return null;
  if (relation === null && !core.standalone) return null;
  if (core.fixed) {
    const anchor = core.build(ctx.referenceYear);
    return anchor ? combine(ctx, relation, anchor) : null;
  }
  const yearHint = ctx.yearHint;
  if (yearHint !== undefined && yearHint >= ctx.referenceYear) {
    const anchor = core.build(yearHint);
    if (anchor) return combine(ctx, relation, anchor);
  }
  let last: Fields | null = null;
  for (let year = ctx.referenceYear - 1; year <= ctx.referenceYear + 2; year++) {
    const anchor = core.build(year);
    if (!anchor) continue;
    const f = combine(ctx, relation, anchor);
    if (!f) return null;
    const key = f.deadline ?? f.earliest;
    if (key !== null && key >= ctx.reference) return f;
    last = f;
  }
  return last;
}

/** Resolves a core to its anchor for the year a relation-less reading would pick. */
export function resolveAnchor(ctx: ParseContext, core: Core): Anchor | null {
  if (core.fixed) return core.build(ctx.referenceYear);
  for (let year = ctx.referenceYear - 1; year <= ctx.referenceYear + 2; year++) {
    const anchor = core.build(year);
    if (anchor && anchor.last >= ctx.reference) return anchor;
  }
  return core.build(ctx.referenceYear + 1);
}

export function endOfMonthAfter(date: IsoDate, months: number): { first: IsoDate; last: IsoDate } {
  const start = addMonths(iso(yearOf(date), monthOf(date), 1), months);
  return { first: start, last: lastDayOfMonth(yearOf(start), monthOf(start)) };
}
