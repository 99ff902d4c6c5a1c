// "Dates that are never the informing deadline" (docs/DATES.md v3): each category with a
// negative case next to a positive one that shares the date words.
import { describe, expect, it } from 'vitest';
import { datesOfText } from '../../../src/domain/dates/pick-deadline.ts';
import type { DateRole } from '../../../src/domain/dates/roles.ts';

const REF = '2025-03-01';

interface Pair {
  category: string;
  /** Same date words as a term for the government: the primary. */
  term: { text: string; primary: string };
  /** The date as a fact, reference point, content or someone else's term: no primary. */
  /** The role it gets; null when it is no expression at all (an amount's budget year). */
  notTerm: { text: string; role: DateRole | null };
}

const PAIRS: Pair[] = [
  {
    category: 'peildatum',
    term: { text: 'De Kamer wordt uiterlijk 1 januari 2026 geïnformeerd.', primary: 'uiterlijk 1 januari 2026' },
    notTerm: { text: 'De cijfers gaan uit van 1 januari 2026 als peildatum.', role: 'reference' },
  },
  {
    category: 'a ruling of a court on a named day',
    term: { text: 'verzoekt de regering voor 12 maart 2026 te reageren op de uitspraak', primary: 'voor 12 maart 2026' },
    notTerm: { text: 'gelet op de uitspraak van de Raad van State van 12 maart 2026 de regeling aan te passen', role: 'reference' },
  },
  {
    category: 'uit <year>',
    term: { text: 'De Kamer ontvangt in 2026 een brief over het advies.', primary: 'in 2026' },
    notTerm: { text: 'De Kamer ontvangt een brief over het advies uit 2026.', role: 'reference' },
  },
  {
    category: 'sinds',
    term: { text: 'De regering rapporteert voor 1 januari 2026 over de regeling.', primary: 'voor 1 januari 2026' },
    notTerm: { text: 'De regering rapporteert over de regeling die sinds 1 januari 2026 geldt.', role: 'reference' },
  },
  {
    category: 'the letter or agreement of a date',
    term: { text: 'De minister stuurt op 3 mei 2025 een brief.', primary: 'op 3 mei 2025' },
    notTerm: { text: 'De minister gaat in op de brief van 3 mei 2025.', role: 'reference' },
  },
  {
    category: 'an event as a topic',
    term: { text: 'verzoekt de regering de Kamer voor juli 2025 te informeren over de overstromingen', primary: 'voor juli 2025' },
    notTerm: { text: 'verzoekt de regering de Kamer te informeren over de overstromingen van juli 2024', role: 'reference' },
  },
  {
    category: 'the content of the measure: tot',
    term: { text: 'verzoekt de regering de regeling voor 1 januari 2026 te verlengen', primary: 'voor 1 januari 2026' },
    notTerm: { text: 'verzoekt de regering de regeling te verlengen tot 1 januari 2026', role: 'content' },
  },
  {
    category: 'the content of the measure: tot ten minste',
    term: { text: 'verzoekt de regering uiterlijk medio 2026 te besluiten over de subsidieregeling', primary: 'uiterlijk medio 2026' },
    notTerm: { text: 'verzoekt de regering de subsidieregeling te laten doorlopen tot ten minste medio 2026', role: 'content' },
  },
  {
    category: 'the content of the measure: einddatum / sluitingsdatum',
    term: { text: 'verzoekt de regering uiterlijk 1 januari 2030 een besluit te nemen over de sluiting', primary: 'uiterlijk 1 januari 2030' },
    notTerm: { text: 'verzoekt de regering vast te houden aan de afgesproken sluitingsdatum van 1 januari 2030', role: 'content' },
  },
  {
    category: 'the content of the measure: per',
    term: { text: 'verzoekt de regering uiterlijk in 2028 de Kamer te informeren over de sluiting', primary: 'uiterlijk in 2028' },
    notTerm: { text: 'verzoekt de regering vast te houden aan de sluiting per 2028', role: 'content' },
  },
  {
    category: 'a measure that starts on a day',
    term: { text: 'De minister informeert de Kamer op 1 juli 2025 over het rookverbod.', primary: 'op 1 juli 2025' },
    notTerm: { text: 'Het rookverbod gaat op 1 juli 2025 in.', role: 'content' },
  },
  {
    category: "someone else's deadline",
    term: { text: 'De minister informeert de Kamer voor 1 mei 2025 over de inschrijving.', primary: 'voor 1 mei 2025' },
    notTerm: { text: 'De minister wijst op de inschrijfdeadline van 1 mei 2025 voor studenten.', role: 'content' },
  },
  {
    category: "someone else's rhythm",
    term: { text: 'verzoekt de regering de Kamer ieder kwartaal te informeren over het verzuim', primary: 'ieder kwartaal' },
    notTerm: { text: 'verzoekt de regering scholen te vragen ieder kwartaal hun verzuimcijfers te melden', role: 'content' },
  },
  {
    category: "a motie's considerations",
    term: { text: 'verzoekt de regering de Kamer voor de zomer te informeren over het plan;', primary: 'voor de zomer' },
    notTerm: { text: 'constaterende dat het plan voor de zomer naar de Europese Commissie moet;', role: 'reference' },
  },
  {
    category: 'a report of what happened',
    term: { text: 'De minister zal de Kamer voor de zomer informeren.', primary: 'voor de zomer' },
    notTerm: { text: 'Voor de zomer is door uw Kamer een wetsvoorstel aangenomen.', role: 'reference' },
  },
  {
    category: 'a past date with a past marker',
    term: { text: 'De minister stuurt op woensdag 17 september 2025 de brief.', primary: 'op woensdag 17 september 2025' },
    notTerm: { text: 'Op woensdag 17 februari jongstleden startte het onderzoek.', role: 'reference' },
  },
  {
    category: 'budget years',
    term: { text: 'De Kamer wordt voor 2026 geïnformeerd over de uitgaven.', primary: 'voor 2026' },
    notTerm: { text: 'Voor 2026 is € 750 miljoen gereserveerd op de begroting.', role: null },
  },
];

describe('only deadlines become primary: each category side by side', () => {
  it.each(PAIRS.map((p) => [p.category, p] as const))('%s', (_category, pair) => {
    const term = datesOfText(pair.term.text, REF);
    expect(term.primary?.text).toBe(pair.term.primary);
    expect(term.primary?.role).toBe('deadline');

    const notTerm = datesOfText(pair.notTerm.text, REF);
    expect(notTerm.primary).toBeNull();
    if (pair.notTerm.role === null) expect(notTerm.expressions).toEqual([]);
    else expect(notTerm.expressions.map((e) => e.role)).toContain(pair.notTerm.role);
  });
});

describe('"niet voor / niet eerder dan / niet vóór X" is an earliest date, never a deadline', () => {
  it.each(['niet voor 1 mei 2026', 'niet eerder dan 1 mei 2026', 'niet vóór 1 mei 2026', 'Niet Voor 1 mei 2026', 'op zijn vroegst 1 mei 2026'])('%s', (phrase) => {
    const { expressions, primary } = datesOfText(`De Kamer wordt ${phrase} geïnformeerd.`, REF);
    expect(primary).toBeNull();
    expect(expressions).toHaveLength(1);
    expect(expressions[0]).toMatchObject({ relation: 'after', earliest: '2026-05-01', deadline: null });
  });

  it('keeps "voor 1 mei 2026" itself a deadline', () => {
    expect(datesOfText('De Kamer wordt voor 1 mei 2026 geïnformeerd.', REF).primary?.deadline).toBe('2026-05-01');
  });
});
