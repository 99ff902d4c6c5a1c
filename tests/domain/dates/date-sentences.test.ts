// Every row of tests/fixtures/date-sentences.tsv: the target expression is found with exactly
// that span, and with the interval written down below by reading docs/DATES.md (not computed
// by the parser). Negative controls "(none)" yield no expression at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import type { Basis, Relation } from '../../../src/domain/dates/types.ts';

interface Expected {
  relation: Relation;
  earliest: string | null;
  deadline: string | null;
  basis: Basis;
  soft?: boolean;
}

const R = '2023-03-20';

// Keyed by target expression (one sentence appears twice with two targets).
const EXPECTED: Record<string, Expected> = {
  'voor de zomer van 2025': { relation: 'by', earliest: R, deadline: '2025-07-03', basis: 'calendar' },
  'in het najaar van 2023': { relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  'dit najaar': { relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  'eind 2025': { relation: 'in', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  'in Q1 2025': { relation: 'in', earliest: '2025-01-01', deadline: '2025-03-31', basis: 'rule' },
  'Rond de zomer van 2025': { relation: 'around', earliest: '2025-06-01', deadline: '2025-09-01', basis: 'calendar' },
  'Na de zomer': { relation: 'after', earliest: '2023-09-05', deadline: '2023-12-21', basis: 'calendar', soft: true },
  'in april 2025': { relation: 'in', earliest: '2025-04-01', deadline: '2025-04-30', basis: 'explicit' },
  'tot april 2027': { relation: 'until', earliest: null, deadline: '2027-03-31', basis: 'explicit' },
  'voor het debat over de begroting van OCW': { relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  'om de vier jaar (eerstvolgende in 2024)': { relation: 'recurring', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  'Op 22 september 2023': { relation: 'on', earliest: R, deadline: '2023-09-22', basis: 'explicit' },
  'op korte termijn': { relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  'Begin 2026': { relation: 'in', earliest: '2026-01-01', deadline: '2026-03-31', basis: 'rule' },
  'medio 2025': { relation: 'in', earliest: '2025-05-01', deadline: '2025-07-31', basis: 'rule' },
  'uiterlijk 1 juli 2025': { relation: 'by', earliest: R, deadline: '2025-07-01', basis: 'explicit' },
  'Voor het kerstreces': { relation: 'by', earliest: R, deadline: '2023-12-21', basis: 'calendar' },
  'Voor Prinsjesdag': { relation: 'by', earliest: R, deadline: '2023-09-19', basis: 'calendar' },
  'In het voorjaar van 2026': { relation: 'in', earliest: '2026-03-01', deadline: '2026-06-30', basis: 'rule' },
  'De komende maanden': { relation: 'by', earliest: R, deadline: '2023-09-20', basis: 'estimate', soft: true },
  'Voor het einde van het jaar': { relation: 'by', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  'In de eerste helft van 2025': { relation: 'in', earliest: '2025-01-01', deadline: '2025-06-30', basis: 'rule' },
  'Volgend jaar': { relation: 'in', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  'Vóór de zomer': { relation: 'by', earliest: R, deadline: '2023-07-06', basis: 'calendar' },
  'voor het zomerreces': { relation: 'by', earliest: R, deadline: '2023-07-06', basis: 'calendar' },
  'na het zomerreces': { relation: 'after', earliest: '2023-09-05', deadline: '2023-12-21', basis: 'calendar', soft: true },
  'in het eerste kwartaal van 2024': { relation: 'in', earliest: '2024-01-01', deadline: '2024-03-31', basis: 'rule' },
  'in het derde kwartaal van 2024': { relation: 'in', earliest: '2024-07-01', deadline: '2024-09-30', basis: 'rule' },
  'uiterlijk Q4 2024': { relation: 'by', earliest: '2024-10-01', deadline: '2024-12-31', basis: 'rule' },
  'Eind dit jaar': { relation: 'in', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  'Begin volgend jaar': { relation: 'in', earliest: '2024-01-01', deadline: '2024-03-31', basis: 'rule' },
  'In de tweede helft van 2024': { relation: 'in', earliest: '2024-07-01', deadline: '2024-12-31', basis: 'rule' },
  'In het najaar': { relation: 'in', earliest: '2023-09-01', deadline: '2023-12-21', basis: 'calendar' },
  'In de loop van 2024': { relation: 'in', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  'Voor 1 januari 2026': { relation: 'by', earliest: R, deadline: '2026-01-01', basis: 'explicit' },
  'Per 1 januari 2025': { relation: 'from', earliest: '2025-01-01', deadline: null, basis: 'explicit' },
  'in 2024': { relation: 'in', earliest: '2024-01-01', deadline: '2024-12-31', basis: 'rule' },
  'Uiterlijk eind 2025': { relation: 'by', earliest: '2025-10-01', deadline: '2025-12-31', basis: 'rule' },
  'In september 2023': { relation: 'in', earliest: '2023-09-01', deadline: '2023-09-30', basis: 'explicit' },
  'Voor het meireces': { relation: 'by', earliest: R, deadline: '2023-04-20', basis: 'calendar' },
  'In de winter van 2023/2024': { relation: 'in', earliest: '2023-12-01', deadline: '2024-03-20', basis: 'rule' },
  'Komend voorjaar': { relation: 'in', earliest: '2023-03-01', deadline: '2023-06-30', basis: 'rule' },
  'In de lente van 2024': { relation: 'in', earliest: '2024-03-01', deadline: '2024-06-30', basis: 'rule' },
  'In de herfst van 2024': { relation: 'in', earliest: '2024-09-01', deadline: '2024-12-19', basis: 'estimate' },
  'Binnen drie maanden na inwerkingtreding': { relation: 'within', earliest: null, deadline: null, basis: 'rule' },
  'Rond de jaarwisseling': { relation: 'around', earliest: '2023-12-01', deadline: '2024-01-15', basis: 'calendar' },
  'Eind september 2023': { relation: 'in', earliest: '2023-09-21', deadline: '2023-09-30', basis: 'rule' },
  'Medio volgend jaar': { relation: 'in', earliest: '2024-05-01', deadline: '2024-07-31', basis: 'rule' },
  'Halverwege 2024': { relation: 'in', earliest: '2024-05-01', deadline: '2024-07-31', basis: 'rule' },
  'Vóór 15 oktober 2023': { relation: 'by', earliest: R, deadline: '2023-10-15', basis: 'explicit' },
  'uiterlijk 31 december 2024': { relation: 'by', earliest: R, deadline: '2024-12-31', basis: 'explicit' },
  'Voor de behandeling van de begroting 2024': { relation: 'by', earliest: R, deadline: '2023-10-31', basis: 'estimate' },
  'In de eerste maanden van 2024': { relation: 'in', earliest: '2024-01-01', deadline: '2024-03-31', basis: 'rule' },
  'voor de zomer van 2024': { relation: 'by', earliest: R, deadline: '2024-07-04', basis: 'calendar' },
  'uiterlijk eind 2024': { relation: 'by', earliest: '2024-10-01', deadline: '2024-12-31', basis: 'rule' },
  'Bij de Voorjaarsnota 2024': { relation: 'by', earliest: R, deadline: '2024-06-01', basis: 'rule' },
  'Het tweede kwartaal van 2024': { relation: 'in', earliest: '2024-04-01', deadline: '2024-06-30', basis: 'rule' },
  'zo spoedig mogelijk': { relation: 'by', earliest: R, deadline: '2023-06-20', basis: 'estimate', soft: true },
  'Over twee maanden': { relation: 'in', earliest: '2023-05-01', deadline: '2023-05-31', basis: 'rule' },
  'Op maandag 2 oktober 2023': { relation: 'on', earliest: R, deadline: '2023-10-02', basis: 'explicit' },
  'In de periode 2024-2026': { relation: 'in', earliest: '2024-01-01', deadline: '2026-12-31', basis: 'rule' },
  'Tussen 1 maart en 1 mei 2024': { relation: 'in', earliest: '2024-03-01', deadline: '2024-05-01', basis: 'explicit' },
  'Van september tot en met december 2023': { relation: 'in', earliest: '2023-09-01', deadline: '2023-12-31', basis: 'explicit' },
  'In het vierde kwartaal van dit jaar': { relation: 'in', earliest: '2023-10-01', deadline: '2023-12-31', basis: 'rule' },
  'Vorig jaar': { relation: 'in', earliest: '2022-01-01', deadline: '2022-12-31', basis: 'rule' },
  'in mei 2024': { relation: 'in', earliest: '2024-05-01', deadline: '2024-05-31', basis: 'explicit' },
};

const rows = readFileSync(new URL('../../fixtures/date-sentences.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const [sentence, target, reference] = line.split('\t') as [string, string, string];
    return { sentence, target, reference };
  });

describe('date-sentences.tsv', () => {
  it('has 70 sentences, one of them twice, and 5 negative controls', () => {
    expect(rows).toHaveLength(71);
    expect(new Set(rows.map((r) => r.sentence)).size).toBe(70);
    expect(rows.filter((r) => r.target === '(none)')).toHaveLength(5);
  });

  it('has an expectation for every target', () => {
    const targets = rows.filter((r) => r.target !== '(none)').map((r) => r.target);
    expect(new Set(Object.keys(EXPECTED))).toEqual(new Set(targets));
  });

  it.each(rows.map((r) => [r.target, r.sentence, r] as const))('%s  ←  %s', (_t, _s, row) => {
    const found = parseDates(row.sentence, { reference: row.reference });
    for (const e of found) expect(e.text).toBe(row.sentence.slice(e.start, e.end));
    if (row.target === '(none)') {
      expect(found).toEqual([]);
      return;
    }
    const hit = found.find((e) => e.text === row.target);
    expect(hit, `found: ${found.map((e) => e.text).join(' | ')}`).toBeDefined();
    const expected = EXPECTED[row.target]!;
    expect({ relation: hit!.relation, earliest: hit!.earliest, deadline: hit!.deadline, basis: hit!.basis, soft: hit!.soft }).toEqual({
      soft: false,
      ...expected,
    });
  });
});
