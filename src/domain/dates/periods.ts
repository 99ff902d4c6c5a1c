// Intervals behind each kind of anchor (month, quarter, season, recess, event …), built for a
// given year. The grammar decides which year; these functions only know the calendar.
import {
  addDays,
  daysBetween,
  iso,
  lastDayOfMonth,
  monthOf,
  yearOf,
} from './calendar-date.ts';
import {
  lookupBudgetDebate,
  lookupPrinsjesdag,
  lookupRecess,
  lookupVerantwoordingsdag,
  type ParliamentaryCalendar,
  type RecessName,
} from './calendar.ts';
import type { Basis, DateNote, IsoDate, Precision } from './types.ts';
import type { Part, Season } from './vocabulary.ts';

export interface DeadlineOverride {
  date: IsoDate;
  basis: Basis;
  note?: DateNote;
}

/** A dated thing a relation word can point at. */
export interface Anchor {
  /** day: a single day; event: a single day that is a parliamentary event; period: an interval. */
  kind: 'day' | 'event' | 'period';
  first: IsoDate;
  last: IsoDate;
  precision: Precision;
  basis: Basis;
  /** Why `last` is what it is (a code; src/texts/date-notes.nl.ts words it). */
  note?: DateNote;
  /** Deadline of "voor <anchor>" when it is not the day before `first`. */
  before?: DeadlineOverride;
  /** "voor eind 2025" means "uiterlijk eind 2025": keep the window. */
  beforeKeepsWindow?: boolean;
  /** Soft deadline of "na <anchor>" (na de zomer: the day before the kerstreces). */
  after?: DeadlineOverride;
  /** Last day of "tot <anchor>" when it is not the day before `first`. */
  until?: IsoDate;
  /** A budget moment spanning weeks (the voorjaars- or augustusbesluitvorming): "bij" and "in aanloop naar" take it like an event. */
  occasion?: boolean;
}

const BASIS_RANK: Record<Basis, number> = { explicit: 0, rule: 1, calendar: 2, estimate: 3 };

/** The weaker of two bases: explicit < rule < calendar < estimate. */
export function weakerBasis(a: Basis, b: Basis): Basis {
  return BASIS_RANK[a] >= BASIS_RANK[b] ? a : b;
}

function lookupBasis(b: 'calendar' | 'rule' | 'estimate'): Basis {
  return b;
}

export function dayAnchor(date: IsoDate): Anchor {
  return { kind: 'day', first: date, last: date, precision: 'day', basis: 'explicit' };
}

export function monthAnchor(year: number, month: number): Anchor {
  return { kind: 'period', first: iso(year, month, 1), last: lastDayOfMonth(year, month), precision: 'month', basis: 'explicit' };
}

export function quarterAnchor(year: number, quarter: number): Anchor {
  const m = (quarter - 1) * 3 + 1;
  return { kind: 'period', first: iso(year, m, 1), last: lastDayOfMonth(year, m + 2), precision: 'quarter', basis: 'rule' };
}

/** A trimester: four months, ending 30 April, 31 August or 31 December (DATES.md; precision as a quarter's, the nearest). */
export function trimesterAnchor(year: number, trimester: number): Anchor {
  const m = (trimester - 1) * 4 + 1;
  return { kind: 'period', first: iso(year, m, 1), last: lastDayOfMonth(year, m + 3), precision: 'quarter', basis: 'rule' };
}

export function halfAnchor(year: number, half: number): Anchor {
  return half === 1
    ? { kind: 'period', first: iso(year, 1, 1), last: iso(year, 6, 30), precision: 'half', basis: 'rule' }
    : { kind: 'period', first: iso(year, 7, 1), last: iso(year, 12, 31), precision: 'half', basis: 'rule' };
}

export function yearAnchor(year: number): Anchor {
  return { kind: 'period', first: iso(year, 1, 1), last: iso(year, 12, 31), precision: 'year', basis: 'rule' };
}

/** Seasons; `year` is the year the season starts in (winter 2023 = winter 2023/2024). */
export function seasonAnchor(cal: ParliamentaryCalendar, season: Season, year: number): Anchor {
  switch (season) {
    case 'voorjaar':
      return { kind: 'period', first: iso(year, 3, 1), last: iso(year, 6, 30), precision: 'season', basis: 'rule' };
    case 'zomer': {
      const recess = lookupRecess(cal, 'zomerreces', year);
      const kerst = lookupRecess(cal, 'kerstreces', year);
      const basis = lookupBasis(recess.basis);
      return {
        kind: 'period',
        first: iso(year, 6, 1),
        last: recess.to,
        precision: 'season',
        basis,
        note: { code: 'RECESS_LAST_DAY', recess: 'zomerreces' },
        before: { date: addDays(recess.from, -1), basis, note: { code: 'DAY_BEFORE_RECESS', recess: 'zomerreces' } },
        after: { date: addDays(kerst.from, -1), basis: weakerBasis(basis, lookupBasis(kerst.basis)), note: { code: 'DAY_BEFORE_RECESS', recess: 'kerstreces' } },
      };
    }
    case 'najaar': {
      const kerst = lookupRecess(cal, 'kerstreces', year);
      return {
        kind: 'period',
        first: iso(year, 9, 1),
        last: addDays(kerst.from, -1),
        precision: 'season',
        basis: lookupBasis(kerst.basis),
        note: { code: 'DAY_BEFORE_RECESS', recess: 'kerstreces' },
        // "voor het najaar" does not depend on the kerstreces.
        before: { date: iso(year, 8, 31), basis: 'rule' },
      };
    }
    case 'winter':
      return { kind: 'period', first: iso(year, 12, 1), last: iso(year + 1, 3, 20), precision: 'season', basis: 'rule' };
  }
}

export function recessAnchor(cal: ParliamentaryCalendar, name: RecessName, year: number): Anchor {
  const recess = lookupRecess(cal, name, year);
  const basis = lookupBasis(recess.basis);
  const anchor: Anchor = {
    kind: 'period',
    first: recess.from,
    last: recess.to,
    precision: 'event',
    basis,
    note: { code: 'RECESS_LAST_DAY', recess: name },
    before: { date: addDays(recess.from, -1), basis, note: { code: 'DAY_BEFORE_RECESS', recess: name } },
  };
  if (name === 'zomerreces') {
    const kerst = lookupRecess(cal, 'kerstreces', year);
    anchor.after = { date: addDays(kerst.from, -1), basis: weakerBasis(basis, lookupBasis(kerst.basis)), note: { code: 'DAY_BEFORE_RECESS', recess: 'kerstreces' } };
  }
  return anchor;
}

/** The first (or last) day of a recess as an event: "drie weken voor aanvang van het zomerreces". */
export function recessDayAnchor(cal: ParliamentaryCalendar, name: RecessName, year: number, which: 'start' | 'end'): Anchor {
  const recess = lookupRecess(cal, name, year);
  const date = which === 'start' ? recess.from : recess.to;
  return {
    kind: 'event',
    first: date,
    last: date,
    precision: 'event',
    basis: lookupBasis(recess.basis),
    note: { code: which === 'start' ? 'RECESS_FIRST_DAY' : 'RECESS_LAST_DAY', recess: name },
    // "vóór aanvang van het zomerreces" is "vóór het zomerreces": the day before it starts.
    ...(which === 'start' ? { before: { date: addDays(date, -1), basis: lookupBasis(recess.basis), note: { code: 'DAY_BEFORE_RECESS', recess: name } } } : {}),
  };
}

export function jaarwisselingAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const kerst = lookupRecess(cal, 'kerstreces', year);
  return {
    kind: 'period',
    first: iso(year, 12, 1),
    last: kerst.to,
    precision: 'event',
    basis: lookupBasis(kerst.basis),
    note: { code: 'RECESS_LAST_DAY', recess: 'kerstreces' },
    before: { date: iso(year, 12, 31), basis: 'rule', note: { code: 'NEW_YEARS_EVE' } },
  };
}

export function prinsjesdagAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const p = lookupPrinsjesdag(cal, year);
  return {
    kind: 'event',
    first: p.date,
    last: p.date,
    precision: 'event',
    basis: lookupBasis(p.basis),
    note: { code: 'PRINSJESDAG', estimated: p.basis === 'estimate' },
  };
}

export function verantwoordingsdagAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const v = lookupVerantwoordingsdag(cal, year);
  return { kind: 'event', first: v.date, last: v.date, precision: 'event', basis: lookupBasis(v.basis), note: { code: 'VERANTWOORDINGSDAG' } };
}

export function voorjaarsnotaAnchor(year: number): Anchor {
  const date = iso(year, 6, 1);
  return { kind: 'event', first: date, last: date, precision: 'event', basis: 'rule', note: { code: 'VOORJAARSNOTA' } };
}

export function najaarsnotaAnchor(year: number): Anchor {
  const date = iso(year, 12, 1);
  return { kind: 'event', first: date, last: date, precision: 'event', basis: 'rule', note: { code: 'NAJAARSNOTA' } };
}

/**
 * The voorjaarsbesluitvorming of Y: the cabinet's spring budget decisions (March up to the Voorjaarsnota, which the
 * Comptabiliteitswet sets at 1 June at the latest). Before it: the end of February; at it: when its outcome reaches the
 * Kamer (1 June); after it (soft): the day before the zomerreces.
 */
export function voorjaarsbesluitvormingAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const zomer = lookupRecess(cal, 'zomerreces', year);
  return {
    kind: 'period',
    first: iso(year, 3, 1),
    last: iso(year, 6, 1),
    precision: 'event',
    basis: 'rule',
    note: { code: 'SPRING_DECISIONS' },
    occasion: true,
    before: { date: addDays(iso(year, 3, 1), -1), basis: 'rule', note: { code: 'BEFORE_SPRING_DECISIONS' } },
    after: { date: addDays(zomer.from, -1), basis: lookupBasis(zomer.basis), note: { code: 'DAY_BEFORE_RECESS', recess: 'zomerreces' } },
  };
}

/**
 * The augustusbesluitvorming of Y: the cabinet's budget decisions for the next year (August up to Prinsjesdag, when
 * they reach the Kamer). Before it: 31 July; at it: Prinsjesdag; after it (soft): the day before the kerstreces.
 */
export function augustusbesluitvormingAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const p = lookupPrinsjesdag(cal, year);
  const kerst = lookupRecess(cal, 'kerstreces', year);
  return {
    kind: 'period',
    first: iso(year, 8, 1),
    last: p.date,
    precision: 'event',
    basis: lookupBasis(p.basis),
    note: { code: 'AUGUST_DECISIONS' },
    occasion: true,
    before: { date: iso(year, 7, 31), basis: 'rule', note: { code: 'BEFORE_AUGUST_DECISIONS' } },
    after: { date: addDays(kerst.from, -1), basis: lookupBasis(kerst.basis), note: { code: 'DAY_BEFORE_RECESS', recess: 'kerstreces' } },
  };
}

/** The Kamer's debate over the Voorjaarsnota of Y: held before the zomerreces (estimate: the day before it). */
export function voorjaarsnotaDebateAnchor(cal: ParliamentaryCalendar, year: number): Anchor {
  const zomer = lookupRecess(cal, 'zomerreces', year);
  const date = addDays(zomer.from, -1);
  return { kind: 'event', first: date, last: date, precision: 'event', basis: 'estimate', note: { code: 'VOORJAARSNOTA_DEBATE' } };
}

/** The plenary budget debate in the autumn of `debateYear`. */
export function budgetDebateAnchor(cal: ParliamentaryCalendar, ministry: string | null, debateYear: number): Anchor {
  const b = lookupBudgetDebate(cal, ministry, debateYear);
  return {
    kind: 'event',
    first: b.date,
    last: b.date,
    precision: 'event',
    basis: lookupBasis(b.basis),
    note: { code: 'BUDGET_DEBATE', ministry, estimated: b.basis === 'estimate' },
  };
}

/** begin / medio / eind of a period (docs/DATES.md and docs/DATES-RULES.md). */
export function partAnchor(parent: Anchor, part: Part, parentKind: 'year' | 'month' | 'other'): Anchor {
  const y = yearOf(parent.first);
  let first: IsoDate;
  let last: IsoDate;
  let mid: IsoDate;
  if (parentKind === 'year') {
    [first, last] = part === 'begin' ? [iso(y, 1, 1), iso(y, 3, 31)] : part === 'mid' ? [iso(y, 5, 1), iso(y, 7, 31)] : [iso(y, 10, 1), iso(y, 12, 31)];
    mid = iso(y, 6, 30);
  } else if (parentKind === 'month') {
    const m = monthOf(parent.first);
    [first, last] = part === 'begin' ? [iso(y, m, 1), iso(y, m, 10)] : part === 'mid' ? [iso(y, m, 11), iso(y, m, 20)] : [iso(y, m, 21), lastDayOfMonth(y, m)];
    mid = iso(y, m, 15);
  } else {
    // Thirds of the interval: the first and last third are round(n / 3) days long.
    const n = daysBetween(parent.first, parent.last) + 1;
    const third = Math.max(1, Math.round(n / 3));
    if (part === 'begin') [first, last] = [parent.first, addDays(parent.first, third - 1)];
    else if (part === 'end') [first, last] = [addDays(parent.last, -(third - 1)), parent.last];
    else [first, last] = [addDays(parent.first, third), addDays(parent.last, -third)];
    mid = addDays(parent.first, Math.floor((n - 1) / 2));
  }
  const basis: Basis = parent.basis === 'explicit' ? 'rule' : parent.basis;
  const anchor: Anchor = { kind: 'period', first, last, precision: parent.precision, basis };
  if (part === 'end') {
    anchor.beforeKeepsWindow = true;
    anchor.until = last;
    if (last === parent.last && parent.note) anchor.note = parent.note;
  } else if (part === 'mid') {
    anchor.before = { date: mid, basis, note: { code: 'MIDDLE_OF_PERIOD' } };
    anchor.until = mid;
  }
  return anchor;
}
