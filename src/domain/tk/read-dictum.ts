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
