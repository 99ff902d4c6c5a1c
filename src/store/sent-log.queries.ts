// The sent log: one row per thing motiebot owes a channel, keyed by (what, item, channel, due
// date): a message, or one item of the overdue message that covers several. A row is claimed
// ('pending') before posting and confirmed ('sent') after Slack answered ok. See RELIABILITY.md
// for what a crash in between means.
import { redactSecrets } from '../domain/redact-secrets.ts';
import { and, desc, eq, gte, inArray, or, sql } from 'drizzle-orm';
import { inTransaction, type Db } from './db.ts';
import { sentLog } from './schema.ts';

export interface SendKey {
  what: string;
  itemId: number; // 0 when the message is not about one item
  channelId: string;
  dueDate: string;
}

export type ClaimResult = 'claimed' | 'already-sent';

function keyWhere(key: SendKey) {
  return and(
    eq(sentLog.what, key.what),
    eq(sentLog.itemId, key.itemId),
    eq(sentLog.channelId, key.channelId),
    eq(sentLog.dueDate, key.dueDate),
  );
}

/** Claims a key before posting. A pending claim from an earlier, interrupted run is claimed again. */
export function claimSend(db: Db, key: SendKey, now: number): ClaimResult {
  return db.$client
    .transaction(() => {
      db.insert(sentLog).values({ ...key, state: 'pending', createdAt: now }).onConflictDoNothing().run();
      const row = db.select({ state: sentLog.state }).from(sentLog).where(keyWhere(key)).get();
      if (row?.state === 'sent') return 'already-sent' as const;
      db.update(sentLog)
        .set({ attempts: sql`${sentLog.attempts} + 1` })
        .where(keyWhere(key))
        .run();
      return 'claimed' as const;
    })
    .immediate();
}

export interface ClaimAll {
  /** Keys claimed (pending): the message must show these, then confirm them. */
  claimed: SendKey[];
  /** Keys already confirmed sent: leave them out of the message. */
  alreadySent: SendKey[];
}

/**
 * Claims every key of a message that covers several (the overdue message of a channel) in one
 * transaction: a crash afterwards leaves all of them pending, never some.
 */
export function claimSends(db: Db, keys: readonly SendKey[], now: number): ClaimAll {
  return inTransaction(db, () => {
    const out: ClaimAll = { claimed: [], alreadySent: [] };
    for (const key of keys) out[claimSend(db, key, now) === 'claimed' ? 'claimed' : 'alreadySent'].push(key);
    return out;
  });
}

/** Confirms every key of a posted message in one transaction. */
export function markAllSent(db: Db, keys: readonly SendKey[], messageTs: string | null, now: number): void {
  inTransaction(db, () => {
    for (const key of keys) markSent(db, key, messageTs, now);
  });
}

/** Records a failed post on every key of the message; they all stay pending. */
export function markAllFailed(db: Db, keys: readonly SendKey[], error: string): void {
  inTransaction(db, () => {
    for (const key of keys) markFailed(db, key, error);
  });
}

export function markSent(db: Db, key: SendKey, messageTs: string | null, now: number): void {
  db.update(sentLog).set({ state: 'sent', messageTs, sentAt: now, lastError: null }).where(keyWhere(key)).run();
}

/**
 * The post of these keys timed out: Slack may have the message. 'unknown' the first time;
 * 'unknown-reposted' when the one extra post allowed without proof (see resolveUnknown) timed out too.
 */
export function markAllUnknown(db: Db, keys: readonly SendKey[], error: string): void {
  inTransaction(db, () => {
    for (const key of keys) {
      db.update(sentLog)
        .set({
          state: sql`CASE WHEN ${sentLog.state} = 'unknown' THEN 'unknown-reposted' ELSE 'unknown' END`,
          lastError: redactSecrets(error).slice(0, 500),
        })
        .where(keyWhere(key))
        .run();
    }
  });
}

export interface UnknownOutcome {
  key: SendKey;
  /** The sent-log row id: what the message's metadata carries. */
  rowId: number;
  state: 'unknown' | 'unknown-reposted';
  /** When the key was first claimed (ms UTC): the message, if any, is younger. */
  since: number;
}

/** The keys among these whose last post timed out. */
export function unknownOutcomes(db: Db, keys: readonly SendKey[]): UnknownOutcome[] {
  const out: UnknownOutcome[] = [];
  for (const key of keys) {
    const row = db.select({ id: sentLog.id, state: sentLog.state, createdAt: sentLog.createdAt }).from(sentLog).where(keyWhere(key)).get();
    if (row && (row.state === 'unknown' || row.state === 'unknown-reposted')) out.push({ key, rowId: row.id, state: row.state, since: row.createdAt });
  }
  return out;
}

/** The sent-log row ids of these keys (claimed keys have rows), for the message's metadata. */
export function rowIdsOf(db: Db, keys: readonly SendKey[]): number[] {
  return keys.flatMap((key) => {
    const row = db.select({ id: sentLog.id }).from(sentLog).where(keyWhere(key)).get();
    return row ? [row.id] : [];
  });
}

/**
 * What became of a post that timed out. 'found': the message is in the channel (confirmed sent
 * with its ts). 'absent': the channel's history shows it is not there, so it is owed again
 * (pending). 'give-up': it went out twice without an answer and the history cannot be read; it is
 * counted as sent rather than risk a third copy.
 */
export function resolveUnknown(db: Db, key: SendKey, outcome: { found: string } | 'absent' | 'give-up', now: number): void {
  if (outcome === 'absent') {
    db.update(sentLog).set({ state: 'pending' }).where(keyWhere(key)).run();
  } else if (outcome === 'give-up') {
    db.update(sentLog)
      .set({ state: 'sent', sentAt: now, lastError: 'outcome unknown after two posts and no channel history: not posted again' })
      .where(keyWhere(key))
      .run();
  } else {
    db.update(sentLog).set({ state: 'sent', messageTs: outcome.found, sentAt: now, lastError: null }).where(keyWhere(key)).run();
  }
}

/** Records a failed post; the row stays pending so the next run tries again. Tokens in Slack's error text are redacted. */
export function markFailed(db: Db, key: SendKey, error: string): void {
  db.update(sentLog).set({ lastError: redactSecrets(error).slice(0, 500) }).where(keyWhere(key)).run();
}

/** Whether a key was confirmed sent. */
export function isSent(db: Db, key: SendKey): boolean {
  const row = db.select({ state: sentLog.state }).from(sentLog).where(keyWhere(key)).get();
  return row?.state === 'sent';
}

export type SentState = (typeof sentLog.$inferSelect)['state'];

export interface SentRow extends SendKey {
  state: SentState;
  messageTs: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: number | null;
}

/** Rows with a due date on or after `since` (the planner only needs recent history). */
export function listSentSince(db: Db, since: string): SentRow[] {
  return db
    .select({
      what: sentLog.what,
      itemId: sentLog.itemId,
      channelId: sentLog.channelId,
      dueDate: sentLog.dueDate,
      state: sentLog.state,
      messageTs: sentLog.messageTs,
      attempts: sentLog.attempts,
      lastError: sentLog.lastError,
      sentAt: sentLog.sentAt,
    })
    .from(sentLog)
    .where(gte(sentLog.dueDate, since))
    .all();
}

/** A message motiebot posted that may show an item: where, its ts, and what it was. */
export interface PostedMessage {
  what: string;
  channelId: string;
  messageTs: string;
  sentAt: number;
}

/**
 * Messages posted since `since` (ms UTC) in these channels that show the item: its reminders and
 * overdue messages, and the digests of the channels. One row per (channel, ts).
 */
export function listRecentMessagesOfItem(db: Db, itemId: number, channelIds: readonly string[], since: number): PostedMessage[] {
  if (channelIds.length === 0) return [];
  const rows = db
    .select({ what: sentLog.what, channelId: sentLog.channelId, messageTs: sentLog.messageTs, sentAt: sentLog.sentAt })
    .from(sentLog)
    .where(
      and(
        eq(sentLog.state, 'sent'),
        inArray(sentLog.channelId, [...channelIds]),
        gte(sentLog.sentAt, since),
        or(eq(sentLog.itemId, itemId), eq(sentLog.what, 'digest')),
      ),
    )
    .all();
  const seen = new Set<string>();
  const out: PostedMessage[] = [];
  for (const r of rows) {
    if (!r.messageTs || r.sentAt === null) continue;
    // Change lines and notices are not messages that show the item.
    if (!(r.what === 'digest' || r.what === 'overdue' || r.what.startsWith('reminder:'))) continue;
    const key = `${r.channelId}\u0000${r.messageTs}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ what: r.what, channelId: r.channelId, messageTs: r.messageTs, sentAt: r.sentAt });
  }
  return out;
}

/** The items one posted message covers (an overdue message carries one key per item). */
export function listItemIdsOfMessage(db: Db, channelId: string, messageTs: string): number[] {
  return db
    .select({ itemId: sentLog.itemId })
    .from(sentLog)
    .where(and(eq(sentLog.channelId, channelId), eq(sentLog.messageTs, messageTs)))
    .all()
    .map((r) => r.itemId)
    .filter((id) => id > 0);
}

/** The ts of the latest digest posted in a channel since `since` (ms UTC), or null. */
export function latestDigestTs(db: Db, channelId: string, since: number): string | null {
  const row = db
    .select({ ts: sentLog.messageTs })
    .from(sentLog)
    .where(and(eq(sentLog.what, 'digest'), eq(sentLog.channelId, channelId), eq(sentLog.state, 'sent'), gte(sentLog.sentAt, since)))
    .orderBy(desc(sentLog.sentAt))
    .limit(1)
    .get();
  return row?.ts ?? null;
}
