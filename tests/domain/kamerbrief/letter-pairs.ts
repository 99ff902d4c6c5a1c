// The labelled letter–item pairs (tests/fixtures/kamerbrief/letter-item-pairs.json): real
// "Brief regering" subjects and real moties from the Tweede Kamer's open data, recorded in
// github.com/tommyvanderwal/motiematcher, labelled by hand. Shared by the accuracy test and
// `npm run bench`, so both report the same figures.
import { readFileSync } from 'node:fs';
import { matchLetter } from '../../../src/domain/kamerbrief/match-letter.ts';
import type { Letter, MatchItem, MatchStrength } from '../../../src/domain/kamerbrief/types.ts';

interface PairFile {
  letters: { documentNummer: string; soort: string; datum: string; onderwerp: string; titel: string | null; volgnummer: number | null }[];
  items: { key: string; zaakNummer: string; kamerstuk: string; gestartOp: string; onderwerp: string; titel: string }[];
  pairs: { letter: string; item: string; fulfils: boolean; note: string }[];
}

export interface PairOutcome {
  letter: Letter;
  item: MatchItem;
  fulfils: boolean;
  note: string;
  strength: MatchStrength | null;
}

export interface PairStats {
  pairs: number;
  fulfilling: number;
  /** Per strength: proposals made, and how many of them the label calls right. */
  proposed: Record<MatchStrength, { made: number; right: number }>;
  /** Right share of zeker + waarschijnlijk proposals (goal ≥ 0.95). */
  precisionSure: number;
  /** Fulfilling pairs proposed at any strength (goal ≥ 0.8), and at zeker/waarschijnlijk. */
  recallAny: number;
  recallSure: number;
}

export function loadPairs(): PairOutcome[] {
  const file = JSON.parse(readFileSync(new URL('../../fixtures/kamerbrief/letter-item-pairs.json', import.meta.url), 'utf8')) as PairFile;
  const letters = new Map(file.letters.map((l) => [l.documentNummer, l]));
  const items = new Map(file.items.map((i, n) => [i.key, { ...i, n }]));
  return file.pairs.map((p) => {
    const l = letters.get(p.letter);
    const i = items.get(p.item);
    if (!l || !i) throw new Error(`pair ${p.letter} ${p.item}: not in the fixture`);
    const dash = i.kamerstuk.lastIndexOf('-');
    const letter: Letter = { id: l.documentNummer, documentNummer: l.documentNummer, soort: l.soort, onderwerp: l.onderwerp, titel: l.titel, datum: l.datum, dossier: null, volgnummer: l.volgnummer, zaakNummers: [], actors: [] };
    const item: MatchItem = {
      id: i.n + 1,
      kind: 'motie',
      title: i.onderwerp,
      text: '',
      submitters: [],
      kamerstuk: { dossier: i.kamerstuk.slice(0, dash), number: i.kamerstuk.slice(dash + 1) },
      reference: i.zaakNummer,
      since: i.gestartOp,
      registerLetters: [],
    };
    return { letter, item, fulfils: p.fulfils, note: p.note, strength: matchLetter(letter, [item])[0]?.strength ?? null };
  });
}

export function pairStats(outcomes: readonly PairOutcome[]): PairStats {
  const proposed: PairStats['proposed'] = { zeker: { made: 0, right: 0 }, waarschijnlijk: { made: 0, right: 0 }, mogelijk: { made: 0, right: 0 } };
  for (const o of outcomes) {
    if (!o.strength) continue;
    proposed[o.strength].made += 1;
    if (o.fulfils) proposed[o.strength].right += 1;
  }
  const fulfilling = outcomes.filter((o) => o.fulfils);
  const sureMade = proposed.zeker.made + proposed.waarschijnlijk.made;
  return {
    pairs: outcomes.length,
    fulfilling: fulfilling.length,
    proposed,
    precisionSure: sureMade === 0 ? 0 : (proposed.zeker.right + proposed.waarschijnlijk.right) / sureMade,
    recallAny: fulfilling.filter((o) => o.strength !== null).length / fulfilling.length,
    recallSure: fulfilling.filter((o) => o.strength === 'zeker' || o.strength === 'waarschijnlijk').length / fulfilling.length,
  };
}
