// The routing measured on the recorded months: how many adopted moties get a ministry, and how often
// that ministry is right on the hand-labelled sample. Prints the figures. September 2025 is the month
// the rules and vocabulary were tuned on; March 2025 is held out (labelled before the router ran on it,
// never tuned on, but its misses were seen in session 2); May 2025 is the fresh held-out month
// (labelled and committed, 1dcac1c, before any rule ran on it), so its figures are the ones to believe.
// Each motie gets what the sync gives it: its dossier, actors, votes, the debate of its vote's
// agendapunt with that debate's committee meeting (Activiteit pages), and optionally its text.
import { describe, expect, it } from 'vitest';
import { mapMotie } from '../../../src/domain/tk/map-motie.ts';
import type { RecordedMonth } from '../../helpers/recorded-month.ts';
import { recordedLabels, recordedMoties } from '../../helpers/recorded-moties.ts';

function measure(withText: boolean, month: RecordedMonth = '2025-09') {
  const labels = recordedLabels(month);
  const adopted = recordedMoties(month)
    .map((m) => ({ m, mapped: mapMotie({ zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, debate: m.debate, ...(withText && m.text ? { text: m.text } : {}) }) }))
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

// Held out. The first run of the current rules (the debate's committee, the title that gives way to the
// motie's own words; chosen on September only, session 3) on each month, after its labels were committed:
//   March 2025, with texts: 217/258 routed, 15.9 % triage, 83/97 right (85.6 %); without: 14.7 %, 84/99 (84.8 %).
//   May 2025,   with texts: 259/285 routed,  9.1 % triage, 82/95 right (86.3 %); without:  8.8 %, 83/96 (86.5 %).
// (Session 2's rules on March: 24.0 % triage, 87.5 % right.) The issue's goal of >= 95 % right is NOT met
// on either held-out month. The bounds below are a regression floor a little under those first runs, not
// the goal; they must not be raised by tuning rules on these months (tune on September, then re-measure).
describe.each([
  { month: '2025-03' as const, adopted: 258, labelled: 120, maxTriage: 0.17, minRight: 0.84 },
  { month: '2025-05' as const, adopted: 285, labelled: 100, maxTriage: 0.1, minRight: 0.85 },
])('routing on the held-out month $month', ({ month, adopted, labelled, maxTriage, minRight }) => {
  for (const withText of [true, false]) {
    it(`${withText ? 'with' : 'without'} the motie texts: measured and printed; no worse than the first held-out run`, () => {
      const r = measure(withText, month);
      const triageShare = r.triage / r.adopted;
      const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
      console.log(`held-out routing ${month} (${withText ? 'with texts' : 'no texts'}): ${r.routed}/${r.adopted} routed, triage ${(100 * triageShare).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled sample ${r.labelled}, routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} % (${r.wrong.length} wrong)`);
      for (const w of r.wrong) console.log(`  wrong: ${w}`);
      expect(r.adopted).toBe(adopted);
      expect(r.labelled).toBe(labelled);
      expect(triageShare).toBeLessThanOrEqual(maxTriage);
      expect(precision).toBeGreaterThanOrEqual(minRight);
    });
  }
});
