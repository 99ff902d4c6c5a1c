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

function trigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * Dice coefficient over character trigrams of the normalised texts: 1 for equal texts, near 1
 * for a typo or a changed word in a long text, low for unrelated texts.
 */
export function textSimilarity(a: string, b: string): number {
  const left = normaliseForMatching(a);
  const right = normaliseForMatching(b);
  if (left === right) return 1;
  if (left === '' || right === '') return 0;
  const x = trigrams(left);
  const y = trigrams(right);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return (2 * shared) / total;
}
