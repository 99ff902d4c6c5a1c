// The reminder job: plan today's reminders and post them, exactly once per
// (item, reminder, due date, channel). Lead reminders are one message per item and channel; the
// overdue reminders of a channel go out as one message that carries the key of every item it shows.
import { keyOf } from '../domain/reminders/key-of.ts';
import type { RappelEntry } from '../domain/dates/calendar.ts';
import { planRappelReminders, rappelSentLogHorizon } from '../domain/reminders/plan-rappel-reminders.ts';
import { planReminders, reminderHorizon, sentLogHorizon } from '../domain/reminders/plan-reminders.ts';
import type { PlannedMessage } from '../domain/reminders/types.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { listLinks } from '../store/channels.queries.ts';
import { listReminderItems } from '../store/reminders.queries.ts';
import { listSentSince } from '../store/sent-log.queries.ts';
import { listActiveSnoozes } from '../store/snoozes.queries.ts';
import { buildRappelReminder } from '../slack/blocks/rappel-reminder.ts';
import { buildOverdueReminder, buildReminder, fitOverdueReminder, OVERDUE_LIMITS } from '../slack/blocks/reminder.ts';
import { listItems } from '../store/items.queries.ts';
import type { Outgoing } from './deliver.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

export interface ReminderJobDeps extends JobDeps {
  /** REMINDER_LEAD_DAYS: days before the deadline on which a reminder goes out. */
  leadDays: readonly number[];
  /** The Eerste Kamer's rappel dates (the calendar's "rappels"): a reminder four and two weeks before each answer is due. */
  rappels?: readonly RappelEntry[];
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
    const outgoing = plan.map((m) => toOutgoing(m, today)).filter((o): o is Outgoing => o !== null);
    const rappels = deps.rappels ?? [];
    if (rappels.length === 0) return outgoing;
    // The rappel's reminders go through the same sent log: each is claimed and confirmed once.
    const rappelPlan = planRappelReminders({
      rappels,
      items: listItems(deps.db, { status: 'open' }),
      links: listLinks(deps.db),
      sent: listSentSince(deps.db, rappelSentLogHorizon(today)),
      today,
    });
    for (const r of rappelPlan) {
      outgoing.push({ keys: [r.key], channel: r.channelId, ...buildRappelReminder({ answerDue: r.rappel.answerDue, peildatum: r.rappel.peildatum, leadDays: r.leadDays, items: r.items }) });
    }
    return outgoing;
  });
}
