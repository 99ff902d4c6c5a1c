// What the reminder and digest jobs share: planning under the job's lease (src/outbox/lease.ts),
// a dry run that records nothing, sending (src/outbox/send.ts), and the "invite me" notice when a
// channel refuses the bot.
import type { KnownBlock } from '@slack/types';
import { amsterdamDate } from '../clock.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { weekStart } from '../domain/dates/calendar-date.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { NOTICE } from '../texts/reminders.nl.ts';
import { OUTBOX_LOCK_WAIT_MS, withLease } from '../outbox/lease.ts';
import { PlanningFailed } from './planning-failed.ts';
import { DEFAULT_LIMITS, send, type ChannelProblem, type Outgoing, type Pace, type SendLimits, type SendReport, type SlackPoster, type StopReason } from '../outbox/send.ts';
import { silentLog, type Log } from '../log.ts';
import type { runTask } from '../worker/run-task.ts';

export type JobName = 'reminders' | 'digest';


/** The planning worker's bounds, and what starts it (plan-off-loop.ts; tests give a worker that hangs). */
export interface PlanWorker {
  /** Past this the worker is stopped and the plan is made on the bot's thread. */
  maxMillis: number;
  /** The worker's heap; past it the worker is stopped (not the bot) and the plan is made on the bot's thread. */
  maxHeapMb: number;
  /** How much lower than the bot's thread the planning thread runs (run-task.ts' TaskOptions.niceness). */
  niceness: number;
  /** How long the worker is kept after a plan for the next one (run-task.ts' TaskOptions.keepForMillis; 0: not kept). */
  keepForMillis: number;
  run: typeof runTask;
}

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
  delivery?: Partial<SendLimits>;
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
  /** The planning worker's deadline and heap (default five minutes, 1 GB), and what starts it (tests). */
  planWorker?: Partial<PlanWorker>;
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
        blocks: o.blocks ?? [],
      })),
    };
  }
  if (!deps.slack) throw new Error(`${job}: a Slack client is needed unless dryRun is set`);
  const slack = deps.slack;

  const lockWaitMs = deps.lockWaitMs ?? OUTBOX_LOCK_WAIT_MS;
  const run = await withLease(
    job,
    { db: deps.db, now, ttlMs: deps.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS, log, signal: deps.signal, lockWaitMs, onTaken: deps.onLeaseTaken },
    async (lease): Promise<{ report: SendReport; notices: number }> => {
      const outgoing = await planUnlessStopped(plan, today, deps.signal);
      if (outgoing === 'planning-failed') {
        // The planning worker passed its deadline or heap (plan-off-loop.ts): nothing claimed, not complete.
        return { report: { posted: [], alreadySent: [], failed: [], notTried: [], channelProblems: [], stoppedBecause: 'planning-failed' }, notices: 0 };
      }
      if (outgoing === null) {
        // Stopped while planning (the planning worker is stopped): nothing was claimed, the run is
        // not complete, the next one plans again.
        return { report: { posted: [], alreadySent: [], failed: [], notTried: [], channelProblems: [], stoppedBecause: 'stopped' }, notices: 0 };
      }
      log.info(`${job}: ${outgoing.length} message(s) planned for ${today}`);
      const report = await send(outgoing, {
        db: deps.db,
        slack,
        now,
        limits: { ...DEFAULT_LIMITS, ...deps.delivery },
        pace: deps.pace,
        signal: deps.signal,
        stillHolder: lease.stillHolder,
        log,
        lockWaitMs,
      });
      if (report.stoppedBecause === null && report.failed.length === 0) lease.completed();
      const notices = report.channelProblems.length > 0 ? await sendChannelNotices(deps.db, slack, report.channelProblems, today, deps.admins ?? [], now, log, lockWaitMs) : 0;
      return { report, notices };
    },
  );
  if (!run.taken) return { ...base, status: 'skipped', reason: 'lease-held', leaseHeldUntil: run.heldUntil };
  const { report, notices } = run.value;
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
async function planUnlessStopped(plan: (today: IsoDate) => Outgoing[] | Promise<Outgoing[]>, today: IsoDate, signal: AbortSignal | undefined): Promise<Outgoing[] | null | 'planning-failed'> {
  try {
    return await plan(today);
  } catch (error) {
    if (signal?.aborted) return null;
    if (error instanceof PlanningFailed) return 'planning-failed';
    throw error;
  }
}

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/**
 * Tells whoever linked a channel the bot cannot post in how to fix it: once per channel per
 * week (its own sent-log key), sent once it reached at least one of them. Linked from the CLI
 * ('cli') → the admins.
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
  const links = listLinks(db);
  const notices: Outgoing[] = [];
  for (const problem of problems) {
    const linkers = links.filter((l) => l.channelId === problem.channelId).map((l) => l.linkedBy);
    const people = linkers.filter((u) => USER_ID.test(u));
    const recipients = [...new Set(people.length > 0 && people.length === linkers.length ? people : [...people, ...admins])];
    if (recipients.length === 0) {
      log.warn(`cannot post in ${problem.channelId} (${problem.error}) and nobody to tell: set MOTIEBOT_ADMINS`);
      continue;
    }
    const mention = `<#${problem.channelId}>`;
    const text = problem.error === 'not_in_channel' ? NOTICE.notInChannel(mention, problem.pending) : NOTICE.channelNotFound(mention, problem.pending);
    notices.push({
      keys: [{ what: 'notice:not_in_channel', itemId: 0, channelId: problem.channelId, dueDate: weekStart(today) }],
      channel: problem.channelId,
      recipients,
      text,
    });
  }
  const report = await send(notices, { db, slack, now, limits: { ...DEFAULT_LIMITS, perChannelMs: 0 }, log, lockWaitMs });
  return report.posted.length;
}
