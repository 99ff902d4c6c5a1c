// The one date API of motiebot: calendar dates as `YYYY-MM-DD` strings (IsoDate), and everything
// the code does with them (build, check, read parts, add, compare, count days, find weekdays and
// week starts). Pure integer arithmetic on day numbers: no Date objects, no time zone, no clock,
// so no result depends on the process time zone or on DST. Which day it is today in Amsterdam is
// the clock's business (src/clock.ts), and the clock uses this API for everything but that.
//
// Every other module uses these functions; do not write another "add days" or "parse YYYY-MM-DD".
import type { IsoDate } from './types.ts';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return n >= 1000 ? String(n) : String(n).padStart(4, '0');
}

/** Builds an ISO date from numbers (month 1-12). Does not validate. */
export function iso(year: number, month: number, day: number): IsoDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The ISO date of year-month-day, or null when that day does not exist (31 April, 29 Feb 2025). */
export function isoIfValid(year: number, month: number, day: number): IsoDate | null {
  return year >= 0 && year <= 9999 && isValidDay(year, month, day) ? iso(year, month, day) : null;
}

/** True for a well-formed, existing calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  return isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function yearOf(value: IsoDate): number {
  return Number(value.slice(0, 4));
}

export function monthOf(value: IsoDate): number {
  return Number(value.slice(5, 7));
}

export function dayOf(value: IsoDate): number {
  return Number(value.slice(8, 10));
}

/**
 * Days since 1970-01-01 (negative before it) of a calendar date: the proleptic Gregorian
 * calendar counted in whole days (H. Hinnant's days_from_civil).
 */
export function dayNumber(value: IsoDate): number {
  const m = monthOf(value);
  const d = dayOf(value);
  const y = yearOf(value) - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number (the inverse of dayNumber). */
export function fromDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(value: IsoDate, n: number): IsoDate {
  return n === 0 ? value : fromDayNumber(dayNumber(value) + n);
}

export function addWeeks(value: IsoDate, n: number): IsoDate {
  return addDays(value, 7 * n);
}

/** n months later (earlier when negative); a day the target month lacks becomes its last day (31 jan + 1 → 28/29 feb). */
export function addMonths(value: IsoDate, n: number): IsoDate {
  const months = yearOf(value) * 12 + (monthOf(value) - 1) + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return iso(year, month, Math.min(dayOf(value), daysInMonth(year, month)));
}

/** n years later; 29 February becomes 28 February in a year that is not a leap year. */
export function addYears(value: IsoDate, n: number): IsoDate {
  return addMonths(value, 12 * n);
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return iso(year, month, daysInMonth(year, month));
}

/** Days from a to b (b - a), in calendar days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** -1, 0 or 1: ISO dates sort as text. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(value: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(value) + 4) % 7) + 7) % 7;
}

/** The Monday of the ISO week (Monday to Sunday) that holds the date. */
export function weekStart(value: IsoDate): IsoDate {
  return addDays(value, -((weekdayOf(value) + 6) % 7));
}

/** The n-th (1-based) given weekday (0 = Sunday) of a month. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = iso(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The first given weekday on or after a date. */
export function weekdayOnOrAfter(value: IsoDate, weekday: number): IsoDate {
  return addDays(value, (weekday - weekdayOf(value) + 7) % 7);
}

/** The last given weekday strictly before a date. */
export function weekdayBefore(value: IsoDate, weekday: number): IsoDate {
  const back = (weekdayOf(value) - weekday + 7) % 7 || 7;
  return addDays(value, -back);
}

/** The Friday of ISO week `week` of `year` (week 1 holds 4 January). */
export function fridayOfIsoWeek(year: number, week: number): IsoDate {
  return addDays(weekStart(iso(year, 1, 4)), (week - 1) * 7 + 4);
}

/**
 * The calendar day of a Date's UTC fields: for values that are a day stored as midnight UTC
 * (Excel cells through exceljs). An instant in time is the clock's business (src/clock.ts).
 */
export function utcDayOf(date: Date): IsoDate {
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
