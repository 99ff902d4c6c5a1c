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
import { buildOverdueReminder, buildReminder, fitOverdueReminder, OVERDUE_LIMITS, type OverdueEntry } from '../slack/blocks/reminder.ts';
import { listItems } from '../store/items.queries.ts';
import type { Db } from '../store/db.ts';
import type { Outgoing } from '../outbox/send.ts';
import { planOffLoop } from './plan-off-loop.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

export interface ReminderJobDeps extends JobDeps {
  /** REMINDER_LEAD_DAYS: days before the deadline on which a reminder goes out. */
  leadDays: readonly number[];
  /** The Eerste Kamer's rappel dates (the calendar's "rappels"): a reminder four and two weeks before each answer is due. */
  rappels?: readonly RappelEntry[];
}

/**
 * A message as planned: an Outgoing without its rebuild function, so that it can cross from the
 * planning worker to the bot's thread; `overdue` holds what the rebuild needs (see outgoingOf).
 */
export interface PlannedOutgoing extends Omit<Outgoing, 'rebuild'> {
  overdue?: { shown: { key: Outgoing['keys'][number]; item: OverdueEntry['item']; days: number }[]; hidden: number; compact: boolean };
}

/** The message to post for one planned message, or null when it can show nothing. */
function plannedOutgoing(message: PlannedMessage, today: IsoDate): PlannedOutgoing | null {
  if (message.kind === 'lead') {
    const [r] = message.reminders;
    if (!r) return null; // a lead message always holds one reminder
    return { keys: [r.key], channel: message.channelId, ...buildReminder({ item: r.item, days: r.days, today }) };
  }
  const entries = message.reminders.map((r) => ({ item: r.item, days: r.days }));
  const fitted = fitOverdueReminder(entries, message.more, today);
  if (fitted.shown === 0) return null;
  const shown = message.reminders.slice(0, fitted.shown);
  return {
    // Only the items the message shows: one that did not fit is not marked sent, a later run sends it.
    keys: shown.map((r) => r.key),
    channel: message.channelId,
    ...fitted.message,
    overdue: { shown: shown.map((r) => ({ key: r.key, item: r.item, days: r.days })), hidden: message.more + (message.reminders.length - fitted.shown), compact: fitted.compact },
  };
}

/** The Outgoing of a planned message: an overdue message gets its rebuild function back. */
export function outgoingOf(planned: PlannedOutgoing, today: IsoDate): Outgoing {
  const { overdue, ...message } = planned;
  if (!overdue) return message;
  return {
    ...message,
    // Some keys were sent meanwhile (a run that lost its lease, say): show only the items still owed.
    rebuild: (owed) => {
      const still = new Set(owed.map(keyOf));
      return buildOverdueReminder({
        entries: overdue.shown.filter((r) => still.has(keyOf(r.key))).map((r) => ({ item: r.item, days: r.days })),
        more: overdue.hidden,
        today,
        compact: overdue.compact,
      });
    },
  };
}

/** The message to post for one planned message, or null when it can show nothing. */
export function toOutgoing(message: PlannedMessage, today: IsoDate): Outgoing | null {
  const planned = plannedOutgoing(message, today);
  return planned && outgoingOf(planned, today);
}

export interface ReminderPlanInput {
  today: IsoDate;
  leadDays: readonly number[];
  rappels: readonly RappelEntry[];
}

/** Today's reminder messages: read, planned and built (what the job then sends). */
export function planReminderMessages(db: Db, { today, leadDays, rappels }: ReminderPlanInput): PlannedOutgoing[] {
  const links = listLinks(db);
  const plan = planReminders({
    // Only the items a link routes to: the others are in no message.
    items: listReminderItems(db, reminderHorizon(today, leadDays), links),
    links,
    sent: listSentSince(db, sentLogHorizon(today)),
    snoozes: listActiveSnoozes(db, today),
    today,
    leadDays,
    overdueLimit: OVERDUE_LIMITS.maxRows,
  });
  const outgoing = plan.map((m) => plannedOutgoing(m, today)).filter((o): o is PlannedOutgoing => o !== null);
  if (rappels.length === 0) return outgoing;
  // The rappel's reminders go through the same sent log: each is claimed and confirmed once.
  const rappelPlan = planRappelReminders({
    rappels,
    items: listItems(db, { status: 'open' }),
    links: listLinks(db),
    sent: listSentSince(db, rappelSentLogHorizon(today)),
    today,
  });
  for (const r of rappelPlan) {
    outgoing.push({ keys: [r.key], channel: r.channelId, ...buildRappelReminder({ answerDue: r.rappel.answerDue, peildatum: r.rappel.peildatum, leadDays: r.leadDays, items: r.items }) });
  }
  return outgoing;
}

export function runReminders(deps: ReminderJobDeps): Promise<JobResult> {
  return runJob('reminders', deps, async (today): Promise<Outgoing[]> => {
    const input: ReminderPlanInput = { today, leadDays: [...deps.leadDays], rappels: [...(deps.rappels ?? [])] };
    const planned = await planOffLoop(deps, 'plan-reminders', input, () => planReminderMessages(deps.db, input));
    return planned.map((p) => outgoingOf(p, today));
  });
}
