// The read side of the channel links (the writes: verbs/kanaal/link-channel.ts): which codes a
// channel follows, for permissions, scopes and `/motie kanaal`. Slack and the slices read through
// here, never the store itself (dependency-cruiser rule `reads-through-app`).
import { codesOfMinistries, linkedTargets, listLinks, type ChannelLink } from '../store/channels.queries.ts';
import type { AppContext } from './context.ts';

type Reader = Pick<AppContext, 'db'>;

/** Every link, or one channel's. */
export function channelLinks(ctx: Reader, channelId?: string): ChannelLink[] {
  return listLinks(ctx.db, channelId);
}

/** The codes and ministries a channel is linked to ("SOCW", "OCW"); none without a channel. */
export function channelTargets(ctx: Reader, channelId: string | null | undefined): string[] {
  return linkedTargets(ctx.db, channelId);
}

/** The codes of these ministries that items name, with how many items each. */
export function ministryCodes(ctx: Reader, ministries: readonly string[]): { code: string; ministry: string; items: number }[] {
  return codesOfMinistries(ctx.db, ministries);
}
