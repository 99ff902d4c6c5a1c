// All core parsers, and the gates derived from what each declares it can start with: only the
// parsers that can start at a token run there, and CORE_START_WORDS tells the expression
// matchers which tokens can start a core at all.
import type { Token } from '../tokens.ts';
import { ARTICLES, type Core, type CoreParser, type ParseContext } from './context.ts';
import { dayCore } from './cores/day.ts';
import { budgetDebateCore, christmasCore, debateDayCore, eventCore } from './cores/events.ts';
import { monthCore, relativeMonthCore } from './cores/month.ts';
import { partCore } from './cores/part.ts';
import { halfCore, quarterCore } from './cores/quarter.ts';
import { recessCore } from './cores/recess.ts';
import { seasonCore } from './cores/season.ts';
import { todayCore, weekCore, weekendCore } from './cores/week.ts';
import { yearCore } from './cores/year.ts';

/** In this order; on equal length the earlier parser wins. */
export const CORE_PARSERS: readonly CoreParser[] = [
  dayCore,
  monthCore,
  weekCore,
  quarterCore,
  halfCore,
  seasonCore,
  recessCore,
  christmasCore,
  budgetDebateCore,
  eventCore,
  debateDayCore,
  yearCore,
  relativeMonthCore,
  partCore,
  todayCore,
  weekendCore,
];

type Gate = ReadonlyMap<string, readonly CoreParser[]>;

function buildGate(select: (parser: CoreParser) => Iterable<string> | undefined): Gate {
  const gate = new Map<string, CoreParser[]>();
  for (const parser of CORE_PARSERS) {
    for (const w of new Set(select(parser) ?? [])) {
      if (ARTICLES.has(w)) throw new Error(`core parser "${parser.name}": articles are declared through afterArticle, not firstWords`);
      const bucket = gate.get(w);
      if (bucket) bucket.push(parser);
      else gate.set(w, [parser]);
    }
  }
  return gate;
}

const BY_FIRST_WORD = buildGate((p) => p.firstWords);
/** An article's entry in BY_WORD_OR_ARTICLE: the parsers are then those of the word after it. */
const AFTER_ARTICLE: readonly CoreParser[] = [];
/** BY_FIRST_WORD with the articles (which it never holds: buildGate refuses them) marked: one look-up per word. */
const BY_WORD_OR_ARTICLE: ReadonlyMap<string, readonly CoreParser[]> = new Map([...BY_FIRST_WORD, ...[...ARTICLES].map((a) => [a, AFTER_ARTICLE] as const)]);
const BY_WORD_AFTER_ARTICLE = buildGate((p) => p.afterArticle);
const NUMBER_PARSERS = CORE_PARSERS.filter((p) => p.startsWithNumber === true);
const NUMBER_AFTER_ARTICLE_PARSERS = CORE_PARSERS.filter((p) => p.numberAfterArticle === true);

/** Every word that can start a core (numbers always can). */
export const CORE_START_WORDS: ReadonlySet<string> = new Set([
  ...BY_FIRST_WORD.keys(),
  ...(BY_WORD_AFTER_ARTICLE.size > 0 ? ARTICLES : []),
]);

/** What must follow a word for any of its parsers to find a core (`gated` false: a parser there says nothing). */
interface NextGate {
  gated: boolean;
  words: ReadonlySet<string>;
  num: boolean;
}

function buildNextGates(gate: Gate, afterArticle: boolean): ReadonlyMap<string, NextGate> {
  const out = new Map<string, NextGate>();
  for (const [w, parsers] of gate) {
    const nexts = parsers.map((parser) => parser.next?.(w, afterArticle));
    const words = new Set<string>();
    for (const next of nexts) for (const x of next?.words ?? []) words.add(x);
    out.set(w, { gated: nexts.every((next) => next !== undefined), words, num: nexts.some((next) => next?.num === true) });
  }
  return out;
}
const NEXT_AFTER_FIRST_WORD = buildNextGates(BY_FIRST_WORD, false);
const NEXT_AFTER_WORD_AFTER_ARTICLE = buildNextGates(BY_WORD_AFTER_ARTICLE, true);

function admitsNext(gate: NextGate | undefined, next: Token | undefined): boolean {
  if (!gate?.gated) return true;
  return next !== undefined && (gate.words.has(next.text) || (gate.num && next.kind === 'num'));
}

/** The next-token gates of the core parsers, by first word and by word after an article (for the gate's tests). */
export function coreNextGates(): { first: ReadonlyMap<string, NextGate>; afterArticle: ReadonlyMap<string, NextGate> } {
  return { first: NEXT_AFTER_FIRST_WORD, afterArticle: NEXT_AFTER_WORD_AFTER_ARTICLE };
}

const NO_PARSERS: readonly CoreParser[] = [];
const NO_CORES: Core[] = [];

function parsersAt(ctx: ParseContext, at: number): readonly CoreParser[] {
  const token = ctx.tokens[at];
  if (!token) return NO_PARSERS;
  if (token.kind === 'num') return NUMBER_PARSERS;
  if (token.kind !== 'word') return NO_PARSERS;
  const parsers = BY_WORD_OR_ARTICLE.get(token.text);
  if (parsers === undefined) return NO_PARSERS;
  if (parsers !== AFTER_ARTICLE) return parsers;
  const next = ctx.tokens[at + 1];
  if (!next) return NO_PARSERS;
  if (next.kind === 'num') return NUMBER_AFTER_ARTICLE_PARSERS;
  return (next.kind === 'word' ? BY_WORD_AFTER_ARTICLE.get(next.text) : undefined) ?? NO_PARSERS;
}

/**
 * Whether a core may start at token `at`: coresAt(ctx, at) is empty wherever this is false. It runs only the parsers
 * of the word (or of the word after an article), and each finds a core only before what its `next` names. The
 * matchers' next-token gate (parse-dates.ts) asks this instead of calling the matchers.
 */
export function mayStartCoreAt(ctx: ParseContext, at: number): boolean {
  const token = ctx.tokens[at];
  if (!token) return false;
  if (token.kind === 'num') return NUMBER_PARSERS.length > 0;
  if (token.kind !== 'word') return false;
  const parsers = BY_WORD_OR_ARTICLE.get(token.text);
  if (parsers === undefined) return false;
  if (parsers !== AFTER_ARTICLE) return admitsNext(NEXT_AFTER_FIRST_WORD.get(token.text), ctx.tokens[at + 1]);
  const next = ctx.tokens[at + 1];
  if (!next) return false;
  if (next.kind === 'num') return NUMBER_AFTER_ARTICLE_PARSERS.length > 0;
  if (next.kind !== 'word') return false;
  const gate = NEXT_AFTER_WORD_AFTER_ARTICLE.get(next.text);
  return gate !== undefined && admitsNext(gate, ctx.tokens[at + 2]);
}

/** Every core starting at token `at` (longest first), computed once per token. */
export function coresAt(ctx: ParseContext, at: number): Core[] {
  const cached = ctx.coreCache[at];
  if (cached) return cached;
  let out = NO_CORES;
  const parsers = parsersAt(ctx, at);
  if (parsers.length > 0) {
    out = [];
    for (const parser of parsers) {
      const core = parser.parse(ctx, at);
      if (core) out.push(core);
    }
    if (out.length > 1) out.sort((a, b) => b.end - a.end);
  }
  ctx.coreCache[at] = out;
  return out;
}
