import { describe, expect, it } from 'vitest';
import { parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { mergeCalendars, defaultCalendar } from '../../../src/domain/dates/calendar.ts';
import { DEFAULT_REF, NEGATIVE_CASES, RULE_CASES } from './cases.ts';

describe('parseDates: every form of docs/DATES.md', () => {
  it.each(RULE_CASES.map((c) => [JSON.stringify(c.text), c.ref ?? DEFAULT_REF, c] as const))('%s (reference %s)', (_title, ref, c) => {
    const found = parseDates(c.text, { reference: ref });
    const span = c.span ?? c.text;
    expect(found.map((e) => e.text)).toEqual([span]);
    const e = found[0]!;
    expect(e.text).toBe(c.text.slice(e.start, e.end));
    expect({ relation: e.relation, earliest: e.earliest, deadline: e.deadline, basis: e.basis }).toEqual({
      relation: c.relation,
      earliest: c.earliest,
      deadline: c.deadline,
      basis: c.basis,
    });
    if (c.precision) expect(e.precision).toBe(c.precision);
    expect(e.soft).toBe(c.soft ?? false);
    if (c.recurrence) expect(e.recurrence).toEqual(c.recurrence);
    else if (c.relation !== 'recurring') expect(e.recurrence).toBeNull();
  });
});

describe('parseDates: negative controls', () => {
  it.each(NEGATIVE_CASES.map((t) => [JSON.stringify(t), t] as const))('%s has no expression', (_title, text) => {
    expect(parseDates(text, { reference: DEFAULT_REF })).toEqual([]);
  });
});

describe('parseDates: several expressions', () => {
  it('returns every expression in text order, without overlap', () => {
    const text = 'Ik stuur uw Kamer voor de zomer van 2024 een tussenrapportage en uiterlijk eind 2024 de eindrapportage; de regeling loopt tot april 2027.';
    const found = parseDates(text, { reference: DEFAULT_REF });
    expect(found.map((e) => e.text)).toEqual(['voor de zomer van 2024', 'uiterlijk eind 2024', 'tot april 2027']);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('keeps "direct" out of "direct na het zomerreces"', () => {
    const found = parseDates('Direct na het zomerreces wordt het wetsvoorstel ingediend.', { reference: DEFAULT_REF });
    expect(found.map((e) => e.text)).toEqual(['na het zomerreces']);
  });

  it('does not read "zo" as Sunday or "Jan" as January', () => {
    const found = parseDates('Zo spreekt Jan de Vries op 12 maart 2024 met de sector.', { reference: DEFAULT_REF });
    expect(found.map((e) => e.text)).toEqual(['op 12 maart 2024']);
  });

  it('explains its deadlines with a note where the calendar decides', () => {
    const [e] = parseDates('voor de zomer van 2025', { reference: DEFAULT_REF });
    expect(e!.note).toBe('dag voor het zomerreces');
  });
});

describe('parseDates: programmer errors', () => {
  it('throws on a malformed reference date', () => {
    expect(() => parseDates('voor de zomer', { reference: '20-03-2023' })).toThrow(RangeError);
  });
});

describe('parseDates: the calendar option', () => {
  it('uses a budget debate date from the calendar (basis calendar)', () => {
    const calendar = mergeCalendars(defaultCalendar, {
      recesses: [],
      events: [],
      budgetDebates: [{ ministry: 'OCW', year: 2023, date: '2023-11-01' }],
    });
    const [e] = parseDates('voor het debat over de begroting van OCW', { reference: DEFAULT_REF, calendar });
    expect(e).toMatchObject({ relation: 'by', deadline: '2023-11-01', basis: 'calendar' });
    const [other] = parseDates('voor het debat over de begroting van SZW', { reference: DEFAULT_REF, calendar });
    expect(other).toMatchObject({ deadline: '2023-10-31', basis: 'estimate' });
  });

  it('uses recesses added for a later year', () => {
    const calendar = mergeCalendars(defaultCalendar, {
      recesses: [{ year: 2027, name: 'zomerreces', from: '2027-07-02', to: '2027-08-30' }],
      events: [],
      budgetDebates: [],
    });
    const [e] = parseDates('voor de zomer van 2027', { reference: DEFAULT_REF, calendar });
    expect(e).toMatchObject({ deadline: '2027-07-01', basis: 'calendar' });
  });
});
