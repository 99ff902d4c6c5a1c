import { describe, expect, it } from 'vitest';
import { explainDate } from '../../../src/texts/explain-date.nl.ts';
import { formatDateNl } from '../../../src/domain/dates/format-date.ts';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { parseTermInput } from '../../../src/domain/dates/parse-term-input.ts';
import { termInputNl } from '../../../src/texts/dates.nl.ts';

describe('formatDateNl', () => {
  it.each([
    ['2025-07-03', true, 'donderdag 3 juli 2025'],
    ['2025-07-03', false, '3 juli 2025'],
    ['2024-02-29', true, 'donderdag 29 februari 2024'],
    ['2023-01-01', true, 'zondag 1 januari 2023'],
    ['2023-12-31', false, '31 december 2023'],
  ])('%s (weekday %s) → %s', (iso, weekday, expected) => {
    expect(formatDateNl(iso, { weekday })).toBe(expected);
  });

  it('leaves the weekday out by default', () => {
    expect(formatDateNl('2025-07-03')).toBe('3 juli 2025');
  });
});

function explain(text: string, reference = '2023-03-20'): string {
  const [e] = parseDates(text, { reference });
  if (!e) throw new Error(`no expression in ${text}`);
  return explainDate(e);
}

describe('explainDate', () => {
  it.each([
    ['voor de zomer van 2025', 'voor de zomer van 2025 → uiterlijk donderdag 3 juli 2025 (dag voor het zomerreces)'],
    ['binnen drie maanden na inwerkingtreding', 'binnen drie maanden na inwerkingtreding → nog geen datum: hangt af van inwerkingtreding'],
    ['uiterlijk 1 juli 2025', 'uiterlijk 1 juli 2025 → uiterlijk dinsdag 1 juli 2025'],
    ['op 22 september 2023', 'op 22 september 2023 → op vrijdag 22 september 2023'],
    ['in april 2025', 'in april 2025 → uiterlijk woensdag 30 april 2025 (vanaf 1 april 2025)'],
    ['tot april 2027', 'tot april 2027 → loopt tot en met woensdag 31 maart 2027 (mijlpaal, geen termijn)'],
    ['per 1 januari 2025', 'per 1 januari 2025 → vanaf woensdag 1 januari 2025 (mijlpaal, geen termijn)'],
    ['na 1 juli 2025', 'na 1 juli 2025 → niet eerder dan woensdag 2 juli 2025 (geen termijn)'],
    ['na de zomer', 'na de zomer → uiterlijk donderdag 21 december 2023 (vanaf 5 september 2023; dag voor het kerstreces; vage termijn)'],
    ['zo spoedig mogelijk', 'zo spoedig mogelijk → uiterlijk dinsdag 20 juni 2023 (vage termijn, geschat op 3 maanden)'],
    ['voor Prinsjesdag 2027', 'voor Prinsjesdag 2027 → uiterlijk dinsdag 21 september 2027 (Prinsjesdag, derde dinsdag van september; schatting)'],
    ['in het najaar van\n2024', 'in het najaar van 2024 → uiterlijk donderdag 19 december 2024 (vanaf 1 september 2024; dag voor het kerstreces; schatting)'],
    ['om de vier jaar (eerstvolgende in 2024)', 'om de vier jaar (eerstvolgende in 2024) → terugkerend, elke 4 jaar; eerstvolgende uiterlijk dinsdag 31 december 2024'],
    ['om de vier jaar', 'om de vier jaar → terugkerend, elke 4 jaar; nog geen datum voor de eerstvolgende keer'],
    ['jaarlijks voor de zomer', 'jaarlijks voor de zomer → terugkerend, elk jaar; eerstvolgende uiterlijk donderdag 6 juli 2023 (dag voor het zomerreces)'],
    ['drie weken voor aanvang van het zomerreces', 'drie weken voor aanvang van het zomerreces → uiterlijk vrijdag 16 juni 2023 (3 weken voor 7 juli 2023 (eerste dag van het zomerreces))'],
    ['bij de begro-\nting 2024', 'bij de begroting 2024 → uiterlijk dinsdag 19 september 2023 (Prinsjesdag)'],
  ])('%j', (text, expected) => {
    expect(explain(text)).toBe(expected);
  });
});

describe('parseTermInput', () => {
  const REF = '2025-04-15';

  it.each([
    ['eind maart 2026', 'eind maart 2026', '2026-03-31'],
    ['voor de zomer', 'voor de zomer', '2025-07-03'],
    ['1-7-2026', '1-7-2026', '2026-07-01'],
    ['2026-07-01', '2026-07-01', '2026-07-01'],
    ['maart 2026', 'maart 2026', '2026-03-31'],
    ['Q3', 'Q3', '2025-09-30'],
    ['zomer 2026', 'zomer 2026', '2026-08-31'],
    ['2026', '2026', '2026-12-31'],
    ['  uiterlijk 15 september 2026 ', 'uiterlijk 15 september 2026', '2026-09-15'],
    ['zsm', 'zsm', '2025-07-15'],
  ])('%j → %s, deadline %s', (input, text, deadline) => {
    const result = parseTermInput(input, REF);
    expect(result.ok).toBe(true);
    if (result.ok) expect({ text: result.expression.text, deadline: result.expression.deadline }).toEqual({ text, deadline });
  });

  it('picks the expression covering most of the input', () => {
    const result = parseTermInput('graag voor de zomer van 2026, dus in juni', REF);
    expect(result.ok && result.expression.text).toBe('voor de zomer van 2026');
  });

  it.each(['blabla', '', 'Jan de Vries', '36 200 VIII'])('%j → DATE_UNRECOGNISED with examples', (input) => {
    const result = parseTermInput(input, REF);
    expect(result).toMatchObject({ ok: false, code: 'DATE_UNRECOGNISED' });
    if (!result.ok) expect(termInputNl(result)).toContain('eind maart 2026');
  });

  it.each(['tot april 2027', 'per 1 januari 2026', 'binnen drie maanden na inwerkingtreding', 'na 1 juli 2026'])('%j → DATE_NO_DEADLINE', (input) => {
    const result = parseTermInput(input, REF);
    expect(result).toMatchObject({ ok: false, code: 'DATE_NO_DEADLINE' });
    if (!result.ok) expect(termInputNl(result)).toMatch(/geeft geen termijn/);
  });
});
