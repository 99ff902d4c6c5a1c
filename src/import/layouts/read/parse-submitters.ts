// The header of a motie row: "Motie van het lid Mutluer;", "Motie van de leden Werner en Van der Laan;",
// and the forms of begroting appendices: "De motie van de leden X, Y en Z. Verzoeken de regering …",
// "Motie van Haverkamp over …".
import { upperFirst } from '../../../domain/upper-first.ts';
import { MOTIE_HEADER } from './vocabulary.ts';

export interface MotieHeader {
  submitters: string[];
  cs: boolean;
  /** The text after the header (the request). */
  rest: string;
}

/** Words that end a header written without ";" ("Motie van het lid X De Tweede Kamer …"). */
const HEADER_WITHOUT_SEPARATOR =
  /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\s+(.+?)\s+(?=(?:de\s+(?:tweede\s+)?kamer|verzoekt|over|inzake|rondom|betreffende|om)\b)/i;

/** "Motie van het lid", "De motie van de leden", "motie het lid" (a word dropped in the source). */
const MEMBER_PREFIX = /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:van\s+)?(?:het\s+lid|de\s+leden)\s+/i;
/** "Motie van " followed by a name, not by "het lid" or "de leden". */
const NAMED_PREFIX = /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?!het\s+lid\b|de\s+leden\b)/i;

/**
 * Names that end at the end of a sentence: "… en Van Raak. Verzoeken de regering …". A full
 * stop after a capital ("J. de Vries") is an initial, not the end of the names.
 */
const NAMES_TO_SENTENCE_END = /^([^;:]+?)(?<!(?:^|[\s.])\p{Lu})\.\s+(?=\p{Lu})/u;

/** Tussenvoegsels, written lower-case within a name ("Van der Ham", "Inge van Dijk", "van Dam"). */
const PARTICLE = String.raw`(?:(?:van|de|der|den|het|ter|ten|te|in|'t|el|al|op|d')\s+)*`;
const NAME = String.raw`${PARTICLE}\p{Lu}[^\s;:.,/&]*(?:\s+${PARTICLE}\p{Lu}[^\s;:.,/&]*)*`;
/** "Haverkamp over …", "Çörüz en Van der Ham inzake …": the names before the subject. */
const NAMES_BEFORE_SUBJECT = new RegExp(
  String.raw`^(${NAME}(?:(?:\s*[,/&]\s*|\s+en\s+)${NAME}){0,8}(?:\s+c\.\s?s\.?)?)\s+(?=(?:over|inzake|betreffende|omtrent|rondom|ter|om)\s)`,
  'u',
);

function headerMatch(text: string): { names: string; length: number } | null {
  const member = MEMBER_PREFIX.exec(text);
  if (member) {
    const rest = text.slice(member[0].length);
    const classic = MOTIE_HEADER.exec(text);
    const sentence = NAMES_TO_SENTENCE_END.exec(rest);
    const byClassic = classic?.[1] !== undefined && namesFit(classic[1]) ? { names: classic[1], length: classic[0].length } : null;
    const bySentence = sentence?.[1] !== undefined && namesFit(sentence[1]) ? { names: sentence[1], length: member[0].length + sentence[0].length } : null;
    // The header that ends first: a ";" far into the request is not where the names end (the classic one on a tie).
    const first = byClassic && (!bySentence || byClassic.length <= bySentence.length) ? byClassic : bySentence;
    if (first) return first;
    const loose = HEADER_WITHOUT_SEPARATOR.exec(text);
    return loose?.[1] !== undefined ? { names: loose[1], length: loose[0].length } : null;
  }
  const named = NAMED_PREFIX.exec(text);
  if (!named) return null;
  const names = NAMES_BEFORE_SUBJECT.exec(text.slice(named[0].length));
  return names?.[1] !== undefined ? { names: names[1], length: named[0].length + names[0].length } : null;
}

/** Whether every name of `names` has at most 60 characters (a text of at most 60 has no longer one; issue 28). */
function namesFit(names: string): boolean {
  if (names.length <= 60) return true;
  for (const name of namesOf(names)) if (name.length > 60) return false;
  return true;
}

// (Loops, not map / filter / some over the split: V8 inlined those with a check of the arrays' elements
// kind, and a miss threw away parseMotieHeader's optimized code once per import; issue 28.)
function namesOf(names: string): string[] {
  const out: string[] = [];
  for (const part of names.replace(/\s*\bc\.\s?s\.?$/i, '').split(/\s*,\s*|\s*\/\s*|\s+(?:en|&)\s+/i)) {
    const name = part.trim();
    if (name !== '') out.push(name);
  }
  return out;
}

export function parseMotieHeader(text: string): MotieHeader | null {
  const match = headerMatch(text);
  if (!match) return null;
  let names = match.names.trim();
  const cs = /\s*\bc\.\s?s\.?$/i.test(names);
  if (cs) names = names.replace(/\s*\bc\.\s?s\.?$/i, '').trim();
  // A lower-case "van Dam" is a name like any other; it is written "Van Dam" on its own.
  const submitters: string[] = [];
  for (const name of namesOf(names)) submitters.push(upperFirst(name));
  if (submitters.length === 0) return null;
  for (const name of submitters) if (name.length > 60) return null;
  return { submitters, cs, rest: text.slice(match.length).trim() };
}
