// What the channels hear from the Tweede Kamer sync, posted exactly once per (event, channel):
// a toezegging the register calls Afgedaan ("Afgedaan volgens het toezeggingenregister,
// Kamerbrief 36222-45"), a new item after the first sync, and, once, the first sync's counts per
// channel instead of a message per item. The sync writes audit entries; this job turns the recent
// ones into messages through the sent log (claim → post → confirm), under its own lease.
import type { KnownBlock } from '@slack/types';
import { TK_AUDIT } from '../app/tk-audit.ts';
import { amsterdamDate } from '../clock.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { buildTkNotice } from '../slack/blocks/tk-notice.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { getItemsById } from '../store/items.queries.ts';
import { isSent } from '../store/sent-log.queries.ts';
import { listTkEvents, listTkItemIds } from '../store/tk.queries.ts';
import { withLease } from '../outbox/lease.ts';
import { DEFAULT_LIMITS, send, type Outgoing, type Pace, type SlackPoster } from '../outbox/send.ts';
import { silentLog, type Log } from '../log.ts';
import { planLetterNotices } from './letter-notices.ts';

/** Events older than this are not announced any more (a bot that was off for weeks does not flood). */
const TK_NOTICE_HORIZON_MS = 14 * 24 * 60 * 60_000;

const TK_NOTICE_LEASE = 'tk-notices';

/** The messages owed for the sync's events of the last two weeks (already sent ones included: send skips them). */
function planTkNotices(db: Db, now: number): Outgoing[] {
  const events = listTkEvents(db, [TK_AUDIT.afgedaan, TK_AUDIT.created, TK_AUDIT.firstSync], now - TK_NOTICE_HORIZON_MS);
  if (events.length === 0) return [];
  const routing = indexLinks(listLinks(db));
  const today = amsterdamDate(now);
  const out: Outgoing[] = [];
  const itemIds = events.map((e) => e.itemId).filter((id): id is number => id !== null);
  const items = getItemsById(db, itemIds);
  for (const event of events) {
    const day = amsterdamDate(event.at);
    if (event.action === TK_AUDIT.firstSync) {
      // One message per channel with its counts, once.
      const tracked = listTkItemIds(db);
      const all = getItemsById(db, tracked.map((t) => t.itemId));
      const counts = new Map<string, { toezeggingen: number; moties: number }>();
      for (const item of all.values()) {
        for (const channel of routeItem(item, routing)) {
          const c = counts.get(channel) ?? { toezeggingen: 0, moties: 0 };
          if (item.kind === 'motie') c.moties += 1;
          else c.toezeggingen += 1;
          counts.set(channel, c);
        }
      }
      for (const [channel, c] of counts) {
        const message = buildTkNotice({ kind: 'first-sync', ...c });
        out.push({ keys: [{ what: 'tk:first-sync', itemId: 0, channelId: channel, dueDate: day }], channel, ...message });
      }
      continue;
    }
    const item = event.itemId === null ? undefined : items.get(event.itemId);
    if (!item) continue;
    let message: { text: string; blocks: KnownBlock[] };
    let key: string;
    if (event.action === TK_AUDIT.afgedaan) {
      let letters: string[];
      try {
        letters = JSON.parse(event.newValue ?? '[]') as string[];
      } catch {
        letters = [];
      }
      message = buildTkNotice({ kind: 'afgedaan', item, letters });
      key = 'tk:afgedaan';
    } else {
      if (item.status !== 'open') continue;
      message = buildTkNotice({ kind: 'new', item, today });
      key = 'tk:new';
    }
    for (const channel of routeItem(item, routing)) {
      out.push({ keys: [{ what: key, itemId: item.id, channelId: channel, dueDate: day }], channel, ...message });
    }
  }
  return out;
}

/** The planned messages not yet confirmed sent. */
export function pendingTkNotices(db: Db, now: number): Outgoing[] {
  return [...planTkNotices(db, now), ...planLetterNotices(db, now)].filter((o) => !o.keys.every((k) => isSent(db, k)));
}

export interface TkNoticesDeps {
  db: Db;
  slack: SlackPoster;
  now?: () => Date;
  logger?: Log;
  signal?: AbortSignal;
  leaseTtlMs?: number;
  /** What paces the posts (clock and wait); default the real ones. */
  pace?: Pace;
}

export type TkNoticesResult = { status: 'done' | 'incomplete'; posted: number; pending: number } | { status: 'skipped'; posted: 0; pending: number };

/** Posts the owed messages under the 'tk-notices' lease. */
export async function runTkNotices(deps: TkNoticesDeps): Promise<TkNoticesResult> {
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().getTime();
  const log = deps.logger ?? silentLog;
  const run = await withLease(TK_NOTICE_LEASE, { db: deps.db, now, ttlMs: deps.leaseTtlMs ?? 2 * 60_000, log, signal: deps.signal }, async (lease) => {
    const report = await send(pendingTkNotices(deps.db, now()), {
      db: deps.db,
      slack: deps.slack,
      now,
      limits: DEFAULT_LIMITS,
      pace: deps.pace,
      signal: deps.signal,
      stillHolder: lease.stillHolder,
      log,
    });
    if (report.stoppedBecause === null && report.failed.length === 0) lease.completed();
    return report;
  });
  if (!run.taken) return { status: 'skipped', posted: 0, pending: pendingTkNotices(deps.db, now()).length };
  const report = run.value;
  const pending = report.failed.length + report.notTried.length;
  return { status: pending === 0 ? 'done' : 'incomplete', posted: report.posted.length, pending };
}
