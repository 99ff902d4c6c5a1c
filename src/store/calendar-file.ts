// Loads the extra parliamentary calendar (MOTIEBOT_CALENDAR_FILE, docs/CALENDAR.md) and merges
// it into the bundled one. Config reads the variable; this module only gets the path.
import { readFileSync } from 'node:fs';
import { defaultCalendar, mergeCalendars, parseCalendarData, type ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import { CALENDAR_FILE } from '../texts/config.nl.ts';
import { calendarProblemNl } from '../texts/calendar.nl.ts';

/**
 * The bundled calendar, extended with the file at `path` when one is given. Throws an Error
 * with a Dutch message naming the path when the file cannot be read or is invalid.
 */
export function loadCalendar(path: string | undefined): ParliamentaryCalendar {
  if (path === undefined || path.trim() === '') return defaultCalendar;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? CALENDAR_FILE.missing : (error as Error).message;
    throw new Error(CALENDAR_FILE.unreadable(path, reason), { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(CALENDAR_FILE.notJson(path, (error as Error).message), { cause: error });
  }
  const result = parseCalendarData(json);
  if (!result.ok) throw new Error(CALENDAR_FILE.invalid(path, calendarProblemNl(result.problem)));
  return mergeCalendars(defaultCalendar, result.calendar);
}
