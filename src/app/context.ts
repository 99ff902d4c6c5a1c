// What every use case needs, built once by the composition root (main.ts, the CLI, the preview,
// a test). Slack's BotDeps is this plus nothing Slack-specific.
import type { ParliamentaryCalendar } from '../domain/dates/calendar.ts';
import type { MotiebotLogger } from '../logger.ts';
import type { Db } from '../store/db.ts';

export interface AppContext {
  db: Db;
  /** Slack user ids that may change every item and manage channel links. */
  admins: readonly string[];
  calendar: ParliamentaryCalendar;
  now: () => Date;
  logger: MotiebotLogger;
  /**
   * How long a Slack request waits for a database that another process holds locked before the
   * bot tells the person their change did not happen (default DEFAULT_LOCK_WAIT_MS, a minute).
   */
  lockWaitMs?: number;
  /**
   * TK_MINISTRIES: the ministries (and codes) this team follows in the Tweede Kamer sync. The
   * triage lists show such a team only the entries that may be theirs. Empty or absent: all.
   */
  tkMinistries?: readonly string[];
}
