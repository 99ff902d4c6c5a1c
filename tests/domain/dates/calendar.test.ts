import { describe, expect, it } from 'vitest';
import data from '../../../src/domain/dates/calendar-data.json' with { type: 'json' };
import { calendarProblemNl } from '../../../src/texts/calendar.nl.ts';
import {
  defaultCalendar,
  estimateRecess,
  lookupBudgetDebate,
  lookupPrinsjesdag,
  lookupRecess,
  lookupVerantwoordingsdag,
  mergeCalendars,
  parseCalendarData,
  type RecessName,
} from '../../../src/domain/dates/calendar.ts';

// The recess table of docs/DATES.md, copied here so a change to the data file is noticed.
const TABLE: [number, RecessName, string, string][] = [
  [2018, 'zomerreces', '2018-07-06', '2018-09-03'],
  [2019, 'zomerreces', '2019-07-05', '2019-09-02'],
  [2022, 'zomerreces', '2022-07-08', '2022-09-05'],
  [2023, 'meireces', '2023-04-21', '2023-05-08'],
  [2023, 'zomerreces', '2023-07-07', '2023-09-04'],
  [2023, 'herfstreces', '2023-10-13', '2023-10-23'],
  [2023, 'kerstreces', '2023-12-22', '2024-01-15'],
  [2024, 'voorjaarsreces', '2024-02-16', '2024-02-26'],
  [2024, 'meireces', '2024-04-26', '2024-05-13'],
  [2024, 'zomerreces', '2024-07-05', '2024-09-02'],
  [2025, 'zomerreces', '2025-07-04', '2025-09-01'],
  [2025, 'kerstreces', '2025-12-19', '2026-01-12'],
  [2026, 'voorjaarsreces', '2026-02-13', '2026-02-23'],
  [2026, 'meireces', '2026-04-24', '2026-05-11'],
  [2026, 'zomerreces', '2026-07-03', '2026-08-31'],
];

describe('the bundled calendar', () => {
  it('is valid data', () => {
    expect(parseCalendarData(data).ok).toBe(true);
  });

  it.each(TABLE)('%i %s runs %s to %s (calendar)', (year, name, from, to) => {
    expect(lookupRecess(defaultCalendar, name, year)).toEqual({ from, to, basis: 'calendar' });
  });

  it('holds exactly the recesses of the DATES.md table', () => {
    expect(defaultCalendar.recesses.length).toBe(TABLE.length);
  });

  it.each(TABLE)('the fallback rule fits %i %s', (year, name, from, to) => {
    expect(estimateRecess(name, year)).toEqual({ from, to });
  });

  it('recesses run from a Friday up to and including a Monday', () => {
    for (const r of defaultCalendar.recesses) {
      expect(new Date(`${r.from}T12:00:00Z`).getUTCDay()).toBe(5);
      expect(new Date(`${r.to}T12:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it('Prinsjesdag entries are the third Tuesday of September', () => {
    for (const e of defaultCalendar.events.filter((x) => x.name === 'prinsjesdag')) {
      const d = new Date(`${e.date}T12:00:00Z`);
      expect(d.getUTCDay()).toBe(2);
      expect(d.getUTCMonth()).toBe(8);
      expect(Math.ceil(d.getUTCDate() / 7)).toBe(3);
    }
  });
});

describe('lookups and their fallbacks', () => {
  it('a recess not in the data is an estimate', () => {
    expect(lookupRecess(defaultCalendar, 'zomerreces', 2027)).toEqual({ from: '2027-07-09', to: '2027-09-06', basis: 'estimate' });
    expect(lookupRecess(defaultCalendar, 'kerstreces', 2024)).toEqual({ from: '2024-12-20', to: '2025-01-13', basis: 'estimate' });
    expect(lookupRecess(defaultCalendar, 'voorjaarsreces', 2025)).toEqual({ from: '2025-02-14', to: '2025-02-24', basis: 'estimate' });
  });

  it('Prinsjesdag: calendar, else the third Tuesday of September as an estimate', () => {
    expect(lookupPrinsjesdag(defaultCalendar, 2023)).toEqual({ date: '2023-09-19', basis: 'calendar' });
    expect(lookupPrinsjesdag(defaultCalendar, 2027)).toEqual({ date: '2027-09-21', basis: 'estimate' });
  });

  it('Verantwoordingsdag: the third Wednesday of May (rule)', () => {
    expect(lookupVerantwoordingsdag(defaultCalendar, 2023)).toEqual({ date: '2023-05-17', basis: 'rule' });
    expect(lookupVerantwoordingsdag(defaultCalendar, 2024)).toEqual({ date: '2024-05-15', basis: 'rule' });
  });

  it('budget debates: a calendar entry by ministry, else 31 October (estimate)', () => {
    const cal = mergeCalendars(defaultCalendar, { recesses: [], events: [], budgetDebates: [{ ministry: 'OCW', year: 2024, date: '2024-11-13' }] });
    expect(lookupBudgetDebate(cal, 'ocw', 2024)).toEqual({ date: '2024-11-13', basis: 'calendar' });
    expect(lookupBudgetDebate(cal, 'SZW', 2024)).toEqual({ date: '2024-10-31', basis: 'estimate' });
    expect(lookupBudgetDebate(cal, null, 2024)).toEqual({ date: '2024-10-31', basis: 'estimate' });
  });
});

describe('mergeCalendars', () => {
  it('adds entries and lets the extra calendar replace the same name and year', () => {
    const extra = {
      recesses: [
        { year: 2027, name: 'zomerreces' as const, from: '2027-07-02', to: '2027-08-30' },
        { year: 2026, name: 'zomerreces' as const, from: '2026-07-03', to: '2026-09-07' },
      ],
      events: [],
      budgetDebates: [],
    };
    const merged = mergeCalendars(defaultCalendar, extra);
    expect(lookupRecess(merged, 'zomerreces', 2027)).toEqual({ from: '2027-07-02', to: '2027-08-30', basis: 'calendar' });
    expect(lookupRecess(merged, 'zomerreces', 2026).to).toBe('2026-09-07');
    expect(merged.recesses.length).toBe(defaultCalendar.recesses.length + 1);
    // Inputs are not mutated.
    expect(lookupRecess(defaultCalendar, 'zomerreces', 2026).to).toBe('2026-08-31');
  });
});

describe('parseCalendarData', () => {
  it('accepts the documented format', () => {
    const result = parseCalendarData({
      recesses: [{ year: 2027, name: 'kerstreces', from: '2027-12-24', to: '2028-01-10', source: 'Tweede Kamer' }],
      events: [{ year: 2027, name: 'prinsjesdag', date: '2027-09-21' }],
      budgetDebates: [{ ministry: 'OCW', year: 2027, date: '2027-11-10' }],
    });
    expect(result).toEqual({
      ok: true,
      calendar: {
        recesses: [{ year: 2027, name: 'kerstreces', from: '2027-12-24', to: '2028-01-10', source: 'Tweede Kamer' }],
        events: [{ year: 2027, name: 'prinsjesdag', date: '2027-09-21' }],
        budgetDebates: [{ ministry: 'OCW', year: 2027, date: '2027-11-10' }],
      },
    });
  });

  it.each([
    [[], 'JSON-object'],
    [{ recesses: {} }, '"recesses" moet een lijst zijn'],
    [{ reces: [] }, 'Onbekend veld "reces"'],
    [{ recesses: [{ year: 2027, name: 'paasreces', from: '2027-04-02', to: '2027-04-05' }] }, 'recesses[0].name'],
    [{ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-02-30', to: '2027-08-30' }] }, 'recesses[0].from is geen geldige datum'],
    [{ recesses: [{ year: 2027, name: 'zomerreces', from: '2027-09-30', to: '2027-08-30' }] }, 'ligt voor'],
    [{ recesses: [{ year: 2026, name: 'zomerreces', from: '2027-07-02', to: '2027-08-30' }] }, 'moet beginnen in het jaar 2026'],
    [{ recesses: [{ year: '2027', name: 'zomerreces', from: '2027-07-02', to: '2027-08-30' }] }, 'recesses[0].year'],
    [{ events: [{ year: 2027, name: 'troonrede', date: '2027-09-21' }] }, 'events[0].name'],
    [{ events: [{ year: 2027, name: 'prinsjesdag', date: '2028-09-19' }] }, 'valt niet in het jaar 2027'],
    [{ budgetDebates: [{ ministry: '', year: 2027, date: '2027-11-10' }] }, 'ministeriecode'],
  ])('rejects %j with a Dutch message', (json, fragment) => {
    const result = parseCalendarData(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('CALENDAR_INVALID');
      expect(calendarProblemNl(result.problem)).toContain(fragment);
    }
  });
});

// Issue 28: lookupRecess keeps its answers per calendar, by name and then by year, and remembers the calendar asked
// last; a look-up in another calendar in between must still answer from its own entries.
describe('lookupRecess asked of two calendars in turn', () => {
  it('answers each calendar from its own entries, the same answer each time', () => {
    const moved = mergeCalendars(defaultCalendar, { recesses: [{ name: 'zomerreces', year: 2025, from: '2025-07-11', to: '2025-09-08' }], events: [], budgetDebates: [] });
    const first = lookupRecess(defaultCalendar, 'zomerreces', 2025);
    expect(lookupRecess(moved, 'zomerreces', 2025)).toEqual({ from: '2025-07-11', to: '2025-09-08', basis: 'calendar' });
    expect(lookupRecess(defaultCalendar, 'zomerreces', 2025)).toEqual({ from: '2025-07-04', to: '2025-09-01', basis: 'calendar' });
    expect(lookupRecess(defaultCalendar, 'zomerreces', 2025)).toBe(first);
    expect(lookupRecess(moved, 'kerstreces', 2025)).toEqual(lookupRecess(defaultCalendar, 'kerstreces', 2025));
    // A year without an entry is estimated, per name: another name of the same year is not its answer.
    expect(lookupRecess(moved, 'zomerreces', 2090)).toEqual({ ...estimateRecess('zomerreces', 2090), basis: 'estimate' });
    expect(lookupRecess(moved, 'kerstreces', 2090)).toEqual({ ...estimateRecess('kerstreces', 2090), basis: 'estimate' });
  });
});
