// The frozen test split (tests/fixtures/dates-frozen-split.tsv, issue 25): 130 real motie subjects
// from the Tweede Kamer open data, drawn once and labelled before any rule of v4 was changed. No rule
// is tuned on it: this test only reports its figures (no misses are printed) and fails when either
// drops below the committed floor. Raise the floor when a change improves them; never lower it.
import { describe, expect, it } from 'vitest';
import { devAccuracy, loadDevSet } from './dev-set.ts';

/** The figures committed for the frozen split (right primary: at least; false deadlines: at most). */
// Baseline before any v4 rule (2026-12-06): 104 / 130 right, 22 / 82 false deadlines. Now: 119 / 130 and 6 / 82.
const FLOOR = { primaryCorrect: 119 / 130, falseDeadlines: 6 / 82 };

describe('frozen test split (reported only, never tuned on)', () => {
  const rows = loadDevSet('dates-frozen-split.tsv');
  const accuracy = devAccuracy(rows);

  it('holds at least 100 real texts with their source, none of them in the development set', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const row of rows) expect(row.source).toMatch(/^https:\/\/gegevensmagazijn\.tweedekamer\.nl\//);
    const dev = new Set(loadDevSet().map((row) => row.text));
    expect(rows.filter((row) => dev.has(row.text))).toEqual([]);
  });

  it('keeps its committed floor', () => {
    console.info(
      `frozen split: ${accuracy.texts} texts (${accuracy.withTerm} with a term, ${accuracy.withoutTerm} without); ` +
        `primary right ${(accuracy.primaryCorrect * 100).toFixed(1)} %; false deadlines ${(accuracy.falseDeadlines * 100).toFixed(1)} %`,
    );
    expect(accuracy.primaryCorrect).toBeGreaterThanOrEqual(FLOOR.primaryCorrect);
    expect(accuracy.falseDeadlines).toBeLessThanOrEqual(FLOOR.falseDeadlines);
  });
});
