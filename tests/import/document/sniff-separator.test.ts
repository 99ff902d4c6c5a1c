// sniffSeparator reads a text's first 30 records with more than white space; a text without
// quotes has its lines as records, and only as many lines are read as are needed (a 7 MB text was
// split whole; issue 28). It must decide as the split of the whole first megabyte did.
import { describe, expect, it } from 'vitest';
import { sniffSeparator } from '../../../src/import/document/csv.ts';

const SEPARATORS = [';', '\t', ',', '|'];

/** sniffSeparator as it was, for a text without quotes: its first megabyte split into lines, filtered. */
function reference(text: string, strict: boolean): string | null {
  const lines = text.slice(0, 1_000_000).split('\n').filter((line) => line.trim() !== '').slice(0, 30);
  if (lines.length < 2) return null;
  let best: { separator: string; share: number } | null = null;
  for (const separator of SEPARATORS) {
    const tally = new Map<number, number>();
    for (const line of lines) {
      const n = line.split(separator).length - 1;
      if (n > 0) tally.set(n, (tally.get(n) ?? 0) + 1);
    }
    const [mode, modeCount] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const share = modeCount / lines.length;
    const needed = strict ? (separator === ',' ? 0.8 : 0.6) : 0.3;
    if (mode >= (strict && separator === ',' ? 2 : 1) && share >= needed && (!best || share > best.share)) best = { separator, share };
  }
  return best?.separator ?? null;
}

describe('sniffSeparator', () => {
  it('decides as the whole first megabyte split into lines did, for 5,000 texts without quotes', () => {
    let seed = 5;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pieces = ['a', 'b c', ';', ',', '\t', '|', ' ', '\n', '\n', '\n\n', '\r\n', '  \n', '\u00A0\n'];
    for (let n = 0; n < 5_000; n += 1) {
      let text = '';
      const length = Math.floor(next() * (n % 5 === 0 ? 400 : 40));
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(next() * pieces.length)] ?? '';
      for (const strict of [false, true]) {
        const got = sniffSeparator(text, strict);
        const want = reference(text, strict);
        if (got !== want) expect(got, JSON.stringify({ text, strict })).toBe(want);
      }
    }
  });

  it('reads the lines past the first megabyte no more than before', () => {
    const head = `${'x\n'.repeat(499_999)}a;b\n`;
    expect(head.length).toBe(1_000_002);
    expect(sniffSeparator(`${head}c;d\ne;f\n`, false)).toBe(reference(`${head}c;d\ne;f\n`, false));
    expect(sniffSeparator('a;b\n'.repeat(40), true)).toBe(';');
  });
});
