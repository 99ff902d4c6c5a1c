// The parliamentary calendar as data (recesses, Prinsjesdag, Verantwoordingsdag, budget
// debates), with the fallback rules of docs/DATES.md for years the data does not cover.
import data from './calendar-data.json' with { type: 'json' };
import {
  addDays,
  fridayOfIsoWeek,
  isIsoDate,
  iso,
  nthWeekdayOfMonth,
  weekdayBefore,
  weekdayOnOrAfter,
  yearOf,
} from './calendar-date.ts';
import type { IsoDate } from './types.ts';

export const RECESS_NAMES = ['voorjaarsreces', 'meireces', 'zomerreces', 'herfstreces', 'kerstreces'] as const;
export type RecessName = (typeof RECESS_NAMES)[number];

export const CALENDAR_EVENT_NAMES = ['prinsjesdag', 'verantwoordingsdag'] as const;
export type CalendarEventName = (typeof CALENDAR_EVENT_NAMES)[number];

export interface RecessEntry {
  /** The year in which the recess starts (the kerstreces of 2025 runs into 2026). */
  year: number;
  name: RecessName;
  from: IsoDate;
  /** Last day of the recess, inclusive. */
  to: IsoDate;
  source?: string;
}

export interface CalendarEventEntry {
  year: number;
  name: CalendarEventName;
  date: IsoDate;
  source?: string;
}

export interface BudgetDebateEntry {
  /** Ministry code as in bewindspersoon codes without the first letter: OCW, SZW, JenV … */
  ministry: string;
  /** The calendar year of the debate (the autumn before the budget year). */
  year: number;
  /** The (first) day of the plenary budget debate. */
  date: IsoDate;
  source?: string;
}

/**
 * The Eerste Kamer's half-yearly rappel: the toezeggingen whose deadline passed by the peildatum
 * (1 January, 1 July) go to each ministry, which answers with corrections and expected dates by
 * `answerDue`.
 */
export interface RappelEntry {
  chamber: 'EK';
  /** Deadlines passed by this date are in the rappel ("Dit is het rappel tot 02-07-25"). */
  peildatum: IsoDate;
  /** The date by which the Kamer wants the answer. */
  answerDue: IsoDate;
  source?: string;
}

export interface ParliamentaryCalendar {
  recesses: readonly RecessEntry[];
  events: readonly CalendarEventEntry[];
  budgetDebates: readonly BudgetDebateEntry[];
  /** Optional so that a calendar built elsewhere (a test, an extra file) need not name it. */
  rappels?: readonly RappelEntry[];
}

export type LookupBasis = 'calendar' | 'rule' | 'estimate';

export interface RecessLookup {
  from: IsoDate;
  to: IsoDate;
  basis: LookupBasis;
}

export interface DayLookup {
  date: IsoDate;
  basis: LookupBasis;
}

/**
 * What is wrong with calendar JSON, as data (src/texts/calendar.nl.ts words it). `where` is the
 * entry's JSON path ("recesses[0]"); `field` the key that is wrong.
 */
export type CalendarProblem =
  | { code: 'CALENDAR_NOT_OBJECT' }
  | { code: 'CALENDAR_UNKNOWN_FIELD'; field: string }
  | { code: 'CALENDAR_NOT_LIST'; field: string }
  | { code: 'CALENDAR_ENTRY_NOT_OBJECT'; where: string }
  | { code: 'CALENDAR_BAD_YEAR'; where: string }
  | { code: 'CALENDAR_BAD_NAME'; where: string; allowed: readonly string[] }
  | { code: 'CALENDAR_BAD_DATE'; where: string; field: 'from' | 'to' | 'date' | 'peildatum' | 'answerDue' }
  | { code: 'CALENDAR_ANSWER_BEFORE_PEILDATUM'; where: string; peildatum: IsoDate; answerDue: IsoDate }
  | { code: 'CALENDAR_BAD_CHAMBER'; where: string }
  | { code: 'CALENDAR_TO_BEFORE_FROM'; where: string; from: IsoDate; to: IsoDate }
  | { code: 'CALENDAR_RECESS_WRONG_YEAR'; where: string; year: number; from: IsoDate }
  | { code: 'CALENDAR_DATE_WRONG_YEAR'; where: string; year: number; date: IsoDate }
  | { code: 'CALENDAR_BAD_SOURCE'; where: string }
  | { code: 'CALENDAR_BAD_MINISTRY'; where: string };

export type CalendarParseResult =
  | { ok: true; calendar: ParliamentaryCalendar }
  | { ok: false; code: 'CALENDAR_INVALID'; problem: CalendarProblem };

const FRIDAY = 5;
const TUESDAY = 2;
const WEDNESDAY = 3;

/** The fallback rules of docs/DATES.md; every result is an estimate. */
export function estimateRecess(name: RecessName, year: number): { from: IsoDate; to: IsoDate } {
  switch (name) {
    case 'zomerreces': {
      const from = weekdayOnOrAfter(iso(year, 7, 3), FRIDAY);
      return { from, to: addDays(from, 8 * 7 + 3) };
    }
    case 'kerstreces': {
      const from = weekdayBefore(iso(year, 12, 25), FRIDAY);
      return { from, to: addDays(from, 24) };
    }
    case 'herfstreces': {
      const from = weekdayOnOrAfter(iso(year, 10, 13), FRIDAY);
      return { from, to: addDays(from, 10) };
    }
    case 'meireces': {
      const from = weekdayBefore(iso(year, 4, 27), FRIDAY);
      return { from, to: addDays(from, 17) };
    }
    case 'voorjaarsreces': {
      const from = fridayOfIsoWeek(year, 7);
      return { from, to: addDays(from, 10) };
    }
  }
}

// Lookup indexes per calendar object, built on first use.
interface CalendarIndex {
  recess: Map<string, RecessEntry>;
  /**
   * lookupRecess answers, by name, then by year: the parser asks the same few many times (a map per name keyed by the
   * year, so a look-up builds no "name:year" string to hash; issue 28).
   */
  recessLookups: Map<RecessName, Map<number, Readonly<RecessLookup>>>;
  event: Map<string, CalendarEventEntry>;
  budget: Map<string, BudgetDebateEntry>;
}
const indexes = new WeakMap<ParliamentaryCalendar, CalendarIndex>();
/** The calendar asked last and its index: an import asks one calendar thousands of times. */
let lastCalendar: ParliamentaryCalendar | undefined;
let lastIndex: CalendarIndex | undefined;

function indexOf(calendar: ParliamentaryCalendar): CalendarIndex {
  if (calendar === lastCalendar && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(calendar);
  if (!index) {
    index = { recess: new Map(), recessLookups: new Map(), event: new Map(), budget: new Map() };
    for (const r of calendar.recesses) index.recess.set(`${r.name}:${r.year}`, r);
    for (const e of calendar.events) index.event.set(`${e.name}:${e.year}`, e);
    for (const b of calendar.budgetDebates) index.budget.set(`${b.ministry.toLowerCase()}:${b.year}`, b);
    indexes.set(calendar, index);
  }
  lastCalendar = calendar;
  lastIndex = index;
  return index;
}

export function lookupRecess(calendar: ParliamentaryCalendar, name: RecessName, year: number): Readonly<RecessLookup> {
  const index = indexOf(calendar);
  let byYear = index.recessLookups.get(name);
  if (byYear === undefined) {
    byYear = new Map();
    index.recessLookups.set(name, byYear);
  }
  let found = byYear.get(year);
  if (!found) {
    const entry = index.recess.get(`${name}:${year}`);
    found = Object.freeze(entry ? { from: entry.from, to: entry.to, basis: 'calendar' } : { ...estimateRecess(name, year), basis: 'estimate' });
    byYear.set(year, found);
  }
  return found;
}

/** Prinsjesdag: calendar, else the third Tuesday of September (estimate). */
export function lookupPrinsjesdag(calendar: ParliamentaryCalendar, year: number): DayLookup {
  const entry = indexOf(calendar).event.get(`prinsjesdag:${year}`);
  if (entry) return { date: entry.date, basis: 'calendar' };
  return { date: nthWeekdayOfMonth(year, 9, TUESDAY, 3), basis: 'estimate' };
}

/** Verantwoordingsdag: calendar, else the third Wednesday of May (a rule of DATES.md). */
export function lookupVerantwoordingsdag(calendar: ParliamentaryCalendar, year: number): DayLookup {
  const entry = indexOf(calendar).event.get(`verantwoordingsdag:${year}`);
  if (entry) return { date: entry.date, basis: 'calendar' };
  return { date: nthWeekdayOfMonth(year, 5, WEDNESDAY, 3), basis: 'rule' };
}

/**
 * The plenary budget debate held in the autumn of `year` (for the budget of year + 1).
 * Without a calendar entry: 31 October of that autumn, an estimate.
 */
export function lookupBudgetDebate(calendar: ParliamentaryCalendar, ministry: string | null, year: number): DayLookup {
  if (ministry) {
    const entry = indexOf(calendar).budget.get(`${ministry.toLowerCase()}:${year}`);
    if (entry) return { date: entry.date, basis: 'calendar' };
  }
  return { date: iso(year, 10, 31), basis: 'estimate' };
}

/** Entries of `extra` replace those of `base` with the same key (name + year, ministry + year). */
export function mergeCalendars(base: ParliamentaryCalendar, extra: ParliamentaryCalendar): ParliamentaryCalendar {
  const recesses = new Map<string, RecessEntry>();
  for (const r of [...base.recesses, ...extra.recesses]) recesses.set(`${r.name}:${r.year}`, r);
  const events = new Map<string, CalendarEventEntry>();
  for (const e of [...base.events, ...extra.events]) events.set(`${e.name}:${e.year}`, e);
  const budget = new Map<string, BudgetDebateEntry>();
  for (const b of [...base.budgetDebates, ...extra.budgetDebates]) budget.set(`${b.ministry.toLowerCase()}:${b.year}`, b);
  const rappels = new Map<string, RappelEntry>();
  for (const r of [...(base.rappels ?? []), ...(extra.rappels ?? [])]) rappels.set(`${r.chamber}:${r.peildatum}`, r);
  return {
    recesses: [...recesses.values()].sort((a, b) => (a.from < b.from ? -1 : 1)),
    events: [...events.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    budgetDebates: [...budget.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    ...(base.rappels || extra.rappels ? { rappels: [...rappels.values()].sort((a, b) => (a.answerDue < b.answerDue ? -1 : 1)) } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2200;
}

function checkSource(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

/** Validates calendar JSON (the format of docs/CALENDAR.md); a problem is a code with values. */
export function parseCalendarData(json: unknown): CalendarParseResult {
  const fail = (problem: CalendarProblem): CalendarParseResult => ({ ok: false, code: 'CALENDAR_INVALID', problem });
  if (!isRecord(json)) return fail({ code: 'CALENDAR_NOT_OBJECT' });
  const known = new Set(['recesses', 'events', 'budgetDebates', 'rappels', '$comment']);
  for (const key of Object.keys(json)) {
    if (!known.has(key)) return fail({ code: 'CALENDAR_UNKNOWN_FIELD', field: key });
  }
  const recesses: RecessEntry[] = [];
  const events: CalendarEventEntry[] = [];
  const budgetDebates: BudgetDebateEntry[] = [];

  const lists: [string, unknown][] = [
    ['recesses', json.recesses],
    ['events', json.events],
    ['budgetDebates', json.budgetDebates],
    ['rappels', json.rappels],
  ];
  for (const [key, list] of lists) {
    if (list !== undefined && !Array.isArray(list)) return fail({ code: 'CALENDAR_NOT_LIST', field: key });
  }

  const recessList = (json.recesses ?? []) as unknown[];
  for (const [i, raw] of recessList.entries()) {
    const where = `recesses[${i}]`;
    if (!isRecord(raw)) return fail({ code: 'CALENDAR_ENTRY_NOT_OBJECT', where });
    const { year, name, from, to, source } = raw;
    if (!checkYear(year)) return fail({ code: 'CALENDAR_BAD_YEAR', where });
    if (typeof name !== 'string' || !(RECESS_NAMES as readonly string[]).includes(name)) {
      return fail({ code: 'CALENDAR_BAD_NAME', where, allowed: RECESS_NAMES });
    }
    if (!isIsoDate(from)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'from' });
    if (!isIsoDate(to)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'to' });
    if (to < from) return fail({ code: 'CALENDAR_TO_BEFORE_FROM', where, from, to });
    if (yearOf(from) !== year) return fail({ code: 'CALENDAR_RECESS_WRONG_YEAR', where, year, from });
    if (!checkSource(source)) return fail({ code: 'CALENDAR_BAD_SOURCE', where });
    recesses.push({ year, name: name as RecessName, from, to, ...(source !== undefined ? { source } : {}) });
  }

  const eventList = (json.events ?? []) as unknown[];
  for (const [i, raw] of eventList.entries()) {
    const where = `events[${i}]`;
    if (!isRecord(raw)) return fail({ code: 'CALENDAR_ENTRY_NOT_OBJECT', where });
    const { year, name, date, source } = raw;
    if (!checkYear(year)) return fail({ code: 'CALENDAR_BAD_YEAR', where });
    if (typeof name !== 'string' || !(CALENDAR_EVENT_NAMES as readonly string[]).includes(name)) {
      return fail({ code: 'CALENDAR_BAD_NAME', where, allowed: CALENDAR_EVENT_NAMES });
    }
    if (!isIsoDate(date)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'date' });
    if (yearOf(date) !== year) return fail({ code: 'CALENDAR_DATE_WRONG_YEAR', where, year, date });
    if (!checkSource(source)) return fail({ code: 'CALENDAR_BAD_SOURCE', where });
    events.push({ year, name: name as CalendarEventName, date, ...(source !== undefined ? { source } : {}) });
  }

  const budgetList = (json.budgetDebates ?? []) as unknown[];
  for (const [i, raw] of budgetList.entries()) {
    const where = `budgetDebates[${i}]`;
    if (!isRecord(raw)) return fail({ code: 'CALENDAR_ENTRY_NOT_OBJECT', where });
    const { ministry, year, date, source } = raw;
    if (typeof ministry !== 'string' || !/^[A-Za-z]{2,6}$/.test(ministry)) {
      return fail({ code: 'CALENDAR_BAD_MINISTRY', where });
    }
    if (!checkYear(year)) return fail({ code: 'CALENDAR_BAD_YEAR', where });
    if (!isIsoDate(date)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'date' });
    if (yearOf(date) !== year) return fail({ code: 'CALENDAR_DATE_WRONG_YEAR', where, year, date });
    if (!checkSource(source)) return fail({ code: 'CALENDAR_BAD_SOURCE', where });
    budgetDebates.push({ ministry, year, date, ...(source !== undefined ? { source } : {}) });
  }

  const rappels: RappelEntry[] = [];
  const rappelList = (json.rappels ?? []) as unknown[];
  for (const [i, raw] of rappelList.entries()) {
    const where = `rappels[${i}]`;
    if (!isRecord(raw)) return fail({ code: 'CALENDAR_ENTRY_NOT_OBJECT', where });
    const { chamber, peildatum, answerDue, source } = raw;
    if (chamber !== 'EK') return fail({ code: 'CALENDAR_BAD_CHAMBER', where });
    if (!isIsoDate(peildatum)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'peildatum' });
    if (!isIsoDate(answerDue)) return fail({ code: 'CALENDAR_BAD_DATE', where, field: 'answerDue' });
    if (answerDue < peildatum) return fail({ code: 'CALENDAR_ANSWER_BEFORE_PEILDATUM', where, peildatum, answerDue });
    if (!checkSource(source)) return fail({ code: 'CALENDAR_BAD_SOURCE', where });
    rappels.push({ chamber, peildatum, answerDue, ...(source !== undefined ? { source } : {}) });
  }

  return { ok: true, calendar: { recesses, events, budgetDebates, ...(json.rappels !== undefined ? { rappels } : {}) } };
}

function buildDefaultCalendar(): ParliamentaryCalendar {
  const result = parseCalendarData(data);
  // The bundled data is checked by the tests; a failure here is a programmer error.
  if (!result.ok) throw new Error(`Bundled calendar-data.json is invalid: ${JSON.stringify(result.problem)}`);
  return result.calendar;
}

/** The calendar bundled with motiebot (src/domain/dates/calendar-data.json). */
export const defaultCalendar: ParliamentaryCalendar = buildDefaultCalendar();
