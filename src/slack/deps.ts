// What every listener needs, built once in main.ts (or a test).
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import type { MotiebotLogger } from '../logger.ts';
import type { Db } from '../store/db.ts';

export interface BotDeps {
  db: Db;
  admins: readonly string[];
  calendar: ParliamentaryCalendar;
  now: () => Date;
  logger: MotiebotLogger;
}
