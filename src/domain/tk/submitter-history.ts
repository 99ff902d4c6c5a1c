// The submitters of a motie (the Kamer members its Onderwerp names: "Motie van het lid X over …", "van de leden X en Y
// (c.s.) over …") and what their moties of the recorded months were about (submitter-history.json, built by
// tests/fixtures/tk/build-submitter-history.ts from tests/fixtures/tk/real*/syncfeed): per member and month, how many of
// their moties carried strong label-free evidence for one ministry (a begroting chapter outside the catch-all dossiers, or
// a debate whose committee meeting was one ministry's). A member speaks for their party on a few portfolios. Evidence for
// triage only: it adds a candidate, it never decides (session 10: where it is sure it is right 89-96 % of the time, less
// often than the rules it would overrule). Pure (data only).
import history from './submitter-history.json' with { type: 'json' };
import { foldWords } from './fold.ts';

const MEMBERS = history.members as Record<string, Record<string, Record<string, number>>>;

/** The lookup form of a member's name: no accents, no case, single spaces ("Kostić" → "kostic"). */
export function submitterKey(name: string): string {
  return foldWords(name);
}

const SUBMITTERS_RE = /^\s*(?:(?:tweede\s+)?(?:nader\s+)?gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)\s+over\s+/i;

/** The members an Onderwerp names as submitters, as written ("Motie van de leden Van Baarle en Kostić c.s. over …" → both). */
export function submittersOf(onderwerp: string | null): string[] {
  const m = SUBMITTERS_RE.exec((onderwerp ?? '').replace(/\s+/g, ' '));
  if (!m?.[1]) return [];
  return m[1]
    .replace(/\s+c\.\s?s\.?[\s.]*$/i, '')
    .split(/,\s*|\s+en\s+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** One submitter with the ministries of their moties of the recorded months (ministry → moties). */
export interface SubmitterProfile {
  name: string;
  counts: Readonly<Record<string, number>>;
}

/**
 * The submitters of an Onderwerp with their profiles, summed over the recorded months; a member without moties in the
 * table is left out. `withoutMonth` ("2025-03") leaves one month out (leave-one-month-out).
 */
export function submitterProfilesOf(onderwerp: string | null, withoutMonth?: string): SubmitterProfile[] {
  const out: SubmitterProfile[] = [];
  for (const name of submittersOf(onderwerp)) {
    const months = MEMBERS[submitterKey(name)];
    if (!months) continue;
    const counts: Record<string, number> = {};
    for (const [month, perMinistry] of Object.entries(months)) {
      if (month === withoutMonth) continue;
      for (const [ministry, n] of Object.entries(perMinistry)) counts[ministry] = (counts[ministry] ?? 0) + n;
    }
    if (Object.keys(counts).length > 0) out.push({ name, counts });
  }
  return out;
}
