// Text similarity for matching an overview item to a stored one when no Kamerstuk ties them.

/** Lower case, no diacritics, no punctuation, single spaces: "Vóór het debat." → "voor het debat". */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function bigrams(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const tokens = words.length === 1 ? [words[0] ?? ''] : words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`);
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Dice coefficient over word bigrams of the normalised texts: 1 for equal texts, 0 for unrelated ones. */
export function textSimilarity(a: string, b: string): number {
  const left = normaliseForMatching(a);
  const right = normaliseForMatching(b);
  if (left === right) return 1;
  if (left === '' || right === '') return 0;
  const x = bigrams(left.split(' '));
  const y = bigrams(right.split(' '));
  let shared = 0;
  let total = 0;
  for (const [token, count] of x) {
    shared += Math.min(count, y.get(token) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return (2 * shared) / total;
}
