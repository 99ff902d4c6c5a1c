// Dutch vocabulary of stand-van-zaken documents, kept as tables (docs/STYLE.md).
import { isoIfValid } from '../../../domain/dates/calendar-date.ts';
import { MONTHS } from '../../../domain/dates/vocabulary.ts';
import type { ItemKind } from '../../../domain/items.ts';

/** Section headings: a line holding only one of these switches the kind of the items below. */
export const SECTION_HEADINGS: readonly { pattern: RegExp; kind: ItemKind }[] = [
  { pattern: /^(?:aangenomen\s+|openstaande\s+|lopende\s+)?moties?$/i, kind: 'motie' },
  { pattern: /^(?:openstaande\s+|lopende\s+)?toezeggingen?$/i, kind: 'toezegging' },
];

/** Lines that repeat on every page: table headers, running headers, page numbers. */
export const PAGE_NOISE: readonly RegExp[] = [
  /^status\s+verantwoordelijke?\s+stand\s+van\s+zaken$/i,
  /^(?:motie|toezegging|omschrijving)\s+verantwoordelijke?\b.*stand\s+van\s+zaken$/i,
  /^stand\s+van\s+zaken\b(?!\s+(?:is|was|wordt)\b)/i,
  /^(?:pagina\s+)?\d{1,3}(?:\s+(?:van|\/)\s+\d{1,3})?$/i,
  /^of\s+afgebroken$/i,
];

/** The start of a motie row: "Motie van het lid …", "Gewijzigde motie van de leden …". */
export const MOTIE_START = /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:\(\s*gewijzigd\s*\)\s+)?van\s+(?:het\s+lid|de\s+leden)\b/i;

/** "van het lid X" / "van de leden X en Y" followed by ";" or ":" (the header of a motie). */
export const MOTIE_HEADER =
  /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+(?:\(\s*gewijzigd\s*\)\s+)?van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s*[;:]\s*/i;

/** Words joining several codes: "MOCW en SOCW", "SOCW, MJenV". */
export const CODE_SEPARATORS = /^(?:en|&|,|\/|\+)$/i;

/** Status texts that say the item was fulfilled. */
export const DONE_PHRASES: readonly RegExp[] = [
  /\binvulling\s+gegeven\s+aan\s+(?:de|deze|die)\s+(?:motie|toezegging)\b/i,
  /\b(?:motie|toezegging)\s+(?:is|wordt)\s+(?:hiermee\s+|daarmee\s+|hierbij\s+)?(?:afgedaan|uitgevoerd|afgerond|ingelost|nagekomen)\b/i,
  /\b(?:is|wordt)\s+(?:hiermee\s+|daarmee\s+)?(?:voldaan|uitvoering\s+gegeven)\s+aan\s+(?:de|deze)\s+(?:motie|toezegging)\b/i,
  /\b(?:hiermee|daarmee|hierdoor|daardoor|zo)\s+(?:is|wordt)\s+(?:de|deze)\s+(?:motie|toezegging)\s+(?:afgedaan|uitgevoerd|afgerond|ingelost|nagekomen)\b/i,
];

/** Words that, before a done phrase in the same sentence, negate it. */
export const DONE_NEGATIONS = /\b(?:nog\s+geen|nog\s+niet|niet|geen|deels|gedeeltelijk)\b/i;

/** Status texts that tie an item to a neighbouring one; `above` or `below`. */
export const LINK_PHRASES: readonly { pattern: RegExp; direction: 'above' | 'below' }[] = [
  { pattern: /\b(?:geïntegreerd|samen|tegelijk|gezamenlijk|in\s+samenhang)\s+met\s+(?:de\s+)?(?:bovenstaande|voorgaande|vorige)\s+(?:motie|toezegging)\b/i, direction: 'above' },
  { pattern: /\bzie\s+(?:de\s+)?(?:bovenstaande|voorgaande|vorige)\s+(?:motie|toezegging)\b/i, direction: 'above' },
  { pattern: /\b(?:geïntegreerd|samen|tegelijk|gezamenlijk|in\s+samenhang)\s+met\s+(?:de\s+)?(?:onderstaande|volgende)\s+(?:motie|toezegging)\b/i, direction: 'below' },
  { pattern: /\bzie\s+(?:de\s+)?(?:onderstaande|volgende)\s+(?:motie|toezegging)\b/i, direction: 'below' },
];

/** Openings of a motie's operative text, stripped for its title. */
export const REQUEST_OPENINGS =
  /^(?:de\s+(?:tweede\s+)?kamer\s+)?(?:verzoekt|verzoek|roept|spreekt\s+uit|constateert|draagt)\s+(?:de\s+regering|het\s+kabinet|de\s+minister|de\s+staatssecretaris)?\s*(?:om\s+)?/i;

/**
 * Past tense: a sentence reports something that already happened when it has an auxiliary and
 * a past participle ("is … gedeeld", "hebben … plaatsgevonden") or a simple past verb.
 */
export const PAST_AUXILIARY = /\b(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\b/i;
/** One word that is a past participle: ge-…-d/t/en (after a separable prefix), or a be-/ver-/ont- form. */
export const PAST_PARTICIPLE =
  /^(?:(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|voor|plaats|vast|terug|kennis|bekend)?ge\p{L}{2,}(?:d|t|en)|(?:ver|be|ont|her|er)\p{L}{2,}(?:d|t)|besproken|ontvangen|verschenen|verzonden|bevonden|ontstaan)$/iu;
export const SIMPLE_PAST =
  /\b(?:verstuurde|stuurde|zond|publiceerde|ontving|startte|vond\s+plaats|vonden\s+plaats|verscheen|informeerde)\b/i;

/** The word motiebot writes and reads for "no term" (a term a person removed): "geen", "geen termijn". */
export const NO_TERM_WORD = 'geen';
const NO_TERM = /^(?:geen(?:\s+termijn)?|zonder\s+termijn)$/i;

/** True when a term cell, a "Termijn:" line or `motie termijn N …` says there is no term. */
export function isNoTerm(text: string): boolean {
  return NO_TERM.test(text.trim().replace(/\.$/, ''));
}

/** "Stand per 15 september 2025": the document date motiebot's Word and text exports write under their title. */
export const DATE_LINE = /^stand\s+per\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})$/iu;

/** The date of a "Stand per 15 september 2025" line, else null (a line DATE_LINE does not match gives null). */
export function readDateLine(text: string): string | null {
  const match = DATE_LINE.exec(text.trim());
  const month = match ? MONTHS.get((match[2] ?? '').toLowerCase()) : undefined;
  return match && month !== undefined ? isoIfValid(Number(match[3]), month, Number(match[1])) : null;
}

/**
 * Whether a pattern's source holds a backreference (`\1` … `\9`, `\k<name>`): joined with other
 * patterns, a numbered one would point at another pattern's group. An escaped backslash is skipped
 * with what it escapes.
 */
function hasBackreference(source: string): boolean {
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] !== '\\') continue;
    const next = source[i + 1] ?? '';
    if ((next >= '1' && next <= '9') || next === 'k') return true;
    i += 1;
  }
  return false;
}

/**
 * One regular expression per set of flags that matches a text when any of `patterns` does (each
 * pattern an alternative of its own): one test where there were many (issue 28). The patterns keep
 * their flags; a global or sticky one is refused (its test would depend on lastIndex), and so is one
 * with a backreference (joined, its group number would change).
 */
export function anyOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky) throw new Error(`anyOf: ${String(pattern)} is global or sticky`);
    if (hasBackreference(pattern.source)) throw new Error(`anyOf: ${String(pattern)} has a backreference`);
    const sources = byFlags.get(pattern.flags) ?? [];
    sources.push(`(?:${pattern.source})`);
    byFlags.set(pattern.flags, sources);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}
