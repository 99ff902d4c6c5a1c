// The grammar's gates are derived from what each core parser and matcher declares; these tests
// check that the derived gates let every documented form through and still shut out plain text.
import { describe, expect, it } from 'vitest';
import { CORE_PARSERS, CORE_START_WORDS } from '../../../src/domain/dates/grammar/cores.ts';
import { PRECHECK, parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { DEFAULT_REF, RULE_CASES } from './cases.ts';

describe('derived gates', () => {
  it.each(RULE_CASES.map((c) => [c.text] as const))('the raw-text precheck lets %j through', (text) => {
    expect(PRECHECK.test(text)).toBe(true);
  });

  it('the precheck shuts out text without any date word', () => {
    expect(PRECHECK.test('De regering neemt de motie over en gaat in gesprek met het veld.')).toBe(false);
  });

  it('every word a core parser declares can start an expression', () => {
    for (const parser of CORE_PARSERS) for (const w of parser.firstWords) expect(CORE_START_WORDS.has(w)).toBe(true);
  });

  it('a core declared only after an article is found after "de" and "het"', () => {
    // The debate-day core declares no first words of its own, only words after an article.
    const found = parseDates('voor het commissiedebat van 9 mei 2024', { reference: DEFAULT_REF });
    expect(found.map((e) => [e.text, e.deadline])).toEqual([['voor het commissiedebat van 9 mei 2024', '2024-05-09']]);
  });
});

describe('the precheck lets the budget moments and "met spoed" through', () => {
  it.each(['bij de Slotwet', 'met spoed', 'met de grootst mogelijke spoed', 'voor de voorjaarsbesluitvorming', 'in aanloop naar de augustusbesluitvorming', 'bij het jaarverslag'])('%s', (text) => {
    expect(PRECHECK.test(text)).toBe(true);
  });
});
