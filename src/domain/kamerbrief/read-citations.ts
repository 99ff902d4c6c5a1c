// The references a letter's subject carries, in the spellings ministries use: Kamerstukken
// ("32849-274", "32 849, nr. 274", "Kamerstuk 32849, nr. 274", "36600-XVII-74", "21501-02-3120",
// "36672-5 en 6"), bare dossiers ("(Kamerstuk 36546)"), zaak numbers (2025Z01234) and
// toezegging numbers (TZ202412-116). Pure.

export interface Citations {
  /** "32849-274", "36600-XVII-74", "21501-02-3120" (dossier as one, number without zeros). */
  kamerstukken: string[];
  /** Dossiers named without a number ("36546"). */
  dossiers: string[];
  /** Zaak and toezegging numbers, upper case. */
  numbers: string[];
}

const DOSSIER = String.raw`(\d{2}\s?\d{3})((?:-(?:[IVXLC]+|[A-Z]{1,2}|\d{2}))?)`;
const KAMERSTUK = new RegExp(String.raw`(?<![\d/])${DOSSIER}(?:\s*,?\s*(?:nrs?\.?|nummers?)\s*|-)(\d{1,4})\b(?!-\d)`, 'gi');
const MORE_NUMBERS = /^\s*(?:,|en)\s*(?:nrs?\.?\s*)?(\d{1,4})\b(?![-\d])/i;
const BARE_DOSSIER = new RegExp(String.raw`\bkamerstuk(?:ken)?\s+(?:II\s+)?${DOSSIER}\s*\)`, 'gi');
const NUMBERS = /\b(\d{4}Z\d{5}|TZ\d{6}-\d{1,4})\b/gi;

/** "32 849" + "-XVII" → "32849-XVII". */
function normaliseDossier(number: string, suffix: string): string {
  return `${number.replace(/\s/g, '')}${suffix.toUpperCase()}`;
}

/** Every reference in `text`, each once, in order of appearance. */
export function readCitations(text: string): Citations {
  const kamerstukken: string[] = [];
  const dossiers: string[] = [];
  const numbers: string[] = [];
  const add = (list: string[], v: string) => { if (!list.includes(v)) list.push(v); };
  for (const m of text.matchAll(KAMERSTUK)) {
    const dossier = normaliseDossier(m[1] ?? '', m[2] ?? '');
    add(kamerstukken, `${dossier}-${String(Number(m[3]))}`);
    let rest = text.slice((m.index) + m[0].length);
    for (let more = MORE_NUMBERS.exec(rest); more; more = MORE_NUMBERS.exec(rest)) {
      add(kamerstukken, `${dossier}-${String(Number(more[1]))}`);
      rest = rest.slice(more[0].length);
    }
  }
  for (const m of text.matchAll(BARE_DOSSIER)) add(dossiers, normaliseDossier(m[1] ?? '', m[2] ?? ''));
  for (const m of text.matchAll(NUMBERS)) add(numbers, (m[1] ?? '').toUpperCase());
  return { kamerstukken, dossiers, numbers };
}
