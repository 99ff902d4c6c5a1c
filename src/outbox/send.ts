// The outbox: every message motiebot posts on its own (reminders, overdue messages, digests, the
// notice about a channel it cannot post in, the line about a change made in Slack, the TK notices,
// the Kamerbrief proposals) goes out through send(), with the sent log's guarantee: claim (pending) → post → confirm
// (sent). A message may carry several sent-log keys (the overdue message of a channel: one per
// item); they are claimed, confirmed or left pending together, and keys already sent are left
// out of the message. Channels proceed side by side; within a channel posts are at least
// `perChannelMs` apart (Slack allows about one message per second per channel). A 429 pauses every channel for its
// Retry-After, up to a total cap per run; past it the rest stays for the next run. Nothing is
// marked sent that Slack did not accept. Between posts the loop checks the stop signal and the
// lease, so a shutdown or a lost lease ends the run at a safe point.
import { sleepUnlessAborted } from '../clock.ts';
import type { KnownBlock } from '@slack/types';
import type { Db } from '../store/db.ts';
import { retryWhileBusy } from '../store/busy.ts';
import {
  claimSends,
  markAllFailed,
  markAllSent,
  markAllUnknown,
  resolveUnknown,
  rowIdsOf,
  unknownOutcomes,
  type SendKey,
} from '../store/sent-log.queries.ts';
import { classifyPostError, type PostFailure } from './classify-error.ts';
import { OUTBOX_LOCK_WAIT_MS } from './lease.ts';

/** The part of a Web API client the jobs use; @slack/web-api's WebClient fits. */
export interface SlackPoster {
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: KnownBlock[];
      thread_ts?: string;
      unfurl_links?: boolean;
      unfurl_media?: boolean;
      metadata?: { event_type: string; event_payload: { ids: string } };
    }): Promise<{ ok?: boolean; ts?: string }>;
  };
  /** Reads the channel's recent messages to find a post whose answer timed out (channels:history, groups:history). */
  conversations?: {
    history(args: { channel: string; oldest?: string; limit?: number; cursor?: string; include_all_metadata?: boolean }): Promise<{
      ok?: boolean;
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
      response_metadata?: { next_cursor?: string };
    }>;
  };
}

/** The metadata every job post carries: the sent-log row ids of its keys ("12,13"), so that it can be found again. */
const POST_EVENT_TYPE = 'motiebot_post';
/** Pages of channel history read to find a post whose answer timed out; past them nothing is proven. */
const HISTORY_PAGES = 5;

/**
 * The posts of motiebot in the channel since `sinceMs`: sent-log row id → message ts. Null when
 * the history cannot be read (scope missing, a direct message, an error) or is longer than we read.
 */
async function postedSince(slack: SlackPoster, channel: string, sinceMs: number, log: SendPolicy['log']): Promise<Map<number, string> | null> {
  if (!slack.conversations) return null;
  const found = new Map<number, string>();
  let cursor: string | undefined;
  try {
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const res = await slack.conversations.history({ channel, oldest: String(Math.floor(sinceMs / 1000) - 60), limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      for (const m of res.messages ?? []) {
        if (m.metadata?.event_type !== POST_EVENT_TYPE || !m.ts) continue;
        const ids = (m.metadata.event_payload as { ids?: unknown } | undefined)?.ids;
        if (typeof ids === 'string') for (const id of ids.split(',')) if (/^\d+$/.test(id)) found.set(Number(id), m.ts);
      }
      cursor = res.response_metadata?.next_cursor || undefined;
      if (!cursor) return found;
    }
    log.warn(`the history of ${channel} is longer than ${HISTORY_PAGES} pages since the first try; cannot prove a post is missing`);
    return null;
  } catch (error) {
    log.warn(`cannot read the history of ${channel} to find a post that timed out: ${classifyPostError(error).error}`);
    return null;
  }
}

export interface Outgoing {
  /** The sent-log keys the message covers: one, or one per item of a grouped message. */
  keys: SendKey[];
  /** Where to post: the channel id, or a user id for a direct message. */
  channel: string;
  text: string;
  /** Without blocks the text is the message (a change line). */
  blocks?: KnownBlock[];
  /** Post in the thread under this message of the channel. */
  threadTs?: string;
  /**
   * A direct message to each of these people instead of a post in `channel` (which the message is
   * about): the keys count as sent once at least one of them has it (the notice about a channel the
   * bot cannot post in goes to whoever can fix it).
   */
  recipients?: readonly string[];
  /**
   * The message for only the keys still owed, when some were confirmed sent since planning (a run
   * that lost its lease, say). Without it a message with several keys goes out as planned.
   */
  rebuild?: (owed: readonly SendKey[]) => { text: string; blocks?: KnownBlock[] };
}

/** How hard send() tries: pacing per channel, parallel posts, and when it gives up for this run. */
export interface SendLimits {
  /** Minimum time between two posts in one channel. */
  perChannelMs: number;
  /** Posts in flight at the same time, over all channels. */
  concurrency: number;
  /** Total time a run may wait for Retry-After; past it the rest stays pending. */
  maxRateLimitWaitMs: number;
  /** Tries of one message within one run when Slack answers 429. */
  maxRateLimitTries: number;
  /** Consecutive network failures after which the run gives up (Slack is unreachable). */
  maxNetworkFailures: number;
}

export const DEFAULT_LIMITS: SendLimits = {
  perChannelMs: 1000,
  concurrency: 16,
  maxRateLimitWaitMs: 60_000,
  maxRateLimitTries: 3,
  maxNetworkFailures: 5,
};

export type StopReason = 'stopped' | 'rate-limited' | 'network' | 'lease-lost' | 'auth' | 'planning-failed';

export interface ChannelProblem {
  channelId: string;
  error: 'not_in_channel' | 'channel_not_found' | 'is_archived';
  /** Messages for the channel left pending or not tried in this run. */
  pending: number;
}

export interface SendReport {
  posted: Outgoing[];
  alreadySent: Outgoing[];
  /** Claimed, not confirmed: they stay pending for the next run. */
  failed: { out: Outgoing; failure: PostFailure }[];
  /** Not tried in this run (stopped early, or their channel refused an earlier one). */
  notTried: Outgoing[];
  channelProblems: ChannelProblem[];
  stoppedBecause: StopReason | null;
}

/** Where and how send() posts: the database of the sent log, the client, the clocks and the limits. */
export interface SendPolicy {
  db: Db;
  slack: SlackPoster;
  /** The clock for what is recorded (sent_at); pacing and waits use a monotonic clock. */
  now: () => number;
  limits: SendLimits;
  signal?: AbortSignal;
  /** Called before each claim; false means the lease is gone and the run must stop. */
  stillHolder?: () => boolean;
  log: { warn: (...m: unknown[]) => void; debug: (...m: unknown[]) => void };
  /** The monotonic clock and the wait that pace the posts; default the real ones (REAL_PACE). */
  pace?: Pace;
  /**
   * How long a write waits for a database another process has locked (retried from a timer, the
   * event loop stays free). Past it a claim leaves the message for the next run; a confirmation
   * that cannot be written leaves the key pending.
   */
  lockWaitMs?: number;
}


/** "overdue items 4, 9, 10" / "reminder:7 item 3" / "digest": for the log. */
function describeKeys(keys: readonly SendKey[]): string {
  const what = [...new Set(keys.map((k) => k.what))].join('/');
  const items = keys.map((k) => k.itemId).filter((id) => id !== 0);
  if (items.length === 0) return what;
  const shown = items.length > 10 ? `${items.slice(0, 10).join(', ')} …` : items.join(', ');
  return `${what} item${items.length === 1 ? '' : 's'} ${shown}`;
}

/**
 * What paces the posts: a monotonic clock in milliseconds and a wait that an abort ends early.
 * Tests pass a virtual one (tests/helpers/virtual-pace.ts), so pacing and Retry-After waits take
 * no real time.
 */
export interface Pace {
  tick(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return ms <= 0 ? Promise.resolve() : sleepUnlessAborted(ms, signal);
}

const REAL_PACE: Pace = { tick: () => performance.now(), sleep };

class Semaphore {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/**
 * Posts `messages`: each at most once (claim → post → confirm in the sent log), keys already sent
 * left out, failures left pending for the next run. Never throws for a Slack failure: the report
 * says what was posted, what failed and why the run stopped early.
 */
/**
 * One post of `out` (as `message`): its message ts, or null for direct messages to several
 * people. Throws what the client threw; for several people only when none of them has it.
 */
async function post(ctx: SendPolicy, out: Outgoing, message: { text: string; blocks?: KnownBlock[] }, ids: readonly number[], keys: readonly SendKey[]): Promise<string | null> {
  const args = (channel: string) => ({
    channel,
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(out.threadTs ? { thread_ts: out.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
    metadata: { event_type: POST_EVENT_TYPE, event_payload: { ids: ids.join(',') } },
  });
  if (!out.recipients) return (await ctx.slack.chat.postMessage(args(out.channel))).ts ?? null;
  let reached = 0;
  let lastError: unknown = new Error('no recipients');
  for (const user of out.recipients) {
    try {
      await ctx.slack.chat.postMessage(args(user));
      reached += 1;
    } catch (error) {
      lastError = error;
      ctx.log.warn(`direct message to ${user} about ${out.channel} (${describeKeys(keys)}) failed: ${classifyPostError(error).error}`);
    }
  }
  if (reached === 0) throw lastError;
  return null;
}

export async function send(messages: readonly Outgoing[], ctx: SendPolicy): Promise<SendReport> {
  const { limits: options, db } = ctx;
  const pace = ctx.pace ?? REAL_PACE;
  const tick = () => pace.tick();
  const report: SendReport = { posted: [], alreadySent: [], failed: [], notTried: [], channelProblems: [], stoppedBecause: null };
  const byChannel = new Map<string, Outgoing[]>();
  for (const m of messages) {
    const list = byChannel.get(m.channel) ?? [];
    list.push(m);
    byChannel.set(m.channel, list);
  }
  const gate = new Semaphore(Math.max(1, options.concurrency));
  let pausedUntil = 0;
  let waitedMs = 0;
  let networkFailures = 0;
  const stop = (reason: StopReason) => {
    report.stoppedBecause ??= reason;
  };
  const shouldStop = () => {
    if (ctx.signal?.aborted) stop('stopped');
    return report.stoppedBecause !== null;
  };

  const busyLog = (channel: string) => (attempt: number) => {
    if (attempt === 1) ctx.log.warn(`the database is locked by another process; ${channel} waits for it`);
  };

  const runChannel = async (channel: string, list: Outgoing[]) => {
    // When the previous post in this channel came back: counting from there (not from when it
    // left) keeps posts at least perChannelMs apart when they reach Slack, whatever the latency.
    let lastPostAt = -Infinity;
    let tries = 0;
    for (let i = 0; i < list.length; ) {
      const out = list[i];
      if (!out) break;
      if (shouldStop()) {
        report.notTried.push(...list.slice(i));
        return;
      }
      await pace.sleep(lastPostAt + options.perChannelMs - tick(), ctx.signal);
      while (pausedUntil > tick() && !shouldStop()) await pace.sleep(pausedUntil - tick(), ctx.signal);
      await gate.acquire();
      let failure: PostFailure | null;
      let keys: SendKey[];
      try {
        if (shouldStop()) {
          report.notTried.push(...list.slice(i));
          return;
        }
        if (ctx.stillHolder && !ctx.stillHolder()) {
          stop('lease-lost');
          report.notTried.push(...list.slice(i));
          return;
        }
        const lockWait = { maxWaitMs: ctx.lockWaitMs ?? OUTBOX_LOCK_WAIT_MS, onBusy: busyLog(channel) };
        // A post of these keys timed out before: find out whether Slack has it before posting again.
        const unknown = await retryWhileBusy(() => unknownOutcomes(db, out.keys), lockWait);
        if (unknown.length > 0) {
          // (Direct messages to several people cannot be looked up in one channel's history.)
          const posted = out.recipients ? null : await postedSince(ctx.slack, out.channel, Math.min(...unknown.map((u) => u.since)), ctx.log);
          for (const u of unknown) {
            const ts = posted?.get(u.rowId);
            // Without the history: one more post at most (the README's policy), then never again.
            const outcome = ts ? { found: ts } : posted ? ('absent' as const) : u.state === 'unknown-reposted' ? ('give-up' as const) : null;
            if (!outcome) continue;
            if (outcome === 'give-up') ctx.log.warn(`post to ${channel} (${describeKeys([u.key])}) timed out twice and the history cannot be read: not posted again`);
            await retryWhileBusy(() => {
              resolveUnknown(db, u.key, outcome, ctx.now());
            }, lockWait);
          }
        }
        const { claimed } = await retryWhileBusy(() => claimSends(db, out.keys, ctx.now()), { ...lockWait, signal: ctx.signal });
        if (claimed.length === 0) {
          report.alreadySent.push(out);
          i += 1;
          tries = 0;
          continue;
        }
        keys = claimed;
        const message = claimed.length < out.keys.length && out.rebuild ? out.rebuild(claimed) : out;
        const ids = rowIdsOf(db, claimed);
        try {
          const ts = await post(ctx, out, message, ids, keys);
          lastPostAt = tick();
          // Slack has the message: record it even while a shutdown is waiting.
          await retryWhileBusy(() => {
            markAllSent(db, claimed, ts, ctx.now());
          }, lockWait);
          report.posted.push(out);
          networkFailures = 0;
          i += 1;
          tries = 0;
          continue;
        } catch (error) {
          lastPostAt = tick();
          const failed = classifyPostError(error);
          failure = failed;
          const record = failed.kind === 'network' && failed.outcomeUnknown ? markAllUnknown : markAllFailed;
          await retryWhileBusy(() => {
            record(db, claimed, failed.error);
          }, lockWait).catch((e: unknown) => {
            ctx.log.warn(`could not record the failed post to ${channel}: ${(e as Error).message}`);
          });
        }
      } finally {
        gate.release();
      }
      ctx.log.warn(`post to ${channel} failed (${describeKeys(keys)}): ${failure.error}`);
      switch (failure.kind) {
        case 'rate-limited': {
          tries += 1;
          const wait = Math.max(failure.retryAfterMs, 0);
          if (tries >= options.maxRateLimitTries || waitedMs + wait > options.maxRateLimitWaitMs) {
            report.failed.push({ out, failure });
            stop('rate-limited');
            report.notTried.push(...list.slice(i + 1));
            return;
          }
          waitedMs += wait;
          pausedUntil = Math.max(pausedUntil, tick() + wait);
          continue; // the same message again, after the pause
        }
        case 'channel':
          report.failed.push({ out, failure });
          report.channelProblems.push({ channelId: channel, error: failure.error, pending: list.length - i });
          report.notTried.push(...list.slice(i + 1));
          return;
        case 'auth':
          report.failed.push({ out, failure });
          stop('auth');
          report.notTried.push(...list.slice(i + 1));
          return;
        case 'network':
          report.failed.push({ out, failure });
          networkFailures += 1;
          if (networkFailures >= options.maxNetworkFailures) stop('network');
          i += 1;
          tries = 0;
          continue;
        default:
          report.failed.push({ out, failure });
          i += 1;
          tries = 0;
      }
    }
  };

  await Promise.all([...byChannel].map(([channel, list]) => runChannel(channel, list)));
  return report;
}
