import { describe, expect, it } from 'vitest';
import { mayRecur, parseDates } from '../../../src/domain/dates/parse-dates.ts';
import { DATE_TEXT_LIMIT, datesOfText, pickDeadline } from '../../../src/domain/dates/pick-deadline.ts';
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
    expect(e!.note).toEqual({ code: 'DAY_BEFORE_RECESS', recess: 'zomerreces' });
  });

  it('gives each expression its fields as own properties in one order, a note only when there is one (stored and printed as JSON)', () => {
    const fields = ['text', 'start', 'end', 'relation', 'earliest', 'deadline', 'precision', 'basis', 'soft', 'recurrence'];
    const [plain, noted] = parseDates('op 12 maart 2024 en voor de zomer van 2025', { reference: DEFAULT_REF });
    expect(Object.keys(plain!)).toEqual(fields);
    expect(Object.keys(noted!)).toEqual([...fields, 'note']);
    expect(JSON.parse(JSON.stringify(noted))).toEqual({ ...noted });
  });
});

describe('parseDates: programmer errors', () => {
  it('throws on a malformed reference date', () => {
    expect(() => parseDates('voor de zomer', { reference: '20-03-2023' })).toThrow(RangeError);
  });

  it('checks every reference, also right after well-formed ones (the good ones are remembered, issue 28)', () => {
    const good = parseDates('voor 1 mei', { reference: '2024-02-29' });
    expect(good).toHaveLength(1);
    expect(() => parseDates('voor 1 mei', { reference: '2023-02-29' })).toThrow(RangeError);
    expect(() => parseDates('voor 1 juni', { reference: '2023-02-29' })).toThrow(RangeError);
    expect(() => mayRecur('jaarlijks', { reference: '2024-02-30' })).toThrow(RangeError);
    expect(parseDates('voor 1 mei', { reference: '2024-02-29' })).toEqual(good);
    // More good references than are remembered, then the first again and a bad one: read and refused as before.
    for (let day = 1; day <= 80; day++) expect(parseDates('voor 1 mei', { reference: `2023-${String(Math.ceil(day / 28)).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}` })).toHaveLength(1);
    expect(parseDates('voor 1 mei', { reference: '2024-02-29' })).toEqual(good);
    expect(() => parseDates('voor 1 mei', { reference: '2023-02-29' })).toThrow(RangeError);
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

describe('the deadline reader reads a bounded part of a text (issue 22.8)', () => {
  // A 1 MB text full of dates: what is read is what its first DATE_TEXT_LIMIT characters give, so
  // its cost is that of a 10,000-character text (bench/date-bound.bench.ts has the figures).
  const sentence = 'De minister informeert de Kamer voor de zomer van 2026 en uiterlijk eind 2025 over de voortgang. ';
  const huge = sentence.repeat(Math.ceil(1_048_576 / sentence.length));
  const head = huge.slice(0, DATE_TEXT_LIMIT);

  it('datesOfText of a 1 MB text equals that of its first DATE_TEXT_LIMIT characters', () => {
    expect(huge.length).toBeGreaterThan(1_000_000);
    const all = datesOfText(huge, '2025-01-01').expressions;
    expect(all.length).toBeGreaterThan(0);
    expect(all).toEqual(datesOfText(head, '2025-01-01').expressions);
    expect(Math.max(...all.map((e) => e.end))).toBeLessThanOrEqual(DATE_TEXT_LIMIT);
  });

  it('pickDeadline of a 1 MB request and a 1 MB status text reads only that part of each', () => {
    const input = { request: huge, requestReference: '2025-01-01', status: huge, statusReference: '2025-02-01' };
    expect(pickDeadline(input)).toEqual(pickDeadline({ ...input, request: head, status: head }));
  });

  it('a clause without end is read in pieces: a text without punctuation gives the expressions it gives in short sentences', () => {
    const words = 'de Kamer uiterlijk eind 2025 informeren en voor de zomer van 2026 rapporteren ';
    const endless = words.repeat(Math.ceil(DATE_TEXT_LIMIT / words.length));
    const found = datesOfText(endless, '2025-01-01').expressions;
    expect(found.length).toBeGreaterThan(100);
    expect(new Set(found.map((e) => e.text))).toEqual(new Set(['uiterlijk eind 2025', 'voor de zomer van 2026']));
  });
});
