import { devAccuracy, loadDevSet } from '/work/wt-h6-dates/tests/domain/dates/dev-set.ts';
for (const f of ['dates-dev-set.tsv', 'dates-frozen-split.tsv'] as const) {
  const a = devAccuracy(loadDevSet(f));
  console.log(f, a.texts, a.withTerm, a.withoutTerm, (a.primaryCorrect*100).toFixed(1), (a.falseDeadlines*100).toFixed(1));
  if (process.argv[2] === f) for (const m of a.misses) console.log(`  miss: expected ${m.row.primary ?? '-'} ${m.row.deadline ?? ''}, got ${m.got?.text ?? '-'} ${m.got?.deadline ?? ''} :: ${m.row.text}`);
}
