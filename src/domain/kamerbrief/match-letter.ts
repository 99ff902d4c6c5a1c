// Which items a Kamerbrief answers, with a reason and a strength. Pure: a letter and items in,
// proposals out. A proposal never closes anything; a person decides (Afgerond, Deels, Hoort er
// niet bij).
//
// Evidence, strongest first:
// - the toezeggingen register names the letter (kamerbriefNakoming): zeker;
// - the subject cites the item's Kamerstuk, zaak number or TZ number: zeker;
// - the subject names the motie's indieners and its subject (moties), or the debate and date the
//   toezegging was made in (toezeggingen): waarschijnlijk, or mogelijk when the evidence is thin.
// Never proposed: letters from before the item existed; an appreciatie (advice before the vote);
// a letter citing other Kamerstukken or another dossier, without evidence of its own for the item.
import type { IsoDate } from '../dates/types.ts';
import { MONTHS } from '../dates/vocabulary.ts';
import { readCitations, type Citations } from './read-citations.ts';
import type { Letter, LetterMatch, MatchItem, MatchReason, MatchStrength } from './types.ts';
import { APPRECIATION_OPENINGS, DEBATE_WORDS, REPLACES } from './vocabulary.ts';
import { fold, namesIn, subjectPart, subjectWords, submittersFromTitle, surnameOf } from './words.ts';

interface ReadLetter {
  letter: Letter;
  text: string;
  citations: Citations;
  appreciation: boolean;
  mentionsMotie: boolean;
  mentionsToezegging: boolean;
  words: Set<string>;
  debate: { name: string | null; date: IsoDate | null } | null;
}

const MONTH_ALTERNATIVES = [...MONTHS.keys()].filter((k) => k.length > 3).join('|');
const DUTCH_DATE = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH_ALTERNATIVES})\s+(\d{4})\b`, 'i');
// One separator between the debate's name and its date (an optional comma, one run of spaces, an
// optional "van"/"op"), so no two whitespace quantifiers compete for the same spaces.
const DEBATE = new RegExp(
  String.raw`\b(?:${DEBATE_WORDS.join('|')})\b\s*(?:over\s+)?(.*?)(?:\s*,)?\s+(?:(?:van|op|d\.d\.|gehouden op)\s+)?(\d{1,2}\s+(?:${MONTH_ALTERNATIVES})\s+\d{4})`,
  'i',
);

function isoFromDutch(text: string): IsoDate | null {
  const m = DUTCH_DATE.exec(text);
  const month = m ? MONTHS.get(fold(m[2] ?? '')) : undefined;
  if (!m || month === undefined) return null;
  return `${m[3] ?? ''}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
}

/** Every way an item's text may write a date: "11 februari 2025", "11-02-2025", "2025-02-11". */
function dateIn(text: string, date: IsoDate): boolean {
  const [y, m, d] = date.split('-');
  const folded = fold(text);
  const monthName = [...MONTHS.entries()].find(([k, v]) => v === Number(m) && k.length > 3)?.[0] ?? '';
  return folded.includes(`${Number(d)} ${monthName} ${y ?? ''}`) || folded.includes(`${d ?? ''}-${m ?? ''}-${y ?? ''}`) || folded.includes(date);
}

/** A letter's subject is a line or two: more is never a subject worth matching on. */
const MAX_SUBJECT = 1000;

function readLetter(letter: Letter): ReadLetter {
  // One space between words, and a bounded length: DEBATE's optional separators would otherwise
  // backtrack on runs of whitespace (300 spaces took two seconds inside the sync's transaction).
  const onderwerp = letter.onderwerp.replace(/\s+/g, ' ').slice(0, MAX_SUBJECT);
  const text = [onderwerp, (letter.titel ?? '').replace(/\s+/g, ' ').slice(0, MAX_SUBJECT)].join(' \n ');
  const debateMatch = DEBATE.exec(onderwerp);
  const debate = debateMatch
    ? { name: debateMatch[1]?.trim().replace(/^(?:de|het)\s+/i, '') || null, date: isoFromDutch(debateMatch[2] ?? '') }
    : null;
  return {
    letter,
    text,
    citations: readCitations(text),
    appreciation: APPRECIATION_OPENINGS.some((re) => re.test(onderwerp)) || (REPLACES.test(onderwerp) && /appreciatie/i.test(onderwerp)),
    mentionsMotie: /\bmoties?\b|\bmotie-/i.test(text),
    mentionsToezegging: /\btoezegging(?:en)?\b/i.test(text),
    words: subjectWords(text),
    debate,
  };
}

function kamerstukKey(item: MatchItem): string | null {
  return item.kamerstuk ? `${item.kamerstuk.dossier.replace(/\s/g, '').toUpperCase()}-${String(Number(item.kamerstuk.number))}` : null;
}

/** Share of the item's subject words the letter has, and which. */
function subjectOverlap(item: MatchItem, read: ReadLetter, names: readonly string[]): { share: number; words: string[] } {
  const exclude = new Set(names.flatMap((n) => fold(n).split(/\s+/)));
  // The motie's subject is the title after "over"; a title too short to say much gets the text too.
  const fromTitle = subjectWords(subjectPart(item.title), exclude);
  const own = fromTitle.size >= 3 || !item.text ? fromTitle : subjectWords(`${item.title} ${item.text}`, exclude);
  if (own.size === 0) return { share: 0, words: [] };
  const shared = [...own].filter((w) => read.words.has(w));
  return { share: shared.length / own.size, words: shared };
}

interface Found {
  strength: MatchStrength | null;
  reasons: MatchReason[];
}

type Raise = (to: MatchStrength, reason: MatchReason) => void;

function rank(strength: MatchStrength): number {
  return strength === 'zeker' ? 3 : strength === 'waarschijnlijk' ? 2 : 1;
}

function matchOne(read: ReadLetter, item: MatchItem): LetterMatch | null {
  const { letter, citations } = read;
  if (letter.datum && item.since && letter.datum < item.since) return null;
  const found: Found = { strength: null, reasons: [] };
  const raise: Raise = (to, reason) => {
    found.reasons.push(reason);
    if (!found.strength || rank(to) > rank(found.strength)) found.strength = to;
  };
  const result = (): LetterMatch | null => (found.strength ? { itemId: item.id, strength: found.strength, reasons: found.reasons } : null);
  if (letter.documentNummer && item.registerLetters.some((n) => n.trim().toUpperCase() === letter.documentNummer?.toUpperCase())) {
    raise('zeker', { code: 'KB_REGISTER_LINK', documentNummer: letter.documentNummer });
  }
  if (read.appreciation) return result();
  const key = kamerstukKey(item);
  if (key && citations.kamerstukken.includes(key)) raise('zeker', { code: 'KB_CITES_KAMERSTUK', kamerstuk: key });
  const reference = item.reference?.trim().toUpperCase() ?? null;
  if (reference && (citations.numbers.includes(reference) || letter.zaakNummers.some((z) => z.toUpperCase() === reference))) {
    raise('zeker', { code: 'KB_CITES_NUMBER', nummer: reference });
  }
  if (found.strength === 'zeker') return result();
  // A letter about other Kamerstukken, or another dossier, says nothing about this item by its words.
  const citesOthers = citations.kamerstukken.length > 0 || (citations.dossiers.length > 0 && !(item.kamerstuk && citations.dossiers.includes(item.kamerstuk.dossier.toUpperCase())));
  if (!citesOthers) {
    if (item.kind === 'motie' && read.mentionsMotie) matchMotieWords(read, item, raise);
    if (item.kind === 'toezegging' && read.mentionsToezegging) matchToezeggingWords(read, item, raise);
  }
  return result();
}


function matchMotieWords(read: ReadLetter, item: MatchItem, raise: Raise): void {
  const names = item.submitters.length > 0 ? item.submitters : submittersFromTitle(item.title);
  const surnames = [...new Set(names.map(surnameOf).filter(Boolean))];
  const named = surnames.filter((s) => namesIn(read.text, s));
  const allNamed = surnames.length > 0 && named.length === surnames.length;
  const overlap = subjectOverlap(item, read, names);
  if (allNamed && overlap.share >= 0.4 && overlap.words.length >= 2) {
    raise('waarschijnlijk', { code: 'KB_NAMES_SUBMITTERS', names: named });
    raise('waarschijnlijk', { code: 'KB_SUBJECT', words: overlap.words });
  } else if (named.length > 0 && overlap.words.length >= 1) {
    raise('mogelijk', { code: 'KB_NAMES_SUBMITTERS', names: named });
    raise('mogelijk', { code: 'KB_SUBJECT', words: overlap.words });
  } else if (overlap.share >= 0.7 && overlap.words.length >= 4) {
    raise('waarschijnlijk', { code: 'KB_SUBJECT', words: overlap.words });
  } else if (overlap.share >= 0.34 && overlap.words.length >= 2) {
    raise('mogelijk', { code: 'KB_SUBJECT', words: overlap.words });
  }
}

function matchToezeggingWords(read: ReadLetter, item: MatchItem, raise: Raise): void {
  const itemText = `${item.title}\n${item.text}`;
  const overlap = subjectOverlap(item, read, []);
  const debate = read.debate;
  const dateMatch = debate?.date ? dateIn(itemText, debate.date) : false;
  const nameWords = debate?.name ? [...subjectWords(debate.name)] : [];
  const itemWords = subjectWords(itemText);
  const nameMatch = nameWords.length > 0 && nameWords.every((w) => itemWords.has(w));
  if (debate && (dateMatch || nameMatch)) {
    const reason: MatchReason = { code: 'KB_DEBATE', name: nameMatch ? (debate.name ?? null) : null, date: dateMatch ? (debate.date ?? null) : null };
    if (dateMatch && nameMatch) raise(overlap.words.length >= 1 ? 'waarschijnlijk' : 'mogelijk', reason);
    else if (overlap.share >= 0.3 && overlap.words.length >= 2) raise('mogelijk', reason);
    else return;
    if (overlap.words.length > 0) raise('mogelijk', { code: 'KB_SUBJECT', words: overlap.words });
    return;
  }
  if (overlap.share >= 0.6 && overlap.words.length >= 4) raise('mogelijk', { code: 'KB_SUBJECT', words: overlap.words });
}

/**
 * The items `letter` may answer, strongest first. Several items per letter are normal (a
 * verzamelbrief); the caller keeps the open items and what a person rejected out of `items`.
 */
export function matchLetter(letter: Letter, items: readonly MatchItem[]): LetterMatch[] {
  if (letter.soort && !/^brief regering$/i.test(letter.soort.trim())) return [];
  const read = readLetter(letter);
  const out: LetterMatch[] = [];
  for (const item of items) {
    const match = matchOne(read, item);
    if (match) out.push(match);
  }
  return out.sort((a, b) => rank(b.strength) - rank(a.strength) || a.itemId - b.itemId);
}
