// The date rows of bench/RESULTS.md, built from dates.bench.ts's result: shared by `npm run bench`
// (bench/run.ts, every row) and `npm run bench:dates` (bench/run-dates.ts, only these rows).
import { fmt, ratio, type BenchRow } from './rows.ts';

interface SetFigures {
  texts: number;
  withTerm: number;
  withoutTerm: number;
  primaryCorrect: number;
  falseDeadlines: number;
}

export interface DatesResult {
  fixtureSentences: number;
  overviewSentences: number;
  fixture: { ours: number; chrono: number };
  overview: { ours: number; chrono: number };
  targets: Record<'ours' | 'chrono', { found: number; targets: number; falsePositives: number }>;
  devSet: SetFigures;
  frozenSplit: SetFigures;
  seenSplit: SetFigures;
}


/** The first words of every date row, in table order (run-dates.ts replaces exactly these rows). */
export const DATE_ROW_PREFIXES: readonly string[] = ['Date parsing', 'Informing deadline on', 'Development set:', 'Same split:'];

export function datesRows(dates: DatesResult): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [label, r, n] of [
    ['fixture sentences', dates.fixture, dates.fixtureSentences],
    ['overview sentences', dates.overview, dates.overviewSentences],
  ] as const) {
    rows.push({
      what: `Date parsing, ${n} ${label} (sentences per CPU second, parseDates as shipped; baseline chrono-node nl)`,
      ours: fmt(r.ours, 0),
      baseline: fmt(r.chrono, 0),
      ratio: ratio(r.ours, r.chrono),
      verdict: r.ours >= 2 * r.chrono ? 'goal ≥ 2× met' : 'goal ≥ 2× NOT met',
    });
  }
  const t = dates.targets;
  rows.push({
    what: `Date parsing, target expressions found of ${t.ours.targets} (false positives on 5 negative controls)`,
    ours: `${t.ours.found} (${t.ours.falsePositives})`,
    baseline: `${t.chrono.found} (${t.chrono.falsePositives})`,
    ratio: ratio(t.ours.found, t.chrono.found),
    verdict: t.ours.found >= t.chrono.found ? 'finds what chrono misses' : 'finds less than chrono',
  });
  const d = dates.devSet;
  rows.push({
    what: `Informing deadline on the development set of ${d.texts} real sentences (${d.withTerm} with a term, ${d.withoutTerm} without): right primary %`,
    ours: fmt(d.primaryCorrect * 100, 1),
    baseline: '—',
    ratio: '—',
    verdict: d.primaryCorrect >= 0.97 ? 'goal ≥ 97 % met' : 'goal ≥ 97 % NOT met',
  });
  rows.push({
    what: `Development set: texts without an informing term wrongly given a deadline (% of ${d.withoutTerm})`,
    ours: fmt(d.falseDeadlines * 100, 1),
    baseline: '—',
    ratio: '—',
    verdict: d.falseDeadlines <= 0.03 ? 'goal ≤ 3 % met' : 'goal ≤ 3 % NOT met',
  });
  for (const [f, name] of [
    [dates.frozenSplit, 'the frozen test split (never tuned on; motie clauses, letters, toezeggingen)'],
    [dates.seenSplit, 'the seen split (the first frozen split, tuned on: second guard; motie subjects)'],
  ] as const) {
    rows.push({
      what: `Informing deadline on ${name}, ${f.texts} real texts (${f.withTerm} with a term, ${f.withoutTerm} without): right primary %`,
      ours: fmt(f.primaryCorrect * 100, 1),
      baseline: '—',
      ratio: '—',
      verdict: f.primaryCorrect >= 0.97 ? 'goal ≥ 97 % met' : 'goal ≥ 97 % NOT met',
    });
    rows.push({
      what: `Same split: texts without an informing term wrongly given a deadline (% of ${f.withoutTerm})`,
      ours: fmt(f.falseDeadlines * 100, 1),
      baseline: '—',
      ratio: '—',
      verdict: f.falseDeadlines <= 0.03 ? 'goal ≤ 3 % met' : 'goal ≤ 3 % NOT met',
    });
  }
  return rows;
}
