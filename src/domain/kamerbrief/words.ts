// Words and names for the Kamerbrief matcher: subject words without the common ones, and the
// surname part of an indiener's name. Pure.
import { NAME_PARTICLES, STOP_WORDS } from './vocabulary.ts';

/** Lower case without diacritics ("Cliëntenraad" → "clientenraad"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A crude stem, so "moties"/"motie" and "gemeenten"/"gemeente" meet. */
function stem(word: string): string {
  return word.length > 5 ? word.replace(/(?:en|e|s)$/, '') : word;
}

/** The significant words of a text, stemmed (at least four letters, not a stop word, not a name part in `exclude`). */
export function subjectWords(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text).split(/[^a-z0-9]+/)) {
    if (w.length < 4 || /^\d+$/.test(w) || STOP_WORDS.has(w) || exclude.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** "Inge van Dijk" → "van dijk", "Van der Werf" → "van der werf", "Wiersma, F.M." → "wiersma". */
export function surnameOf(name: string): string {
  const cleaned = fold(name.replace(/,.*$/, '').replace(/\b(?:[A-Z]\.)+/g, ' ')).replace(/\s+c\.s\.?$/, '').trim();
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return '';
  let start = tokens.length - 1;
  while (start > 0 && NAME_PARTICLES.has(tokens[start - 1] ?? '')) start -= 1;
  return tokens.slice(start).join(' ');
}

/** Whether `surname` stands in `text` as whole words ("dijk" not inside "dijkstra"). */
export function namesIn(text: string, surname: string): boolean {
  if (!surname) return false;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?:^|[^a-z])${escaped}(?![a-z])`).test(fold(text));
}

/** The indieners a motie's title names: "Motie van de leden A en B over …", "Motie van het lid C c.s. over …", "Motie C over …". */
export function submittersFromTitle(title: string): string[] {
  const m = /\bmotie\s+(?:van\s+(?:het\s+lid|de\s+leden)\s+)?(.+?)\s+(?:c\.s\.\s+)?(?:over|inzake|ten aanzien van|om)\b/i.exec(title);
  if (!m?.[1]) return [];
  return m[1].replace(/\s+c\.s\.?$/i, '').split(/\s*,\s*|\s+en\s+/).map((s) => s.trim()).filter((s) => s.length > 1 && /^[A-ZÀ-Ý]/.test(s) || /^(?:van|de|der|den|ter|ten)\s/i.test(s));
}

/** The part of a title after "over" (the motie's subject), or the whole title. */
export function subjectPart(title: string): string {
  const m = /\bover\s+(.*)$/is.exec(title);
  return m?.[1] ?? title;
}
