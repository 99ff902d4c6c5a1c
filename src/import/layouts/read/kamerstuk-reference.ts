// A Kamerstuk reference in a text: "Kamerstukken II 2022/23, 34843, nr. 79" (a footnote, a
// Vindplaats cell) and the Eerste Kamer's "Kamerstukken I 2008/09, 22 112 / 31 544, CK".
import type { KamerstukRef } from '../../../domain/items.ts';

const KAMERSTUKKEN = /kamerstukk?en?\s*(?:i{1,2}\s+)?(?:(\d{1,4})\s*[/\-–]\s*(\d{2,4})\s*,?\s*)?/i;
const DOSSIER = /^(\d{2}\s?\d{3})(?:\s*[-–]?\s*([IVXL]{1,6}|[A-Z](?![a-z])))?\s*,?\s*/;
const NUMBER = /\bnr\s*\.?\s*(\d{1,4})\b/i;

/**
 * The Eerste Kamer's form, as motiebot's export writes it for an EK toezegging: "Kamerstukken I
 * 2008/09, 22 112 / 31 544, CK" (several dossiers, a letter, no "nr."), "Kamerstukken I, 34122".
 */
const EK_REFERENCE =
  /\b[Kk]amerstukken\s+I\s*(?:(\d{4})\s*[/\-–]\s*(\d{2,4})\s*)?,\s*(\d{2}[.\s]?\d{3}(?:-[IVXL]{1,6})?(?:\s*\/\s*\d{2}[.\s]?\d{3}(?:-[IVXL]{1,6})?)*)(?:\s*,\s*([A-Z]{1,3}))?\s*(?:[.;:,)]|$)/;

function eerstekamerReference(text: string): KamerstukRef | null {
  const m = EK_REFERENCE.exec(text);
  if (!m?.[3]) return null;
  const dossier = m[3].split('/').map((d) => d.replace(/[\s.]/g, '')).join('/');
  const second = m[2];
  const vergaderjaar = m[1] && second ? `${String((second.length === 4 ? Number(second) : 2000 + Number(second.slice(-2))) - 1)}/${(second.length === 4 ? second : `20${second.slice(-2)}`).slice(-2)}` : null;
  return { dossier, number: m[4] ?? '', vergaderjaar };
}

/**
 * Reads "Kamerstukken II 2022/23, 34843, nr. 79" anywhere in a text. Tolerates "nr.78",
 * "2023-24", "36 200 VIII" and an incomplete first year ("202/25" is read as 2024/25).
 */
export function parseKamerstukReference(text: string): {
  ref: KamerstukRef | null;
  repaired: { written: string; read: string } | null;
} {
  const head = KAMERSTUKKEN.exec(text);
  if (!head) return { ref: null, repaired: null };
  const rest = text.slice(head.index + head[0].length);
  const dossier = DOSSIER.exec(rest);
  if (!dossier?.[1]) return { ref: eerstekamerReference(text), repaired: null };
  const afterDossier = rest.slice(dossier[0].length);
  const number = NUMBER.exec(afterDossier.slice(0, 40));
  if (!number?.[1]) return { ref: eerstekamerReference(text), repaired: null };

  let vergaderjaar: string | null = null;
  let repaired: { written: string; read: string } | null = null;
  const first = head[1];
  const second = head[2];
  if (first && second) {
    const written = `${first}/${second}`;
    const secondYear = second.length === 4 ? Number(second) : 2000 + Number(second.slice(-2));
    const firstYear = Number(first);
    const normalised = `${secondYear - 1}/${String(secondYear).slice(-2)}`;
    vergaderjaar = normalised;
    if (first.length !== 4 || firstYear + 1 !== secondYear) repaired = { written, read: normalised };
  }
  const roman = dossier[2];
  const dossierNumber = dossier[1].replace(/\s/g, '') + (roman ? `-${roman}` : '');
  return {
    ref: { dossier: dossierNumber, number: String(Number(number[1])), vergaderjaar },
    repaired,
  };
}
