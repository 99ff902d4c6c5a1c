// What a Besluit's BesluitSoort says about a motie: the exact values of the Tweede Kamer's votes
// (TK-OPEN-DATA.md, "What real records show"), never a pattern: "Stemmen - niet aangenomen"
// contains "aangenomen" and is a rejection. A value outside this list is unknown: reported, and
// never taken for an adoption.

export type VoteOutcome = 'adopted' | 'rejected' | 'postponed' | 'withdrawn' | 'lapsed' | 'tied' | 'established';

/** Lowercased, single-spaced value → outcome. */
const OUTCOMES: ReadonlyMap<string, VoteOutcome> = new Map([
  ['stemmen - aangenomen', 'adopted'],
  // A hamerstuk: adopted without a vote.
  ['stemmen - zonder stemming aannemen', 'adopted'],
  ['stemmen - verworpen', 'rejected'],
  ['stemmen - niet aangenomen', 'rejected'],
  ['stemmen - aangehouden', 'postponed'],
  ['stemmen - aangehouden (al tijdens debat)', 'postponed'],
  ['stemmen - uitstellen', 'postponed'],
  ['stemmen - ingetrokken', 'withdrawn'],
  ['stemmen - ingetrokken (al tijdens debat)', 'withdrawn'],
  ['stemmen - vervallen', 'lapsed'],
  ['stemmen - gestaakt', 'tied'],
  ['stemmen - vastgesteld', 'established'],
]);

export type BesluitSoortReading = { kind: 'vote'; outcome: VoteOutcome } | { kind: 'unknown-vote' } | { kind: 'not-a-vote' };

/** "Stemmen - aangenomen" → a vote that adopted; "Stemmen - iets nieuws" → an unknown vote; "Behandelen" → no vote. */
export function readBesluitSoort(soort: string | null): BesluitSoortReading {
  const value = (soort ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!/^stemmen\s*-/.test(value)) return { kind: 'not-a-vote' };
  const outcome = OUTCOMES.get(value.replace(/^stemmen\s*-\s*/, 'stemmen - '));
  return outcome ? { kind: 'vote', outcome } : { kind: 'unknown-vote' };
}
