// The clock's side of dates (src/clock.ts): instants to Amsterdam days and back, across the DST
// changes of 2025 (30 March: 02:00 → 03:00; 26 October: 03:00 → 02:00), whatever TZ the process has.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamDateTime, amsterdamInstant, amsterdamMidnight, sameTimeOnDay } from '../src/clock.ts';
import { addDays } from '../src/domain/dates/calendar-date.ts';

const at = (iso: string) => Date.parse(iso);

describe('the clock', () => {
  it('amsterdamDate: the day changes at midnight in Amsterdam, not at midnight UTC', () => {
    expect(amsterdamDate(at('2025-06-30T21:59:59Z'))).toBe('2025-06-30'); // 23:59:59 summer time
    expect(amsterdamDate(at('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
    expect(amsterdamDate(at('2025-12-31T22:59:59Z'))).toBe('2025-12-31'); // winter time
    expect(amsterdamDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });

  it('amsterdamDate, worked out once per UTC hour, gives the day of every instant of that hour (a DST change, midnight, the year 1970)', () => {
    const direct = (ms: number) => {
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      return `${part('year')}-${part('month')}-${part('day')}`;
    };
    for (const start of ['2025-03-29T20:00:00Z', '2025-10-25T20:00:00Z', '2025-12-31T20:00:00Z', '1970-01-01T00:00:00Z']) {
      for (let minutes = 0; minutes < 12 * 60; minutes += 7) {
        const ms = at(start) + minutes * 60_000 + 59_999;
        expect(amsterdamDate(ms), new Date(ms).toISOString()).toBe(direct(ms));
        expect(amsterdamDate(new Date(ms)), new Date(ms).toISOString()).toBe(direct(ms));
      }
    }
    // Before 1940 Amsterdam was not a whole number of hours from UTC: its day changed within a UTC hour.
    for (let minutes = 0; minutes < 24 * 60; minutes += 1) {
      const ms = at('1930-06-30T12:00:00Z') + minutes * 60_000;
      expect(amsterdamDate(ms), new Date(ms).toISOString()).toBe(direct(ms));
    }
  });

  it('amsterdamMidnight: a day starts at 22:00 or 23:00 UTC, and the DST days are 23 and 25 hours long', () => {
    expect(amsterdamMidnight('2025-07-01')).toBe(at('2025-06-30T22:00:00Z'));
    expect(amsterdamMidnight('2025-01-15')).toBe(at('2025-01-14T23:00:00Z'));
    const hours = (day: string) => (amsterdamMidnight(addDays(day, 1)) - amsterdamMidnight(day)) / 3_600_000;
    expect(hours('2025-03-30')).toBe(23);
    expect(hours('2025-10-26')).toBe(25);
    expect(hours('2025-10-27')).toBe(24);
    for (const day of ['2024-02-29', '2025-03-30', '2025-10-26', '2025-12-31']) expect(amsterdamDate(amsterdamMidnight(day))).toBe(day);
  });

  it('amsterdamInstant: a wall-clock time on a day, in summer and in winter', () => {
    expect(amsterdamInstant('2025-06-09', 12)).toBe(at('2025-06-09T10:00:00Z'));
    expect(amsterdamInstant('2025-01-09', 12, 30, 15, 250)).toBe(at('2025-01-09T11:30:15.250Z'));
  });

  it('writes days and times as date-fns\' format did (yyyy-MM-dd, HH:mm), before year 1 (the year of the era), up to 9999, and for an invalid date', () => {
    const utc = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(0).setUTCFullYear(year, month, day) + (hours * 60 + minutes) * 60_000;
    const instants = [utc(-5, 5, 1), utc(0, 6, 1, 12), utc(1, 0, 1), utc(99, 11, 31, 23, 30), utc(999, 5, 15, 12), -1, 0, at('1930-06-30T23:45:00Z'), at('2025-03-30T00:59:59Z'), at('2025-03-30T01:00:00Z'), Date.UTC(9999, 11, 31, 22, 59)];
    for (let ms = Date.UTC(1600, 0, 1); ms < Date.UTC(2400, 0, 1); ms += 86_400_000 * 97 + 3_600_000 * 7 + 60_000 * 13) instants.push(ms);
    for (const ms of instants) {
      const there = new TZDate(ms, 'Europe/Amsterdam');
      expect(amsterdamDate(ms), new Date(ms).toISOString()).toBe(format(there, 'yyyy-MM-dd'));
      expect(amsterdamDateTime(ms), new Date(ms).toISOString()).toBe(format(there, 'yyyy-MM-dd HH:mm'));
    }
    expect(() => amsterdamDate(Number.NaN)).toThrow(new RangeError('Invalid time value'));
    expect(() => amsterdamDateTime(new Date(Number.NaN))).toThrow(new RangeError('Invalid time value'));
  });

  it('sameTimeOnDay keeps the Amsterdam time of day across a DST change', () => {
    const winterAfternoon = at('2025-11-28T15:42:10Z'); // 16:42:10 in Amsterdam
    expect(amsterdamDateTime(sameTimeOnDay('2025-07-01', winterAfternoon))).toBe('2025-07-01 16:42');
    expect(sameTimeOnDay('2025-07-01', winterAfternoon)).toBe(at('2025-07-01T14:42:10Z'));
    expect(sameTimeOnDay('2025-03-31', new Date(at('2025-03-29T08:00:00Z')))).toBe(at('2025-03-31T07:00:00Z'));
  });
});
