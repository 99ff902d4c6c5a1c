// Punctuality per code for /motie status and the Home tab: of the items marked done in the last
// twelve months, how many on time, how many late, and the median delay (domain/punctuality.ts).
import { amsterdamDate, amsterdamMidnight } from '../clock.ts';
import { addDays, utcDayOf } from '../domain/dates/calendar-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { computePunctuality, punctualitySince, type Punctuality } from '../domain/punctuality.ts';
import type { Db } from '../store/db.ts';
import type { InformedRow, Scope } from '../store/status.queries.ts';
import { informedIn } from '../app/read-status.ts';

/**
 * Punctuality per code of a scope (everything: every code) over the twelve months up to today.
 * Each row of the store is one code of the scope, so an item that also carries another team's
 * code counts only for the codes asked for.
 */
/**
 * The Amsterdam day of a UTC hour, remembered across calls: it never changes, and a year holds at
 * most 732 such hours (see informedOn). Every /motie status answer reads the punctuality of its
 * codes; at 100,000 items the time-zone conversions of one answer took a few milliseconds of the
 * bot's event loop, again for every answer (issue 28).
 */
const dayOfHour = new Map<number, IsoDate>();
/** A bound far above a year's hours: the map is emptied past it (the bot runs for years). */
const DAY_OF_HOUR_MAX = 10_000;

/**
 * Amsterdam is UTC+1 or UTC+2, so before 22:00 UTC its day is the UTC day; only the last two UTC
 * hours of a day need the time zone, and its day is the same all through a UTC hour (its offsets
 * are whole hours): a time-zone conversion per such hour instead of one per item (with items done
 * all through the year, nearly every item's hour was a new one: 15,000 conversions).
 */
function informedOn(ms: number): IsoDate {
  const hour = Math.floor(ms / 3_600_000);
  if (hour - Math.floor(hour / 24) * 24 < 22) return utcDayOf(new Date(ms));
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= DAY_OF_HOUR_MAX) dayOfHour.clear();
    dayOfHour.set(hour, (day = amsterdamDate(hour * 3_600_000)));
  }
  return day;
}

/**
 * Punctuality computed from one array of informed rows (informedIn gives the same array until the
 * database changes): at 100,000 items it was about 0.9 ms of every /motie status answer, the same
 * figures again (issue 28). Dropped with the array.
 */
const computed = new WeakMap<readonly InformedRow[], { today: IsoDate; punctuality: readonly Punctuality[] }>();

export function punctualityOf(db: Db, scope: Scope, today: IsoDate): Punctuality[] {
  const from = amsterdamMidnight(addDays(punctualitySince(today), 1));
  const to = amsterdamMidnight(addDays(today, 1));
  const rows = informedIn({ db }, scope, from, to);
  const known = computed.get(rows);
  if (known?.today === today) return [...known.punctuality];
  const punctuality = computePunctuality(
    rows.map((r) => ({ codes: [r.code], deadline: r.deadline, informedOn: informedOn(r.doneAt) })),
    today,
  );
  computed.set(rows, { today, punctuality });
  return [...punctuality];
}
