// What the reminder and digest jobs share: the lease (one scheduler at a time), planning after
// the lease is taken, a dry run that records nothing, delivery, the "invite me" notice when a
// channel refuses the bot, and releasing the lease.
import type { KnownBlock } from '@slack/types';
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { weekStart } from '../domain/dates/calendar-date.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { acquireLease, getLease, newHolderId, releaseLease, renewLease } from '../store/leases.queries.ts';
import { retryWhileBusy } from '../store/busy.ts';
import { claimSend, markFailed, markSent } from '../store/sent-log.queries.ts';
import { NOTICE } from '../texts/reminders.nl.ts';
import { classifyPostError } from './classify-error.ts';
import {
  DEFAULT_DELIVERY,
  DELIVERY_LOCK_WAIT_MS,
  deliver,
  type ChannelProblem,
  type DeliveryOptions,
  type DeliveryReport,
  type Outgoing,
  type Pace,
  type SlackPoster,
  type StopReason,
} from './deliver.ts';
import { silentLog, type Log } from '../log.ts';

export type JobName = 'reminders' | 'digest';


export interface JobDeps {
  db: Db;
  /** Needed unless dryRun. Build it with createJobSlackClient (429s come back as errors). */
  slack: SlackPoster | null;
  /** The clock; default the real one. */
  now?: () => Date;
  /** The day to plan for (`motie herinner --at`); default today in Europe/Amsterdam. */
  today?: IsoDate;
  /** MOTIEBOT_ADMINS: told about channels the bot cannot post in when the CLI linked them. */
  admins?: readonly string[];
  logger?: Log;
  /** Plan and build, post nothing, record nothing, take no lease. */
  dryRun?: boolean;
  /** Stop at the next safe point (between posts). */
  signal?: AbortSignal;
  delivery?: Partial<DeliveryOptions>;
  /** What paces the posts (clock and wait); default the real ones. */
  pace?: Pace;
  /** Time to live of the lease; renewed every third of it while the job runs. */
  leaseTtlMs?: number;
  /** Told the holder id this run took the lease under (the health endpoint compares it with the table). */
  onLeaseTaken?: (holder: string) => void;
  /** How long a write waits for a database another process has locked; default two minutes. */
  lockWaitMs?: number;
  /**
   * Plan in a worker thread on its own read-only connection (plan-off-loop.ts), so that the event
   * loop stays free; the bot's scheduler sets it. Ignored for an in-memory database.
   */
  planInWorker?: boolean;
}

export interface PreviewMessage {
  channel: string;
  what: string;
  /** The first item of the message (0 for a message about no single item). */
  itemId: number;
  /** Every item whose key the message carries (the overdue message of a channel has several). */
  itemIds: number[];
  text: string;
  blocks: KnownBlock[];
}

export interface JobResult {
  job: JobName;
  today: IsoDate;
  /** 'done': everything planned was handled; 'incomplete': some stays pending for the next run. */
  status: 'done' | 'incomplete' | 'skipped' | 'dry-run';
  reason: StopReason | 'lease-held' | null;
  planned: number;
  posted: number;
  alreadySent: number;
  /** Left pending or not tried: the next run sends them. */
  pending: number;
  notices: number;
  channelProblems: ChannelProblem[];
  /** Only for a dry run: what would be posted. */
  preview: PreviewMessage[];
  /** Only when skipped: when the other holder's lease ends unless it renews it (ms UTC). */
  leaseHeldUntil?: number | null;
}

const DEFAULT_LEASE_TTL_MS = 2 * 60_000;


export async function runJob(
  job: JobName,
  deps: JobDeps,
  plan: (today: IsoDate) => Outgoing[] | Promise<Outgoing[]>,
): Promise<JobResult> {
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().getTime();
  const today = deps.today ?? amsterdamDate(clock());
  const log = deps.logger ?? silentLog;
  const base: JobResult = {
    job,
    today,
    status: 'done',
    reason: null,
    planned: 0,
    posted: 0,
    alreadySent: 0,
    pending: 0,
    notices: 0,
    channelProblems: [],
    preview: [],
  };

  if (deps.dryRun) {
    const outgoing = await plan(today);
    return {
      ...base,
      status: 'dry-run',
      planned: outgoing.length,
      preview: outgoing.map((o) => ({
        channel: o.channel,
        what: o.keys[0]?.what ?? '',
        itemId: o.keys[0]?.itemId ?? 0,
        itemIds: o.keys.map((k) => k.itemId).filter((id) => id !== 0),
        text: o.text,
        blocks: o.blocks,
      })),
    };
  }
  if (!deps.slack) throw new Error(`${job}: a Slack client is needed unless dryRun is set`);
  const slack = deps.slack;

  const ttl = deps.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  const holder = newHolderId();
  const lockWait = { maxWaitMs: deps.lockWaitMs ?? DELIVERY_LOCK_WAIT_MS };
  if (!(await retryWhileBusy(() => acquireLease(deps.db, job, holder, now(), ttl), { ...lockWait, signal: deps.signal }))) {
    const lease = getLease(deps.db, job);
    log.info(`${job}: another process (${lease?.holder ?? '?'}) holds the lease until ${new Date(lease?.expiresAt ?? 0).toISOString()}; skipping this run`);
    return { ...base, status: 'skipped', reason: 'lease-held', leaseHeldUntil: lease?.expiresAt ?? null };
  }
  deps.onLeaseTaken?.(holder);
  let leaseLost = false;
  // Until when the lease is ours for certain: pushed on by every successful renewal. A renewal
  // that fails (the database locked by another process, say) must not end the process; the run
  // goes on while the lease holds and stops at the next safe point once less than a quarter of
  // its time to live is left, because after the expiry another process may take it.
  let heldUntil = now() + ttl;
  const stillHolder = () => {
    if (!leaseLost && now() > heldUntil - ttl / 4) {
      leaseLost = true;
      log.warn(`${job}: could not renew the lease in time; stopping at the next safe point`);
    }
    return !leaseLost;
  };
  const renew = () => {
    // Past the point where the lease can be vouched for, renewing it would hide a gap in which
    // another process may have held it.
    if (!stillHolder()) return;
    try {
      if (renewLease(deps.db, job, holder, now(), ttl)) heldUntil = now() + ttl;
      else {
        leaseLost = true;
        log.warn(`${job}: lost the lease; stopping at the next safe point`);
      }
    } catch (error) {
      log.warn(`${job}: could not renew the lease (${(error as Error).message}); it holds until ${new Date(heldUntil).toISOString()}, trying again`);
    }
  };
  const timer = setInterval(renew, Math.max(1000, Math.floor(ttl / 3)));
  timer.unref();

  let report: DeliveryReport | null = null;
  let notices = 0;
  try {
    const outgoing = await planUnlessStopped(plan, today, deps.signal);
    if (outgoing === null) {
      // Stopped while planning (the planning worker is stopped): nothing was claimed, the run is
      // not complete, the next one plans again.
      report = { posted: [], alreadySent: [], failed: [], notTried: [], channelProblems: [], stoppedBecause: 'stopped' };
    } else {
      log.info(`${job}: ${outgoing.length} message(s) planned for ${today}`);
      report = await deliver(outgoing, {
        db: deps.db,
        slack,
        now,
        options: { ...DEFAULT_DELIVERY, ...deps.delivery },
        pace: deps.pace,
        signal: deps.signal,
        stillHolder,
        log,
        lockWaitMs: lockWait.maxWaitMs,
      });
      if (report.channelProblems.length > 0) {
        notices = await sendChannelNotices(deps.db, slack, report.channelProblems, today, deps.admins ?? [], now, log, lockWait.maxWaitMs);
      }
    }
  } finally {
    clearInterval(timer);
    const complete = report !== null && report.stoppedBecause === null && report.failed.length === 0;
    try {
      await retryWhileBusy(() => releaseLease(deps.db, job, holder, complete ? now() : undefined), lockWait);
    } catch (error) {
      // The lease ends on its own at its expiry; a complete run is then caught up once more,
      // which the sent log makes harmless.
      log.warn(`${job}: could not release the lease (${(error as Error).message}); it ends on its own`);
    }
  }

  const pending = report.failed.length + report.notTried.length;
  return {
    ...base,
    status: pending === 0 && report.stoppedBecause === null ? 'done' : 'incomplete',
    reason: report.stoppedBecause,
    planned: report.posted.length + report.alreadySent.length + pending,
    posted: report.posted.length,
    alreadySent: report.alreadySent.length,
    pending,
    notices,
    channelProblems: report.channelProblems,
  };
}

/** The plan, or null when the run was stopped while planning (a stopped worker rejects). */
async function planUnlessStopped(plan: (today: IsoDate) => Outgoing[] | Promise<Outgoing[]>, today: IsoDate, signal: AbortSignal | undefined): Promise<Outgoing[] | null> {
  try {
    return await plan(today);
  } catch (error) {
    if (signal?.aborted) return null;
    throw error;
  }
}

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/**
 * Tells whoever linked a channel the bot cannot post in how to fix it: once per channel per
 * week (its own sent-log key). Linked from the CLI ('cli') → the admins.
 */
async function sendChannelNotices(
  db: Db,
  slack: SlackPoster,
  problems: ChannelProblem[],
  today: IsoDate,
  admins: readonly string[],
  now: () => number,
  log: Log,
  lockWaitMs: number,
): Promise<number> {
  const lockWait = { maxWaitMs: lockWaitMs };
  const links = listLinks(db);
  let sent = 0;
  for (const problem of problems) {
    const linkers = links.filter((l) => l.channelId === problem.channelId).map((l) => l.linkedBy);
    const people = linkers.filter((u) => USER_ID.test(u));
    const recipients = [...new Set(people.length > 0 && people.length === linkers.length ? people : [...people, ...admins])];
    if (recipients.length === 0) {
      log.warn(`cannot post in ${problem.channelId} (${problem.error}) and nobody to tell: set MOTIEBOT_ADMINS`);
      continue;
    }
    const key = { what: 'notice:not_in_channel', itemId: 0, channelId: problem.channelId, dueDate: weekStart(today) };
    if ((await retryWhileBusy(() => claimSend(db, key, now()), lockWait)) === 'already-sent') continue;
    const mention = `<#${problem.channelId}>`;
    const text =
      problem.error === 'not_in_channel'
        ? NOTICE.notInChannel(mention, problem.pending)
        : NOTICE.channelNotFound(mention, problem.pending);
    let ok = 0;
    let lastError = '';
    for (const user of recipients) {
      try {
        await slack.chat.postMessage({ channel: user, text });
        ok += 1;
      } catch (error) {
        lastError = classifyPostError(error).error;
        log.warn(`notice about ${problem.channelId} to ${user} failed: ${lastError}`);
      }
    }
    // Sent when it reached at least one person who can fix it.
    if (ok > 0) {
      await retryWhileBusy(() => {
        markSent(db, key, null, now());
      }, lockWait);
      sent += 1;
    } else {
      await retryWhileBusy(() => {
        markFailed(db, key, lastError);
      }, lockWait);
    }
  }
  return sent;
}
