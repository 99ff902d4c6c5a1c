// pickDeadline: the informing deadline of an item (docs/DATES.md, "The informing deadline of
// an item"), from its request text and, when present, the newer status text.
import type { ParliamentaryCalendar } from './calendar.ts';
import { parseDates } from './parse-dates.ts';
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
}

/** Informing verbs and objects, on normalised text (lower case, no accents). */
const INFORMING_PATTERNS: readonly string[] = [
  'informe(?:ren|ert|er|erde|erden)', 'geinformeerd', 'in te lichten', 'inlichten', 'ingelicht',
  '(?:toe)?(?:sturen|stuurt|stuur|stuurde)', '(?:toe)?gestuurd', 'verstu(?:urd|ren|urt)',
  '(?:toe)?(?:zenden|zendt)', '(?:toe)?gezonden', 'verzonden', 'toe te (?:sturen|zenden)',
  'toekomen', 'rapporte(?:ren|ert|er)', 'gerapporteerd', 'berichten', 'terug te koppelen',
  'terugkoppelen', 'teruggekoppeld', 'koppel[t]? [a-z ]{0,40}terug',
  'aanbieden', 'aan te bieden', 'aangeboden', 'bied[t]? [a-z ]{0,60}aan',
  'delen met (?:de|uw) kamer', 'met (?:de|uw) kamer (?:te )?delen', 'met (?:de|uw) (?:tweede )?kamer gedeeld',
  'kamer ontvangt', 'ontvangt (?:uw|de) kamer', 'kamer [a-z ]{0,40}ontvangen',
  'brief', 'kamerbrief', 'brieven', 'rapportages?', 'voortgangsbrief', 'voortgangsrapportages?',
  'tussenrapportages?', 'eindrapportages?', 'beleidsreactie', 'kabinetsreactie',
];

const INFORMING_RE = new RegExp(`\\b(?:${INFORMING_PATTERNS.join('|')})\\b`);

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
];

const COMMITMENT_RE = new RegExp(`\\b(?:${COMMITMENT_PATTERNS.join('|')})\\b`);

/** Clause boundaries: sentence ends, semicolons, colons, and a comma before a new clause. */
const CLAUSE_BOUNDARY_RE =
  /[.!?](?=\s+[A-Z\u00C0-\u00DD]|\s*$)|[;:]|,(?=\s+(?:waarna|waarbij|waarmee|omdat|zodat|terwijl|nadat|maar|hoewel|doordat|zodra|wanneer|indien|als|en|of)\b)|\n\s*\n/g;

function normalise(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/-\s*\n\s*/g, '').replace(/\s+/g, ' ');
}

/** [start, end) offsets of the clauses of a text. */
function clausesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  CLAUSE_BOUNDARY_RE.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY_RE.exec(text); m; m = CLAUSE_BOUNDARY_RE.exec(text)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
    if (m[0].length === 0) CLAUSE_BOUNDARY_RE.lastIndex++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

interface Candidate {
  expr: DateExpression;
  informing: boolean;
}

interface CandidateOptions {
  /** Skip expressions whose deadline lies before this date (status texts: the past). */
  notBefore: IsoDate | null;
  /** Keep only expressions in informing or commitment clauses (status texts). */
  promisesOnly: boolean;
}

function candidatesOf(text: string, reference: IsoDate, calendar: ParliamentaryCalendar | undefined, options: CandidateOptions): Candidate[] {
  const { notBefore, promisesOnly } = options;
  const exprs = parseDates(text, { reference, ...(calendar ? { calendar } : {}) });
  if (exprs.length === 0) return [];
  const clauses = clausesOf(text);
  const normalised = clauses.map(([s, e]) => normalise(text.slice(s, e)));
  const informingClause = normalised.map((c) => INFORMING_RE.test(c));
  const commitmentClause = normalised.map((c) => COMMITMENT_RE.test(c));
  const out: Candidate[] = [];
  for (const expr of exprs) {
    // Rule 4: until and from are milestones; an expression without a deadline cannot bound anything.
    if (expr.relation === 'until' || expr.relation === 'from' || expr.deadline === null) continue;
    // Rule 3: status expressions before the document date describe the past.
    if (notBefore !== null && expr.deadline < notBefore) continue;
    const index = clauses.findIndex(([s, e]) => expr.start >= s && expr.start < e);
    const informing = index >= 0 && informingClause[index] === true;
    if (promisesOnly && !informing && !(index >= 0 && commitmentClause[index] === true)) continue;
    out.push({ expr, informing });
  }
  return out;
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
    const fromStatus = choose(candidatesOf(status, reference, calendar, { notBefore: reference, promisesOnly: true }));
    if (fromStatus) return { ...fromStatus, source: 'status' };
  }
  const fromRequest = choose(candidatesOf(request, requestReference, calendar, { notBefore: null, promisesOnly: false }));
  return fromRequest ? { ...fromRequest, source: 'request' } : null;
}
