// What a person types after /motie zoek, as an FTS5 query on the items_fts index (trigram
// tokenizer, accents and case ignored). Every way of writing a Kamerstuk ("34843, nr. 79",
// "34 843-79", "Kamerstukken II 2022/23, 34843, nr. 79", "kst-34843-79") becomes the index's
// canonical form "[34843-79]", or the ways a status text cites it. Pure: text in, query out.

/** A column of the items_fts index (drizzle/0007_items_fts.sql). */
export type SearchColumn = 'title' | 'text' | 'submitters' | 'status_text' | 'kamerstuk' | 'reference';

/** One quoted FTS5 string of the query, limited to `columns` (null: any column). */
export interface SearchPhrase { columns: readonly SearchColumn[] | null; phrase: string }

export type SearchQueryResult =
  | {
    ok: true;
    match: string;
    /**
     * The same query as `match`, as data: every clause must hold (AND), and a clause holds when one
     * of its phrases does (OR). A search reads items not yet indexed with it (store/search-pending.ts).
     */
    clauses: (readonly SearchPhrase[])[];
    kamerstuk: { dossier: string; number: string } | null;
    words: string[];
  }
  | { ok: false; code: 'SEARCH_TOO_SHORT' };

/** The columns a Kamerstuk is cited in. */
const CITING: readonly SearchColumn[] = ['title', 'text', 'status_text'];

/** The trigram tokenizer finds nothing shorter than three characters. */
const SEARCH_MIN_CHARS = 3;

/** "Kamerstukken II 2022/23," / "Kamerstuk" / "kst-" before the numbers. */
const KAMERSTUK_PREFIX = /\b(?:kamerstukk?(?:en)?|kst)\b\.?\s*(?:(?:ii|i)\b\s*)?(?:\d{4}\s*[/-]\s*\d{2,4}\b\s*)?,?\s*-?\s*/giu;
/**
 * A Kamerstuk: dossier (five digits, maybe "34 843"; with a suffix like "-VIII"), then the number
 * after ", nr.", " nr ", "-", "/" or a space. The suffix is a Roman numeral or one capital letter.
 */
const KAMERSTUK = /(?<![\d])(\d{2}\s?\d{3})(?:(?:\s*-\s*|\s+)((?:[IVXLC]+|[A-Z])(?![a-z])))?\s*(?:,\s*nr\.?\s*|\s+nr\.?\s*|\s*-\s*|\s*\/\s*|\s+)(\d{1,4})(?![\d])/iu;

/**
 * An Eerste Kamer Kamerstuk: several dossiers ("22112/31544", "22.112 / 31.544") or one written the
 * Eerste Kamer's way with a dot ("34.122"), maybe with its letter ("…, CK", "…-CK"). Stored as
 * "22112/31544" + "CK" (index form "[22112/31544-CK]"; the dossier alone "[34122-]").
 */
const EK_KAMERSTUK = /(?<![\d.])(\d{2}[.\s]?\d{3}(?:\s*\/\s*\d{2}[.\s]?\d{3})+|\d{2}\.\d{3})(?![\d])(?:\s*[,-]\s*([A-Z]{1,3})(?![a-z]))?/u;

/** Folds typed text like the index folds its text: NFC, ligatures, typographic quotes and dashes. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[ĳĲ]/g, (c) => (c === 'ĳ' ? 'ij' : 'IJ'))
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An FTS5 string: in double quotes, inner quotes doubled; never read as query syntax. */
function quoted(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** How a status text or request cites a Kamerstuk: "34843, nr. 79", "34843-79", … */
function citedForms(dossier: string, number: string): string[] {
  return [`${dossier}, nr. ${number}`, `${dossier}, nr.${number}`, `${dossier} nr. ${number}`, `${dossier}, nr ${number}`, `${dossier}-${number}`];
}

/** Vowel pairs that are one sound in Dutch: their vowel is never doubled ("boek", "nieuw"). */
const DIGRAPH = /(?:oe|ie|eu|ui|ou|ei|au|ij)$/;

/**
 * The other number or inflection of a Dutch word, as a substring the trigram index can find:
 * "vertrouwenspersoon" ↔ "vertrouwenspersonen", "seksueel" ↔ "seksuele", "brief" ↔ "brieven",
 * "rapporten" → "rapport", "kamers" → "kamer". Only for words of six letters or more; a wrong
 * guess only adds an alternative that matches nothing.
 */
export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  if (w.length < 6 || !/^[a-zàâäçéèêëïîôöûüÿ]+$/.test(w)) return [];
  const out = new Set<string>();
  // singular → the stem of its plural or inflected form
  const long = /^(?<before>.+?)(?<vowel>[aeiou])\k<vowel>(?<consonant>[^aeiouwj])$/.exec(w)?.groups;
  if (long?.before !== undefined && long.vowel !== undefined && !long.before.endsWith(long.vowel)) out.add(`${long.before}${long.vowel}${long.consonant ?? ''}e`);
  if (/[aeiou]f$/.test(w)) out.add(`${w.slice(0, -1)}ve`);
  if (/[aeiou]s$/.test(w)) out.add(`${w.slice(0, -1)}ze`);
  // plural or inflected → singular
  const base = w.endsWith('en') ? w.slice(0, -2) : w.endsWith('e') ? w.slice(0, -1) : /e[rlnm]s$/.test(w) ? w.slice(0, -1) : null;
  if (base !== null && base.length >= 4) out.add(singularOf(base));
  out.delete(w);
  return [...out];
}

/** The singular of a plural's or an inflected form's stem ("person" → "persoon", "briev" → "brief"). */
function singularOf(base: string): string {
  if (/([^aeiou])\1$/.test(base)) return base.slice(0, -1); // bedd → bed
  if (base.endsWith('v')) return `${base.slice(0, -1)}f`; // briev → brief
  if (base.endsWith('z')) return `${base.slice(0, -1)}s`; // huiz → huis
  const short = /^(.+)([aeiou])([^aeiouwj])$/.exec(base);
  if (!short) return base;
  const [, before, vowel, consonant] = short as unknown as [string, string, string, string];
  const afterVowel = /[aeiou]$/.test(before);
  if (afterVowel && DIGRAPH.test(`${before}${vowel}`)) return base; // boek, nieuw
  if (!afterVowel && vowel === 'e' && /[rlnm]/.test(consonant)) return base; // kamer, middel: unstressed
  return `${before}${vowel}${vowel}${consonant}`; // person → persoon, seksuel → seksueel
}

/** One typed word as an FTS5 term: the word, or the word or its other form. */
function wordQuery(word: string): string {
  const other = inflections(word);
  return other.length === 0 ? quoted(word) : `(${[word, ...other].map(quoted).join(' OR ')})`;
}

export function buildSearchQuery(typed: string): SearchQueryResult {
  let rest = foldSearchText(typed);
  let kamerstuk: { dossier: string; number: string } | null = null;
  const withoutPrefix = rest.replace(KAMERSTUK_PREFIX, ' ');
  const ek = EK_KAMERSTUK.exec(withoutPrefix);
  const found = ek ? null : KAMERSTUK.exec(withoutPrefix);
  if (ek?.[1]) {
    const dossier = ek[1].split('/').map((d) => d.replace(/[\s.]/g, '')).join('/');
    kamerstuk = { dossier, number: ek[2] ?? '' };
    rest = `${withoutPrefix.slice(0, ek.index)} ${withoutPrefix.slice(ek.index + ek[0].length)}`;
  } else if (found?.[1]) {
    const dossier = `${found[1].replace(/\s/g, '')}${found[2] ? `-${found[2].toUpperCase()}` : ''}`;
    kamerstuk = { dossier, number: String(Number(found[3])) };
    rest = `${withoutPrefix.slice(0, found.index)} ${withoutPrefix.slice(found.index + found[0].length)}`;
  }
  const words = rest
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^["'(]+|["'.)!?:]+$/g, ''))
    .filter((w) => Array.from(w).length >= SEARCH_MIN_CHARS); // code points, not UTF-16 units
  const parts: string[] = [];
  const clauses: (readonly SearchPhrase[])[] = [];
  if (kamerstuk?.number === '') {
    // The dossier alone: every Kamerstuk in it, and the texts that name it.
    parts.push(`(kamerstuk : ${quoted(`[${kamerstuk.dossier}-`)} OR {title text status_text} : ${quoted(kamerstuk.dossier)})`);
    clauses.push([{ columns: ['kamerstuk'], phrase: `[${kamerstuk.dossier}-` }, { columns: CITING, phrase: kamerstuk.dossier }]);
  } else if (kamerstuk) {
    const forms = citedForms(kamerstuk.dossier, kamerstuk.number);
    const own = `kamerstuk : ${quoted(`[${kamerstuk.dossier}-${kamerstuk.number}]`)}`;
    const cited = `{title text status_text} : (${forms.map(quoted).join(' OR ')})`;
    parts.push(`(${own} OR ${cited})`);
    clauses.push([{ columns: ['kamerstuk'], phrase: `[${kamerstuk.dossier}-${kamerstuk.number}]` }, ...forms.map((phrase) => ({ columns: CITING, phrase }))]);
  }
  parts.push(...words.map(wordQuery));
  clauses.push(...words.map((word) => [word, ...inflections(word)].map((phrase) => ({ columns: null, phrase }))));
  if (parts.length === 0) return { ok: false, code: 'SEARCH_TOO_SHORT' };
  return { ok: true, match: parts.join(' AND '), clauses, kamerstuk, words };
}
