// Kamerbrief matcher: precision and recall on the labelled letter–item pairs
// (tests/fixtures/kamerbrief/letter-item-pairs.json, the same figures the accuracy test reports),
// and letters matched per second against all the fixture's items (the work of one sync page).
import { matchLetter } from '../src/domain/kamerbrief/match-letter.ts';
import { loadPairs, pairStats } from '../tests/domain/kamerbrief/letter-pairs.ts';
import { report } from './lib/stats.ts';

const outcomes = loadPairs();
const stats = pairStats(outcomes);
const letters = [...new Map(outcomes.map((o) => [o.letter.id, o.letter])).values()];
const items = [...new Map(outcomes.map((o) => [o.item.id, o.item])).values()];
let n = 0;
const start = performance.now();
while (performance.now() - start < 1000) {
  for (const letter of letters) matchLetter(letter, items);
  n += letters.length;
}
report({ ...stats, letters: letters.length, items: items.length, lettersPerSecond: (n / (performance.now() - start)) * 1000 });
