// pickDeadline: the informing deadline of an item (docs/DATES.md, "The informing deadline of
// an item"), from its request text and, when present, the newer status text.
import type { ParliamentaryCalendar } from './calendar.ts';
import { parseDates } from './parse-dates.ts';
import { CONSIDERATION_START, INFORMING_RE, roleOf, type DateRole, type RoleContext, type RoleReason } from './roles.ts';
import type { ChosenDeadline, DateExpression, IsoDate } from './types.ts';

export { referenceFromVergaderjaar, tryReferenceFromVergaderjaar } from './reference-date.ts';

export interface PickDeadlineInput {
  /** The motie's request or the toezegging's promise (or any single text). */
  request: string;
  requestReference: IsoDate;
  /** The overview's status text, newer than the request. */
  status?: string | null;
  /** The overview document's date. */
  statusReference?: IsoDate | null;
  calendar?: ParliamentaryCalendar;
  /** parseDates(request, { reference: requestReference, calendar }) when the caller has read it already: not read again. */
  requestDates?: readonly DateExpression[];
}


/**
 * Words that make a status sentence a commitment about delivering something ("De uitkomsten
 * worden eind 2025 verwacht", "Het streven is om … rond de zomer in te dienen"). A status date
 * that is neither informing nor a commitment is context (a conference, the start of a pilot)
 * and does not replace the request's term (docs/DATES-RULES.md).
 */
const COMMITMENT_PATTERNS: readonly string[] = [
  'verwacht(?:en|e)?', 'naar verwachting', 'streven', 'streeft', 'streef', 'zal', 'zullen',
  'afgerond', 'af te ronden', 'afronden', 'rondt [a-z ]{0,40}af', 'opgeleverd', 'op te leveren', 'opleveren',
  'ingediend', 'in te dienen', 'indienen', 'dient [a-z ]{0,40}in', 'gepubliceerd', 'te publiceren', 'publiceren',
  'verschijnt', 'verschijnen', 'komt [a-z ]{0,40}uit', 'uitgebracht', 'gereed', 'beschikbaar', 'voltooid',
  // A status text's "de resultaten volgen in 2025", "Afronding is voorzien in 2025" (not "De sluiting is voorzien in 2030": a measure).
  '(?:resultaten|uitkomsten|brief|brieven|rapportage|rapport|reactie|beleidsreactie|kabinetsreactie|evaluatie|informatie|antwoorden|beantwoording|voortgangsbrief|voortgangsrapportage) volg(?:t|en)',
  '(?:afronding|oplevering|publicatie|verzending|toezending|indiening|rapportage|evaluatie) (?:is|wordt) (?:voorzien|gepland)',
];

const COMMITMENT_RE = new RegExp(`\\b(?:${COMMITMENT_PATTERNS.join('|')})\\b`);

/** Clause boundaries: sentence ends, semicolons, colons, and a comma before a new clause. */
const CLAUSE_BOUNDARY_RE =
  /[.!?](?=\s+[A-Z\u00C0-\u00DD]|\s*$)|[;:]|,(?=\s+(?:waarna|waarbij|waarmee|omdat|zodat|terwijl|nadat|maar|hoewel|doordat|zodra|wanneer|indien|als|en|of(?!\s+anders))\b)|\n\s*\n/g;

/** Any character outside ASCII: only such a text can change under NFD or hold a combining mark. */
const NON_ASCII = /[\u0080-\uffff]/;

/** Whitespace that `\s+ -> ' '` would change: any but a space, or two spaces in a row. */
const UNCOLLAPSED = /[^\S ]| {2}/;

function normalise(text: string): string {
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  const lower = folded.toLowerCase();
  // Each replacement runs only when it can change something (a line break; whitespace not yet single spaces).
  const joined = lower.includes('\n') ? lower.replace(/-\s*\n\s*/g, '') : lower;
  return UNCOLLAPSED.test(joined) ? joined.replace(/\s+/g, ' ') : joined;
}

/** Characters of one clause the roles read; real clauses are far shorter. */
const MAX_CLAUSE = 2_000;

/** Characters a parenthesis around a colon may open before it, and close after it. */
const PARENTHESIS_REACH = 60;

/**
 * Whether the character at `at` stands inside a parenthesis of the clause that starts at `from`: an open one within
 * PARENTHESIS_REACH characters before it (none closed in between) that closes within as many after it.
 * Both scans are bounded, so a text full of colons stays linear.
 */
function insideParenthesis(text: string, at: number, from: number): boolean {
  let open = -1;
  for (let i = at - 1; i >= Math.max(from, at - PARENTHESIS_REACH); i -= 1) {
    const c = text[i];
    if (c === ')') return false;
    if (c === '(') { open = i; break; }
  }
  if (open < 0) return false;
  for (let i = at + 1; i < Math.min(text.length, at + PARENTHESIS_REACH); i += 1) {
    const c = text[i];
    if (c === ')') return true;
    if (c === '(' || c === '.' || c === ';') return false;
  }
  return false;
}

/** [start, end) offsets of the clauses of a text. */
function clausesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  CLAUSE_BOUNDARY_RE.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY_RE.exec(text); m; m = CLAUSE_BOUNDARY_RE.exec(text)) {
    // A colon inside a parenthesis ("de 7de Voortgangsrapportage (hierna: 7e VGR) toegestuurd") ends no clause.
    if (m[0] === ':' && insideParenthesis(text, m.index, start)) continue;
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
    if (m[0].length === 0) CLAUSE_BOUNDARY_RE.lastIndex++;
  }
  if (start < text.length) out.push([start, text.length]);
  // A clause without end (a hostile text without punctuation) is read in pieces: every
  // expression's clause is then at most MAX_CLAUSE long and a long text stays linear (issue 22.8).
  if (out.every(([s, e]) => e - s <= MAX_CLAUSE)) return out;
  return out.flatMap(([s, e]) => {
    const pieces: [number, number][] = [];
    for (let at = s; at < e; at += MAX_CLAUSE) pieces.push([at, Math.min(e, at + MAX_CLAUSE)]);
    return pieces;
  });
}

/** Words ending in -en that are no verb (nouns, prepositions): " en " after them joins two nouns. */
const NOT_VERB_EN = /^(?:een|geen|tussen|tegen|boven|buiten|binnen|even|open|hen|ten|mensen|gemeenten|doelen|kosten|middelen|regelingen|maatregelen|burgers|woningen|bedrijven|scholen|leerlingen|studenten|jongeren|ouderen|gevallen|jaren|lonen|huren|uitkeringen|provincies|organisaties|sectoren|partijen|gegevens|resultaten|uitkomsten|afspraken|kinderen|ouders|wetten|regels|plannen)$/;
const VERB_EN = /^[a-z]{4,}en$/;
/** An infinitive with "te" ("te informeren", "op te stellen"). */
const TE_INFINITIVE = /\bte [a-z]{3,}en\b/;

/**
 * Where one clause joins two actions with " en " ("in 2025 een onderzoek opstarten en de resultaten
 * uiterlijk medio 2026 presenteren"): after a verb, before a part that ends in a verb. Only the part
 * holding the informing word counts as informing (rule 1), so the report's term beats the start's.
 */
function actionStarts(clause: string): number[] {
  const out: number[] = [];
  const re = / en /g;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    // The word before " en ", and whether at least three words (two spaces) come before it: what
    // `clause.slice(0, m.index).split(' ')` gives as its last piece and its length, without splitting.
    const lastSpace = clause.lastIndexOf(' ', m.index - 1);
    const last = clause.slice(lastSpace + 1, m.index);
    if (lastSpace <= 0 || clause.lastIndexOf(' ', lastSpace - 1) < 0 || NOT_VERB_EN.test(last)) continue;
    const restText = clause.slice(m.index + 4);
    // Two infinitives with "te" ("binnen een jaar te evalueren met de cliënten en indien nodig de Kamer te
    // informeren voor 1 juli"): each is its own action, whatever word stands before " en ".
    const since = clause.slice(out.length > 0 ? (out[out.length - 1]) : 0, m.index);
    if (TE_INFINITIVE.test(since) && TE_INFINITIVE.test(restText)) {
      out.push(m.index + 1);
      continue;
    }
    if (!VERB_EN.test(last)) continue;
    const rest = restText.replace(/[\s,.;:]+$/, '').split(' ');
    const end = rest[rest.length - 1] ?? '';
    if (rest.length >= 2 && VERB_EN.test(end) && !NOT_VERB_EN.test(end)) out.push(m.index + 1);
  }
  return out;
}

/** "en" + at most six words, none a verb form (-en, -t, -d, te): the rest of a list, without its own verb. */
const ELLIPTIC_AFTER_EN = /^\s*en\s+(?:(?!te\b)[a-z0-9]+(?<!en|t|d)\s+){0,6}(?:(?!te\b)[a-z0-9]+(?<!en|t|d))?\s*[.;]?\s*$/;

interface Candidate {
  expr: DateExpression;
  informing: boolean;
}

/** An expression with the role it plays in its text, and the rule that gave it. */
export interface RoledExpression extends DateExpression {
  role: DateRole;
  reason: RoleReason;
  /** Whether it sits in a clause that informs the Kamer or delivers something. */
  informing: boolean;
}

/**
 * Why an expression was or was not chosen as the deadline (`motie datum --uitleg`): chosen; not a
 * deadline by its role; a deadline date-less; beaten by one in an informing clause, by a harder
 * term, or by an earlier deadline.
 */
export type Choice = 'chosen' | 'not-a-term' | 'no-date' | 'not-informing' | 'softer' | 'later';

export interface ExplainedExpression extends RoledExpression {
  choice: Choice;
}

interface CandidateOptions {
  /** Skip expressions whose deadline lies before this date (status texts: the past). */
  notBefore: IsoDate | null;
  /** Keep only expressions in informing or commitment clauses (status texts). */
  promisesOnly: boolean;
}

interface Analysis {
  expressions: RoledExpression[];
  informing: boolean[];
  commitment: boolean[];
}

/**
 * A text's expressions with what their clauses say (informing, commitment), before their roles:
 * `roleAt(i)` works out the role of expression i when first asked (roleOf is most of the reading's
 * cost, and pickDeadline needs the roles of only the expressions that could win).
 */
interface Reading {
  expressions: DateExpression[];
  informing: boolean[];
  /** Whether expression i's clause commits to delivering something, worked out when first asked (issue 28). */
  commitmentAt: (index: number) => boolean;
  roleAt: (index: number) => readonly [DateRole, RoleReason];
}

/** What a reading knows of its clauses, tested when first asked and then remembered (read()). */
interface ClauseFacts {
  commits: (clause: number) => boolean;
  consideration: (clause: number) => boolean;
}

/**
 * An expression's clause as roleOf reads it (RoleContext). Whether the clause commits and whether it is a consideration
 * are asked only by a few rules (and by a status reading), so they are worked out when first read, by getters on the
 * class's prototype (not on each object: an object literal with getters is built by the runtime, with two closures per
 * context, which cost more than the tests saved; issue 28). Pure and memoized: the same values as read up front.
 */
class ClauseContext implements RoleContext {
  constructor(
    readonly clause: string,
    readonly informing: boolean,
    readonly informingAt: number,
    private readonly index: number,
    private readonly facts: ClauseFacts,
  ) {}

  get commitment(): boolean {
    return this.facts.commits(this.index);
  }

  get consideration(): boolean {
    return this.facts.consideration(this.index);
  }
}

/** The "over" that opens a motie's one-line subject ("Motie van het lid X over drie weken voor …"). */
const SUBJECT_OVER = /^\s*(?:(?:nader )?gewijzigde )?motie\b[^\n;]*?\bover\b/i;

/** The text with its subject's "over" blanked (same length, so offsets hold): it is never "over N weken". */
function withoutSubjectOver(text: string): string {
  const m = SUBJECT_OVER.exec(text);
  return m ? `${m[0].slice(0, -4)}    ${text.slice(m[0].length)}` : text;
}

/**
 * Characters of an item's text the deadline reader reads (issue 22.8): no item text is longer
 * (ITEM_LIMITS), and a hostile 1 MB text then costs no more than one of this length. Dates after
 * it are not seen. parseDates itself reads what it is given (a whole document, in tests and benches).
 */
export const DATE_TEXT_LIMIT = 10_000;

/** The part of a text the deadline reader reads: its first DATE_TEXT_LIMIT characters. */
export function dateTextOf(text: string): string {
  return text.length > DATE_TEXT_LIMIT ? text.slice(0, DATE_TEXT_LIMIT) : text;
}

/** Characters before an expression its role reads: its sentence, within reason (a long text stays linear). */
const ROLE_CONTEXT = 1_000;


const NO_READING: Reading = {
  expressions: [],
  informing: [],
  commitmentAt: () => { throw new RangeError('no expression'); },
  roleAt: () => { throw new RangeError('no expression'); },
};

function read(whole: string, reference: IsoDate, calendar: ParliamentaryCalendar | undefined, parsed?: readonly DateExpression[]): Reading {
  // Only what parseDates reads: clauses and roles past it would make a 1 MB text quadratic (issue 22.8).
  const text = dateTextOf(whole);
  const source = withoutSubjectOver(text);
  const found = parsed && source === whole ? parsed : parseDates(source, { reference, ...(calendar ? { calendar } : {}) });
  if (found.length === 0) return NO_READING;
  // (Loops filling arrays made here, not map / forEach / entries: V8 inlined those with a check of the
  // arrays' elements kinds, which differ between arrays made by optimized and unoptimized code, and each
  // miss threw away this function's optimized code: it was compiled six times per 10,000-item import, issue 28.)
  // The parsed expressions hold the text's own spans when nothing was blanked (most texts): no copy then.
  let exprs: DateExpression[];
  if (source === text) exprs = found as DateExpression[];
  else {
    exprs = [];
    for (const e of found) exprs.push({ ...e, text: text.slice(e.start, e.end) });
  }
  const clauses = clausesOf(text);
  const clauseOf: number[] = [];
  for (const { start } of exprs) {
    let index = -1;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c] as [number, number];
      if (start >= clause[0] && start < clause[1]) {
        index = c;
        break;
      }
    }
    clauseOf.push(index);
  }
  // What a clause says is worked out only for the clauses the expressions stand in, and for the clauses before them
  // that their reading depends on (an elliptic clause's predecessor, an open consideration's start): each by the same
  // tests as before, in any order (they are pure), each at most once (issue 28).
  const normalised: (string | undefined)[] = [];
  const normalisedAt = (c: number): string => {
    let n = normalised[c];
    if (n === undefined) {
      const [s, e] = clauses[c] as [number, number];
      n = normalise(text.slice(s, e));
      normalised[c] = n;
    }
    return n;
  };
  // Where a clause's first informing word is (-1: none), searched once: the roles read it too.
  const informingAtOf: (number | undefined)[] = [];
  const informingAt = (c: number): number => {
    let at = informingAtOf[c];
    if (at === undefined) {
      at = normalisedAt(c).search(INFORMING_RE);
      informingAtOf[c] = at;
    }
    return at;
  };
  // An elliptic clause after ", en" shares the verb of the clause before it ("Na het zomerreces
  // ontvangt u een brief, en uiterlijk 1 maart de evaluatie"): it informs when that one does.
  const elliptic = (c: number): boolean => {
    const [start, end] = clauses[c] as [number, number];
    // The clause without its date expressions ("maart" is no verb).
    let rest = '';
    let at = start;
    for (const e of exprs) {
      if (e.start < start || e.start >= end) continue;
      rest += text.slice(at, e.start);
      at = e.end;
    }
    rest += text.slice(at, end);
    return ELLIPTIC_AFTER_EN.test(normalise(rest));
  };
  // Whether a clause informs: its own informing word, or elliptic after an informing clause that ends in a comma (a chain of
  // them read from its first clause on, without recursion).
  const informingClause: (boolean | undefined)[] = [];
  const informs = (c: number): boolean => {
    const chain: number[] = [];
    let j = c;
    for (;;) {
      if (informingClause[j] !== undefined) break;
      if (informingAt(j) >= 0) {
        informingClause[j] = true;
        break;
      }
      if (j === 0 || !/,\s*$/.test(normalisedAt(j - 1))) {
        informingClause[j] = false;
        break;
      }
      chain.push(j);
      j -= 1;
    }
    for (let k = chain.length - 1; k >= 0; k--) {
      const i = chain[k] as number;
      informingClause[i] = informingClause[i - 1] === true && elliptic(i);
    }
    return informingClause[c] === true;
  };
  // A consideration ("constaterende dat …, en dat …") runs until its semicolon or full stop: a clause is one when it opens
  // one, or when the clause before it is one and stays open.
  const considerationClause: (boolean | undefined)[] = [];
  const consideration = (c: number): boolean => {
    const visited: number[] = [];
    let j = c;
    let value: boolean;
    for (;;) {
      const known = considerationClause[j];
      if (known !== undefined) {
        value = known;
        break;
      }
      visited.push(j);
      if (CONSIDERATION_START.test(normalisedAt(j))) {
        value = true;
        break;
      }
      if (j === 0 || /[;.!?:]\s*$/.test(normalisedAt(j - 1))) {
        value = false;
        break;
      }
      j -= 1;
    }
    for (const v of visited) considerationClause[v] = value;
    return value;
  };
  // Per clause, once however many expressions stand in it: where its actions start, and whether it commits to something.
  const actionStartsOf: (number[] | undefined)[] = [];
  const commitmentOf: (boolean | undefined)[] = [];
  const facts: ClauseFacts = {
    commits: (c: number): boolean => {
      if (c < 0) return false;
      let commits = commitmentOf[c];
      if (commits === undefined) {
        commits = COMMITMENT_RE.test(normalisedAt(c));
        commitmentOf[c] = commits;
      }
      return commits;
    },
    consideration: (c: number): boolean => c >= 0 && consideration(c),
  };
  const informing: boolean[] = [];
  const contexts: RoleContext[] = [];
  for (let i = 0; i < exprs.length; i++) {
    const expr = exprs[i] as DateExpression;
    const index = clauseOf[i] as number;
    const clause = index >= 0 ? normalisedAt(index) : '';
    let isInforming = index >= 0 && informs(index);
    if (isInforming) {
      // Rule 1 within one clause: only the action that informs ("… opstarten en … presenteren").
      let cuts = actionStartsOf[index];
      if (cuts === undefined) {
        cuts = actionStarts(clause);
        actionStartsOf[index] = cuts;
      }
      if (cuts.length > 0) {
        const [clauseStart] = clauses[index] as [number, number];
        const at = normalise(text.slice(clauseStart, expr.start)).length;
        // The last cut at or before the expression (0 if none), the first after it (the clause's end if none).
        let from = 0;
        for (const c of cuts) if (c <= at) from = c;
        let to = clause.length;
        for (const c of cuts) {
          if (c > at) {
            to = c;
            break;
          }
        }
        isInforming = INFORMING_RE.test(clause.slice(from, to));
      }
    }
    informing.push(isInforming);
    contexts.push(new ClauseContext(clause, isInforming, isInforming ? informingAt(index) : -1, index, facts));
  }
  const roles: (readonly [DateRole, RoleReason] | undefined)[] = [];
  const roleAt = (i: number): readonly [DateRole, RoleReason] => {
    let role = roles[i];
    if (role === undefined) {
      const expr = exprs[i] as DateExpression;
      const context = contexts[i] as RoleContext;
      role = roleOf(expr, text.slice(Math.max(0, expr.start - ROLE_CONTEXT), expr.start), text.slice(expr.end, expr.end + 40), reference, context);
      roles[i] = role;
    }
    return role;
  };
  return { expressions: exprs, informing, commitmentAt: (i: number) => facts.commits(clauseOf[i] as number), roleAt };
}

/** Every expression of a text with its role. */
function analyse(whole: string, reference: IsoDate, calendar: ParliamentaryCalendar | undefined): Analysis {
  const reading = read(whole, reference, calendar);
  const expressions = reading.expressions.map((expr, i): RoledExpression => {
    const [role, reason] = reading.roleAt(i);
    return { ...expr, role, reason, informing: reading.informing[i] === true };
  });
  const commitment: boolean[] = [];
  for (let i = 0; i < reading.expressions.length; i++) commitment.push(reading.commitmentAt(i));
  return { expressions, informing: reading.informing, commitment };
}

function candidatesOf(analysis: Analysis, options: CandidateOptions): Candidate[] {
  const { notBefore, promisesOnly } = options;
  const out: Candidate[] = [];
  analysis.expressions.forEach((expr, i) => {
    // Rule 4 and "Dates that are never the informing deadline": only deadlines qualify.
    if (expr.role !== 'deadline' || expr.deadline === null) return;
    // Rule 3: status expressions before the document date describe the past.
    if (notBefore !== null && expr.deadline < notBefore) return;
    const informing = analysis.informing[i] === true;
    if (promisesOnly && !informing && analysis.commitment[i] !== true) return;
    const { role: _role, reason: _reason, informing: _informing, ...plain } = expr;
    out.push({ expr: plain, informing });
  });
  return out;
}

/**
 * What choose(candidatesOf(analyse(…), options)) gives, reading roles only as far as needed: the
 * expressions that pass every test but the role, in choose's order of preference (informing
 * first, then hard terms, then the earliest deadline, then the first in the text); the first of
 * them whose role is a deadline is the one choose takes.
 */
function chooseFrom(reading: Reading, options: CandidateOptions): DateExpression | null {
  const { notBefore, promisesOnly } = options;
  const order: number[] = [];
  for (let i = 0; i < reading.expressions.length; i++) {
    const expr = reading.expressions[i] as DateExpression;
    if (expr.deadline === null) continue;
    if (notBefore !== null && expr.deadline < notBefore) continue;
    if (promisesOnly && reading.informing[i] !== true && !reading.commitmentAt(i)) continue;
    order.push(i);
  }
  const rank = (i: number): [number, number, string] => {
    const expr = reading.expressions[i] as DateExpression;
    return [reading.informing[i] === true ? 0 : 1, expr.soft ? 1 : 0, expr.deadline as string];
  };
  order.sort((a, b) => {
    const [ia, sa, da] = rank(a);
    const [ib, sb, db] = rank(b);
    return ia - ib || sa - sb || (da < db ? -1 : da > db ? 1 : 0) || a - b;
  });
  for (const i of order) {
    if (reading.roleAt(i)[0] === 'deadline') return reading.expressions[i] as DateExpression;
  }
  return null;
}

/**
 * The chosen expression, copied, with its source. Copied by Object.assign onto a new object, not
 * by a spread with the key added (`{ ...expr, source }`): V8 gives every such spread copy a hidden
 * class of its own, so the chosen deadlines of a 10,000-item import had thousands, and every reader
 * of them went megamorphic (issue 28). Same keys in the same order either way.
 */
function chosenOf(expr: DateExpression, source: ChosenDeadline['source']): ChosenDeadline {
  return Object.assign({}, expr, { source });
}

/** Rules 1 and 2: informing clauses first, hard terms before soft ones, then the earliest deadline. */
function choose(candidates: readonly Candidate[]): DateExpression | null {
  if (candidates.length === 0) return null;
  const informing = candidates.filter((c) => c.informing);
  const pool = informing.length > 0 ? informing : candidates;
  const hard = pool.filter((c) => !c.expr.soft);
  const finalPool = hard.length > 0 ? hard : pool;
  let best: DateExpression | null = null;
  for (const { expr } of finalPool) {
    if (!best || (expr.deadline as string) < (best.deadline as string)) best = expr;
  }
  return best;
}

export function pickDeadline(input: PickDeadlineInput): ChosenDeadline | null {
  const { request, requestReference, status, statusReference, calendar } = input;
  if (status && status.trim() !== '') {
    const reference = statusReference ?? requestReference;
    const fromStatus = chooseFrom(read(status, reference, calendar), { notBefore: reference, promisesOnly: true });
    if (fromStatus) return chosenOf(fromStatus, 'status');
  }
  const fromRequest = chooseFrom(read(request, requestReference, calendar, input.requestDates), { notBefore: null, promisesOnly: false });
  return fromRequest ? chosenOf(fromRequest, 'request') : null;
}

export interface TextDates {
  /** Every expression in the text, in text order, with its role. */
  expressions: RoledExpression[];
  /** The informing deadline of the text (one of `expressions`), or null. */
  primary: RoledExpression | null;
}

/** Every date in a single text with its role, and the one chosen as its informing deadline. */
export function datesOfText(text: string, reference: IsoDate, calendar?: ParliamentaryCalendar): TextDates {
  // One analysis serves both the list and the choice (it used to run twice).
  const analysis = analyse(text, reference, calendar);
  const { expressions } = analysis;
  const chosen = choose(candidatesOf(analysis, { notBefore: null, promisesOnly: false }));
  const primary = chosen ? (expressions.find((e) => e.start === chosen.start && e.end === chosen.end) ?? null) : null;
  return { expressions, primary };
}

/** As datesOfText, with for every expression why it was or was not chosen (rules 1, 2 and 4). */
export function explainDatesOfText(text: string, reference: IsoDate, calendar?: ParliamentaryCalendar): { expressions: ExplainedExpression[]; primary: ExplainedExpression | null } {
  const { expressions, primary } = datesOfText(text, reference, calendar);
  const terms = expressions.filter((e) => e.role === 'deadline' && e.deadline !== null);
  const anyInforming = terms.some((e) => e.informing);
  const explained = expressions.map((e): ExplainedExpression => {
    let choice: Choice;
    if (e === primary) choice = 'chosen';
    else if (e.role !== 'deadline') choice = 'not-a-term';
    else if (e.deadline === null) choice = 'no-date';
    else if (anyInforming && !e.informing) choice = 'not-informing';
    else if (e.soft && primary !== null && !primary.soft) choice = 'softer';
    else choice = 'later';
    return { ...e, choice };
  });
  return { expressions: explained, primary: primary ? (explained[expressions.indexOf(primary)] ?? null) : null };
}
