// The header of a motie row: "Motie van het lid Mutluer;", "Motie van de leden Werner en Van der Laan;".
import { MOTIE_HEADER } from './vocabulary.ts';

export interface MotieHeader {
  submitters: string[];
  cs: boolean;
  /** The text after the header (the request). */
  rest: string;
}

/** Words that end a header written without ";" ("Motie van het lid X De Tweede Kamer …"). */
const HEADER_WITHOUT_SEPARATOR =
  /^(?:(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+(?=(?:de\s+(?:tweede\s+)?kamer|verzoekt|over|inzake|rondom|betreffende|om)\b)/i;

export function parseMotieHeader(text: string): MotieHeader | null {
  const match = MOTIE_HEADER.exec(text) ?? HEADER_WITHOUT_SEPARATOR.exec(text);
  if (!match?.[1]) return null;
  let names = match[1].trim();
  const cs = /\s*\bc\.\s?s\.?$/i.test(names);
  if (cs) names = names.replace(/\s*\bc\.\s?s\.?$/i, '').trim();
  const submitters = names
    .split(/\s*,\s*|\s+(?:en|&)\s+/i)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => name.charAt(0).toLocaleUpperCase('nl') + name.slice(1));
  if (submitters.length === 0 || submitters.some((name) => name.length > 60)) return null;
  return { submitters, cs, rest: text.slice(match[0].length).trim() };
}
