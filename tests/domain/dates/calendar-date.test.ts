// The one date API (src/domain/dates/calendar-date.ts): a test per function, with month ends,
// leap years and the weeks in which Europe/Amsterdam changes to and from summer time. JavaScript's
// own UTC date arithmetic (no DST, no process time zone) is the independent oracle of the property tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  compareDates,
  dayNumber,
  dayOf,
  daysBetween,
  daysInMonth,
  fridayOfIsoWeek,
  fromDayNumber,
  iso,
  isIsoDate,
  isLeapYear,
  isoIfValid,
  isValidDay,
  lastDayOfMonth,
  minDate,
  monthOf,
  nthWeekdayOfMonth,
  utcDayOf,
  weekdayBefore,
  weekdayOf,
  weekdayOnOrAfter,
  weekStart,
  yearOf,
} from '../../../src/domain/dates/calendar-date.ts';

/** A date as midnight UTC: the oracle computes with UTC fields only, whatever TZ the process has. */
const utc = (value: string) => new Date(`${value}T00:00:00Z`);
const DAY_MS = 86_400_000;
const oracleAddDays = (d: string, n: number) => utcDayOf(new Date(utc(d).getTime() + n * DAY_MS));
function oracleAddMonths(d: string, n: number): string {
  const date = utc(d);
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date.getUTCDate(), last));
  return utcDayOf(first);
}
const dateArb = fc.date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map(utcDayOf);

describe('building and checking dates', () => {
  it('iso pads month, day and year', () => {
    expect(iso(2025, 7, 3)).toBe('2025-07-03');
    expect(iso(2025, 12, 31)).toBe('2025-12-31');
    expect(iso(999, 1, 1)).toBe('0999-01-01');
  });

  it('isLeapYear: every 4 years, not every 100, again every 400', () => {
    expect([2024, 2000, 1600, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 1900, 2100, 2023].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('daysInMonth knows every month and February in leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('isValidDay refuses days a month lacks, month 0/13 and fractions', () => {
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2025, 2, 29)).toBe(false);
    expect(isValidDay(2025, 4, 31)).toBe(false);
    expect(isValidDay(2025, 13, 1)).toBe(false);
    expect(isValidDay(2025, 0, 1)).toBe(false);
    expect(isValidDay(2025, 1, 0)).toBe(false);
    expect(isValidDay(2025, 1.5, 1)).toBe(false);
  });

  it('isoIfValid builds existing days and gives null for the rest', () => {
    expect(isoIfValid(2024, 2, 29)).toBe('2024-02-29');
    expect(isoIfValid(2025, 2, 29)).toBeNull();
    expect(isoIfValid(2025, 6, 31)).toBeNull();
    expect(isoIfValid(10_000, 1, 1)).toBeNull();
  });

  it('isIsoDate accepts only an existing YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
    for (const bad of ['2025-02-29', '2025-04-31', '2025-13-01', '2025-7-3', '03-07-2025', '2025-07-03T00:00', ' 2025-07-03', '', 20250703, null]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('yearOf, monthOf and dayOf read the parts', () => {
    expect([yearOf('2025-07-03'), monthOf('2025-07-03'), dayOf('2025-07-03')]).toEqual([2025, 7, 3]);
  });

  it('utcDayOf reads the UTC day of a Date, whatever the process zone', () => {
    expect(utcDayOf(new Date('2025-03-31T00:00:00Z'))).toBe('2025-03-31');
    expect(utcDayOf(new Date('2025-03-30T23:59:59Z'))).toBe('2025-03-30');
  });
});

describe('day numbers and day arithmetic', () => {
  it('dayNumber counts from 1970-01-01 and fromDayNumber is its inverse', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
    fc.assert(fc.property(dateArb, (d) => fromDayNumber(dayNumber(d)) === d && dayNumber(d) === utc(d).getTime() / DAY_MS));
  });

  it('addDays crosses month ends, year ends and 29 February', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-07-03', 0)).toBe('2025-07-03');
    expect(addDays('2025-06-09', 28)).toBe('2025-07-07');
  });

  it('addDays counts whole days through the DST weeks (30 March and 26 October 2025)', () => {
    expect(addDays('2025-03-29', 1)).toBe('2025-03-30');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(addDays('2025-10-26', -1)).toBe('2025-10-25');
  });

  it('addDays agrees with UTC arithmetic for any date and step', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -2000, max: 2000 }), (d, n) => addDays(d, n) === oracleAddDays(d, n)),
      { numRuns: 500 },
    );
  });

  it('addWeeks is 7 days a week', () => {
    expect(addWeeks('2025-03-24', 1)).toBe('2025-03-31');
    expect(addWeeks('2025-01-06', -2)).toBe('2024-12-23');
  });

  it('addMonths clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2025-06-09', -12)).toBe('2024-06-09');
    fc.assert(fc.property(dateArb, fc.integer({ min: -240, max: 240 }), (d, n) => addMonths(d, n) === oracleAddMonths(d, n)), { numRuns: 500 });
  });

  it('addYears turns 29 February into 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-07-03', -2)).toBe('2023-07-03');
  });

  it('lastDayOfMonth', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfMonth(2025, 12)).toBe('2025-12-31');
  });

  it('daysBetween is b - a in calendar days, also across DST and leap days', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-27', '2025-10-25')).toBe(-2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    fc.assert(fc.property(dateArb, dateArb, (a, b) => daysBetween(a, b) === (utc(b).getTime() - utc(a).getTime()) / DAY_MS), { numRuns: 500 });
  });

  it('compareDates and minDate order dates', () => {
    expect(compareDates('2025-01-31', '2025-02-01')).toBe(-1);
    expect(compareDates('2025-02-01', '2025-01-31')).toBe(1);
    expect(compareDates('2025-02-01', '2025-02-01')).toBe(0);
    expect(minDate('2025-12-31', '2026-01-01')).toBe('2025-12-31');
    expect(minDate('2026-01-01', '2025-12-31')).toBe('2025-12-31');
  });
});

describe('weekdays and weeks', () => {
  it('weekdayOf: 0 is Sunday, 1 Monday … 6 Saturday', () => {
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('2025-06-09')).toBe(1);
    expect(weekdayOf('2025-03-30')).toBe(0); // summer time starts on this Sunday
    expect(weekdayOf('1969-12-28')).toBe(0);
    fc.assert(fc.property(dateArb, (d) => weekdayOf(d) === utc(d).getUTCDay()));
  });

  it('weekStart is the Monday of the ISO week, also in the DST weeks and across a year end', () => {
    expect(weekStart('2025-06-09')).toBe('2025-06-09');
    expect(weekStart('2025-06-15')).toBe('2025-06-09');
    expect(weekStart('2025-03-30')).toBe('2025-03-24');
    expect(weekStart('2025-03-31')).toBe('2025-03-31');
    expect(weekStart('2025-10-26')).toBe('2025-10-20');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('2024-03-01')).toBe('2024-02-26');
  });

  it('nthWeekdayOfMonth: Prinsjesdag 2025 is the third Tuesday of September', () => {
    expect(nthWeekdayOfMonth(2025, 9, 2, 3)).toBe('2025-09-16');
    expect(nthWeekdayOfMonth(2026, 9, 2, 3)).toBe('2026-09-15');
    expect(nthWeekdayOfMonth(2024, 2, 4, 5)).toBe('2024-02-29');
  });

  it('weekdayOnOrAfter and weekdayBefore', () => {
    expect(weekdayOnOrAfter('2025-07-04', 5)).toBe('2025-07-04');
    expect(weekdayOnOrAfter('2025-07-05', 5)).toBe('2025-07-11');
    expect(weekdayBefore('2025-07-04', 5)).toBe('2025-06-27');
    expect(weekdayBefore('2025-03-01', 5)).toBe('2025-02-28');
  });

  it('fridayOfIsoWeek: week 1 holds 4 January; a year may have week 53', () => {
    expect(fridayOfIsoWeek(2025, 1)).toBe('2025-01-03');
    expect(fridayOfIsoWeek(2026, 1)).toBe('2026-01-02');
    expect(fridayOfIsoWeek(2026, 53)).toBe('2027-01-01'); // week 53 of 2026 runs 28 Dec – 3 Jan
    expect(fridayOfIsoWeek(2025, 14)).toBe('2025-04-04');
  });
});
