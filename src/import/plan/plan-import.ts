// What importing an overview would change: which items are new, which change, which stay the
// same, and where the document disagrees with a decision a person made (a conflict).
import { describeDeadline, termConflict, type DecisionConflict } from '../../domain/conflict.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatKamerstukKey, type Item, type ItemDeadline, type ItemKind, type ItemStatus, type KamerstukRef, type Responsibility, type StatusTextOrigin } from '../../domain/items.ts';
import { asciiNormalisedLength, bucketsShareAtLeast, gramBuckets, gramCodeRuns, gramMask, gramOfCode, gramsOutsideMoreThan, prefixLength, prepareMatchText, type GramMask, type MatchText } from '../../domain/match-text.ts';
import type { ImportItem } from '../layouts/import-item.ts';

/** Minimum similarity for two texts without a shared Kamerstuk to be the same item. */
export const TEXT_MATCH_THRESHOLD = 0.9;

/** A link to an item that already exists, or to one this import creates (by its position). */
export type LinkTarget = { itemId: number } | { position: number };

export interface PlannedCreate {
  incoming: ImportItem;
  linkedTo: LinkTarget | null;
  /** The item as the import creates it; its link is set when it is written (`linkedTo`: an id is known only then). */
  values: CreatedValues;
}

/**
 * The values of an item the import creates: the item's own fields, with the document's place
 * always known, "partly" always said, and done-ness as the document's date.
 */
export type CreatedValues = Pick<
  Item,
  'kind' | 'title' | 'text' | 'submitters' | 'cs' | 'kamerstuk' | 'reference' | 'status' | 'statusText' | 'deadline' | 'recurrence' | 'responsible' | 'sourceDocument'
> & {
  partly: boolean;
  sourcePosition: number;
  /** Done according to the document: done on the document's date (one date for every item), not on the day of the import. */
  doneOn: IsoDate | null;
};

export type ChangedField = 'status' | 'partly' | 'statusText' | 'deadline' | 'recurrence' | 'responsible' | 'kamerstuk' | 'reference' | 'linkedTo';

/**
 * One field an import changes, with its old and new value as data (src/texts/import.nl.ts words
 * it). `responsible`: the codes, sorted and joined ("MJenV, SOCW"); `kamerstuk`: "dossier-number".
 */
export type FieldChange =
  | { field: 'status'; from: ItemStatus; to: ItemStatus }
  | { field: 'partly'; from: boolean; to: boolean }
  | { field: 'statusText'; from: string | null; to: string | null }
  | { field: 'deadline'; from: ItemDeadline | null; to: ItemDeadline | null }
  | { field: 'recurrence'; from: string | null; to: string | null }
  | { field: 'responsible'; from: string; to: string }
  | { field: 'reference'; from: null; to: string }
  | { field: 'kamerstuk'; from: null; to: string }
  | { field: 'linkedTo'; from: LinkTarget | null; to: LinkTarget | null };

/** Compiles only while FieldChange covers exactly the ChangedField names. */
export const FIELD_CHANGES_COMPLETE: [Exclude<ChangedField, FieldChange['field']>, Exclude<FieldChange['field'], ChangedField>] extends [never, never]
  ? true
  : never = true;

export interface ImportPatch {
  status?: ItemStatus;
  partly?: boolean;
  statusText?: string | null;
  reference?: string;
  deadline?: ItemDeadline | null;
  recurrence?: string | null;
  responsible?: Responsibility[];
  kamerstuk?: KamerstukRef;
  linkedTo?: LinkTarget | null;
  sourcePosition?: number;
  /** An item the import updates comes from this document now. */
  sourceDocument?: string;
}

export interface PlannedUpdate {
  itemId: number;
  incoming: ImportItem;
  matchedBy: 'kamerstuk' | 'reference' | 'text';
  changes: FieldChange[];
  patch: ImportPatch;
}

export interface PlannedUnchanged {
  itemId: number;
  incoming: ImportItem;
  matchedBy: 'kamerstuk' | 'reference' | 'text';
}

/** A person's decision the overview differs from (kept); `position`: the item's place in the document. */
export type ImportConflict = DecisionConflict & { position: number };

export interface ImportPlan {
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: PlannedUnchanged[];
  conflicts: ImportConflict[];
}

export interface PlanImportOptions {
  /**
   * The overview's date. A stand van zaken written after it (a person's: on or after it) is newer
   * than the overview's and stays; the difference is a conflict. Needs the existing items'
   * statusTextOrigin (the store reads it); without either, the overview's text wins as before.
   */
  documentDate?: IsoDate | null;
  /** The document's name: the source of the items the import creates and updates. */
  sourceDocument?: string;
  /**
   * Counts the text matching's work when given (the tests hold its growth with the rows: issue
   * 22.7): posting entries read in the gram index, and candidates whose overlap was counted.
   */
  work?: MatchWork;
  /** How the candidates' texts are searched (tests compare the ways); 'auto' when not given. */
  textSearch?: TextSearch;
}

interface MatchWork {
  postings: number;
  comparisons: number;
  /** Existing items whose texts were read for the text search: indexed, or measured for the pair search (counted when given). */
  indexed?: number;
}

/**
 * How matchItems finds the candidates whose text is close enough to an incoming one. 'index': the
 * rare-trigram index over every candidate of each pool an incoming item looks in (GramIndex, findBest);
 * 'pairs': each incoming text compared with the candidates of a shared code whose normalised length
 * allows the threshold (textHitsByPairs); 'auto': the pairs when they are few for the candidates
 * (PAIRS_PER_CANDIDATE), else the index. All three give the same matches.
 */
export type TextSearch = 'auto' | 'index' | 'pairs';

/** How an incoming item was matched to a stored one. */
export type MatchedBy = 'kamerstuk' | 'reference' | 'text';

/**
 * What matching reads of a stored item (an Item has it all): the store reads only this of every
 * item in the match scope, and the whole item only of those matched (issue 28: every stored item of
 * a kind matched by text is a candidate, and reading each whole was much of what an import into a
 * large database added).
 */
export type MatchCandidate = Pick<Item, 'id' | 'kind' | 'text' | 'kamerstuk' | 'reference' | 'sourcePosition'> & {
  responsible: readonly Pick<Responsibility, 'code'>[];
};

/** The stored item each matched incoming item (by its position) is. */
export type ImportMatches = ReadonlyMap<number, { itemId: number; by: MatchedBy }>;

/** The plan for importing `incoming` into a store holding `existing` (the items in its match scope, or all). */
export function planImport(existing: readonly Item[], incoming: readonly ImportItem[], options: PlanImportOptions = {}): ImportPlan {
  return planMatched(existing, matchImport(existing, incoming, options.work, options.textSearch), incoming, options);
}

/**
 * Which stored items the incoming ones are (matchItems), from what matching reads of them. The
 * candidates in the order the store lists them (listItems' order): the first of two items with one
 * Kamerstuk or register number is the one matched.
 */
export function matchImport(existing: readonly MatchCandidate[], incoming: readonly ImportItem[], work?: MatchWork, textSearch: TextSearch = 'auto'): ImportMatches {
  const matches = new Map<number, { itemId: number; by: MatchedBy }>();
  for (const [position, match] of matchItems(existing, incoming, work, textSearch)) matches.set(position, { itemId: match.item.id, by: match.by });
  return matches;
}

/**
 * The plan, given the matches (matchImport) and the matched items as stored (`matched`: at least
 * every item a match names; others are left alone).
 */
export function planMatched(matched: readonly Item[], matches: ImportMatches, incoming: readonly ImportItem[], options: PlanImportOptions = {}): ImportPlan {
  const byId = new Map<number, Item>();
  for (const item of matched) byId.set(item.id, item);
  const idOfPosition = new Map<number, number>();
  for (const [position, match] of matches) idOfPosition.set(position, match.itemId);
  const linkTarget = (item: ImportItem): LinkTarget | null => {
    if (item.linkedTo === null) return null;
    const id = idOfPosition.get(item.linkedTo);
    return id !== undefined ? { itemId: id } : { position: item.linkedTo };
  };

  const plan: ImportPlan = { creates: [], updates: [], unchanged: [], conflicts: [] };
  for (const item of incoming) {
    const match = matches.get(item.position);
    if (!match) {
      plan.creates.push({ incoming: item, linkedTo: linkTarget(item), values: createdValues(item, options) });
      continue;
    }
    const current = byId.get(match.itemId);
    if (!current) throw new Error(`planMatched: the matched item ${match.itemId} was not given`);
    const { changes, patch, conflicts } = compare(current, item, linkTarget(item), options.documentDate ?? null);
    plan.conflicts.push(...conflicts);
    if (changes.length === 0) {
      plan.unchanged.push({ itemId: current.id, incoming: item, matchedBy: match.by });
    } else {
      if (current.sourcePosition !== item.position) patch.sourcePosition = item.position;
      if (options.sourceDocument !== undefined) patch.sourceDocument = options.sourceDocument;
      plan.updates.push({ itemId: current.id, incoming: item, matchedBy: match.by, changes, patch });
    }
  }
  return plan;
}

function createdValues(item: ImportItem, options: PlanImportOptions): CreatedValues {
  return {
    kind: item.kind,
    title: item.title,
    text: item.text,
    submitters: item.submitters,
    cs: item.cs,
    kamerstuk: item.kamerstuk,
    reference: item.reference,
    status: item.status,
    statusText: item.statusText,
    partly: item.partly,
    deadline: item.deadline,
    recurrence: item.recurrence,
    responsible: item.responsible,
    sourceDocument: options.sourceDocument ?? null,
    sourcePosition: item.position,
    doneOn: item.status === 'done' ? (options.documentDate ?? null) : null,
  };
}

function kamerstukKey(ref: KamerstukRef): string {
  return `${ref.dossier}-${ref.number}`.toLowerCase();
}

/**
 * Which existing items an import can match at all, as data (a store looks them up by index): by
 * one of the incoming Kamerstukken or register numbers, or by text: of the kind of an incoming
 * item and sharing one of its codes (matchItems' eligible asks for both), and without a Kamerstuk
 * when that incoming item has one (it looks only among those). planImport plans the same with only
 * the existing items inImportMatchScope accepts (in the same order) as with all of them, so a store
 * can leave the others unread: an item outside is no candidate of any kind (byReference and
 * byKamerstuk look up only the incoming keys, and every stored item with one is inside, so the first
 * of them is the same), and a candidate that is never eligible changes no text match (the best and
 * a tie are taken among the eligible; the others change only the order of looking: findBest).
 */
export interface ImportMatchScope {
  /**
   * Per kind of the incoming items, the codes (lower case, NO_CODE for an item without any) of those
   * without a Kamerstuk (`any`: by text they can match any stored item of the kind) and of those with
   * one (`withoutKamerstuk`: by text they can match only stored items without one).
   */
  textCodes: ReadonlyMap<ItemKind, { any: ReadonlySet<string>; withoutKamerstuk: ReadonlySet<string> }>;
  /** The incoming Kamerstukken as "dossier-number", lower case (toLowerCase). */
  kamerstukKeys: ReadonlySet<string>;
  /** The incoming register numbers, lower case. */
  references: ReadonlySet<string>;
}

export function importMatchScope(incoming: readonly ImportItem[]): ImportMatchScope {
  const kamerstukKeys = new Set<string>();
  const references = new Set<string>();
  const textCodes = new Map<ItemKind, { any: Set<string>; withoutKamerstuk: Set<string> }>();
  for (const item of incoming) {
    if (item.kamerstuk) kamerstukKeys.add(kamerstukKey(item.kamerstuk));
    if (item.reference) references.add(item.reference.toLowerCase());
    let codes = textCodes.get(item.kind);
    if (!codes) textCodes.set(item.kind, (codes = { any: new Set(), withoutKamerstuk: new Set() }));
    for (const code of codeKeys(item.responsible)) (item.kamerstuk ? codes.withoutKamerstuk : codes.any).add(code);
  }
  return { textCodes, kamerstukKeys, references };
}

/** Whether an existing item is in the scope (importMatchScope). */
export function inImportMatchScope(scope: ImportMatchScope, item: Pick<MatchCandidate, 'kind' | 'kamerstuk' | 'reference' | 'responsible'>): boolean {
  if (item.kamerstuk && scope.kamerstukKeys.has(kamerstukKey(item.kamerstuk))) return true;
  if (item.reference !== null && scope.references.has(item.reference.toLowerCase())) return true;
  const codes = scope.textCodes.get(item.kind);
  if (!codes) return false;
  for (const code of codeKeys(item.responsible)) if (codes.any.has(code) || (!item.kamerstuk && codes.withoutKamerstuk.has(code))) return true;
  return false;
}

/** An existing item as a text-match candidate; its text is prepared on first comparison. */
interface Candidate {
  item: MatchCandidate;
  /**
   * What the item's candidates in both pools share: its prepared text, whether it is matched
   * already, its normalised length (-1 until measured: candidateLength), and whether the pair search
   * screened it already (textHitsByPairs).
   */
  text: { prepared: MatchText | null; used: boolean; length: number; screened: boolean };
  /** The lower-case codes responsible for it (NO_CODE when none). */
  codes: readonly string[];
  /** Its place in its pool's list (the gram index refers to candidates by it). */
  index: number;
}

function candidateText(candidate: Candidate): MatchText {
  candidate.text.prepared ??= prepareMatchText(candidate.item.text);
  return candidate.text.prepared;
}

interface CandidatePool {
  list: Candidate[];
  /** Normalised text → candidates; null until first needed. */
  byText: Map<string, Candidate[]> | null;
  /** The prefix index of the candidates' gram occurrences; null until first needed. */
  byGram: GramIndex | null;
  /** Place in their document (sourcePosition) → a candidate from there; null until first needed. */
  byPosition: Map<number, Candidate> | null;
}

/**
 * Candidates by the first gram occurrences of their text (prefixLength), rarest first: a text
 * at least TEXT_MATCH_THRESHOLD similar to a query shares one of them with the query's own first
 * occurrences in the same order. So a query looks at the few candidates that share a rare gram,
 * not at every candidate of its code: near-linear instead of all pairs (issue 22.7).
 */
interface GramIndex {
  /** Each trigram of the candidates' texts (gramCode) → the ranks of its 1st, 2nd, … occurrence in the global order (rarest first, then by name). */
  rank: Map<number, Int32Array>;
  /** Per candidate (by its index): the ranks of its occurrences, ascending. */
  ranks: Int32Array[];
  /** Rank → the candidates with it in their prefix: triples of (candidate index, position there, its number of occurrences). */
  postings: Map<number, Int32Array>;
  /** Per candidate: the number of the query that last looked at it (a set of seen candidates without a Set). */
  seenBy: Int32Array;
  /** The number of the current query. */
  query: number;
}

function newPool(): CandidatePool {
  return { list: [], byText: null, byGram: null, byPosition: null };
}

/**
 * Orders the occurrence `a` before `b` by their names (gramOccurrences' "abc1", "abc10", "abc2":
 * the trigram, then its count as text): the order a sort of those names gives, without making them.
 */
function byName(gramA: string, countA: number, gramB: string, countB: number): number {
  if (gramA !== gramB) return gramA < gramB ? -1 : 1;
  const x = String(countA);
  const y = String(countB);
  return x < y ? -1 : x > y ? 1 : 0;
}

function gramIndexOf(pool: CandidatePool, work: MatchWork | undefined): GramIndex {
  if (pool.byGram) return pool.byGram;
  if (work?.indexed !== undefined) work.indexed += pool.list.length;
  // Each distinct occurrence (a trigram and its count so far: gramOccurrences' "abc1", "abc2") gets
  // a number; each candidate's occurrences are listed by number, counted once per trigram. Trigrams
  // are numbers (gramCode): no string is made per trigram or occurrence (issue 28: the index over
  // every stored item of a kind was most of what an import into a large database added).
  const trigramIds = new Map<number, number>();
  /** Per trigram number: the numbers of its 1st, 2nd, … occurrence. */
  const occurrenceIds: number[][] = [];
  const trigramCodes: number[] = [];
  /** Per occurrence number: its trigram's number and its count (1 for "abc1"). */
  const trigramOf: number[] = [];
  const countOf: number[] = [];
  const frequency: number[] = [];
  const occurrences = pool.list.map((candidate) => {
    const { codes, counts, size } = gramCodeRuns(candidateText(candidate));
    const own = new Int32Array(size);
    let at = 0;
    for (let g = 0; g < codes.length; g += 1) {
      const code = codes[g] ?? 0;
      const count = counts[g] ?? 0;
      let trigram = trigramIds.get(code);
      if (trigram === undefined) {
        trigram = occurrenceIds.length;
        trigramIds.set(code, trigram);
        occurrenceIds.push([]);
        trigramCodes.push(code);
      }
      const ids = occurrenceIds[trigram] ?? [];
      for (let k = 1; k <= count; k += 1) {
        let id = ids[k - 1];
        if (id === undefined) {
          id = trigramOf.length;
          ids.push(id);
          trigramOf.push(trigram);
          countOf.push(k);
          frequency.push(0);
        }
        frequency[id] = (frequency[id] ?? 0) + 1;
        own[at++] = id;
      }
    }
    return own;
  });
  // Rarest first, then by name (the names are distinct: a total order). Trigram texts are made
  // once per trigram, for the ties only.
  const gramTexts = trigramCodes.map(gramOfCode);
  const order = Array.from({ length: trigramOf.length }, (_, id) => id).sort((a, b) => {
    const byCount = (frequency[a] ?? 0) - (frequency[b] ?? 0);
    if (byCount !== 0) return byCount;
    return byName(gramTexts[trigramOf[a] ?? 0] ?? '', countOf[a] ?? 0, gramTexts[trigramOf[b] ?? 0] ?? '', countOf[b] ?? 0);
  });
  const rankOf = new Int32Array(trigramOf.length);
  order.forEach((id, i) => {
    rankOf[id] = i;
  });
  const rank = new Map<number, Int32Array>();
  occurrenceIds.forEach((ids, trigram) => {
    rank.set(trigramCodes[trigram] ?? 0, Int32Array.from(ids, (id) => rankOf[id] ?? 0));
  });
  const ranks: Int32Array[] = [];
  const lists = new Map<number, number[]>();
  for (const candidate of pool.list) {
    // Loops, not TypedArray map or Array.from with a callback: in a fresh process (an import is one)
    // those builtins call back unoptimised, and this runs once per candidate (issue 28).
    const ids = occurrences[candidate.index] ?? new Int32Array();
    const own = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k += 1) own[k] = rankOf[ids[k] ?? 0] ?? 0;
    own.sort();
    ranks.push(own);
    const prefix = prefixLength(own.length, TEXT_MATCH_THRESHOLD);
    for (let position = 0; position < prefix; position += 1) {
      const key = own[position] ?? 0;
      const list = lists.get(key);
      if (list) list.push(candidate.index, position);
      else lists.set(key, [candidate.index, position]);
    }
  }
  // Each list longest remainder first (slackOf, descending; a stable sort, so equal ones stay in
  // candidate order): a query stops at the first entry whose remainder is too short for it (findBest).
  const postings = new Map<number, Int32Array>();
  for (const [key, list] of lists) {
    const count = list.length / 2;
    const lengths = new Int32Array(count);
    const slacks = new Float64Array(count);
    for (let entry = 0; entry < count; entry += 1) {
      lengths[entry] = ranks[list[2 * entry] ?? 0]?.length ?? 0;
      slacks[entry] = slackOf(lengths[entry] ?? 0, list[2 * entry + 1] ?? 0);
    }
    const order: number[] = [];
    for (let entry = 0; entry < count; entry += 1) order.push(entry);
    if (count > 1) order.sort((a, b) => (slacks[b] ?? 0) - (slacks[a] ?? 0));
    const triples = new Int32Array(3 * count);
    for (let k = 0; k < count; k += 1) {
      const entry = order[k] ?? 0;
      triples[3 * k] = list[2 * entry] ?? 0;
      triples[3 * k + 1] = list[2 * entry + 1] ?? 0;
      triples[3 * k + 2] = lengths[entry] ?? 0;
    }
    postings.set(key, triples);
  }
  pool.byGram = { rank, ranks, postings, seenBy: new Int32Array(pool.list.length), query: 0 };
  return pool.byGram;
}

/**
 * How far a candidate of `size` occurrences, sharing its occurrence at `position` first, is from
 * the threshold: a query of `querySize` occurrences can reach TEXT_MATCH_THRESHOLD with it only when
 * this is at least TEXT_MATCH_THRESHOLD · querySize / 2 (the overlap is at most size − position and
 * must be at least TEXT_MATCH_THRESHOLD · (querySize + size) / 2).
 */
function slackOf(size: number, position: number): number {
  return (1 - TEXT_MATCH_THRESHOLD / 2) * size - position;
}

/** The overlap of two ascending rank lists, or -1 as soon as it cannot reach `needed`. */
function overlapAtLeast(x: Int32Array, y: Int32Array, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (shared + Math.min(x.length - i, y.length - j) < needed) return -1;
    const a = x[i] ?? 0;
    const b = y[j] ?? 0;
    if (a === b) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return shared >= needed ? shared : -1;
}

const NO_RANKS = new Int32Array();

/** The best candidate found so far for one incoming text (a tie: two score bestScore). */
interface Best {
  candidate: Candidate | null;
  score: number;
  tie: boolean;
}

/**
 * Looks for the eligible candidate most similar to `text` (at least TEXT_MATCH_THRESHOLD, by the
 * number preparedSimilarity gives: twice the shared gram occurrences over all of them) and notes
 * in `best` whether another one scores the same. Only candidates sharing one of the query's prefix
 * occurrences are looked at; the first occurrence two texts share (in the global order) also bounds
 * their overlap: at most 1 + the shorter remainder after it (positional filtering). The overlap
 * itself is counted on the sorted ranks and given up as soon as it cannot reach the bar.
 *
 * The bar rises with the best score found so far (as in top-k similarity joins): a candidate
 * below it can neither win nor tie, so the prefix to look through shrinks to prefixLength at that
 * score, and the positional filter asks for more. A re-imported text is found among the few
 * candidates sharing its rarest grams, and then only those few lists are read: near-linear in the
 * rows even when every text shares most of its grams with thousands of others (issue 22.7). The
 * outcome is the same as with the fixed threshold: every candidate scoring at least the final
 * best score is still looked at, since the bar never passes it.
 */
function findBest(
  pool: CandidatePool,
  text: MatchText,
  eligible: (candidate: Candidate) => boolean,
  best: Best,
  hint: Candidate | undefined,
  work: MatchWork | undefined,
): void {
  const index = gramIndexOf(pool, work);
  // Occurrences no candidate has rank before every other (frequency 0) and match nothing.
  const { codes, counts, size } = gramCodeRuns(text);
  const known = new Int32Array(size);
  let knownCount = 0;
  for (let g = 0; g < codes.length; g += 1) {
    const count = counts[g] ?? 0;
    const ranksOfGram = index.rank.get(codes[g] ?? 0);
    if (ranksOfGram === undefined) continue;
    for (let k = 0; k < count && k < ranksOfGram.length; k += 1) known[knownCount++] = ranksOfGram[k] ?? 0;
  }
  const own = known.subarray(0, knownCount).sort();
  const unknown = size - own.length;
  index.query += 1;
  const query = index.query;
  const { seenBy, ranks, postings } = index;
  let bar = Math.max(TEXT_MATCH_THRESHOLD, best.score);
  let minimumSlack = minimumSlackOf(size, bar);
  const consider = (candidate: Candidate, needed: number) => {
    if (work) work.comparisons += 1;
    const other = ranks[candidate.index] ?? NO_RANKS;
    const shared = overlapAtLeast(own, other, needed);
    if (shared < 0) return;
    const score = (2 * shared) / (size + other.length);
    if (score < TEXT_MATCH_THRESHOLD) return;
    if (score > best.score) {
      best.candidate = candidate;
      best.score = score;
      best.tie = false;
      bar = Math.max(TEXT_MATCH_THRESHOLD, score);
      minimumSlack = minimumSlackOf(size, bar);
    } else if (score === best.score) {
      best.tie = true;
    }
  };
  // The candidate from the same place in its document first (a sheet imported again keeps its
  // order): when it is the match, the bar rises before any list is read. Only the order changes.
  if (hint && eligible(hint) && candidateText(hint).normalised !== text.normalised) {
    seenBy[hint.index] = query;
    consider(hint, Math.ceil((bar * (size + (ranks[hint.index]?.length ?? 0))) / 2 - 1e-9));
  }
  for (let i = unknown; i < prefixLength(size, bar); i += 1) {
    const list = postings.get(own[i - unknown] ?? -1);
    if (!list) continue;
    for (let k = 0; k < list.length; k += 3) {
      if (work) work.postings += 1;
      const position = list[k + 1] ?? 0;
      const length = list[k + 2] ?? 0;
      // The rest of the list has even less room (sorted by slackOf): none of it can reach the bar.
      if (slackOf(length, position) < minimumSlack) break;
      // Length filter: a Dice coefficient of bar needs bar · size / (2 − bar) ≤ length ≤ size · (2 − bar) / bar.
      if (length * bar > size * (2 - bar) + 1e-9 || length * (2 - bar) < bar * size - 1e-9) continue;
      const needed = Math.ceil((bar * (size + length)) / 2 - 1e-9);
      // Positional filter. A candidate it turns away here is turned away at every later
      // occurrence too (both positions only grow, the bar never falls), so it need not be marked as seen.
      if (1 + Math.min(size - i - 1, length - position - 1) < needed) continue;
      const at = list[k] ?? 0;
      if (seenBy[at] === query) continue;
      seenBy[at] = query;
      const candidate = pool.list[at];
      if (!candidate || !eligible(candidate)) continue;
      // An equal text is found by the text index (matchItems) before this search.
      if (candidateText(candidate).normalised === text.normalised) continue;
      consider(candidate, needed);
    }
  }
}

/**
 * The least slackOf a candidate needs to reach `bar` with a query of `size` occurrences. The
 * overlap is at most length − position and must be at least bar · (size + length) / 2, so
 * (1 − bar/2) · length − position ≥ bar · size / 2. slackOf counts with TEXT_MATCH_THRESHOLD
 * instead of bar, which adds (bar − TEXT_MATCH_THRESHOLD)/2 · length, and the length is at least
 * bar · size / (2 − bar) for a Dice coefficient of bar (the length filter). At the threshold
 * itself this is TEXT_MATCH_THRESHOLD · size / 2, the bound the lists were sorted for.
 */
function minimumSlackOf(size: number, bar: number): number {
  return (bar * size) / 2 + ((bar - TEXT_MATCH_THRESHOLD) / 2) * ((bar * size) / (2 - bar)) - 1e-9;
}

/** The bucket of items without a responsible code: they match incoming items without one. */
export const NO_CODE = '';

function codeKeys(responsible: readonly Pick<Responsibility, 'code'>[]): Set<string> {
  const keys = new Set(responsible.map((r) => r.code.toLowerCase()));
  return keys.size > 0 ? keys : new Set([NO_CODE]);
}

function sharesCode(a: readonly string[], b: ReadonlySet<string>): boolean {
  for (const code of a) if (b.has(code)) return true;
  return false;
}

function addToPool(pool: CandidatePool, item: MatchCandidate, text: Candidate['text'], codes: readonly string[]): Candidate {
  const candidate: Candidate = { item, text, codes, index: pool.list.length };
  pool.list.push(candidate);
  return candidate;
}

function positionIndexOf(pool: CandidatePool): Map<number, Candidate> {
  if (pool.byPosition) return pool.byPosition;
  const index = new Map<number, Candidate>();
  for (const candidate of pool.list) {
    const at = candidate.item.sourcePosition;
    if (at !== null && !index.has(at)) index.set(at, candidate);
  }
  pool.byPosition = index;
  return index;
}

function textIndexOf(pool: CandidatePool): Map<string, Candidate[]> {
  if (pool.byText) return pool.byText;
  const index = new Map<string, Candidate[]>();
  for (const candidate of pool.list) {
    const key = candidateText(candidate).normalised;
    const same = index.get(key);
    if (same) same.push(candidate);
    else index.set(key, [candidate]);
  }
  pool.byText = index;
  return index;
}

/**
 * Pairs incoming items with existing ones: first by Kamerstuk, then by text (same kind, a shared
 * code, similarity at least TEXT_MATCH_THRESHOLD, one best candidate; a tie matches nothing).
 *
 * Existing items are indexed by kind, by normalised text (an unchanged text is found without
 * comparing trigrams) and by the rarest of their trigrams (GramIndex), so an incoming item is
 * compared only with the few items that can reach the threshold, not with every item of its code
 * (issue 22.7: 10,000 rows of one code were 50 million comparisons). The result is the one a
 * comparison with every existing item gives: which candidate scores best (or whether two tie)
 * does not depend on the order of comparing.
 */
function matchItems(
  existing: readonly MatchCandidate[],
  incoming: readonly ImportItem[],
  work: MatchWork | undefined,
  textSearch: TextSearch,
): Map<number, { item: MatchCandidate; by: MatchedBy }> {
  const matches = new Map<number, { item: MatchCandidate; by: MatchedBy }>();
  const used = new Set<number>();
  // A register number names one item: it matches first.
  const byReference = new Map<string, MatchCandidate>();
  for (const item of existing) {
    if (item.reference && !byReference.has(item.reference.toLowerCase())) byReference.set(item.reference.toLowerCase(), item);
  }
  for (const item of incoming) {
    if (!item.reference) continue;
    const found = byReference.get(item.reference.toLowerCase());
    if (found && !used.has(found.id)) {
      matches.set(item.position, { item: found, by: 'reference' });
      used.add(found.id);
    }
  }
  const byKamerstuk = new Map<string, MatchCandidate>();
  for (const item of existing) {
    if (item.kamerstuk && !byKamerstuk.has(kamerstukKey(item.kamerstuk))) {
      byKamerstuk.set(kamerstukKey(item.kamerstuk), item);
    }
  }
  for (const item of incoming) {
    if (!item.kamerstuk || matches.has(item.position)) continue;
    const found = byKamerstuk.get(kamerstukKey(item.kamerstuk));
    // Two register numbers are two items, also in one dossier (an Eerste Kamer bill has several toezeggingen).
    const otherReference = found?.reference && item.reference && found.reference.toLowerCase() !== item.reference.toLowerCase();
    if (found && !used.has(found.id) && !otherReference) {
      matches.set(item.position, { item: found, by: 'kamerstuk' });
      used.add(found.id);
    }
  }

  // Text candidates, indexed by kind and then by normalised text and by rare trigrams (built
  // when first needed). An incoming item with a Kamerstuk looks only among those without one.
  const pools = new Map<string, { all: CandidatePool; withoutKamerstuk: CandidatePool }>();
  for (const item of existing) {
    // An item matched by its register number or Kamerstuk is no candidate for any other item (a
    // used candidate is never eligible), so it is not indexed: a re-import whose items all match by
    // Kamerstuk but one no longer builds the gram index over every stored item for that one (issue
    // 28: 1.2 s of a 10,000-item re-import). Which candidate wins does not depend on the others.
    if (used.has(item.id)) continue;
    let pool = pools.get(item.kind);
    if (!pool) pools.set(item.kind, (pool = { all: newPool(), withoutKamerstuk: newPool() }));
    const all = addToPool(pool.all, item, { prepared: null, used: false, length: -1, screened: false }, [...codeKeys(item.responsible)]);
    // The same item in both pools: its text is prepared once.
    if (!item.kamerstuk) addToPool(pool.withoutKamerstuk, item, all.text, all.codes);
  }

  // Every incoming item the loop below may look for by text (those matched by now never are), with the pool it looks in.
  const queries: PairQuery[] = [];
  for (const item of incoming) {
    if (matches.has(item.position)) continue;
    const kindPools = pools.get(item.kind);
    if (kindPools) queries.push(pairQuery(item, queries.length, item.kamerstuk ? kindPools.withoutKamerstuk : kindPools.all));
  }
  const hits = textSearch === 'index' ? null : textHitsByPairs(queries, textSearch === 'pairs', work);
  const queryText = new Map<ImportItem, MatchText>();
  if (!hits) for (const query of queries) queryText.set(query.item, query.text);

  for (const item of incoming) {
    if (matches.has(item.position)) continue;
    const kindPools = pools.get(item.kind);
    if (!kindPools) continue;
    const pool = item.kamerstuk ? kindPools.withoutKamerstuk : kindPools.all;
    const incomingCodes = codeKeys(item.responsible);
    const reference = item.reference?.toLowerCase() ?? null;
    const eligible = (candidate: Candidate): boolean =>
      !candidate.text.used &&
      // Two different Kamerstukken (or register numbers) are two different items, however alike their texts.
      !(candidate.item.kamerstuk && item.kamerstuk) &&
      !(reference && candidate.item.reference && candidate.item.reference.toLowerCase() !== reference) &&
      sharesCode(candidate.codes, incomingCodes);
    if (hits) {
      // The pair search found every candidate at or above the threshold with its score: the best of
      // the eligible ones, as below (a tie matches nothing; an equal text scores 1).
      const best: Best = { candidate: null, score: 0, tie: false };
      for (const hit of hits.get(item) ?? []) {
        if (!eligible(hit.candidate)) continue;
        if (hit.score > best.score) {
          best.candidate = hit.candidate;
          best.score = hit.score;
          best.tie = false;
        } else if (hit.score === best.score) {
          best.tie = true;
        }
      }
      if (best.candidate && !best.tie) {
        matches.set(item.position, { item: best.candidate.item, by: 'text' });
        used.add(best.candidate.item.id);
        best.candidate.text.used = true;
      }
      continue;
    }
    const text = queryText.get(item) ?? prepareMatchText(item.text);

    // An equal text scores 1, the highest score: the match, unless another candidate scores 1 too.
    const equal = (textIndexOf(pool).get(text.normalised) ?? []).filter(eligible);
    if (equal.length > 1) continue;
    const [only] = equal;
    const best: Best = { candidate: only ?? null, score: only ? 1 : 0, tie: false };
    // Only the candidates that share a rare gram can reach the threshold (findBest); among them,
    // those of a shared code (eligible) are scored. The order does not matter.
    findBest(pool, text, eligible, best, positionIndexOf(pool).get(item.position), work);
    if (best.candidate && !best.tie) {
      matches.set(item.position, { item: best.candidate.item, by: 'text' });
      used.add(best.candidate.item.id);
      best.candidate.text.used = true;
    }
  }
  return matches;
}

/** An incoming item the text search looks for, with the pool it looks in. */
interface PairQuery {
  item: ImportItem;
  /** Its place among the queries. */
  at: number;
  pool: CandidatePool;
  text: MatchText;
  /** The normalised text's length: its number of trigrams. */
  size: number;
  codes: ReadonlySet<string>;
  /** Its trigrams as a GramMask, made when first compared. */
  mask: GramMask | null;
}

function pairQuery(item: ImportItem, at: number, pool: CandidatePool): PairQuery {
  const text = prepareMatchText(item.text);
  return { item, at, pool, text, size: text.normalised.length, codes: codeKeys(item.responsible), mask: null };
}

/** A candidate at least TEXT_MATCH_THRESHOLD similar to an incoming text (or equal to it: 1), and its score. */
interface TextHit {
  candidate: Candidate;
  score: number;
}

/**
 * The pair search is taken (textSearch 'auto') when it compares at most this many pairs per
 * candidate the index would hold, plus PAIRS_FLOOR. Measured in a fresh process (issue 28, template
 * texts of one code, 2,000-10,000 candidates): a pair costs ~0.4 us, indexing a candidate ~43 us;
 * both searches took the same time at ~100 pairs per candidate.
 */
const PAIRS_PER_CANDIDATE = 64;
const PAIRS_FLOOR = 2000;

/** The normalised length of a candidate's text (its number of trigrams), measured once; a plain ASCII text is not normalised for it. */
function candidateLength(candidate: Candidate): number {
  if (candidate.text.length < 0) {
    const ascii = candidate.text.prepared ? -1 : asciiNormalisedLength(candidate.item.text);
    candidate.text.length = ascii >= 0 ? ascii : candidateText(candidate).normalised.length;
  }
  return candidate.text.length;
}

/** The first query in `list` (ascending by size) of at least `size`. */
function firstOfSize(list: readonly PairQuery[], size: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle]?.size ?? 0) < size) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The shared trigram count of two texts (as preparedSimilarity counts it) when it reaches `needed`,
 * else -1; their gram runs merged, given up as soon as the rest cannot reach `needed`.
 */
function sharedAtLeast(a: MatchText, b: MatchText, needed: number): number {
  const x = gramCodeRuns(a);
  const y = gramCodeRuns(b);
  let i = 0;
  let j = 0;
  let shared = 0;
  // What each text has left past the runs merged so far.
  let restX = x.size;
  let restY = y.size;
  while (i < x.codes.length && j < y.codes.length) {
    if (shared + Math.min(restX, restY) < needed) return -1;
    const p = x.codes[i] ?? 0;
    const q = y.codes[j] ?? 0;
    if (p === q) {
      const cx = x.counts[i] ?? 0;
      const cy = y.counts[j] ?? 0;
      shared += Math.min(cx, cy);
      restX -= cx;
      restY -= cy;
      i += 1;
      j += 1;
    } else if (p < q) {
      restX -= x.counts[i] ?? 0;
      i += 1;
    } else {
      restY -= y.counts[j] ?? 0;
      j += 1;
    }
  }
  return shared >= needed ? shared : -1;
}

/**
 * Every candidate each query (an incoming text) is at least TEXT_MATCH_THRESHOLD similar to, or
 * equal to after normalising, with the score findBest gives it; null when there would be too many
 * pairs to compare (unless `always`): the gram index is cheaper then.
 *
 * The cost follows the queries and the candidates that can match them, not the pools: a query only
 * looks at candidates sharing one of its codes (eligible asks for one), and of those only at the
 * ones whose normalised length n allows the threshold with its own length q: a Dice coefficient is
 * at most 2·min(n, q) / (n + q), so a candidate with q < 0.9·n/1.1 or q > 1.1·n/0.9 scores below
 * the threshold whatever its trigrams (an equal text has n = q). A plain ASCII text's length is
 * counted without normalising it (asciiNormalisedLength); only a candidate with a query in its
 * range is normalised, its trigrams counted per bucket (gramBuckets, a bound on what two texts
 * share), and only a pair within that bound has its trigrams sorted and merged (sharedAtLeast).
 *
 * The same outcome as findBest: matchItems picks, among the eligible hits of a query, the one with
 * the highest score, and none when two share it. findBest looks at every eligible candidate that
 * can score at least its final best (its bar never passes it; ties included) and at no candidate
 * below the threshold, and scores an equal text 1: the best and whether it ties depend only on the
 * scores at or above the threshold, which these are (the same counts, the same division). `used`
 * and the rest of eligible are asked by matchItems as the queries come, in the incoming order.
 */
function textHitsByPairs(queries: readonly PairQuery[], always: boolean, work: MatchWork | undefined): Map<ImportItem, TextHit[]> | null {
  // Per pool: code -> its queries, ascending by size.
  const byPool = new Map<CandidatePool, Map<string, PairQuery[]>>();
  for (const query of queries) {
    let byCode = byPool.get(query.pool);
    if (!byCode) byPool.set(query.pool, (byCode = new Map<string, PairQuery[]>()));
    for (const code of query.codes) {
      const list = byCode.get(code);
      if (list) list.push(query);
      else byCode.set(code, [query]);
    }
  }
  for (const byCode of byPool.values()) for (const list of byCode.values()) list.sort((a, b) => a.size - b.size);
  // The sizes q a candidate of length n can reach the threshold with: a little wider than the exact
  // range (each pair is checked exactly below).
  const lowest = (n: number) => Math.floor((TEXT_MATCH_THRESHOLD * n) / (2 - TEXT_MATCH_THRESHOLD)) - 1;
  const highest = (n: number) => Math.ceil(((2 - TEXT_MATCH_THRESHOLD) * n) / TEXT_MATCH_THRESHOLD) + 1;

  // Count the pairs first (a query of two shared codes counted twice): lengths only, no trigrams.
  let pairs = 0;
  let measured = 0;
  {
    let candidates = 0;
    for (const [pool, byCode] of byPool) {
      candidates += pool.list.length;
      for (const candidate of pool.list) {
        let lists = 0;
        for (const code of candidate.codes) if (byCode.has(code)) lists += 1;
        if (lists === 0) continue;
        measured += 1;
        const n = candidateLength(candidate);
        for (const code of candidate.codes) {
          const list = byCode.get(code);
          if (list) pairs += firstOfSize(list, highest(n) + 1) - firstOfSize(list, lowest(n));
        }
      }
    }
    if (!always && pairs > PAIRS_PER_CANDIDATE * candidates + PAIRS_FLOOR) return null;
  }
  // Screening a candidate's trigrams before counting them pays when most candidates meet one or two
  // queries (a small document); with more, most are counted anyway. Always when asked for pairs (the
  // tests compare both ways with the index).
  const screen = always || pairs <= 2 * measured;

  const hits = new Map<ImportItem, TextHit[]>();
  /** Per query (by its place in `queries`): the candidate that last looked at it, so a query of two shared codes is compared once. */
  const seenBy = new Int32Array(queries.length).fill(-1);
  let stamp = 0;
  for (const [pool, byCode] of byPool) {
    for (const candidate of pool.list) {
      let shares = false;
      for (const code of candidate.codes) if (byCode.has(code)) shares = true;
      if (!shares) continue;
      stamp += 1;
      if (work?.indexed !== undefined) work.indexed += 1;
      const n = candidateLength(candidate);
      for (const code of candidate.codes) {
        const list = byCode.get(code);
        if (!list) continue;
        const end = firstOfSize(list, highest(n) + 1);
        for (let k = firstOfSize(list, lowest(n)); k < end; k += 1) {
          const query = list[k];
          if (!query) continue;
          if (seenBy[query.at] === stamp) continue;
          seenBy[query.at] = stamp;
          const q = query.size;
          // The bound: below the threshold whatever the trigrams (the score is at most this, in floats too).
          if (n !== q && (2 * Math.min(n, q)) / (n + q) < TEXT_MATCH_THRESHOLD) continue;
          if (work) work.comparisons += 1;
          // As findBest's consider: the overlap must reach the threshold's count (and the score the threshold).
          const needed = Math.ceil((TEXT_MATCH_THRESHOLD * (q + n)) / 2 - 1e-9);
          // More than n - needed of the candidate's trigrams outside the query's: fewer than needed shared
          // (an equal text has none outside). Asked at a candidate's first comparison only, its plain
          // ASCII text read as it is: one compared again has its trigrams counted and is merged at once.
          const prepared = candidate.text.prepared;
          if (screen && !candidate.text.screened) {
            candidate.text.screened = true;
            query.mask ??= gramMask(gramCodeRuns(query.text));
            if (gramsOutsideMoreThan(prepared ? prepared.normalised : candidate.item.text, !prepared, query.mask, n - needed)) continue;
          }
          let score: number;
          if (candidateText(candidate).normalised === query.text.normalised) score = 1;
          else if (n === 0 || q === 0) continue;
          else {
            // Bucket counts first: most pairs fail them, and neither text's trigrams are then sorted.
            if (!bucketsShareAtLeast(gramBuckets(query.text), gramBuckets(candidateText(candidate)), needed)) continue;
            const shared = sharedAtLeast(query.text, candidateText(candidate), needed);
            if (shared < 0) continue;
            score = (2 * shared) / (q + n);
            if (score < TEXT_MATCH_THRESHOLD) continue;
          }
          const found = hits.get(query.item);
          if (found) found.push({ candidate, score });
          else hits.set(query.item, [{ candidate, score }]);
        }
      }
    }
  }
  return hits;
}

/** Characters a wrong decoding leaves behind: the replacement character, or UTF-8 read as Windows-1252. */
const GARBLED = /\uFFFD|Ã[\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[\u0080-\u00BF™œ�˜“”‘’–—¦¢]/;

/**
 * True when `incoming` would replace a clean `current` text with a garbled one (a bad byte in
 * the file, or a wrong encoding): the import keeps the text it has.
 */
function garbles(current: string | null, incoming: string | null): boolean {
  return current !== null && incoming !== null && GARBLED.test(incoming) && !GARBLED.test(current);
}

/**
 * Two status texts are the same when they differ only in white space: a table cell or a CSV
 * line holds the paragraphs of a text on one line, a text overview keeps its blank lines.
 */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  const squeeze = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  return squeeze(a) === squeeze(b);
}

export { describeDeadline };

/**
 * Two terms are the same when their deadline, text, basis and softness are. The earliest day
 * is left out: for "voor …" it is the reference date, which moves with every new overview.
 */
function sameDeadline(a: ItemDeadline | null, b: ItemDeadline | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.deadline === b.deadline &&
    a.text === b.text &&
    a.basis === b.basis &&
    a.soft === b.soft
  );
}

function codesOf(responsible: readonly Responsibility[]): string {
  return [...new Set(responsible.map((r) => r.code))].sort().join(', ');
}

/**
 * Whether a stand van zaken is newer than an overview of `documentDate`: written on a later day,
 * or, when a person wrote it, on the same day (the overview may have been written before them).
 */
function newerThanDocument(origin: StatusTextOrigin, documentDate: IsoDate): boolean {
  return origin.person ? origin.on >= documentDate : origin.on > documentDate;
}

function compare(
  current: Item,
  incoming: ImportItem,
  linkedTo: LinkTarget | null,
  documentDate: IsoDate | null,
): { changes: FieldChange[]; patch: ImportPatch; conflicts: ImportConflict[] } {
  const changes: FieldChange[] = [];
  const patch: ImportPatch = {};
  const conflicts: ImportConflict[] = [];
  const base = { itemId: current.id, itemKind: current.kind, source: 'overview' as const, position: incoming.position };

  // A status or term an import (or the sync) set after this document's date is newer than it: an
  // older overview re-imported reports the difference and keeps it (issue 22.2).
  const newerStatus = current.statusOrigin && documentDate && current.statusOrigin.on > documentDate ? current.statusOrigin.actor : null;
  const newerDeadline = current.deadlineOrigin && documentDate && current.deadlineOrigin.on > documentDate ? current.deadlineOrigin.actor : null;
  if (incoming.status !== current.status) {
    const keptBy = current.statusSetBy ?? newerStatus;
    if (keptBy) {
      conflicts.push({ ...base, code: 'STATUS_KEPT', field: 'status', current: current.status, incoming: incoming.status, setBy: keptBy });
    } else {
      patch.status = incoming.status;
      changes.push({ field: 'status', from: current.status, to: incoming.status });
    }
  }
  // "Deels afgedaan": only for an item that stays open (a person's status decides otherwise).
  const incomingPartly = incoming.status === 'open' && incoming.partly;
  const currentPartly = current.partly ?? false;
  // A person's "deels afgedaan" (a Kamerbrief answered "Deels") or a newer one stays, like a status.
  const partlyKept = current.partlyOrigin && (current.partlyOrigin.person || (documentDate && current.partlyOrigin.on > documentDate));
  if ((patch.status ?? current.status) === 'open' && incomingPartly !== currentPartly && !current.statusSetBy && !newerStatus && !partlyKept) {
    patch.partly = incomingPartly;
    changes.push({ field: 'partly', from: currentPartly, to: incomingPartly });
  }
  if (!sameText(incoming.statusText, current.statusText) && !garbles(current.statusText, incoming.statusText)) {
    const origin = current.statusTextOrigin;
    if (origin && documentDate && newerThanDocument(origin, documentDate)) {
      conflicts.push({
        ...base,
        code: 'STATUS_TEXT_KEPT',
        field: 'statusText',
        current: current.statusText,
        incoming: incoming.statusText,
        setBy: origin.actor,
        writtenOn: origin.on,
        documentDate,
        removed: false,
      });
    } else {
      patch.statusText = incoming.statusText;
      changes.push({ field: 'statusText', from: current.statusText, to: incoming.statusText });
    }
  }
  if (!sameDeadline(current.deadline, incoming.deadline)) {
    const keptBy = current.deadlineSetBy ?? newerDeadline;
    if (keptBy) {
      conflicts.push({ ...termConflict({ ...base, setBy: keptBy }, current.deadline, incoming.deadline), position: incoming.position });
    } else {
      patch.deadline = incoming.deadline;
      changes.push({ field: 'deadline', from: current.deadline, to: incoming.deadline });
    }
  }
  if ((incoming.recurrence ?? null) !== (current.recurrence ?? null) && !current.deadlineSetBy && !newerDeadline) {
    patch.recurrence = incoming.recurrence;
    changes.push({ field: 'recurrence', from: current.recurrence, to: incoming.recurrence });
  }
  // A document that names no bewindspersoon for an item (the Eerste Kamer's rappel columns have
  // none) says nothing about who is responsible: it leaves the codes as they are.
  if (incoming.responsible.length > 0 && codesOf(incoming.responsible) !== codesOf(current.responsible)) {
    patch.responsible = incoming.responsible;
    changes.push({ field: 'responsible', from: codesOf(current.responsible), to: codesOf(incoming.responsible) });
  }
  if (incoming.reference && !current.reference) {
    patch.reference = incoming.reference;
    changes.push({ field: 'reference', from: null, to: incoming.reference });
  }
  if (incoming.kamerstuk && !current.kamerstuk) {
    patch.kamerstuk = incoming.kamerstuk;
    changes.push({ field: 'kamerstuk', from: null, to: formatKamerstukKey(incoming.kamerstuk) });
  }
  const wantedLink = linkedTo;
  const currentLink = current.linkedTo;
  const linkChanged =
    wantedLink === null ? currentLink !== null : !('itemId' in wantedLink) || wantedLink.itemId !== currentLink;
  if (linkChanged) {
    patch.linkedTo = wantedLink;
    changes.push({
      field: 'linkedTo',
      from: currentLink === null ? null : { itemId: currentLink },
      to: wantedLink === null ? null : 'itemId' in wantedLink ? { itemId: wantedLink.itemId } : { position: wantedLink.position },
    });
  }
  return { changes, patch, conflicts };
}
