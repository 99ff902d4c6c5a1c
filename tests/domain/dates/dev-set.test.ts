// Accuracy on the development set of real parliamentary sentences (tests/fixtures/dates-dev-set.tsv).
// The figures are reported (console and `npm run bench`); the floors below are the targets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devAccuracy, loadDevSet } from './dev-set.ts';

describe('development set of real sentences (docs/DATES.md v3)', () => {
  const rows = loadDevSet();
  const accuracy = devAccuracy(rows);

  it('holds at least 400 real texts, at least 150 with an informing term and half of them without one', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(accuracy.withTerm).toBeGreaterThanOrEqual(150);
    expect(accuracy.withoutTerm).toBeGreaterThanOrEqual(rows.length / 2);
    for (const row of rows) expect(row.source).not.toBe('');
  });

  it('reports its accuracy: ≥ 97 % right primary, ≤ 3 % of texts without a term given a deadline', () => {
    console.info(
      `dev set: ${accuracy.texts} texts (${accuracy.withTerm} with a term, ${accuracy.withoutTerm} without); ` +
        `primary right ${(accuracy.primaryCorrect * 100).toFixed(1)} %; false deadlines ${(accuracy.falseDeadlines * 100).toFixed(1)} %`,
    );
    for (const miss of accuracy.misses) {
      console.info(`  miss (${miss.row.reference}): expected ${miss.row.primary ?? 'geen termijn'}, got ${miss.got?.text ?? 'geen termijn'}: ${miss.row.text}`);
    }
    expect(accuracy.primaryCorrect).toBeGreaterThanOrEqual(0.97);
    expect(accuracy.falseDeadlines).toBeLessThanOrEqual(0.03);
  });

  it('loses no row: every miss is one of the known misses (tests/fixtures/dates-dev-misses.tsv)', () => {
    // The floors above let some 40 right rows go wrong unnoticed; a rule that fixes one kind must not break another.
    const known = new Set(
      readFileSync(new URL('../../fixtures/dates-dev-misses.tsv', import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.startsWith('#')),
    );
    const lost = accuracy.misses.filter((miss) => !known.has(`${miss.row.reference}\t${miss.row.text}`));
    expect(lost.map((miss) => `${miss.row.reference}: expected ${miss.row.primary ?? 'geen termijn'}, got ${miss.got?.text ?? 'geen termijn'}: ${miss.row.text}`)).toEqual([]);
  });
});
