// May the person looking at an item's row change it where the row is shown? Asked before the row
// offers "Afgerond" (whose confirmation dialog Slack opens without asking the bot), so nobody
// confirms first and is refused after. The rule itself is the domain's (canChangeItem); this adds
// the channels where the item can be changed, to name them.
import { canChangeItem } from '../domain/authorize.ts';
import type { Item } from '../domain/items.ts';
import type { ChannelLink } from '../store/channels.queries.ts';
import type { RowPermission } from './blocks/item-row.ts';
import type { BotDeps } from './deps.ts';
import { SLACK_TEXT } from '../texts/slack.nl.ts';
import { channelLinks, channelTargets as targetsOf } from '../app/read-channels.ts';
import { readItem } from '../app/read-items.ts';

export type { RowPermission } from './blocks/item-row.ts';

/** The channels linked to one of the item's codes or its ministry. */
function channelsThatMayChange(links: readonly ChannelLink[], item: Pick<Item, 'responsible'>): string[] {
  const targets = new Set(item.responsible.flatMap((r) => [r.code, r.ministry]));
  return [...new Set(links.filter((l) => targets.has(l.target)).map((l) => l.channelId))];
}

/**
 * The permission of `userId` looking in `channelId` (null on the Home tab). A copy shared in a
 * channel is seen by everyone: pass userId null to use the channel's right alone.
 */
export function rowPermission(deps: Pick<BotDeps, 'db' | 'admins'>, userId: string | null, channelId: string | null | undefined): RowPermission {
  const channelTargets = targetsOf(deps, channelId);
  let links: ChannelLink[] | null = null;
  const permission: RowPermission = (item) => {
    if (canChangeItem(item, { userId: userId ?? '', channelTargets }, userId ? deps.admins : [])) return null;
    links ??= channelLinks(deps);
    return channelsThatMayChange(links, item);
  };
  // Deleting is for admins; while none are configured, for everyone who may change the item.
  permission.mayDelete = userId !== null && (deps.admins.length === 0 || deps.admins.includes(userId));
  return permission;
}

/** The channels where an item may be changed (none for an item that is gone). */
export function allowedChannels(deps: Pick<BotDeps, 'db'>, itemId: number): string[] {
  const item = readItem(deps, itemId);
  return item ? channelsThatMayChange(channelLinks(deps), item) : [];
}

/** The refusal for a change that is not allowed here, naming the channels where it is. */
export function notAllowedText(deps: Pick<BotDeps, 'db'>, itemId: number): string {
  return SLACK_TEXT.notAllowedIn(allowedChannels(deps, itemId));
}
