// The reminder job: plan today's reminders and post them, exactly once per
// (item, reminder, due date, channel). Lead reminders are one message per item and channel; the
// overdue reminders of a channel go out as one message that carries the key of every item it shows.
import { keyOf } from '../domain/reminders/key-of.ts';
import { planReminders, reminderHorizon, sentLogHorizon } from '../domain/reminders/plan-reminders.ts';
import type { PlannedMessage } from '../domain/reminders/types.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { listLinks } from '../store/channels.queries.ts';
import { listReminderItems } from '../store/reminders.queries.ts';
import { listSentSince } from '../store/sent-log.queries.ts';
import { listActiveSnoozes } from '../store/snoozes.queries.ts';
import { buildOverdueReminder, buildReminder, fitOverdueReminder, OVERDUE_LIMITS } from '../slack/blocks/reminder.ts';
import type { Outgoing } from './deliver.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

export interface ReminderJobDeps extends JobDeps {
  /** REMINDER_LEAD_DAYS: days before the deadline on which a reminder goes out. */
  leadDays: readonly number[];
}

/** The message to post for one planned message, or null when it can show nothing. */
export function toOutgoing(message: PlannedMessage, today: IsoDate): Outgoing | null {
  if (message.kind === 'lead') {
    const [r] = message.reminders;
    if (!r) return null; // a lead message always holds one reminder
    return { keys: [r.key], channel: message.channelId, ...buildReminder({ item: r.item, days: r.days, today }) };
  }
  const entries = message.reminders.map((r) => ({ item: r.item, days: r.days }));
  const fitted = fitOverdueReminder(entries, message.more, today);
  if (fitted.shown === 0) return null;
  const shown = message.reminders.slice(0, fitted.shown);
  const hidden = message.more + (message.reminders.length - fitted.shown);
  return {
    // Only the items the message shows: one that did not fit is not marked sent, a later run sends it.
    keys: shown.map((r) => r.key),
    channel: message.channelId,
    ...fitted.message,
    // Some keys were sent meanwhile (a run that lost its lease, say): show only the items still owed.
    rebuild: (owed) => {
      const still = new Set(owed.map(keyOf));
      return buildOverdueReminder({
        entries: shown.filter((r) => still.has(keyOf(r.key))).map((r) => ({ item: r.item, days: r.days })),
        more: hidden,
        today,
        compact: fitted.compact,
      });
    },
  };
}

export function runReminders(deps: ReminderJobDeps): Promise<JobResult> {
  return runJob('reminders', deps, (today): Outgoing[] => {
    const plan = planReminders({
      items: listReminderItems(deps.db, reminderHorizon(today, deps.leadDays)),
      links: listLinks(deps.db),
      sent: listSentSince(deps.db, sentLogHorizon(today)),
      snoozes: listActiveSnoozes(deps.db, today),
      today,
      leadDays: deps.leadDays,
      overdueLimit: OVERDUE_LIMITS.maxRows,
    });
    return plan.map((m) => toOutgoing(m, today)).filter((o): o is Outgoing => o !== null);
  });
}
