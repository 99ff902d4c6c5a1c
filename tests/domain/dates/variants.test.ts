// "Every row holds in all its everyday variants" (docs/DATES.md v3). ONE table: each row is a
// template with slots; every slot is expanded with every variant, so a new row is tested in all
// of them, on its own and as the informing deadline of a sentence.
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';

/** The variants of each slot. */
const SLOTS: Record<string, readonly string[]> = {
  VOOR: ['voor', 'vóór', 'Voor', 'Vóór', 'VOOR', 'voorafgaand aan', 'eerder dan', 'uiterlijk voor'],
  UITERLIJK: ['uiterlijk', 'Uiterlijk', 'UITERLIJK', 'ten laatste', 'niet later dan'],
  BIJ: ['bij', 'Bij', 'uiterlijk bij', 'voor', 'vóór', 'gelijktijdig met', 'met'],
  PUBLICATIE: ['', 'de publicatie van ', 'het verschijnen van ', 'de presentatie van '],
  VOORJAARSNOTA: ['de Voorjaarsnota', 'de voorjaarsnota', 'Voorjaarsnota', 'de VOORJAARSNOTA'],
  IEDER: ['ieder', 'iedere', 'elk', 'elke', 'per', 'Ieder', 'Elk'],
  VOLGENDE: ['de', 'de volgende', 'de eerstvolgende', 'de komende', 'de aankomende', 'de aanstaande', 'het komende'],
  KOMEND: ['komend', 'komende', 'aankomend', 'aankomende', 'aanstaand', 'aanstaande', 'het komende', 'het aankomende'],
  ARTIKEL_DE: ['de ', ''],
  ARTIKEL_HET: ['het ', ''],
  IN: ['in', 'In', 'uiterlijk in', 'ten laatste in'],
  ONMIDDELLIJK: ['onmiddellijk', 'Onmiddellijk', 'per direct', 'Per direct', 'per omgaande'],
};

interface Row {
  template: string;
  deadline: string;
  ref?: string;
}

const REF = '2023-03-20';

const ROWS: Row[] = [
  { template: '{VOOR} 1 juli 2025', deadline: '2025-07-01' },
  { template: '{UITERLIJK} 1 juli 2025', deadline: '2025-07-01' },
  { template: '{VOOR} {ARTIKEL_DE}zomer van 2025', deadline: '2025-07-03' },
  { template: '{VOOR} {ARTIKEL_HET}zomerreces', deadline: '2023-07-06' },
  { template: '{BIJ} {PUBLICATIE}{VOORJAARSNOTA}', deadline: '2023-06-01' },
  { template: '{IEDER} kwartaal', deadline: '2023-06-30' },
  { template: '{IEDER} jaar', deadline: '2024-12-31' },
  { template: '{VOOR} {VOLGENDE} begrotingsbehandeling', deadline: '2023-10-31' },
  { template: '{VOOR} de begrotingsbehandeling a.s.', deadline: '2023-10-31' },
  { template: '{UITERLIJK} {KOMEND} najaar', deadline: '2023-12-21' },
  { template: '{VOOR} {ARTIKEL_HET}kerstreces', deadline: '2023-12-21' },
  { template: '{VOOR} {ARTIKEL_DE}kerst', deadline: '2023-12-21' },
  { template: '{VOOR} de feestdagen', deadline: '2023-12-21' },
  { template: '{ONMIDDELLIJK}', deadline: '2023-04-20' },
  { template: '{IN} week 12 van 2024', deadline: '2024-03-22' },
  { template: '{VOOR} de stemmingen over de begroting van OCW', deadline: '2023-10-31' },
  { template: '{VOOR} Prinsjesdag', deadline: '2023-09-19' },
];

/** Every combination of slot variants of a template. */
function expand(template: string): string[] {
  const slot = /\{([A-Z_]+)\}/.exec(template);
  if (!slot) return [template];
  const values = SLOTS[slot[1] as string];
  if (!values) throw new Error(`unknown slot ${String(slot[1])}`);
  return values.flatMap((v) => expand(template.replace(slot[0], v)));
}

const CASES = ROWS.flatMap((row) => expand(row.template).map((text) => [text, row.ref ?? REF, row.deadline] as const));

describe('every variant of every row', () => {
  it('covers many variants per row', () => {
    expect(CASES.length).toBeGreaterThan(ROWS.length * 5);
  });

  it.each(CASES)('%j (reference %s) → %s', (text, ref, deadline) => {
    const found = parseDates(text, { reference: ref });
    expect(found.map((e) => [e.text, e.deadline])).toEqual([[text, deadline]]);
    const inSentence = datesOfText(`De Kamer wordt ${text} geïnformeerd over de voortgang.`, ref);
    expect(inSentence.primary?.deadline).toBe(deadline);
  });
});

describe('a year named earlier in the sentence fills a later year-less term', () => {
  it('"In 2024 … voor de zomer" is the summer of 2024', () => {
    const { primary } = datesOfText('In 2024 wordt de pilot uitgebreid en de Kamer wordt voor de zomer geïnformeerd.', REF);
    expect(primary).toMatchObject({ text: 'voor de zomer', deadline: '2024-07-04' });
  });

  it('without the year, the first summer after the reference date', () => {
    expect(datesOfText('De Kamer wordt voor de zomer geïnformeerd.', REF).primary?.deadline).toBe('2023-07-06');
  });

  it('a year in an earlier sentence does not carry over', () => {
    const { primary } = datesOfText('De pilot loopt in 2024. De Kamer wordt voor de zomer geïnformeerd.', REF);
    expect(primary?.deadline).toBe('2023-07-06');
  });

  it('a year before the reference year does not pull a term into the past', () => {
    const { primary } = datesOfText('Sinds 2021 loopt de pilot en de Kamer wordt voor de zomer geïnformeerd.', REF);
    expect(primary?.deadline).toBe('2023-07-06');
  });
});

describe('the whole phrase "voor de start van … in <period>"', () => {
  it('is by the day before the period starts', () => {
    const { primary } = datesOfText('De Kamer wordt voor de start van het onderwijs in het najaar van 2024 geïnformeerd.', REF);
    expect(primary).toMatchObject({ text: 'voor de start van het onderwijs in het najaar van 2024', deadline: '2024-08-31' });
  });

  it('works with a named day', () => {
    const { primary } = datesOfText('verzoekt de regering voor het begin van het schooljaar op 1 september 2025 de Kamer te informeren', REF);
    expect(primary).toMatchObject({ deadline: '2025-08-31' });
  });

  it('while "in het najaar van 2024" alone is the whole autumn', () => {
    expect(datesOfText('De Kamer wordt in het najaar van 2024 geïnformeerd.', REF).primary?.deadline).toBe('2024-12-19');
  });
});

describe('"of anders": both terms are kept, the earliest hard one is primary', () => {
  it.each([
    ['De Kamer wordt uiterlijk 1 juli 2024 of anders voor de zomer geïnformeerd.', '2024-07-01'],
    ['De Kamer wordt voor de zomer van 2024, of anders uiterlijk 1 september 2024, geïnformeerd.', '2024-07-04'],
    ['De Kamer wordt zo spoedig mogelijk of anders uiterlijk 1 september 2024 geïnformeerd.', '2024-09-01'],
  ])('%s', (text, deadline) => {
    const { expressions, primary } = datesOfText(text, REF);
    expect(expressions.length).toBe(2);
    expect(primary?.deadline).toBe(deadline);
  });
});

describe('week numbers', () => {
  it.each([
    ['in week 12 van 2024', '2024-03-18', '2024-03-22'],
    ['in week 1 van 2025', '2024-12-30', '2025-01-03'],
    ['in de week van 18 maart 2024', '2024-03-18', '2024-03-22'],
    ['in week 53 van 2026', '2026-12-28', '2027-01-01'],
  ])('%s is Monday %s to Friday %s', (text, earliest, deadline) => {
    expect(parseDates(text, { reference: REF }).map((e) => [e.earliest, e.deadline])).toEqual([[earliest, deadline]]);
  });

  it.each(['per week 12 uur', 'in week 53 van 2025', 'de werkweek van 36 uur'])('%s is no week term', (text) => {
    expect(parseDates(text, { reference: REF }).filter((e) => e.precision === 'day' && e.relation === 'in')).toEqual([]);
  });
});
