// The routing measured on the recorded month (September 2025): how many adopted moties get a
// ministry, and how often that ministry is right on the hand-labelled sample. Prints the figures.
import { describe, expect, it } from 'vitest';
import { mapMotie } from '../../../src/domain/tk/map-motie.ts';
import { recordedLabels, recordedMoties } from '../../helpers/recorded-moties.ts';

function measure(withText: boolean) {
  const labels = recordedLabels();
  const adopted = recordedMoties()
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

