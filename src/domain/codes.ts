// Bewindspersoon codes (SOCW, MJenV …) and ministries (OCW, JenV …), as overview documents write them.

/** Ministries as written in codes, with their canonical spelling. */
export const MINISTRIES: readonly string[] = [
  'OCW', 'SZW', 'VWS', 'JenV', 'BZK', 'IenW', 'Fin', 'EZ', 'LVVN', 'Def', 'BZ', 'AZ', 'KGG', 'VRO',
  'LMZ', 'LZS', 'BHO', 'EZK', 'LNV', 'KR', 'AenM', 'VenJ', 'IenM', 'BuZa', 'BHOS', 'MZS', 'JGZ', 'PO', 'MBO',
];

const byLower = new Map(MINISTRIES.map((m) => [m.toLowerCase(), m]));

export type Target =
  | { kind: 'code'; code: string; ministry: string }
  | { kind: 'ministry'; ministry: string };

/** Canonical spelling of a ministry, or the input when unknown but plausible; null when not a ministry. */
export function canonicalMinistry(input: string): string | null {
  const known = byLower.get(input.toLowerCase());
  if (known) return known;
  return null;
}

/**
 * Reads "SOCW", "socw", "MJenV", "OCW", "jenv" as a code or a ministry.
 * A code is M (minister) or S (staatssecretaris) followed by a known ministry.
 */
export function parseTarget(raw: string): Target | null {
  const input = raw.trim();
  if (!/^[A-Za-z]{2,8}$/.test(input)) return null;
  const asMinistry = canonicalMinistry(input);
  const first = input.charAt(0).toUpperCase();
  if ((first === 'M' || first === 'S') && input.length > 2) {
    const ministry = canonicalMinistry(input.slice(1));
    if (ministry) return { kind: 'code', code: `${first}${ministry}`, ministry };
  }
  if (asMinistry) return { kind: 'ministry', ministry: asMinistry };
  return null;
}

/**
 * Words that each name a code or a ministry ("SOCW OCW jenv"), sorted into codes and ministries;
 * the first word that is neither makes the whole list unreadable.
 */
export function parseTargets(words: readonly string[]): { ok: true; codes: string[]; ministries: string[] } | { ok: false; word: string } {
  const codes: string[] = [];
  const ministries: string[] = [];
  for (const word of words) {
    const target = parseTarget(word);
    if (!target) return { ok: false, word };
    if (target.kind === 'code') codes.push(target.code);
    else ministries.push(target.ministry);
  }
  return { ok: true, codes, ministries };
}

/** The ministry of a bewindspersoon code: SOCW → OCW, MJenV → JenV. */
export function ministryOfCode(code: string): string {
  const target = parseTarget(code);
  if (target) return target.ministry;
  return /^[MS][A-Z]/.test(code) ? code.slice(1) : code;
}
