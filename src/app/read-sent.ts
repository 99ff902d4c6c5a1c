// The read side of what the bot posted (the sent log) and of the digest, for the announcement of a
// change (slack/announce-change.ts): which recent messages show an item, the thread to answer in,
// which items a digest lists. The writes go through the outbox; the queries stay in the store.
import type { IsoDate } from '../domain/dates/types.ts';
import type { Item } from '../domain/items.ts';
import { listDigestItems } from '../store/reminders.queries.ts';
import { latestDigestTs, listItemIdsOfMessage, listRecentMessagesOfItem, type PostedMessage } from '../store/sent-log.queries.ts';
import type { AppContext } from './context.ts';

type Reader = Pick<AppContext, 'db'>;

/** The items a digest of today shows: open ones due through `until`, and those done in the window. */
export function digestItems(ctx: Reader, until: IsoDate, doneSince: number, doneUntil: number): Item[] {
  return listDigestItems(ctx.db, until, doneSince, doneUntil);
}

/** The ts of a channel's latest digest since `since` (ms), or null. */
export function latestDigest(ctx: Reader, channelId: string, since: number): string | null {
  return latestDigestTs(ctx.db, channelId, since);
}

/** The items one posted message is about, in the order it was recorded. */
export function itemsOfMessage(ctx: Reader, channelId: string, messageTs: string): number[] {
  return listItemIdsOfMessage(ctx.db, channelId, messageTs);
}

/** The messages posted since `since` (ms) in these channels that show the item. */
export function recentMessagesOf(ctx: Reader, itemId: number, channelIds: readonly string[], since: number): PostedMessage[] {
  return listRecentMessagesOfItem(ctx.db, itemId, channelIds, since);
}
