// Plain calendar-date helpers on `YYYY-MM-DD` strings. Arithmetic goes through date-fns on
// local midnight dates, so the results do not depend on the process time zone.
import { addDays as dfAddDays } from 'date-fns/addDays';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';
import { addWeeks as dfAddWeeks } from 'date-fns/addWeeks';
import { addYears as dfAddYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDay } from 'date-fns/getDay';
import { lastDayOfMonth as dfLastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { setISOWeek } from 'date-fns/setISOWeek';
import type { IsoDate } from './types.ts';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Builds an ISO date from numbers (month 1-12). Does not validate. */
export function iso(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return dfLastDayOfMonth(new Date(year, month - 1, 1)).getDate();
}

/** True for a well-formed, existing calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_RE.exec(value);
  if (!m) return false;
  return isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function toDate(value: IsoDate): Date {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const date = new Date(y, m - 1, d);
  // Years below 100 would be mapped to 19xx by the Date constructor.
  if (y < 100) date.setFullYear(y);
  return date;
}

export function fromDate(date: Date): IsoDate {
  return iso(date.getFullYear(), date.getMonth() + 1, date.getDate());
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

export function addDays(value: IsoDate, n: number): IsoDate {
  return fromDate(dfAddDays(toDate(value), n));
}

export function addWeeks(value: IsoDate, n: number): IsoDate {
  return fromDate(dfAddWeeks(toDate(value), n));
}

export function addMonths(value: IsoDate, n: number): IsoDate {
  return fromDate(dfAddMonths(toDate(value), n));
}

export function addYears(value: IsoDate, n: number): IsoDate {
  return fromDate(dfAddYears(toDate(value), n));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return iso(year, month, daysInMonth(year, month));
}

/** Days from a to b (b - a), in calendar days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(value: IsoDate): number {
  return getDay(toDate(value));
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

/** The Friday of ISO week `week` of `year`. */
export function fridayOfIsoWeek(year: number, week: number): IsoDate {
  // 4 January is always in ISO week 1.
  const monday = startOfISOWeek(setISOWeek(new Date(year, 0, 4), week));
  return addDays(fromDate(monday), 4);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
