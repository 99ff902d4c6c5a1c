// The digest job: one weekly overview per linked channel, once per ISO week.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { amsterdamMidnight } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { SOON_DAYS } from '../domain/describe-item.ts';
import { planDigest } from '../domain/reminders/plan-digest.ts';
import { weekOf } from '../domain/reminders/week-of.ts';
import { listLinks } from '../store/channels.queries.ts';
import { listDigestItems } from '../store/reminders.queries.ts';
import { listSentSince } from '../store/sent-log.queries.ts';
import { buildDigest } from '../slack/blocks/digest.ts';
import type { Outgoing } from './deliver.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

/** Midnight in Amsterdam, 7 days before `today`, as ms UTC: the start of "the past week". */
export function pastWeekStart(today: IsoDate): number {
  return amsterdamMidnight(format(subDays(parseISO(today), 7), 'yyyy-MM-dd'));
}

export function runDigest(deps: JobDeps): Promise<JobResult> {
  return runJob('digest', deps, (today): Outgoing[] => {
    const doneSince = pastWeekStart(today);
    const doneUntil = amsterdamMidnight(format(addDays(parseISO(today), 1), 'yyyy-MM-dd'));
    const digests = planDigest({
      items: listDigestItems(deps.db, format(addDays(parseISO(today), SOON_DAYS), 'yyyy-MM-dd'), doneSince, doneUntil),
      links: listLinks(deps.db),
      sent: listSentSince(deps.db, weekOf(today)),
      today,
      doneSince,
      doneUntil,
    });
    return digests.map((d) => ({
      keys: [d.key],
      channel: d.channelId,
      ...buildDigest({ targets: d.targets, today, overdue: d.overdue, soon: d.soon, done: d.done, noTerm: d.noTerm }),
    }));
  });
}
