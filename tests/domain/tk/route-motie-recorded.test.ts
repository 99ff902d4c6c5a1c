// The routing measured on the recorded months: how many adopted moties get a ministry, and how often
// that ministry is right on the hand-labelled sample. Prints the figures. September 2025, March 2025 and
// May 2025 are the months the rules and vocabulary were tuned on (March since session 3's second half, May
// since session 4; June since session 5); April 2025 is the held-out month (labelled and committed, 75f434c, before any rule ran
// on it), so its figures are the ones to believe. Its misses are never printed (counts only), so that no
// rule is written from them.
// Each motie gets what the sync gives it: its dossier, actors, votes, the debate of its vote's
// agendapunt with that debate's committee meeting (Activiteit pages), and optionally its text.
import { describe, expect, it } from 'vitest';
import { dossierHistoryOf } from '../../../src/domain/tk/dossier-history.ts';
import { mapMotie } from '../../../src/domain/tk/map-motie.ts';
import { submitterProfilesOf } from '../../../src/domain/tk/submitter-history.ts';
import type { RecordedMonth } from '../../helpers/recorded-month.ts';
import { recordedLabels, recordedMoties } from '../../helpers/recorded-moties.ts';

/**
 * The dossier's debates of the OTHER recorded months (dossier-history.json without the measured month's own count):
 * leave-one-month-out, so that no month is routed by its own debates when they are left out (the bare condition).
 */
function historyWithout(dossier: { nummer: string | null; toevoeging?: string | null } | null, month: RecordedMonth) {
  const nummer = dossier?.nummer?.trim();
  if (!nummer) return null;
  return dossierHistoryOf(dossier?.toevoeging?.trim() ? `${nummer}-${dossier.toevoeging.trim()}` : nummer, month);
}

/** `withDebate` false: without the Activiteit pages too (Zaak, ZaakActor, Besluit and Kamerstukdossier only). */
function measure(withText: boolean, month: RecordedMonth = '2025-09', withDebate = true) {
  const labels = recordedLabels(month);
  const adopted = recordedMoties(month)
    .map((m) => ({ m, mapped: mapMotie({ zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, debate: withDebate ? m.debate : null, dossierHistory: historyWithout(m.dossier, month), ...(withText && m.text ? { text: m.text } : {}) }) }))
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

// Session 3's first half (the debate's committee, the title that gives way to the motie's own words; chosen on
// September only) first ran on March 2025 at 15.9 % triage / 85.6 % right and on May 2025 at 9.1 % / 86.3 %
// (with texts). Session 3's second half (h1b, tuned on September and March) ran once on May: 21.8 % / 90.6 %.
// Session 4 (h1-routing): June 2025 labelled and committed first (1338fb2); the rules of main at that commit
// ran on it once: with texts 18.5 % triage, 74/80 right (92.5 %); without 20.9 %, 69/72 (95.8 %). Then, tuned
// on September, March and May only: the debate's own subject as evidence (rule debatnaam), neutral forms
// ("politiek*"), BHO's EU councils and "nationale veiligheid" as data. Its first and only run on June:
//   September 2025 (development), with texts: 314/362 routed, 13.3 % triage, 115/118 right (97.5 %); without: 10.2 %, 117/121 (96.7 %).
//   March 2025     (development), with texts: 231/258 routed, 10.5 % triage, 97/103 right (94.2 %); without: 8.1 %, 99/108 (91.7 %).
//   May 2025       (development), with texts: 254/285 routed, 10.9 % triage, 82/92 right (89.1 %); without: 10.2 %, 84/94 (89.4 %).
//   June 2025      (held out),    with texts: 284/335 routed, 15.2 % triage, 76/83 right (91.6 %); without: 17.6 %, 74/78 (94.9 %).
// Session 5 (h1-routing): April 2025 labelled and committed first (75f434c), June became a development month.
// Tuned on September, March, May and June: common words out of the vocabulary ("weg", "sanctie*"; "gemeenten*"
// never decides alone; "sociaal-economisch*" neutral), policy words for heat, lease, state holdings, the
// government's annual accounts and the anti-ISIS dossier, and a debate's name no longer routes a dictum that asks
// the government nothing. Development months, with texts: September 13.3 % / 97.5 %, March 11.2 % / 94.2 %
// (98/104), May 11.2 % / 90.2 % (83/92), June 7.5 % / 96.6 % (86/89). Its first and only run on April:
//   April 2025     (held out),    with texts: 255/275 routed, 7.3 % triage, 87/92 right (94.6 %); without: 6.9 %, 88/94 (93.6 %).
// The goal (<= 15 % triage, >= 95 % right) is NOT met on April (precision).
// Session 6 (h1-routing): July 2025 labelled and committed first (0a03f63), April became a development month.
// Tuned on September, March, May, June and April: a dictum addressed to the Kamer's own organs (presidium,
// griffie, chair) routes nowhere; words several ministries use no longer keep a dossier title that another
// ministry's specific words contradict; "spoor 2", criminal sanctions, 112, "Russisch", "nabestaanden" as data.
// Development months, with texts: September 13.3 % / 97.5 %, March 10.5 % / 96.2 % (101/105), May 10.5 % / 91.3 %
// (84/92), June 8.4 % / 97.8 % (88/90: June's triage rose by the eleven moties to the presidium, none a
// ministry's), April 6.5 % / 97.9 % (92/94). Its first and only run on July (17:02 UTC, counts only):
//   July 2025      (held out),    with texts: 81/83 routed, 2.4 % triage, 71/81 right (87.7 %); without: 2.4 %, 70/81 (86.4 %).
// The goal (<= 15 % triage, >= 95 % right) is NOT met on July (precision).
// h1b (session 6): November 2024 labelled first (d455d7f), measured once with those rules: 5.2 % / 94.7 % (71/75).
// Session 7 (h1-routing): December 2024 labelled and committed first (8100331); July and November became development
// months. Abstention variants were chosen by leave-one-month-out over the seven development months (tune on six,
// score the seventh; notes/issue-24-h1-routing.md): a catch-all begroting dossier (suppletoire, jaarverslag, slotwet,
// voorjaars-/najaarsnota) no longer decides alone against the motie's own words (TRIAGE_BEGROTING_CONTRADICTED), nor
// routes a dictum that asks the government nothing. Development months, with texts: September 13.3 % / 97.5 %, March
// 10.5 % / 96.2 %, April 6.5 % / 97.9 %, May 10.5 % / 91.3 %, June 11.3 % / 98.9 % (88/89), July 9.6 % / 90.7 % (68/75),
// November 5.2 % / 94.7 % (71/75). Their first and only run on December (19:09 UTC, counts only):
//   December 2024  (held out),    with texts: 274/289 routed, 5.2 % triage, 84/87 right (96.6 %); without: 5.9 %, 84/86 (97.7 %).
// The goal (<= 15 % triage, >= 95 % right) is met on December; the leave-one-month-out estimate over the seven
// development months was lower (worst held-out month 89.5 %).
// Session 8 (h1-routing): October 2024 and February 2025 labelled and committed first (1ed363c). October measured once
// with the rules of main then (530372f's routing, 21:25 UTC, counts only), then it became a development month:
//   October 2024   (held out),    with texts: 238/249 routed, 4.4 % triage, 84/87 right (96.6 %); without: 2.4 %, 84/89 (94.4 %).
// Chosen by leave-one-month-out over the nine development months (tune on eight, score the ninth;
// notes/issue-24-h1-routing.md): the motie's words that overrule the debate's committee decide only when another rule
// agrees with them (else TRIAGE_WORDS_AGAINST_DEBATE). Corrected as facts: begroting chapter I (De Koning) is the
// Minister-President's (AZ, was "KR"); "toeslagen*" is Financiën's (Dienst Toeslagen, herstel), no longer SZW's;
// "kunstmatig*" is neutral (kunstmatige bevruchting is not the arts). Development months, with texts / without:
// September 13.5 % / 97.5 % (10.5 %, 96.7 %), March 10.5 % / 96.2 % (7.4 %, 95.4 %), April 7.6 % / 98.9 % (7.3 %, 96.8 %),
// May 11.6 % / 92.1 % (10.9 %, 92.5 %), June 11.3 % / 98.9 % (10.4 %, 97.8 %), July 9.6 % / 97.3 % (6.0 %, 94.9 %),
// November 5.8 % / 94.7 % (4.6 %, 94.7 %), December 6.6 % / 97.7 % (6.9 %, 98.8 %), October 5.6 % / 100 % (2.8 %, 97.7 %).
// Their first and only run on February 2025 (held out, labelled and committed first in 1ed363c; 21:46 UTC at cc8ca64,
// counts only, its misses never printed):
//   February 2025  (held out),    with texts: 168/199 routed, 15.6 % triage, 69/75 right (92.0 %); without: 11.1 %, 75/82 (91.5 %).
// The goal (<= 15 % triage, >= 95 % right) is NOT met on February (precision, and triage with the texts). The
// leave-one-month-out estimate over the nine development months had its worst held-out month at 92.1 % (May).
// Session 8 (h1b-routing): September 2024 labelled and committed first (126e7fc), then February became a development
// month. A word model learned from the moties of begroting dossiers of other months (notes/issue-24-h1-routing.md,
// section h1b) was tried as one more kind of evidence and NOT taken: by leave-one-month-out over the ten months it
// made the worst held-out month worse (with texts 92.0 % → 89.6-91.8 %), so the rules are those of February's run.
// Their first and only run on September 2024 (held out; 22:03 UTC, counts only, its misses never printed):
//   September 2024 (held out),    with texts: 89/101 routed, 11.9 % triage, 72/79 right (91.1 %); without: 8.9 %, 73/81 (90.1 %);
//                                 without texts and without the debates (Activiteit): 13.9 %, 66/76 (86.8 %).
// The goal (<= 15 % triage, >= 95 % right) is NOT met on September 2024.
// The bounds below are a regression floor at those runs, not the goal; they must not be raised by tuning on September 2024.
// `bare`: without the texts AND without the debates (what a feed of Zaak, ZaakActor, Besluit and Kamerstukdossier
// alone gives): measured at the rules of February's run, the same for every month.
// Session 8, h1c: the rule dossierhistorie (the dossier's debates in the OTHER recorded months decide when nothing else
// does), chosen by leave-one-month-out over all eleven months; every month is measured with its own month's debates left
// out of the history (historyWithout), so September 2024 is a development month from here on. Floors at that run:
// bare triage fell in every month but December (7.3 → 5.9 %) and every bare right % held or rose except September 2025
// (97.5 → 96.7 %) and March (96.1 → 95.5 %); February with texts 92.0 → 91.1 %, without 91.5 → 90.6 %.
// Session 9 (h1-routing): October 2025 labelled and committed first (28ce8f9, 23:51:44 UTC), then measured once with the
// rules of main as they were (23:51:50, counts only):
//   October 2025   (held out),    with texts: 108/117 routed, 7.7 % triage, 73/82 right (89.0 %); without: 6.8 %, 74/84 (88.1 %);
//                                 without texts and without the debates: 2.6 %, 73/89 (82.0 %).
// Then a development month. The wrong routes of all twelve months were read by the rule that decided and the kind of error
// (notes/issue-24-h1-routing.md): corrected as facts: childcare ("kinderopvang") is SZW's, traffic fines JenV's, the circular
// economy IenW's ("circulair*"), "rechtsstaat" and "CBS" are words two ministries use, "te wegen", "wegen of" and
// "migratieachtergrond" are not IenW's and AenM's words, compound titles (Kansspelen, familierecht, pgb, zorgstelsel,
// mediabeleid, bedrijfslevenbeleid, emancipatie*) match their ministry's word. Rules: an Onderwerp addressed to the Kamer
// itself goes to triage (TRIAGE_SUBJECT_TO_KAMER); a dossier title whose only policy words are ambiguous decides nothing
// (as the motie's own words); without a debate, a strong one-sided history of the dossier (>= 10 moties, > 2/3) outranks
// the motie's words resting on one specific word (threshold chosen by leave-one-month-out from 2-16: bare worst month
// 86.9 → 89.2 %, September 2025 bare 96.7 → 94.2 %). Chosen against main by leave-one-month-out over the twelve months (the facts were read from
// the misses of all twelve, so that estimate is in-sample for them). Floors below at that run.
// Session 10 (h1-routing): January 2025 labelled and committed first (70e20c6, 02:29:22 UTC), then measured once with the
// rules of main as they were (src/domain/tk of 91313d6; 02:36 UTC, counts only, its misses never printed; not in
// dossier-history.json):
//   January 2025   (held out),    with texts: 122/154 routed, 20.8 % triage, 63/72 right (87.5 %); without: 19.5 %, 65/73 (89.0 %);
//                                 without texts and without the debates: 19.5 %, 64/73 (87.7 %).
// The goal (<= 15 % triage, >= 95 % right) is NOT met on January 2025. Its floors are that run.
describe.each([
  { month: '2025-03' as const, role: 'development', adopted: 258, labelled: 120, maxTriage: 0.07, minRight: 0.955, bareMaxTriage: 0.09, bareMinRight: 0.95 },
  { month: '2025-05' as const, role: 'development', adopted: 285, labelled: 100, maxTriage: 0.05, minRight: 0.925, bareMaxTriage: 0.095, bareMinRight: 0.92 },
  { month: '2025-06' as const, role: 'development', adopted: 335, labelled: 100, maxTriage: 0.115, minRight: 0.985, bareMaxTriage: 0.17, bareMinRight: 0.935 },
  { month: '2025-04' as const, role: 'development', adopted: 275, labelled: 100, maxTriage: 0.095, minRight: 0.975, bareMaxTriage: 0.07, bareMinRight: 0.91 },
  { month: '2025-07' as const, role: 'development', adopted: 83, labelled: 83, maxTriage: 0.1, minRight: 0.96, bareMaxTriage: 0.1, bareMinRight: 0.96 },
  { month: '2024-11' as const, role: 'development', adopted: 329, labelled: 80, maxTriage: 0.065, minRight: 0.945, bareMaxTriage: 0.105, bareMinRight: 0.915 },
  { month: '2024-12' as const, role: 'development', adopted: 289, labelled: 90, maxTriage: 0.075, minRight: 0.985, bareMaxTriage: 0.065, bareMinRight: 0.89 },
  { month: '2024-10' as const, role: 'development', adopted: 249, labelled: 90, maxTriage: 0.06, minRight: 0.985, bareMaxTriage: 0.045, bareMinRight: 0.975 },
  { month: '2025-02' as const, role: 'development', adopted: 199, labelled: 90, maxTriage: 0.12, minRight: 0.905, bareMaxTriage: 0.095, bareMinRight: 0.89 },
  { month: '2024-09' as const, role: 'development', adopted: 101, labelled: 90, maxTriage: 0.08, minRight: 0.935, bareMaxTriage: 0.06, bareMinRight: 0.985 },
  { month: '2025-10' as const, role: 'development', adopted: 117, labelled: 90, maxTriage: 0.07, minRight: 0.895, bareMaxTriage: 0.035, bareMinRight: 0.905 },
  { month: '2025-01' as const, role: 'held out', adopted: 154, labelled: 90, maxTriage: 0.21, minRight: 0.87, bareMaxTriage: 0.2, bareMinRight: 0.875 },
])('routing on the month $month ($role)', ({ month, role, adopted, labelled, maxTriage, minRight, bareMaxTriage, bareMinRight }) => {
  for (const withText of [true, false]) {
    it(`${withText ? 'with' : 'without'} the motie texts: measured and printed; no worse than the run recorded above`, () => {
      const r = measure(withText, month);
      const triageShare = r.triage / r.adopted;
      const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
      console.log(`routing ${month} (${withText ? 'with texts' : 'no texts'}): ${r.routed}/${r.adopted} routed, triage ${(100 * triageShare).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled sample ${r.labelled}, routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} % (${r.wrong.length} wrong)`);
      // The held-out month's misses stay unread.
      if (role !== 'held out') for (const w of r.wrong) console.log(`  wrong: ${w}`);
      expect(r.adopted).toBe(adopted);
      expect(r.labelled).toBe(labelled);
      expect(triageShare).toBeLessThanOrEqual(maxTriage);
      expect(precision).toBeGreaterThanOrEqual(minRight);
    });
  }
  it('without the texts and without the debates (bare): measured and printed; no worse than the run recorded above', () => {
    const r = measure(false, month, false);
    const triageShare = r.triage / r.adopted;
    const precision = (r.labelledRouted - r.wrong.length) / r.labelledRouted;
    console.log(`routing ${month} (bare): ${r.routed}/${r.adopted} routed, triage ${(100 * triageShare).toFixed(1)} %, by rule ${JSON.stringify(r.byRule)}; labelled sample ${r.labelled}, routed ${r.labelledRouted}, right ${(100 * precision).toFixed(1)} % (${r.wrong.length} wrong)`);
    expect(r.adopted).toBe(adopted);
    expect(triageShare).toBeLessThanOrEqual(bareMaxTriage);
    expect(precision).toBeGreaterThanOrEqual(bareMinRight);
  });
});

// Session 10 (h1-routing): the submitters (the members the Onderwerp names) and what their moties of the OTHER recorded
// months were about (submitter-history.json) as new evidence. As a decision it was not taken: chosen by leave-one-month-out
// (tune on eleven months, score the twelfth) in every form tried (filling triage, overruling or abstaining on weak routes)
// it did not raise both the worst month and the pooled right % in all three conditions. As a triage candidate it is
// taken: a triaged motie gets the ministry its submitters spoke for (>= 2 moties, >= 4/5, thresholds chosen by
// leave-one-month-out from 2-8 and 50-90 %), so that ministry's team sees it (TK_MINISTRIES). Measured here on the twelve
// development months (January 2025, held out, is not read), each month with its own moties left out of the profiles:
// the labelled triaged moties whose label is among the candidates, and that no route changes.
describe('the submitters as a triage candidate on the twelve development months (leave-one-month-out)', () => {
  const months = ['2025-09', '2025-03', '2025-05', '2025-06', '2025-04', '2025-07', '2024-11', '2024-12', '2024-10', '2025-02', '2024-09', '2025-10'] as const;
  // Each month's records read once for the three conditions (reading the twelve months is most of the cost: 9 s of
  // CPU at load 5, three times over ran past the minute a test gets on a busy machine).
  const read = new Map<RecordedMonth, { moties: ReturnType<typeof recordedMoties>; labels: ReturnType<typeof recordedLabels> }>();
  const monthOf = (month: RecordedMonth) => {
    let r = read.get(month);
    if (!r) {
      r = { moties: recordedMoties(month), labels: recordedLabels(month) };
      read.set(month, r);
    }
    return r;
  };
  it.each([
    { name: 'with texts', withText: true, withDebate: true, triaged: 80, before: 58, after: 63 },
    { name: 'without texts', withText: false, withDebate: true, triaged: 63, before: 38, after: 44 },
    { name: 'without texts and debates', withText: false, withDebate: false, triaged: 82, before: 38, after: 47 },
  ])('$name: more triaged moties have their ministry among the candidates; every route stays as it was', ({ name, withText, withDebate, triaged, before, after }) => {
    let count = 0;
    let hitBefore = 0;
    let hitAfter = 0;
    const changedRoutes: string[] = [];
    for (const month of months) {
      const { moties, labels } = monthOf(month);
      for (const m of moties) {
        const source = { zaak: m.zaak, dossier: m.dossier, actors: m.actors, besluiten: m.besluiten, debate: withDebate ? m.debate : null, dossierHistory: historyWithout(m.dossier, month), ...(withText && m.text ? { text: m.text } : {}) };
        const without = mapMotie({ ...source, submitters: null });
        if (!without.adopted) continue;
        const withSubmitters = mapMotie({ ...source, submitters: submitterProfilesOf(m.zaak.onderwerp, month) });
        if ((without.draft.ministry?.responsible[0]?.ministry ?? null) !== (withSubmitters.draft.ministry?.responsible[0]?.ministry ?? null)) changedRoutes.push(m.zaak.nummer ?? '');
        const label = labels.get(m.zaak.nummer ?? '');
        if (without.draft.ministry || !label || label.includes('KAMER')) continue;
        count++;
        if ((without.draft.candidates ?? []).some((c) => label.includes(c))) hitBefore++;
        if ((withSubmitters.draft.candidates ?? []).some((c) => label.includes(c))) hitAfter++;
      }
    }
    console.log(`submitters as triage candidate (${name}): labelled triaged ${count}, label among the candidates ${hitBefore} -> ${hitAfter}`);
    expect(changedRoutes).toEqual([]);
    expect(count).toBe(triaged);
    expect(hitBefore).toBe(before);
    expect(hitAfter).toBeGreaterThanOrEqual(after);
  }, 180_000);
});
