// Parliamentary event cores: the begrotingsbehandeling, Prinsjesdag, Miljoenennota,
// Verantwoordingsdag, Voorjaarsnota, Najaarsnota, de begroting (voor) Y, de jaarwisseling,
// kerst, and a debate named by its day ("het commissiedebat van 9 mei").
import { iso, monthOf, yearOf } from '../../calendar-date.ts';
import {
  augustusbesluitvormingAnchor,
  dayAnchor,
  budgetDebateAnchor,
  jaarwisselingAnchor,
  najaarsnotaAnchor,
  prinsjesdagAnchor,
  recessAnchor,
  verantwoordingsdagAnchor,
  voorjaarsbesluitvormingAnchor,
  voorjaarsnotaAnchor,
  voorjaarsnotaDebateAnchor,
  type Anchor,
} from '../../periods.ts';
import { DEBATE_WORDS, MEETING_ADJECTIVES, MEETING_WORDS, MINISTRIES, type RelationWord } from '../../vocabulary.ts';
import {
  isArticleAt,
  isYearAt,
  NEXT_WORDS,
  punct,
  seq,
  word,
  yearValueAt,
  type Core,
  type CoreParser,
  type ParseContext,
} from '../context.ts';
import { dayCore } from './day.ts';

const WITH_ONLY: ReadonlySet<RelationWord> = new Set(['with']);
/** "in / bij / voor de (volgende) begroting": the budget as a moment, sent on Prinsjesdag (DATES.md: bij / in / met <event> take by). */
const BUDGET_RELATIONS: ReadonlySet<RelationWord> = new Set(['with', 'in', 'before']);
const WITH_OR_BEFORE: ReadonlySet<RelationWord> = new Set(['with', 'before']);

/** "(de) eerstvolgende", "komende", "aanstaande": the next one, which is what the event already means. */
const UPCOMING_WORDS: ReadonlySet<string> = new Set([...NEXT_WORDS, 'aanstaande', 'aanstaand']);

function skipUpcoming(ctx: ParseContext, at: number): number {
  const w = word(ctx, at);
  return w !== undefined && UPCOMING_WORDS.has(w) ? at + 1 : at;
}

/** "a.s." after an event name. */
function skipAs(ctx: ParseContext, at: number): number {
  if (word(ctx, at) === 'a' && punct(ctx, at + 1, '.', true) && word(ctx, at + 2) === 's') return punct(ctx, at + 3, '.', true) ? at + 4 : at + 3;
  return at;
}

function ministryAt(ctx: ParseContext, at: number): { end: number; ministry: string } | null {
  let pos = at;
  if (seq(ctx, pos, ['het', 'ministerie', 'van']) > 0) pos += 3;
  const w = word(ctx, pos);
  const ministry = w === undefined ? undefined : MINISTRIES.get(w);
  return ministry ? { end: pos + 1, ministry } : null;
}

/** A ministry code glued to a noun: "OCW-begroting". */
function ministryPrefixAt(ctx: ParseContext, at: number, noun: string): { end: number; ministry: string } | null {
  const w = word(ctx, at);
  const ministry = w === undefined ? undefined : MINISTRIES.get(w);
  if (ministry && punct(ctx, at + 1, '-', true) && word(ctx, at + 2) === noun) return { end: at + 3, ministry };
  return null;
}

const BUDGET_DEBATE_NOUNS: ReadonlySet<string> = new Set(['begrotingsbehandeling', 'begrotingsbehandelingen', 'begrotingsdebat']);
/** "de behandeling van de begroting", "het debat over de begroting", "de stemmingen over de begroting". */
const BUDGET_DEBATE_LEADS: readonly (readonly string[])[] = [
  ['behandeling', 'van', 'de'],
  ['debat', 'over', 'de'],
  ['stemmingen', 'over', 'de'],
  ['stemming', 'over', 'de'],
];

/** Begrotingsbehandeling in its forms; the written year is the budget year. */
function parseBudgetDebate(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  if (isArticleAt(ctx, pos)) pos++;
  pos = skipUpcoming(ctx, pos);
  if (word(ctx, pos) === 'plenaire') pos++;
  let ministry: string | null = null;
  const glued = ministryPrefixAt(ctx, pos, 'begrotingsbehandeling') ?? ministryPrefixAt(ctx, pos, 'begrotingsdebat');
  if (glued) {
    ministry = glued.ministry;
    pos = glued.end;
  } else if (BUDGET_DEBATE_NOUNS.has(word(ctx, pos) ?? '')) pos++;
  else {
    let afterLead = -1;
    for (const lead of BUDGET_DEBATE_LEADS) {
      afterLead = seq(ctx, pos, lead);
      if (afterLead > 0) break;
    }
    if (afterLead < 0) return null;
    // "de behandeling van de komende (OCW-)begroting": the same debate as "de komende begrotingsbehandeling".
    afterLead = skipUpcoming(ctx, afterLead);
    const gluedBudget = ministryPrefixAt(ctx, afterLead, 'begroting');
    const compound = word(ctx, afterLead) ?? '';
    // "de behandeling van de Defensiebegroting 2026": the ministry written as one word with the budget.
    const compoundMinistry = compound.endsWith('begroting') ? MINISTRIES.get(compound.slice(0, -'begroting'.length)) : undefined;
    if (gluedBudget) {
      ministry = gluedBudget.ministry;
      pos = gluedBudget.end;
    } else if (compoundMinistry !== undefined) {
      ministry = compoundMinistry;
      pos = afterLead + 1;
    } else if (compound === 'begroting') pos = afterLead + 1;
    else return null;
  }
  if (ministry === null && word(ctx, pos) === 'van') {
    const named = ministryAt(ctx, pos + 1);
    if (named) {
      ministry = named.ministry;
      pos = named.end;
    }
  }
  let debateYear = ctx.referenceYear;
  let yearPos = pos;
  if (word(ctx, yearPos) === 'voor' || word(ctx, yearPos) === 'van') yearPos++;
  if (isYearAt(ctx, yearPos)) {
    debateYear = yearValueAt(ctx, yearPos) - 1;
    pos = yearPos + 1;
  }
  pos = skipAs(ctx, pos);
  const year = debateYear;
  return { end: pos, standalone: false, fixed: true, kind: 'event', build: () => budgetDebateAnchor(ctx.calendar, ministry, year) };
}

const BUDGET_FIRST_WORDS = [...BUDGET_DEBATE_NOUNS, ...BUDGET_DEBATE_LEADS.map((lead) => lead[0] as string), ...UPCOMING_WORDS, 'plenaire', ...MINISTRIES.keys()];

export const budgetDebateCore: CoreParser = {
  name: 'budget debate',
  firstWords: BUDGET_FIRST_WORDS,
  afterArticle: BUDGET_FIRST_WORDS,
  parse: parseBudgetDebate,
};

/** "de publicatie van", "het verschijnen van", "de presentatie van" before an event name. */
/** "het debat over de Voorjaarsnota": held before the zomerreces. */
const SPRING_DEBATE_LEADS: readonly (readonly string[])[] = [['debat', 'over', 'de'], ['plenaire', 'debat', 'over', 'de'], ['behandeling', 'van', 'de']];

const PUBLICATION_LEADS: readonly (readonly string[])[] = [
  ['publicatie', 'van'],
  ['verschijning', 'van'],
  ['verschijnen', 'van'],
  ['presentatie', 'van'],
  ['indiening', 'van'],
  ['aanbieding', 'van'],
  ['aanbieden', 'van'],
  // "de besluitvorming over de Voorjaarsnota": decided for it, so by it.
  ['besluitvorming', 'over'],
];

function skipPublication(ctx: ParseContext, at: number): number {
  for (const lead of PUBLICATION_LEADS) {
    const end = seq(ctx, at, lead);
    if (end > 0) return isArticleAt(ctx, end) ? end + 1 : end;
  }
  return at;
}

interface EventBuilder { build: (ctx: ParseContext) => (year: number) => Anchor; yearShift: number; needsDe?: boolean; needsArticle?: boolean }

const EVENTS: ReadonlyMap<string, EventBuilder> = new Map<string, EventBuilder>([
  ['prinsjesdag', { build: (ctx) => (y) => prinsjesdagAnchor(ctx.calendar, y), yearShift: 0 }],
  ['miljoenennota', { build: (ctx) => (y) => prinsjesdagAnchor(ctx.calendar, y), yearShift: -1 }],
  ['verantwoordingsdag', { build: (ctx) => (y) => verantwoordingsdagAnchor(ctx.calendar, y), yearShift: 0 }],
  ['voorjaarsnota', { build: () => voorjaarsnotaAnchor, yearShift: 0 }],
  ['najaarsnota', { build: () => najaarsnotaAnchor, yearShift: 0 }],
  ['jaarwisseling', { build: (ctx) => (y) => jaarwisselingAnchor(ctx.calendar, y), yearShift: 0, needsDe: true }],
  // The budget cycle's other recurring moments (docs/DATES-RULES.md): the spring and August decisions, the Slotwet
  // (sent on Verantwoordingsdag after its budget year), the ontwerpbegroting (Prinsjesdag before its budget year).
  ['voorjaarsbesluitvorming', { build: (ctx) => (y) => voorjaarsbesluitvormingAnchor(ctx.calendar, y), yearShift: 0 }],
  ['augustusbesluitvorming', { build: (ctx) => (y) => augustusbesluitvormingAnchor(ctx.calendar, y), yearShift: 0 }],
  ['slotwet', { build: (ctx) => (y) => verantwoordingsdagAnchor(ctx.calendar, y), yearShift: 1 }],
  ['slotwetten', { build: (ctx) => (y) => verantwoordingsdagAnchor(ctx.calendar, y), yearShift: 1 }],
  ['belastingplan', { build: (ctx) => (y) => prinsjesdagAnchor(ctx.calendar, y), yearShift: -1, needsArticle: true }],
  ['ontwerpbegroting', { build: (ctx) => (y) => prinsjesdagAnchor(ctx.calendar, y), yearShift: -1 }],
  ['ontwerpbegrotingen', { build: (ctx) => (y) => prinsjesdagAnchor(ctx.calendar, y), yearShift: -1 }],
  ['voorjaarssuppletoire', { build: () => voorjaarsnotaAnchor, yearShift: 0 }],
  ['najaarssuppletoire', { build: () => najaarsnotaAnchor, yearShift: 0 }],
]);

/** "de eerste / tweede suppletoire begroting": sent with the Voorjaarsnota / the Najaarsnota. */
const SUPPLETORY: ReadonlyMap<string, EventBuilder> = new Map<string, EventBuilder>([
  ['eerste', { build: () => voorjaarsnotaAnchor, yearShift: 0 }],
  ['tweede', { build: () => najaarsnotaAnchor, yearShift: 0 }],
]);
const SUPPLETORY_NOUNS: ReadonlySet<string> = new Set(['begroting', 'begrotingen', 'begrotingswet', 'begrotingswetten', 'wet', 'wetten']);

/** "de besluitvorming in augustus / in het voorjaar": the cabinet's budget decisions of that time, by another name. */
const DECISIONS_BY_TIME: readonly (readonly [readonly string[], string])[] = [
  [['in', 'augustus'], 'augustusbesluitvorming'],
  [['in', 'het', 'voorjaar'], 'voorjaarsbesluitvorming'],
];

/** Prinsjesdag, Miljoenennota, Verantwoordingsdag, Voorjaarsnota, Najaarsnota, de begroting (voor) Y, de jaarwisseling. */
function parseEvent(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  const first = word(ctx, pos);
  let article = isArticleAt(ctx, pos) ? first : undefined;
  if (article) pos++;
  const afterLead = skipPublication(ctx, pos);
  if (afterLead !== pos) {
    article = word(ctx, afterLead - 1) === 'de' ? 'de' : article;
    pos = afterLead;
  }
  const beforeUpcoming = pos;
  pos = skipUpcoming(ctx, pos);
  const upcoming = pos > beforeUpcoming;
  if (article !== undefined) {
    for (const lead of SPRING_DEBATE_LEADS) {
      const end = seq(ctx, pos, lead);
      if (end > 0 && word(ctx, end) === 'voorjaarsnota') return springDebate(ctx, end + 1);
    }
  }
  let name = word(ctx, pos);
  if (name === undefined) return null;
  pos++;
  // "de besluitvorming in augustus / in het voorjaar": the augustus- and voorjaarsbesluitvorming by another name.
  if (name === 'besluitvorming' && article === 'de') {
    for (const [words, named] of DECISIONS_BY_TIME) {
      const end = seq(ctx, pos, words);
      // ("de besluitvorming in het voorjaar over de stikstofregels" is that topic's, not the budget's.)
      if (end > 0 && word(ctx, end) !== 'over') {
        name = named;
        pos = end;
        break;
      }
    }
  }
  let build: ((year: number) => Anchor) | undefined;
  let yearShift: number;
  let relations: ReadonlySet<RelationWord> | undefined;
  const suppletory = SUPPLETORY.get(name);
  const event = EVENTS.get(name) ?? (suppletory && article !== undefined && word(ctx, pos) === 'suppletoire' ? suppletory : undefined);
  if (event) {
    if (event.needsDe && article !== 'de') return null;
    if (event.needsArticle && article === undefined) return null;
    if (event === suppletory) pos++;
    if (event === suppletory || name.endsWith('suppletoire')) {
      if (SUPPLETORY_NOUNS.has(word(ctx, pos) ?? '')) pos++;
    }
    build = event.build(ctx);
    yearShift = event.yearShift;
  } else if (name === 'jaarverslag' || name === 'jaarverslagen') {
    // "bij het (financieel) jaarverslag (2024)": Verantwoordingsdag after the year it accounts for; only with bij / met.
    if (article === undefined) return null;
    build = (y) => verantwoordingsdagAnchor(ctx.calendar, y);
    yearShift = 1;
    relations = WITH_ONLY;
    if (word(ctx, pos) === 'van') {
      const named = ministryAt(ctx, pos + 1);
      if (named) pos = named.end;
    }
    if ((word(ctx, pos) === 'over' || word(ctx, pos) === 'van') && isYearAt(ctx, pos + 1)) pos++;
  } else if (name === 'begroting' || (MINISTRIES.has(name) && punct(ctx, pos, '-', true) && word(ctx, pos + 1) === 'begroting')) {
    if (article !== 'de') return null;
    if (name !== 'begroting') pos += 2;
    build = (y) => prinsjesdagAnchor(ctx.calendar, y);
    yearShift = -1;
    if (word(ctx, pos) === 'van') {
      const named = ministryAt(ctx, pos + 1);
      if (named) pos = named.end;
    }
    if ((word(ctx, pos) === 'voor' || word(ctx, pos) === 'van') && isYearAt(ctx, pos + 1)) pos++;
    // "in de begroting" alone is mostly what it holds ("de categorieën die in de begroting worden gehanteerd"); "in de
    // volgende begroting", "in de begroting 2026" name the moment.
    relations = upcoming || isYearAt(ctx, pos) ? BUDGET_RELATIONS : WITH_OR_BEFORE;
  } else return null;
  if (word(ctx, pos) === 'van' && isYearAt(ctx, pos + 1) && name !== 'begroting' && !name.startsWith('jaarverslag')) pos++;
  const builder = build;
  if (isYearAt(ctx, pos)) {
    const year = yearValueAt(ctx, pos) + yearShift;
    return { end: pos + 1, standalone: false, fixed: true, kind: 'event', ...(relations ? { relations } : {}), build: () => builder(year) };
  }
  pos = skipAs(ctx, pos);
  return { end: pos, standalone: false, fixed: false, kind: 'event', ...(relations ? { relations } : {}), build: builder };
}

/** The debate over the Voorjaarsnota (Y): the day before the zomerreces of Y. */
function springDebate(ctx: ParseContext, at: number): Core {
  let pos = at;
  if (word(ctx, pos) === 'van' && isYearAt(ctx, pos + 1)) pos++;
  if (isYearAt(ctx, pos)) {
    const year = yearValueAt(ctx, pos);
    return { end: pos + 1, standalone: false, fixed: true, kind: 'event', build: () => voorjaarsnotaDebateAnchor(ctx.calendar, year) };
  }
  return { end: pos, standalone: false, fixed: false, kind: 'event', build: (y) => voorjaarsnotaDebateAnchor(ctx.calendar, y) };
}

const EVENT_FIRST_WORDS = [...EVENTS.keys(), ...PUBLICATION_LEADS.map((lead) => lead[0] as string), ...UPCOMING_WORDS];

export const eventCore: CoreParser = {
  name: 'event',
  firstWords: EVENT_FIRST_WORDS.filter((w) => w !== 'jaarwisseling'),
  afterArticle: [...EVENT_FIRST_WORDS, 'begroting', ...MINISTRIES.keys(), 'jaarverslag', 'jaarverslagen', ...SUPPLETORY.keys(), ...SPRING_DEBATE_LEADS.map((lead) => lead[0] as string)],
  parse: parseEvent,
  // "de eerste / tweede suppletoire (begroting)": an ordinal after the article names that only before "suppletoire".
  next: (w, afterArticle) => (afterArticle && SUPPLETORY.has(w) && !EVENT_FIRST_WORDS.includes(w) ? { words: ['suppletoire'] } : undefined),
};

/** "(de) kerst", "kerstmis", "de feestdagen", "de kerstvakantie": before the kerstreces. */
const CHRISTMAS_WORDS: ReadonlySet<string> = new Set(['kerst', 'kerstmis', 'kerstvakantie', 'feestdagen', 'kerstdagen']);

function parseChristmas(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  if (isArticleAt(ctx, pos)) pos++;
  const w = word(ctx, pos);
  if (w === undefined || !CHRISTMAS_WORDS.has(w)) return null;
  if (w === 'feestdagen' && pos === at) return null;
  pos++;
  if (word(ctx, pos) === 'van' && isYearAt(ctx, pos + 1)) pos++;
  if (isYearAt(ctx, pos)) {
    const year = yearValueAt(ctx, pos);
    return { end: pos + 1, standalone: false, fixed: true, kind: 'recess', build: () => recessAnchor(ctx.calendar, 'kerstreces', year) };
  }
  return { end: pos, standalone: false, fixed: false, kind: 'recess', build: (year) => recessAnchor(ctx.calendar, 'kerstreces', year) };
}

export const christmasCore: CoreParser = {
  name: 'christmas',
  firstWords: ['kerst', 'kerstmis', 'kerstvakantie', 'kerstdagen'],
  afterArticle: CHRISTMAS_WORDS,
  parse: parseChristmas,
};

/** "d.d." ("de dato") between a meeting's name and its day: "het commissiedebat X d.d. 13 maart". */
function datoEnd(ctx: ParseContext, at: number): number {
  if (word(ctx, at) === 'dd') return at + 1;
  if (word(ctx, at) === 'd' && punct(ctx, at + 1, '.') && word(ctx, at + 2) === 'd') return punct(ctx, at + 3, '.') ? at + 4 : at + 3;
  return -1;
}

/**
 * "het (commissie)debat (over X) van 9 mei", "het WGO op 12 juni 2024", "de Europese top van 26 juni",
 * "de strategische procedurevergadering d.d. 21 maart"; without article only a debate word, after
 * "t.b.v." ("t.b.v. commissiedebat X van 27 november").
 */
function parseDebateDay(ctx: ParseContext, at: number): Core | null {
  let pos = at;
  if (isArticleAt(ctx, pos)) pos++;
  else if (!DEBATE_WORDS.has(word(ctx, pos) ?? '')) return null;
  // A meeting may carry an adjective ("de Europese top", "de informele Milieuraad", "de strategische procedurevergadering").
  // Up to two ("de aankomende Europese Raad").
  for (let n = 0; n < 2; n++) {
    const next = word(ctx, pos + 1) ?? '';
    const nextNext = word(ctx, pos + 2) ?? '';
    const meetingAfter = MEETING_WORDS.has(next) || DEBATE_WORDS.has(next) || (MEETING_ADJECTIVES.has(next) && (MEETING_WORDS.has(nextNext) || DEBATE_WORDS.has(nextNext)));
    if (MEETING_ADJECTIVES.has(word(ctx, pos) ?? '') && meetingAfter) pos++;
    else break;
  }
  const debateWord = word(ctx, pos);
  if (debateWord === undefined || !(DEBATE_WORDS.has(debateWord) || MEETING_WORDS.has(debateWord))) return null;
  // "de Raad van State van 12 maart" names an advisory body, not a meeting.
  // ("de Europese Raad van 3 februari" is a meeting.)
  if (debateWord === 'raad' && word(ctx, pos + 1) === 'van' && ctx.tokens[pos + 2]?.kind !== 'num') return null;
  pos++;
  for (let n = 0; n < 7; n++) {
    const w = word(ctx, pos);
    const dato = datoEnd(ctx, pos);
    if (w === 'van' || w === 'op' || dato > 0) {
      const dayAt = dato > 0 ? dato : pos + 1;
      const day = dayCore.parse(ctx, dayAt) ?? firstDayOfRange(ctx, dayAt);
      if (day) {
        return {
          end: day.end,
          standalone: false,
          fixed: day.fixed,
          kind: 'event',
          build: (y) => {
            const anchor = day.build(y);
            return anchor ? { ...anchor, kind: 'event' } : null;
          },
        };
      }
    }
    const token = ctx.tokens[pos];
    if (!token || (token.kind === 'punct' && token.text !== '-') || token.kind === 'num') return null;
    pos++;
  }
  return null;
}

/**
 * A meeting's days written as a range ("de JBZ-Raad van 12 en 13 december", "de Landbouwraad van 22-23 september", "van
 * 9 tot en met 11 juni"): the meeting starts on the first day, so that day is its day.
 */
function firstDayOfRange(ctx: ParseContext, at: number): Core | null {
  const first = ctx.tokens[at];
  if (first?.kind !== 'num' || first.digits > 2 || first.value < 1 || first.value > 31) return null;
  let pos = at + 1;
  if (word(ctx, pos) === 'en') pos++;
  else if (punct(ctx, pos, '-') || punct(ctx, pos, '–')) pos++;
  else if (seq(ctx, pos, ['tot', 'en', 'met']) > 0) pos += 3;
  else return null;
  const last = ctx.tokens[pos];
  if (last?.kind !== 'num' || last.value <= first.value) return null;
  const day = dayCore.parse(ctx, pos);
  if (!day) return null;
  const firstDay = first.value;
  return {
    ...day,
    build: (y) => {
      const anchor = day.build(y);
      if (!anchor) return null;
      const date = iso(yearOf(anchor.first), monthOf(anchor.first), firstDay);
      return dayAnchor(date);
    },
  };
}

export const debateDayCore: CoreParser = {
  name: 'debate day',
  firstWords: [...DEBATE_WORDS],
  afterArticle: [...DEBATE_WORDS, ...MEETING_WORDS, ...MEETING_ADJECTIVES],
  parse: parseDebateDay,
};
