// The routing measured on the recorded months: how many adopted moties get a ministry, and how often
// that ministry is right on the hand-labelled sample. Prints the figures. September 2025 is the month
// the rules and vocabulary were tuned on; March 2025 is held out (labelled before the router ran on it,
// never tuned on), so its figures are the ones to believe.
import { describe, expect, it } from 'vitest';
import { mapMotie } from '../../../src/domain/tk/map-motie.ts';
import type { RecordedMonth } from '../../helpers/recorded-month.ts';
import { recordedLabels, recordedMoties } from '../../helpers/recorded-moties.ts';

function measure(withText: boolean, month: RecordedMonth = '2025-09') {
  const labels = recordedLabels(month);
  const adopted = recordedMoties(month)
    .map((m) => ({ m, mapped: mapMotie({ zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, ...(withText && m.text ? { text: m.text } : {}) }) }))
    .filter(({ mapped }) => mapped.adopted);
  const routed = adopted.filter(({ mapped }) => mapped.draft.ministry !== null);
  const byRule = new Map<string, number>();
  for (const { mapped } of routed) byRule.set(mapped.draft.ministry?.rule ?? '', (byRule.get(mapped.draft.ministry?.rule ?? '') ?? 0) + 1);
  const labelled = adopted.filter(({ m }) => labels.has(m.zaak.nummer ?? ''));
  const labelledRouted = labelled.filter(({ mapped }) => mapped.draft.ministry !== null);
  const wrong = labelledRouted.filter(({ m, mapped }) => !(labels.get(m.zaak.nummer ?? '') ?? []).includes(mapped.draft.ministry?.responsible[0]?.ministry ?? ''));
  return {
    adopted: adopted.length,
    routed: routed.length,
    triage: adopted.length - routed.length,
    byRule: Object.fromEntries([...byRule.entries()].sort()),
    labelled: labelled.length,
    labelledRouted: labelledRouted.length,
    wrong: wrong.map(({ m, mapped }) => `${m.zaak.nummer ?? ''}: ${mapped.draft.ministry?.responsible[0]?.ministry ?? ''} (${mapped.draft.ministry?.explanation ?? ''}) label ${(labels.get(m.zaak.nummer ?? '') ?? []).join('|')}`),
  };
}

describe('routing on the recorded month', () => {
  it('with the motie texts: at most 15 % of adopted moties in triage, at least 95 % right on the labelled sample', () => {
    const r = measure(true);
    const triageShare = r.triage / r.adopted;
    const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
    console.log(`routing (with texts): ${r.routed}/${r.adopted} routed, triage ${(100 * triageShare).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled sample ${r.labelled}, routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} %`);
    for (const w of r.wrong) console.log(`  wrong: ${w}`);
    expect(r.labelled).toBeGreaterThanOrEqual(100);
    expect(triageShare).toBeLessThanOrEqual(0.15);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it('without the texts (Onderwerp and dossier only): reported', () => {
    const r = measure(false);
    const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
    console.log(`routing (no texts): ${r.routed}/${r.adopted} routed, triage ${(100 * r.triage / r.adopted).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} %`);
    expect(r.adopted).toBe(362);
  });
});

// Held out: the first run of the router on this month (after the labels were committed, 633ff23) gave
// with texts 196/258 routed, 24.0 % triage, 77/88 right (87.5 %); without texts 25.2 % triage, 75/87 right
// (86.2 %). The goals (<= 15 % triage, >= 95 % right) are NOT met on this month. The bounds below
// are a regression floor a little under that first run, not the goal; they must not be raised by tuning
// rules on this month (tune on September, then re-measure here).
describe('routing on the held-out month (March 2025)', () => {
  for (const withText of [true, false]) {
    it(`${withText ? 'with' : 'without'} the motie texts: measured and printed; no worse than the first held-out run`, () => {
      const r = measure(withText, '2025-03');
      const triageShare = r.triage / r.adopted;
      const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
      console.log(`held-out routing (${withText ? 'with texts' : 'no texts'}): ${r.routed}/${r.adopted} routed, triage ${(100 * triageShare).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled sample ${r.labelled}, routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} % (${r.wrong.length} wrong)`);
      for (const w of r.wrong) console.log(`  wrong: ${w}`);
      expect(r.adopted).toBe(258);
      expect(r.labelled).toBe(120);
      expect(triageShare).toBeLessThanOrEqual(0.26);
      expect(precision).toBeGreaterThanOrEqual(0.85);
    });
  }
});
