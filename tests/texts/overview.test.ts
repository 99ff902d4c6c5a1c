// Issue 13: the overview and layout readers return codes with values, and every code has its
// Dutch sentence here. The sentences are the ones the readers used to build themselves (so what
// `motie import` prints is unchanged); the readers' results carry no Dutch any more.
import { describe, expect, it } from 'vitest';
import { parseOverview } from '../../src/domain/overview/index.ts';
import { OVERVIEW_PROBLEM_CODES, type OverviewProblem, type OverviewProblemCode } from '../../src/domain/overview/types.ts';
import { OVERVIEW_PROBLEM_TEXT, overviewProblemNl } from '../../src/texts/overview.nl.ts';
import { SAMPLE, SAMPLE_DATE } from '../domain/overview/sample.ts';

const at = { severity: 'warning' as const, line: 12, item: 3 };

/** One problem per code, with the sentence it reads as. */
const SAMPLES: { [C in OverviewProblemCode]: [OverviewProblem & { code: C }, string] } = {
  OVERVIEW_ITEM_NO_RESPONSIBLE: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_NO_RESPONSIBLE', kind: 'motie' },
    'Bij de motie op regel 12 staat geen verantwoordelijke bewindspersoon (zoals SOCW) met een stand van zaken; de kolommen lijken verschoven.',
  ],
  OVERVIEW_ITEM_NO_TEXT: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_NO_TEXT', kind: 'toezegging' },
    'Bij de toezegging op regel 12 staat geen verzoek of toezegging.',
  ],
  OVERVIEW_ITEM_NO_STATUS: [
    { ...at, line: 14, code: 'OVERVIEW_ITEM_NO_STATUS', kind: 'motie', itemLine: 12 },
    'Bij de motie op regel 12 staat geen stand van zaken.',
  ],
  OVERVIEW_ITEM_NO_SUBMITTERS: [
    { ...at, code: 'OVERVIEW_ITEM_NO_SUBMITTERS', kind: 'motie' },
    'Bij de motie op regel 12 zijn de indieners niet te lezen.',
  ],
  OVERVIEW_ITEM_NO_KAMERSTUK: [
    { ...at, code: 'OVERVIEW_ITEM_NO_KAMERSTUK', kind: 'motie' },
    'Bij de motie op regel 12 staat geen voetnoot met een Kamerstuk; de motie wordt zonder Kamerstuknummer opgenomen.',
  ],
  OVERVIEW_ITEM_DUPLICATE_KAMERSTUK: [
    { ...at, severity: 'error', code: 'OVERVIEW_ITEM_DUPLICATE_KAMERSTUK', kind: 'motie', kamerstuk: '36410-12', firstLine: 4 },
    'De motie op regel 12 heeft hetzelfde Kamerstuk (36410-12) als de motie op regel 4; een van beide voetnoten klopt niet.',
  ],
  OVERVIEW_LINK_TARGET_MISSING: [
    { ...at, line: 15, severity: 'error', code: 'OVERVIEW_LINK_TARGET_MISSING', kind: 'toezegging', itemLine: 12, direction: 'below' },
    'De stand van zaken van de toezegging op regel 12 verwijst naar een onderstaande motie, maar die staat er niet.',
  ],
  OVERVIEW_FOOTNOTE_UNREADABLE: [
    { ...at, code: 'OVERVIEW_FOOTNOTE_UNREADABLE', footnote: 7, text: 'Kamerstukken II, nummer kwijt' },
    'Voetnoot 7 noemt een Kamerstuk, maar dossier- en ondernummer zijn niet te lezen: "Kamerstukken II, nummer kwijt".',
  ],
  OVERVIEW_FOOTNOTE_REPAIRED: [
    { ...at, code: 'OVERVIEW_FOOTNOTE_REPAIRED', footnote: 15, written: '202/25', read: '2024/25' },
    'Voetnoot 15 noemt vergaderjaar "202/25"; gelezen als 2024/25.',
  ],
  OVERVIEW_UNKNOWN_CODE: [
    { ...at, code: 'OVERVIEW_UNKNOWN_CODE', bewindspersoon: 'SXYZ' },
    'De code SXYZ op regel 12 is geen bekende bewindspersoon; controleer of die klopt.',
  ],
  OVERVIEW_LINE_SKIPPED: [
    { ...at, code: 'OVERVIEW_LINE_SKIPPED', text: 'Dit is een heel lange regel die nergens bij hoort en daarom wordt ingekort.' },
    'Regel 12 hoort bij geen enkele motie of toezegging en is overgeslagen: "Dit is een heel lange regel die nergens bij hoort en daar…".',
  ],
  OVERVIEW_ROW_UNCLEAR: [
    { ...at, severity: 'error', code: 'OVERVIEW_ROW_UNCLEAR' },
    'Regel 12 lijkt het begin van een nieuwe motie of toezegging, maar zonder kop ("Motie van het lid …") en zonder verantwoordelijke (zoals SOCW) is niet te zien waar die begint.',
  ],
  OVERVIEW_REFERENCE_ASSUMED: [
    { ...at, code: 'OVERVIEW_REFERENCE_ASSUMED', kind: 'toezegging', expression: 'voor de zomer', vergaderjaar: '2024-2025' },
    'Bij de toezegging op regel 12 staat geen eigen vergaderjaar; "voor de zomer" is gelezen vanuit vergaderjaar 2024-2025 (het vergaderjaar van de meeste items in dit overzicht).',
  ],
  LAYOUT_ROW_CUT_OFF: [
    { ...at, code: 'LAYOUT_ROW_CUT_OFF', kind: 'motie' },
    'Het document houdt op midden in de motie op regel 12; wat er staat is opgenomen, controleer de rest.',
  ],
  LAYOUT_TERM_UNREADABLE: [
    { ...at, code: 'LAYOUT_TERM_UNREADABLE', term: 'zsm' },
    'De termijn "zsm" op regel 12 is geen datum die de bot kan lezen; hij is letterlijk overgenomen, zonder uiterste datum.',
  ],
  LAYOUT_STATUS_UNKNOWN: [
    { ...at, code: 'LAYOUT_STATUS_UNKNOWN', kind: 'toezegging', written: 'Misschien', status: 'lapsed' },
    'De status "Misschien" op regel 12 is onbekend; de toezegging is opgenomen als vervallen.',
  ],
};

describe('overview problem sentences', () => {
  it.each(OVERVIEW_PROBLEM_CODES.map((code) => [code]))('%s has a Dutch sentence with its values', (code) => {
    expect(OVERVIEW_PROBLEM_TEXT[code]).toBeTypeOf('function');
    const [problem, sentence] = SAMPLES[code];
    expect(problem.code).toBe(code);
    expect(overviewProblemNl(problem)).toBe(sentence);
    expect(sentence).toMatch(/^[A-Z].{30,}\.$/);
  });

  it('the list of codes is the table of sentences: none missing, none extra', () => {
    expect(Object.keys(OVERVIEW_PROBLEM_TEXT).sort()).toEqual([...OVERVIEW_PROBLEM_CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...OVERVIEW_PROBLEM_CODES].sort());
  });

  it('a term read from the document date says so', () => {
    const [problem] = SAMPLES.OVERVIEW_REFERENCE_ASSUMED;
    expect(overviewProblemNl({ ...problem, vergaderjaar: null })).toBe(
      'Bij de toezegging op regel 12 staat geen vergaderjaar; "voor de zomer" is gelezen vanaf de documentdatum.',
    );
  });

  it('the parser returns codes and values, no sentences', () => {
    const result = parseOverview(SAMPLE, { documentDate: SAMPLE_DATE });
    if (!result.ok) throw new Error(result.code);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem).not.toHaveProperty('message');
      expect(OVERVIEW_PROBLEM_CODES).toContain(problem.code);
    }
    const repaired = result.problems.find((p) => p.code === 'OVERVIEW_FOOTNOTE_REPAIRED');
    expect(repaired).toMatchObject({ line: 237, footnote: 15, written: '202/25', read: '2024/25' });
  });
});
