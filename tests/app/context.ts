// A use-case context on a real migrated temp database, with a fixed clock and a quiet logger.
import { onTestFinished } from 'vitest';
import type { AppContext } from '../../src/app/index.ts';
import { parseTarget } from '../../src/domain/codes.ts';
import { insertChannelLink } from '../../src/store/channels.queries.ts';
import { createItem } from '../../src/store/items.queries.ts';
import { defaultCalendar } from '../../src/domain/dates/calendar.ts';
import { createLogger } from '../../src/logger.ts';
import { newItem, openTempDb, type TempDb } from '../helpers/db.ts';

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

/**
 * The use-case tests' start (tests/app, tests/verbs/<verb>): a context, an SOCW item, and #ocw
 * linked to SOCW by U0ADMIN. Its database is removed when the test finishes.
 */
export function useCaseSetup(overrides: Partial<AppContext> = {}) {
  const ctx = appContext(overrides);
  onTestFinished(() => {
    ctx.t.cleanup();
  });
  const item = createItem(ctx.db, newItem(), 'import', NOW.getTime() - 1000);
  insertChannelLink(ctx.db, parseTarget('SOCW')!, 'COCW', 'U0ADMIN', 0);
  return { ctx, item };
}
