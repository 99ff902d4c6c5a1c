// A use-case context on a real migrated temp database, with a fixed clock and a quiet logger.
import type { AppContext } from '../../src/app/index.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { createLogger } from '../../src/logger.ts';
import { openTempDb, type TempDb } from '../helpers/db.ts';

export const NOW = new Date('2025-09-15T10:00:00Z');

export function appContext(overrides: Partial<AppContext> = {}): AppContext & { t: TempDb; lines: string[] } {
  const t = openTempDb();
  const lines: string[] = [];
  return {
    t,
    lines,
    db: t.db,
    admins: [],
    calendar: defaultCalendar,
    now: () => NOW,
    logger: createLogger('info', (line) => lines.push(line)),
    ...overrides,
  };
}
