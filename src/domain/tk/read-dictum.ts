// The dictum of a motie's text: what the Kamer asks or states ("verzoekt de regering …", "spreekt
// uit dat …"), without the considerations before it ("constaterende dat …", "overwegende dat …")
// and without the closing "en gaat over tot de orde van de dag". Null when the text has none.

const DICTUM_START = /(?:^|\n)\s*((?:verzoekt|roept|spreekt\s+(?:uit|als\s+haar\s+mening\s+uit)|draagt|zegt|vraagt|besluit|dringt)\b[\s\S]*)$/i;
const CLOSING = /[,;.]?\s*en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag[\s\S]*$/i;

export function readDictum(text: string | null): string | null {
  if (!text) return null;
  const m = DICTUM_START.exec(text);
  if (!m?.[1]) return null;
  const dictum = m[1].replace(CLOSING, '').replace(/\s+/g, ' ').trim();
  return dictum === '' ? null : dictum;
}

/** "De Kamer, gehoord de beraadslaging,": how every motie's own text opens, after the Kamerstuk's heading. */
const MOTIE_OPENING = /\bDe\s+Kamer\s*,\s*(?:gehoord\s+de\s+beraadslaging|gelet\s+op|constaterende|overwegende)/i;

/**
 * A motie's document (the text of its PDF or Word file) → its text from "De Kamer," on and its
 * dictum; null when the text is no motie (no "De Kamer, gehoord de beraadslaging," opening, or no
 * dictum after it): a letter or a list that quotes a dictum is not taken for the motie.
 */
export function readMotieDocument(text: string | null): { text: string; dictum: string } | null {
  if (!text) return null;
  const opening = MOTIE_OPENING.exec(text);
  if (!opening) return null;
  const own = text.slice(opening.index).trim();
  const dictum = readDictum(own);
  return dictum ? { text: own, dictum } : null;
}
