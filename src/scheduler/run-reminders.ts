// The reminder job: plan today's reminders and post them, exactly once per
// (item, reminder, due date, channel).
import { planReminders, sentLogHorizon } from '../domain/reminders/plan-reminders.ts';
import { listLinks } from '../store/channels.queries.ts';
import { listItems } from '../store/items.queries.ts';
import { listSentSince } from '../store/sent-log.queries.ts';
import { listActiveSnoozes } from '../store/snoozes.queries.ts';
import { buildReminder } from '../slack/blocks/reminder.ts';
import type { Outgoing } from './deliver.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

export interface ReminderJobDeps extends JobDeps {
  /** REMINDER_LEAD_DAYS: days before the deadline on which a reminder goes out. */
  leadDays: readonly number[];
}

export function runReminders(deps: ReminderJobDeps): Promise<JobResult> {
  return runJob('reminders', deps, (today): Outgoing[] => {
    const plan = planReminders({
      items: listItems(deps.db, { status: 'open' }),
      links: listLinks(deps.db),
      sent: listSentSince(deps.db, sentLogHorizon(today)),
      snoozes: listActiveSnoozes(deps.db, today),
      today,
      leadDays: deps.leadDays,
    });
    return plan.map((p) => ({ key: p.key, channel: p.channelId, ...buildReminder({ item: p.item, days: p.days, today }) }));
  });
}
