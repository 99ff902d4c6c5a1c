// Which ministry must act on a toezegging: from the bewindspersoon's title (functie) and the
// register's ministerie field. The names are data (ministries-data.json): departments are renamed
// between cabinets. A title that maps to nothing is reported, never guessed.
import { canonicalMinistry } from '../codes.ts';
import data from './ministries-data.json' with { type: 'json' };
import { foldWords as normaliseName } from './fold.ts';
import type { MinistryDerivation } from './types.ts';

/** Normalised department name → ministry, longest names first (so "Economische Zaken en Klimaat" wins over "Economische Zaken"). */
const DEPARTMENTS: readonly (readonly [string, string])[] = Object.entries(data.departments as Record<string, string>)
  .map(([name, ministry]) => [normaliseName(name), ministry] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** The ministry of a department name that `text` starts with ("Onderwijs, Cultuur en Wetenschap - Primair Onderwijs" → OCW). */
export function ministryOfDepartment(text: string): string | null {
  const t = normaliseName(text).replace(/^(?:het )?ministerie van /, '');
  for (const [name, ministry] of DEPARTMENTS) {
    if (t === name || (t.startsWith(name) && /^[\s,;:()–-]/.test(t.slice(name.length)))) return ministry;
  }
  // "OCW", "JenV": already a code.
  return canonicalMinistry(t.replace(/\s+/g, '')) ?? null;
}

const ROLE_RE = /^(minister|staatssecretaris)(?:\s*-\s*president)?\b\s*(van|voor)?\s*(.*)$/i;

interface Role {
  letter: 'M' | 'S';
  preposition: 'van' | 'voor' | null;
  rest: string;
  president: boolean;
}

function readRole(functie: string): Role | null {
  const m = ROLE_RE.exec(functie.trim());
  if (!m) return null;
  return {
    letter: m[1]?.toLowerCase() === 'minister' ? 'M' : 'S',
    preposition: (m[2]?.toLowerCase() as 'van' | 'voor' | undefined) ?? null,
    rest: m[3] ?? '',
    president: /^minister\s*-\s*president/i.test(functie.trim()),
  };
}

/**
 * The responsible code for a toezegging, or null when neither the title nor the ministerie maps:
 * - "Minister van Onderwijs, Cultuur en Wetenschap" → MOCW (rule functie);
 * - "Staatssecretaris van Financiën - Fiscaliteit" → SFin (functie);
 * - "Minister voor Buitenlandse Handel en …" (a portfolio, no department) + ministerie
 *   "Buitenlandse Zaken" → MBZ (rule ministerie);
 * - "Minister-president" → MAZ (functie).
 */
export function deriveToezeggingMinistry(functie: string | null, ministerie: string | null): MinistryDerivation | null {
  const role = functie ? readRole(functie) : null;
  if (functie && role?.president) {
    return { responsible: [{ code: 'MAZ', ministry: 'AZ' }], rule: 'functie', explanation: `functie "${functie.trim()}"` };
  }
  if (functie && role?.preposition === 'van') {
    const ministry = ministryOfDepartment(role.rest);
    if (ministry) {
      return {
        responsible: [{ code: `${role.letter}${ministry}`, ministry }],
        rule: 'functie',
        explanation: `functie "${functie.trim()}"`,
      };
    }
  }
  const fromField = ministerie ? ministryOfDepartment(ministerie) : null;
  if (ministerie && fromField) {
    const letter = role?.letter ?? 'M';
    return {
      responsible: [{ code: `${letter}${fromField}`, ministry: fromField }],
      rule: 'ministerie',
      explanation: functie
        ? `ministerie "${ministerie.trim()}" (de functie "${functie.trim()}" noemt geen departement)`
        : `ministerie "${ministerie.trim()}"`,
    };
  }
  return null;
}

/** Roman numeral suffix of a begroting dossier ("36200-VIII", "36 600 VIII") → ministry. */
export function ministryOfBegroting(dossier: string): string | null {
  const m = /^\s*(\d{2}\s?\d{3})\s*[- ]\s*([IVXL]+[AB]?)\s*$/i.exec(dossier);
  if (!m?.[2]) return null;
  return (data.begrotingen as Record<string, string>)[m[2].toUpperCase()] ?? null;
}

const COMMITTEES: readonly (readonly [string, string])[] = Object.entries(data.committees as Record<string, string>).map(([name, ministry]) => [normaliseName(name), ministry] as const);

/**
 * The ministry a committee of the Kamer follows ("vaste commissie voor Justitie en Veiligheid" → JenV,
 * "vaste commissie voor Buitenlandse Handel en Ontwikkelingshulp" → BHO), or null for a committee
 * that follows several (Europese Zaken, Digitale Zaken) or none (the Kamer itself, "TK").
 */
export function ministryOfCommittee(name: string): string | null {
  const bare = normaliseName(name)
    .replace(/^(?:de\s+)?(?:vaste\s+)?commissie\s+(?:voor|van)\s+(?:de\s+)?/, '')
    .replace(/\s*\(\d{4}\s*-\s*\d{4}\)\s*$/, '');
  for (const [committee, ministry] of COMMITTEES) if (bare === committee) return ministry;
  return ministryOfDepartment(bare);
}
