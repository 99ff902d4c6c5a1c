// The digest job: one weekly overview per linked channel, once per ISO week.
import { amsterdamMidnight } from '../clock.ts';
import { weekStart } from '../domain/dates/calendar-date.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { soonThrough } from '../domain/due.ts';
import { digestDonePeriod, planDigest } from '../domain/reminders/plan-digest.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { getItemsById } from '../store/items.queries.ts';
import { listProposals } from '../store/letters.queries.ts';
import { listDigestItems } from '../store/reminders.queries.ts';
import { listSentSince } from '../store/sent-log.queries.ts';
import { buildDigest } from '../slack/blocks/digest.ts';
import type { Outgoing } from '../outbox/send.ts';
import { planOffLoop } from './plan-off-loop.ts';
import { runJob, type JobDeps, type JobResult } from './run-job.ts';

/** Midnight in Amsterdam, 7 days before `today`, as ms UTC: the start of "the past week". */
export function pastWeekStart(today: IsoDate): number {
  return amsterdamMidnight(digestDonePeriod(today).from);
}

/** Open proposals of Kamerbrieven per channel their item is routed to. */
function proposalsPerChannel(db: Db): Map<string, number> {
  const open = listProposals(db, { state: 'open' });
  const counts = new Map<string, number>();
  if (open.length === 0) return counts;
  const routing = indexLinks(listLinks(db));
  const items = getItemsById(db, [...new Set(open.map((p) => p.itemId))]);
  for (const p of open) {
    const item = items.get(p.itemId);
    if (item?.status !== 'open') continue;
    for (const channel of routeItem(item, routing)) counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return counts;
}

/** This week's digest messages: read, planned and built (what the job then sends). */
export function planDigestMessages(db: Db, today: IsoDate): Outgoing[] {
  const doneSince = pastWeekStart(today);
  const doneUntil = amsterdamMidnight(digestDonePeriod(today).untilExcluded);
  const links = listLinks(db);
  const digests = planDigest({
    // Only the items a link routes to: the others are in no digest.
    items: listDigestItems(db, soonThrough(today), doneSince, doneUntil, links),
    links,
    sent: listSentSince(db, weekStart(today)),
    today,
    doneSince,
    doneUntil,
  });
  const waiting = digests.length > 0 ? proposalsPerChannel(db) : new Map<string, number>();
  return digests.map((d) => ({
    keys: [d.key],
    channel: d.channelId,
    ...buildDigest({ targets: d.targets, today, overdue: d.overdue, soon: d.soon, done: d.done, noTerm: d.noTerm, proposals: waiting.get(d.channelId) ?? 0 }),
  }));
}

export function runDigest(deps: JobDeps): Promise<JobResult> {
  return runJob('digest', deps, (today) => planOffLoop(deps, 'plan-digest', { today }, () => planDigestMessages(deps.db, today)));
}
