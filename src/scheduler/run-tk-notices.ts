// What the channels hear from the Tweede Kamer sync, posted exactly once per (event, channel):
// a toezegging the register calls Afgedaan ("Afgedaan volgens het toezeggingenregister,
// Kamerbrief 36222-45"), a new item after the first sync, and, once, the first sync's counts per
// channel instead of a message per item. The sync writes audit entries; this job turns the recent
// ones into messages through the sent log (claim → post → confirm), under its own lease.
import type { KnownBlock } from '@slack/types';
import { TK_AUDIT } from '../app/tk-audit.ts';
import { amsterdamDate } from '../clock.ts';
import { describeOrigin, describeTerm } from '../texts/describe-item.nl.ts';
import type { Item } from '../domain/items.ts';
import { indexLinks, routeItem } from '../domain/reminders/route-item.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Db } from '../store/db.ts';
import { getItemsById } from '../store/items.queries.ts';
import { acquireLease, newHolderId, releaseLease } from '../store/leases.queries.ts';
import { isSent } from '../store/sent-log.queries.ts';
import { listTkEvents, listTkItemIds } from '../store/tk.queries.ts';
import { documentNumberLink } from '../domain/kamerbrief/letter-link.ts';
import { escapeMrkdwn, SLACK_STYLE } from '../slack/blocks/mrkdwn.ts';
import { TK_NOTICE } from '../texts/tk.nl.ts';
import { DEFAULT_DELIVERY, deliver, type DeliveryReport, type Outgoing, type SlackPoster } from './deliver.ts';
import type { Log } from '../log.ts';
import { planLetterNotices } from './letter-notices.ts';

/** Events older than this are not announced any more (a bot that was off for weeks does not flood). */
const TK_NOTICE_HORIZON_MS = 14 * 24 * 60 * 60_000;

const TK_NOTICE_LEASE = 'tk-notices';

function section(text: string): KnownBlock[] {
  return [{ type: 'section', text: { type: 'mrkdwn', text } }];
}

function label(item: Item): string {
  const ref = item.reference ? `${item.reference} ` : '';
  return `${describeOrigin(item)} ${ref}#${item.id}: ${item.title}`;
}

/** The messages owed for the sync's events of the last two weeks (already sent ones included: deliver skips them). */
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
        const text = TK_NOTICE.firstSync(c.toezeggingen, c.moties);
        out.push({ keys: [{ what: 'tk:first-sync', itemId: 0, channelId: channel, dueDate: day }], channel, text, blocks: section(text) });
      }
      continue;
    }
    const item = event.itemId === null ? undefined : items.get(event.itemId);
    if (!item) continue;
    const what = escapeMrkdwn(label(item));
    let text: string;
    let key: string;
    if (event.action === TK_AUDIT.afgedaan) {
      let letters: string[];
      try {
        letters = JSON.parse(event.newValue ?? '[]') as string[];
      } catch {
        letters = [];
      }
      // A document number ("2025D21406") becomes a link to the letter on tweedekamer.nl.
      text = TK_NOTICE.afgedaan(
        what,
        letters.map((nummer) => {
          const url = documentNumberLink(nummer);
          return url ? SLACK_STYLE.link(url, escapeMrkdwn(nummer)) : escapeMrkdwn(nummer);
        }),
      );
      key = 'tk:afgedaan';
    } else {
      if (item.status !== 'open') continue;
      text = TK_NOTICE.created(what, escapeMrkdwn(describeTerm(item, today)));
      key = 'tk:new';
    }
    for (const channel of routeItem(item, routing)) {
      out.push({ keys: [{ what: key, itemId: item.id, channelId: channel, dueDate: day }], channel, text, blocks: section(text) });
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
}

export type TkNoticesResult = { status: 'done' | 'incomplete'; posted: number; pending: number } | { status: 'skipped'; posted: 0; pending: number };

/** Posts the owed messages under the 'tk-notices' lease. */
export async function runTkNotices(deps: TkNoticesDeps): Promise<TkNoticesResult> {
  const clock = deps.now ?? (() => new Date());
  const now = () => clock().getTime();
  const holder = newHolderId();
  const ttl = deps.leaseTtlMs ?? 2 * 60_000;
  if (!acquireLease(deps.db, TK_NOTICE_LEASE, holder, now(), ttl)) {
    return { status: 'skipped', posted: 0, pending: pendingTkNotices(deps.db, now()).length };
  }
  let report: DeliveryReport | null = null;
  try {
    const planned = pendingTkNotices(deps.db, now());
    report = await deliver(planned, {
      db: deps.db,
      slack: deps.slack,
      now,
      options: DEFAULT_DELIVERY,
      signal: deps.signal,
      stillHolder: () => true,
      log: deps.logger ?? { debug() {}, info() {}, warn() {}, error() {} },
    });
  } finally {
    releaseLease(deps.db, TK_NOTICE_LEASE, holder, report?.stoppedBecause === null && report.failed.length === 0 ? now() : undefined);
  }
  const pending = report.failed.length + report.notTried.length;
  return { status: pending === 0 ? 'done' : 'incomplete', posted: report.posted.length, pending };
}
