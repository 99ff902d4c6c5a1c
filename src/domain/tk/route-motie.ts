// Which ministry must act on an adopted motie. A motie is addressed to "de regering": the ministry
// is not a field, so it is derived from evidence, strongest first (issue 24, TK-OPEN-DATA.md):
//   1. begroting     — the dossier is a begroting chapter (36600-VIII → OCW);
//   2. bewindspersoon — who gave the kabinetsappreciatie or answered in the debate (ActiviteitActor),
//                      the motie's Document actors, or a bewindspersoon the motie's own text addresses
//                      ("verzoekt de minister van Defensie …");
//   3. brieven       — the ministries that signed earlier letters ("Brief regering") in the same dossier;
//   4. voortouwcommissie — a committee that maps to one department (on plenary moties it is the Kamer
//                      itself, "TK", and says nothing);
//   4b. debatcommissie — the committee that held the committee meeting of the debate the motie was
//                      submitted in (the commissiedebat behind a tweeminutendebat, a notaoverleg); it
//                      gives way when the motie's own words clearly name another ministry, but the words
//                      then decide only when another rule agrees with them (else triage);
//   4c. debatnaam     — the debate's own subject ("Kinderopvang"), when it names one ministry: for a
//                      debate without a committee meeting when the motie's words name no other ministry,
//                      and instead of a committee the name disputes when the motie's words agree with it;
//   5. dossiertitel  — "… Ministerie van X …" in the dossier's title, or the title's policy words;
//   6. vocabulaire   — the policy words of the motie's subject and text (policy-vocabulary.json);
//   7. dossierhistorie — only when no rule above found anything: the committees whose debates held the dossier's
//                      moties in the recorded months (dossier-history.json), when one ministry has at least two of
//                      them and more than two thirds, and the motie's own specific words and its bewindspersonen
//                      name no other ministry (session 8, h1c: the judges' feed has no debates; chosen by
//                      leave-one-month-out).
// A strong history (>= 10 moties) also outranks the motie's words when they rest on one specific word and there is no
// debate (session 9, chosen by leave-one-month-out).
// Triage only (session 10, h1-routing): the submitters the Onderwerp names, when every one of them with moties in the
// recorded months spoke mostly for the same ministry (submitter-history.json), add that ministry to the candidates, so that
// its team sees the motie; they never decide (chosen by leave-one-month-out: as a decision they were right less often than
// the rules they would overrule or fill in for).
// Before any rule: an Onderwerp addressed to the Kamer itself (its presidium, griffie, meetings, a statement on its own
// conduct) goes to triage (TRIAGE_SUBJECT_TO_KAMER), unless the dictum asks the government (session 9).
// The first rule that names one ministry decides; a later rule that agrees is named with it. The
// title gives way as soon as the motie's own words name another ministry and not the title's (a
// motie on defence in the dossier "Europese Raad"); the debate's committee when they clearly do, and it
// decides nothing when the debate's own name is another ministry's subject that the motie's words do not
// contradict (a committee follows more than one ministry). Policy words that several ministries use
// (ambiguousWords: "fraude", "zorg") count, but never decide alone. When nothing decides, the motie goes to
// triage with the ministries the evidence did point at as candidates. Pure.
import { deriveToezeggingMinistry, ministryOfBegroting, ministryOfCommittee, ministryOfDepartment } from './derive-ministry.ts';
import vocabulary from './policy-vocabulary.json' with { type: 'json' };
import { readDictum } from './read-dictum.ts';
import type { SubmitterProfile } from './submitter-history.ts';
import type { MinistryDerivation, TriageEvidence, TriageMissing, TriageReason } from './types.ts';

export type MotieRule = 'begroting' | 'bewindspersoon' | 'brieven' | 'voortouwcommissie' | 'debatcommissie' | 'debatnaam' | 'dossiertitel' | 'vocabulaire' | 'dossierhistorie';

/** A bewindspersoon linked to the motie, with where the link comes from. */
export interface MotieBewindspersoon {
  /** "minister van Infrastructuur en Waterstaat", "Staatssecretaris van Financiën - Fiscaliteit". */
  functie: string;
  source: 'kabinetsappreciatie' | 'debat' | 'document';
}

export interface MotieEvidence {
  /** "36600-VIII", "29628". */
  dossierKey: string | null;
  dossierTitle: string | null;
  /** The zaak's Onderwerp ("Motie van het lid X over …"). */
  onderwerp: string | null;
  /** The motie's own text (its Document), when known; only its dictum counts (the considerations mention much else). */
  text: string | null;
  bewindspersonen: readonly MotieBewindspersoon[];
  /** The ministries of earlier letters of the government in the same dossier, one entry per letter. */
  letters: readonly string[];
  /** Committees with relatie Voortouwcommissie. */
  committees: readonly string[];
  /** The debate the motie was submitted in and the committees of its committee meeting (read-debate.ts), when known. */
  debate?: { name: string; committees: readonly string[] } | null;
  /** Ministry → the dossier's moties of the recorded months submitted in a debate of its committee (dossier-history.ts). */
  dossierHistory?: Readonly<Record<string, number>> | null;
  /** The submitters the Onderwerp names, with the ministries of their moties of the recorded months (submitter-history.ts). */
  submitters?: readonly SubmitterProfile[] | null;
}

export interface MotieRoute {
  /** Null: no rule decided (triage). */
  derivation: MinistryDerivation | null;
  /** The ministries the evidence pointed at, most likely first (for triage); the chosen one alone when decided. */
  candidates: string[];
  /** Triage only: why no rule decided (null when one did). */
  reason: TriageReason | null;
}

interface Finding {
  ministry: string;
  rule: MotieRule;
  explanation: string;
}

const RULE_NAMES: Record<MotieRule, string> = {
  begroting: 'begroting',
  bewindspersoon: 'bewindspersoon',
  brieven: 'eerdere brieven in het dossier',
  voortouwcommissie: 'voortouwcommissie',
  debatcommissie: 'commissie van het debat',
  debatnaam: 'onderwerp van het debat',
  dossiertitel: 'dossiertitel',
  vocabulaire: 'beleidswoorden',
  dossierhistorie: 'debatten over dit dossier in eerdere maanden',
};

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded word → its ministry (a word belongs to one ministry; the data test checks it). */
const MINISTRY_OF_WORD = new Map<string, string>();
const ALTERNATIVES: { word: string; prefix: boolean }[] = [];
for (const [ministry, words] of Object.entries(vocabulary.words as Record<string, string[]>)) {
  for (const raw of words) {
    const prefix = raw.endsWith('*');
    const word = fold(prefix ? raw.slice(0, -1) : raw);
    MINISTRY_OF_WORD.set(word, ministry);
    ALTERNATIVES.push({ word, prefix });
  }
}
// Neutral forms match no ministry: as the longer alternative they keep a ministry's shorter word out of them.
for (const raw of vocabulary.neutralWords) {
  const prefix = raw.endsWith('*');
  ALTERNATIVES.push({ word: fold(prefix ? raw.slice(0, -1) : raw), prefix });
}
// One scan: alternatives longest first, so where two words overlap the longer one counts.
const VOCABULARY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.sort((a, b) => b.word.length - a.word.length)
    .map((a) => `${escapeRegex(a.word)}${a.prefix ? '' : '(?![\\p{L}\\p{N}])'}`)
    .join('|')})`,
  'gu',
);

/** Folded words that several ministries' moties use ("fraude": care, benefits, crime): evidence, but never decisive alone. */
const AMBIGUOUS_WORDS = new Set(vocabulary.ambiguousWords.map((w) => fold(w.endsWith('*') ? w.slice(0, -1) : w)));

const UNINFORMATIVE_TITLES = new Set((vocabulary.uninformativeDossierTitles).map((t) => fold(t).trim()));

/** Ministry → the distinct policy words of `text`. */
export function scoreVocabulary(text: string): Map<string, string[]> {
  const scores = new Map<string, string[]>();
  for (const m of fold(text).matchAll(VOCABULARY_RE)) {
    const ministry = MINISTRY_OF_WORD.get(m[0]);
    if (!ministry) continue;
    const list = scores.get(ministry) ?? [];
    if (!list.includes(m[0])) list.push(m[0]);
    scores.set(ministry, list);
  }
  return scores;
}

/** Whether every word is one several ministries use (AMBIGUOUS_WORDS). */
function allAmbiguous(words: readonly string[]): boolean {
  return words.every((w) => AMBIGUOUS_WORDS.has(w));
}

/** The scores without the ambiguous words (a ministry with only those is dropped). */
function withoutAmbiguous(scores: Map<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ministry, words] of scores) {
    const specific = words.filter((w) => !AMBIGUOUS_WORDS.has(w));
    if (specific.length > 0) out.set(ministry, specific);
  }
  return out;
}

/** Ministries by score, highest first (ties: alphabetical, so the order is stable). */
function ranked(scores: Map<string, string[]>): [string, string[]][] {
  return [...scores.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** "verzoekt de minister van Defensie …", "verzoekt de staatssecretaris van Financiën om …" → the functie named. */
const ADDRESSEE_RE = /\b(?:verzoekt|roept|draagt)\s+(?:de\s+|het\s+)?((?:minister|staatssecretaris)(?:-president)?(?:\s+(?:van|voor)\s+[^,;]+?)?)(?=\s+(?:om|te|op|in|bij|zich|de|het|een|dat|er|met|zo|uiterlijk|vóór|voor\s+\d)\b|[,;]|$)/iu;

/** A request to the Kamer's own organs: "verzoekt het presidium", "verzoekt de griffie", "draagt de voorzitter op", "verzoekt de commissie". */
const KAMER_ORGAN_RE = /\b(?:verzoekt|roept|draagt|vraagt)\s+(?:het\s+presidium|de\s+griffie|de\s+griffier|de\s+(?:kamer)?voorzitter|de\s+(?:vaste\s+)?(?:kamer)?commissie|de\s+kamer)\b/i;
const GOVERNMENT_RE = /\b(?:regering|kabinet|minister|ministers|staatssecretaris|bewindspersoon|bewindspersonen|overheid|rijksoverheid|ministerie)\b/i;
/**
 * An Onderwerp that asks the Kamer's own organs or states the Kamer's own conduct: "het Presidium verzoeken …",
 * "uitspreken dat de Kamer …", "(commissie)vergaderingen … in de regio", "de dienstauto van de Griffier". Read when the
 * motie's text is missing (the judges' feed has no Document): the Onderwerp is then all that says whom it addresses.
 */
const KAMER_SUBJECT_RE = /^(?:uitspreken dat de kamer|het presidium)\b|\b(?:presidium|griffie|griffier|commissievergaderingen|vergaderingen van de (?:tweede )?kamer)\b/i;

function addressee(text: string | null): string | null {
  if (!text) return null;
  const m = ADDRESSEE_RE.exec(text.replace(/\s+/g, ' '));
  return m?.[1]?.trim() ?? null;
}

function fromBewindspersonen(evidence: MotieEvidence, dictum: string | null): Finding[] {
  const found: Finding[] = [];
  const named = addressee(dictum);
  const people: MotieBewindspersoon[] = [...evidence.bewindspersonen, ...(named ? [{ functie: named, source: 'document' as const }] : [])];
  for (const person of people) {
    const derived = deriveToezeggingMinistry(person.functie, null);
    const ministry = derived?.responsible[0]?.ministry;
    if (!ministry) continue;
    const where = person.source === 'kabinetsappreciatie' ? 'kabinetsappreciatie' : person.source === 'debat' ? 'debat' : 'motietekst';
    found.push({ ministry, rule: 'bewindspersoon', explanation: `${where}: "${person.functie.trim()}"` });
  }
  return found;
}

function fromLetters(letters: readonly string[]): Finding | null {
  if (letters.length === 0) return null;
  const counts = new Map<string, number>();
  for (const m of letters) counts.set(m, (counts.get(m) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Letters of one ministry at least twice as often as all others together.
  if (!top || top[1] * 3 < letters.length * 2) return null;
  return { ministry: top[0], rule: 'brieven', explanation: `${top[1]} van ${letters.length} brieven van de regering in dit dossier` };
}

function fromTitle(title: string | null): { finding: Finding | null; scores: Map<string, string[]> } {
  const empty = new Map<string, string[]>();
  if (!title?.trim()) return { finding: null, scores: empty };
  const t = title.replace(/\s+/g, ' ').trim();
  const named = /ministerie van ([^()]+?)(?:\s*\(|\s+voor het jaar|$)/i.exec(t);
  const ofDepartment = named?.[1] ? ministryOfDepartment(named[1]) : null;
  if (ofDepartment) return { finding: { ministry: ofDepartment, rule: 'dossiertitel', explanation: `"${t}"` }, scores: empty };
  if (UNINFORMATIVE_TITLES.has(fold(t))) return { finding: null, scores: empty };
  const scores = scoreVocabulary(t);
  const [first, second] = ranked(scores);
  // Like the motie's own words, a title whose only policy words are ones several ministries use decides nothing
  // ("Rechtsstaat en Rechtsorde" is JenV's carrier dossier, "rechtsstaat" also BZK's word; session 9).
  if (!first || second || allAmbiguous(first[1])) return { finding: null, scores };
  return { finding: { ministry: first[0], rule: 'dossiertitel', explanation: `"${t}" (${first[1].join(', ')})` }, scores };
}

/** The committee of the debate's committee meeting, when all its meetings of that day were one ministry's committee. */
function fromDebate(debate: { name: string; committees: readonly string[] } | null): Finding | null {
  if (!debate || debate.committees.length === 0) return null;
  const ministries = new Set(debate.committees.map((c) => ministryOfCommittee(c)));
  const [ministry] = [...ministries];
  if (ministries.size !== 1 || !ministry) return null;
  return { ministry, rule: 'debatcommissie', explanation: `debat "${debate.name.trim()}": ${debate.committees[0]?.trim() ?? ''}` };
}

/** At least this many of the dossier's moties of the recorded months, and more than two thirds of them, from one ministry's debates. */
const HISTORY_MIN_MOTIES = 2;
/**
 * A strong history: at least this many (and more than two thirds) outranks the motie's own words when they rest on one
 * specific word and there is no debate (session 9, chosen by leave-one-month-out over twelve months from 2–16).
 */
const HISTORY_OVER_ONE_WORD = 10;

/** The ministry whose committees held the debates of the dossier's moties in the recorded months, when one-sided. */
function fromHistory(history: Readonly<Record<string, number>> | null | undefined, minMoties = HISTORY_MIN_MOTIES): Finding | null {
  if (!history) return null;
  const entries = Object.entries(history);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const [top] = entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!top || top[1] < minMoties || top[1] * 3 <= total * 2) return null;
  return { ministry: top[0], rule: 'dossierhistorie', explanation: `${top[1]} van ${total} moties in dit dossier kwamen uit een debat van een commissie van ${top[0]}` };
}

/**
 * The submitters speak for one ministry when each of them with moties in the recorded months has one ministry with the
 * most of them, the same for all, and together at least this many of their moties, and at least four fifths of them, were
 * that ministry's (session 10: chosen by leave-one-month-out over twelve months from 2-8 moties and 50-90 %).
 */
const SUBMITTERS_MIN_MOTIES = 2;
const SUBMITTERS_MIN_SHARE = 0.8;

/** The ministry the submitters speak for, with the moties behind it, or null. */
function fromSubmitters(profiles: readonly SubmitterProfile[] | null | undefined): { ministry: string; names: string[]; moties: number; total: number } | null {
  if (!profiles || profiles.length === 0) return null;
  let ministry: string | null = null;
  let moties = 0;
  let total = 0;
  for (const { counts } of profiles) {
    const [first, second] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    if (!first || second?.[1] === first[1] || (ministry !== null && first[0] !== ministry)) return null;
    ministry = first[0];
    moties += first[1];
    total += Object.values(counts).reduce((sum, n) => sum + n, 0);
  }
  if (ministry === null || moties < SUBMITTERS_MIN_MOTIES || moties < SUBMITTERS_MIN_SHARE * total) return null;
  return { ministry, names: profiles.map((p) => p.name), moties, total };
}

/** The subject of "Motie van het lid X over <subject>", or the whole Onderwerp. */
function subjectOf(onderwerp: string | null): string {
  const o = (onderwerp ?? '').replace(/\s+/g, ' ').trim();
  const m = /\bover\s+(.+)$/i.exec(o);
  return m?.[1] ?? o;
}

/**
 * The policy words decide when they point at one ministry only, or at one with at least two words and
 * more than twice any other's; never when all of its words are ambiguous (ambiguousWords).
 */
function decisive(scores: Map<string, string[]>): [string, string[]] | null {
  const [first, second] = ranked(scores);
  if (!first || allAmbiguous(first[1])) return null;
  if (!second) return first;
  if (first[1].length < 2 || first[1].length <= 2 * second[1].length) return null;
  return first;
}

/**
 * A begroting dossier that holds moties on anything: a suppletoire begroting (the "Wijziging van de
 * begrotingsstaten …"), a jaarverslag or slotwet, the voorjaars- or najaarsnota. Its chapter says
 * which ministry's accounts are debated, not which ministry a motie asks to act.
 */
const CATCH_ALL_DOSSIER_RE = /\b(?:wijziging van de begrotingsstat|suppletoir|jaarverslag|slotwet|voorjaarsnota|najaarsnota)/i;

/** Whether a dossier title is a catch-all begroting dossier's (CATCH_ALL_DOSSIER_RE). */
export function isCatchAllDossier(title: string | null): boolean {
  return CATCH_ALL_DOSSIER_RE.test(title ?? '');
}

export function routeMotie(evidence: MotieEvidence): MotieRoute {
  const findings: Finding[] = [];
  const begroting = evidence.dossierKey ? ministryOfBegroting(evidence.dossierKey) : null;
  const dictum = readDictum(evidence.text);
  const subject = subjectOf(evidence.onderwerp);
  const own = scoreVocabulary([subject, dictum ?? ''].join(' \n '));
  // The motie's own words without those several ministries use ("industrie"): only these contradict other evidence.
  const specific = withoutAmbiguous(own);
  const catchAll = CATCH_ALL_DOSSIER_RE.test(evidence.dossierTitle ?? '');
  // In a catch-all dossier the chapter never decides alone against the motie's own words: when they
  // name another ministry specifically and never the chapter's, the chapter is no evidence (session 7).
  const begrotingContradicted = begroting !== null && catchAll && specific.size > 0 && !own.has(begroting);
  if (begroting && !begrotingContradicted) findings.push({ ministry: begroting, rule: 'begroting', explanation: `begrotingsdossier ${evidence.dossierKey ?? ''}` });
  const people = fromBewindspersonen(evidence, dictum);
  const peopleMinistries = new Set(people.map((p) => p.ministry));
  // Bewindspersonen of several ministries (a debate with two ministers) decide nothing by themselves.
  if (peopleMinistries.size === 1) findings.push(...people);
  const letters = fromLetters(evidence.letters);
  if (letters) findings.push(letters);
  for (const committee of evidence.committees) {
    const ministry = ministryOfCommittee(committee);
    if (ministry) findings.push({ ministry, rule: 'voortouwcommissie', explanation: `"${committee.trim()}"` });
  }
  const title = fromTitle(evidence.dossierTitle);
  const ownDecisive = decisive(own);
  const debate = fromDebate(evidence.debate ?? null);
  // The debate's own name ("Rijksvastgoed en renovatie Binnenhof", held by the housing committee).
  const debateName = scoreVocabulary(evidence.debate?.name ?? '');
  let debateDisputed = false;
  let debateOverruled = false;
  if (debate) {
    // Like the title, the debate's committee gives way when the motie's own words clearly name another ministry.
    debateOverruled = ownDecisive !== null && ownDecisive[1].length >= 2 && ownDecisive[0] !== debate.ministry && !own.has(debate.ministry);
    // A committee follows more than its ministry: when the debate's name is another ministry's subject and
    // the motie's words do not name the committee's ministry, the committee alone decides nothing (triage).
    debateDisputed = debateName.size > 0 && !debateName.has(debate.ministry) && !own.has(debate.ministry);
  }
  // The debate's own subject ("Kinderopvang", "het faillissement van … private equity in de zorg") decides
  // when it names one ministry and the motie's own words name no other: for a plenary debate without a
  // committee meeting, and, when the name disputes the committee, only if the motie's words agree with it.
  const nameDecisive = evidence.debate ? decisive(debateName) : null;
  let nameFinding: Finding | null = null;
  if (nameDecisive && evidence.debate) {
    const [nameMinistry, words] = nameDecisive;
    const contradicted = own.size > 0 && !own.has(nameMinistry);
    const counts = debate ? debateDisputed && own.has(nameMinistry) : !contradicted;
    if (counts) nameFinding = { ministry: nameMinistry, rule: 'debatnaam', explanation: `"${evidence.debate.name.trim()}" (${words.join(', ')})` };
  }
  if (debate && !debateOverruled && !(nameFinding && debateDisputed)) findings.push(debate);
  if (nameFinding) findings.push(nameFinding);
  if (title.finding) {
    // A dossier title is the weakest structural evidence (an EU Council dossier, a broad policy title
    // holds moties for many ministries): it counts only when the motie's own words name no other
    // ministry, or the title's among them. Otherwise the motie's words decide, or a person does.
    // Words several ministries use ("industrie") do not keep the title: only the motie's own specific words do.
    const contradicted = specific.size > 0 && !specific.has(title.finding.ministry);
    if (!contradicted) findings.push(title.finding);
  }
  if (ownDecisive) findings.push({ ministry: ownDecisive[0], rule: 'vocabulaire', explanation: ownDecisive[1].slice(0, 4).join(', ') });
  if (!evidence.debate && findings.length === 1 && findings[0]?.rule === 'vocabulaire' && ownDecisive) {
    // The motie's words alone, resting on one specific word ("bedrijven", "verkeer", "RIVM"), with no debate to read:
    // a strong one-sided history of the dossier's debates (at least ten moties) for another ministry decides instead,
    // when its bewindspersonen name no other ministry (session 9, chosen by leave-one-month-out over twelve months).
    const strong = fromHistory(evidence.dossierHistory, HISTORY_OVER_ONE_WORD);
    const oneWord = (specific.get(ownDecisive[0])?.length ?? 0) <= 1;
    if (strong && oneWord && strong.ministry !== ownDecisive[0] && (peopleMinistries.size === 0 || peopleMinistries.has(strong.ministry))) findings.splice(0, 1, strong);
  }
  if (findings.length === 0) {
    // Nothing else found (typically: no debate in the feed). The dossier's debates of the recorded months decide, when
    // one-sided and nothing of the motie's own contradicts them: its specific words and its bewindspersonen name no
    // other ministry (session 8, h1c, chosen by leave-one-month-out with the held-out month's own debates left out).
    const history = fromHistory(evidence.dossierHistory);
    const wordsAgree = specific.size === 0 || (history !== null && specific.has(history.ministry));
    const peopleAgree = peopleMinistries.size === 0 || (history !== null && peopleMinistries.has(history.ministry));
    if (history && wordsAgree && peopleAgree) findings.push(history);
  }

  const candidates = [
    ...new Set([
      ...findings.map((f) => f.ministry),
      // A catch-all chapter the words contradicted is no evidence, but its ministry stays a candidate.
      ...(begroting ? [begroting] : []),
      // So does the committee of a debate the motie's words overruled (TRIAGE_WORDS_AGAINST_DEBATE: both ministries are
      // candidates, also when the debate's name holds no policy word; a team sees only triage with its own ministry).
      ...(debate && debateOverruled ? [debate.ministry] : []),
      ...peopleMinistries,
      ...ranked(own).map(([m]) => m),
      ...ranked(debateName).map(([m]) => m),
      ...ranked(title.scores).map(([m]) => m),
    ]),
  ].slice(0, 5);
  // The ministry the submitters speak for joins the candidates of a triaged motie (last, but never cut off by the five).
  const submitters = fromSubmitters(evidence.submitters);
  const triageCandidates = submitters && !candidates.includes(submitters.ministry) ? [...candidates.slice(0, 4), submitters.ministry] : candidates;
  const triage = (code: TriageReason['code']): MotieRoute => ({
    derivation: null,
    candidates: triageCandidates,
    reason: { code, evidence: triageEvidence(evidence, { own, debate, debateName, title, peopleMinistries, submitters }), missing: missingEvidence(evidence, people.length > 0) },
  });
  const first = findings[0];
  // An Onderwerp addressed to the Kamer itself ("het Presidium verzoeken …", "uitspreken dat de Kamer …", its own meetings,
  // the Griffier) names no ministry to act, whatever the dossier, the debate or its words, unless the motie's dictum, when
  // known, asks the government after all ("spreekt uit dat de Kamer …; verzoekt de regering …"). Read from the Onderwerp
  // because the judges' feed has no motie text (session 9: five such moties were routed without their text).
  if (KAMER_SUBJECT_RE.test(subject) && !GOVERNMENT_RE.test(subject) && !(dictum && (GOVERNMENT_RE.test(dictum) || KAMER_ORGAN_RE.test(dictum)))) return triage('TRIAGE_SUBJECT_TO_KAMER');
  if (debateDisputed && first?.rule === 'debatcommissie') return triage('TRIAGE_DEBATE_DISPUTED');
  if (!first) {
    if (peopleMinistries.size > 1) return triage('TRIAGE_PEOPLE_SPLIT');
    if (title.finding) return triage('TRIAGE_TITLE_CONTRADICTED');
    const [top] = ranked(own);
    if (top && allAmbiguous(top[1]) && own.size === 1) return triage('TRIAGE_WORDS_AMBIGUOUS');
    return triage(own.size > 0 || title.scores.size > 1 ? 'TRIAGE_WORDS_SPLIT' : 'TRIAGE_NO_EVIDENCE');
  }
  // A dictum that only states something ("spreekt uit dat …") or asks the Kamer itself, without a word
  // for the government, asks no ministry to act: a person decides (a begroting, bewindspersoon or committee still
  // decides; the debate's name, the title and the words, which only say what the motie is about, do not).
  // A dictum addressed to the Kamer's own organs (the presidium, the griffie, the chair, a committee) asks no
  // ministry anything, whatever the dossier or the debate: a person decides.
  if (dictum && !GOVERNMENT_RE.test(dictum) && KAMER_ORGAN_RE.test(dictum)) return triage('TRIAGE_NOT_TO_GOVERNMENT');
  if (dictum && !GOVERNMENT_RE.test(dictum) && (first.rule === 'debatnaam' || first.rule === 'dossiertitel' || first.rule === 'vocabulaire' || first.rule === 'dossierhistorie')) return triage('TRIAGE_NOT_TO_GOVERNMENT');
  // The chapter of a catch-all dossier that the motie's words contradict, with no other evidence for
  // its ministry: the words alone do not decide against it either (session 7, chosen by leave-one-month-out).
  if (begrotingContradicted && !findings.some((f) => f.ministry === begroting)) return triage('TRIAGE_BEGROTING_CONTRADICTED');
  // A dictum that asks the government nothing, in a catch-all dossier: its chapter names no one to act.
  if (dictum && !GOVERNMENT_RE.test(dictum) && first.rule === 'begroting' && catchAll) return triage('TRIAGE_NOT_TO_GOVERNMENT');
  const agreeing = findings.filter((f) => f.ministry === first.ministry);
  // Two kinds of evidence that disagree, and nothing else: the motie's words overruled the debate's committee,
  // and no other rule (title, debate name, bewindspersoon) agrees with the words. Neither decides alone:
  // a person does, with both ministries as candidates (session 8, chosen by leave-one-month-out).
  if (debateOverruled && agreeing.every((f) => f.rule === 'vocabulaire')) return triage('TRIAGE_WORDS_AGAINST_DEBATE');
  const rules = [...new Set(agreeing.map((f) => f.rule))];
  return {
    derivation: {
      responsible: [{ code: `M${first.ministry}`, ministry: first.ministry }],
      rule: first.rule,
      explanation: rules.map((rule) => `${RULE_NAMES[rule]} (${agreeing.filter((f) => f.rule === rule).map((f) => f.explanation).join('; ')})`).join(' en '),
    },
    candidates: [first.ministry],
    reason: null,
  };
}

/** What each piece of evidence of a triaged motie pointed at, strongest first. */
function triageEvidence(
  evidence: MotieEvidence,
  found: {
    own: Map<string, string[]>;
    debate: Finding | null;
    debateName: Map<string, string[]>;
    title: { finding: Finding | null; scores: Map<string, string[]> };
    peopleMinistries: Set<string>;
    submitters: { ministry: string; names: string[]; moties: number; total: number } | null;
  },
): TriageEvidence[] {
  const out: TriageEvidence[] = [];
  if (found.peopleMinistries.size > 0) out.push({ kind: 'people', ministries: [...found.peopleMinistries] });
  if (found.debate && evidence.debate) {
    out.push({ kind: 'debate', name: evidence.debate.name.trim(), committee: evidence.debate.committees[0]?.trim() ?? '', ministry: found.debate.ministry });
  }
  if (found.debateName.size > 0 && evidence.debate) out.push({ kind: 'debateName', name: evidence.debate.name.trim(), ministries: ranked(found.debateName).map(([m]) => m) });
  const titleMinistries = found.title.finding ? [found.title.finding.ministry] : ranked(found.title.scores).map(([m]) => m);
  if (titleMinistries.length > 0 && evidence.dossierTitle) out.push({ kind: 'title', title: evidence.dossierTitle.replace(/\s+/g, ' ').trim(), ministries: titleMinistries });
  for (const [ministry, words] of ranked(found.own).slice(0, 3)) out.push({ kind: 'words', ministry, words: words.slice(0, 3) });
  if (found.submitters) out.push({ kind: 'submitters', ...found.submitters });
  return out;
}

/** The evidence the records did not hold for this motie. */
function missingEvidence(evidence: MotieEvidence, hasPeople: boolean): TriageMissing[] {
  const missing: TriageMissing[] = [];
  if (!hasPeople) missing.push('bewindspersoon');
  if (!evidence.debate || evidence.debate.committees.length === 0) missing.push('debat');
  if (!evidence.dossierKey && !evidence.dossierTitle?.trim()) missing.push('dossier');
  if (!evidence.text?.trim()) missing.push('tekst');
  return missing;
}
