// How sure the hand labels of issue 24 are: two development months were labelled a second time, blind
// (relabel-<month>.tsv: a later session labelled the same moties from their Onderwerp, dossier and text without opening
// the committed labels). The routing's precision (>= 95 % right) is only measurable if two labellings agree on what
// counts as right. Checked here for every labelled motie: both labellings use the ministry codes motiebot knows, and
// neither contradicts the other (the first ministry of each is among the other's "|" ministries, which any route is
// judged against). Prints how often the two sets are identical. (How they differ, and the router's verdicts under either
// labelling: tests/fixtures/tk/README.md.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalMinistry } from '../../../src/domain/codes.ts';
import { recordedDir } from '../../helpers/recorded-month.ts';

/** zaak nummer → ministries, from a labels file (comment lines and the column header skipped; a third column ignored). */
function readLabelFile(path: string): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    if (row.startsWith('#') || row.startsWith('zaak\t') || row.trim() === '') continue;
    const [zaak, ministries] = row.split('\t');
    if (zaak && ministries) labels.set(zaak, ministries.split('|'));
  }
  return labels;
}

const isKnownLabel = (label: string) => label === 'KAMER' || canonicalMinistry(label) === label;

describe.each([
  { month: '2024-11' as const, count: 80 },
  { month: '2024-12' as const, count: 90 },
])('the two labellings of $month', ({ month, count }) => {
  const committed = readLabelFile(join(recordedDir(month), `labels-${month}.tsv`));
  const relabel = readLabelFile(join(recordedDir(month), `relabel-${month}.tsv`));

  it('label the same moties with ministry codes motiebot knows', () => {
    expect(relabel.size).toBe(count);
    expect([...relabel.keys()].sort()).toEqual([...committed.keys()].sort());
    const unknown = [...committed.values(), ...relabel.values()].flat().filter((label) => !isKnownLabel(label));
    expect(unknown).toEqual([]);
  });

  it("never contradict each other: each labelling's first ministry is among the other's", () => {
    const contradicted = [...committed.entries()].filter(([zaak, theirs]) => {
      const mine = relabel.get(zaak) ?? [];
      return !theirs.includes(mine[0] ?? '') || !mine.includes(theirs[0] ?? '');
    });
    const identical = [...committed.entries()].filter(([zaak, theirs]) => {
      const mine = relabel.get(zaak) ?? [];
      return mine.length === theirs.length && mine.every((m) => theirs.includes(m));
    }).length;
    const sameFirst = [...committed.entries()].filter(([zaak, theirs]) => relabel.get(zaak)?.[0] === theirs[0]).length;
    console.log(`labels ${month}: ${committed.size} moties, label sets identical ${identical}, same first ministry ${sameFirst}, contradicted ${contradicted.length}`);
    expect(contradicted.map(([zaak]) => zaak)).toEqual([]);
  });

});
