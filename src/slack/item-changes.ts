// The rules every change from Slack goes through: the item must exist and the actor must be
// allowed (domain/authorize). Used by commands, buttons and modals alike.
import { canChangeItem } from '../domain/authorize.ts';
import type { Item } from '../domain/items.ts';
import { getItem } from '../store/items.queries.ts';
import type { BotDeps } from './deps.ts';
import { channelTargets } from './scope.ts';
import { T } from './texts.nl.ts';

export type Permission = { ok: true; item: Item } | { ok: false; text: string };

export function checkChange(deps: BotDeps, itemId: number, userId: string, channelId: string | undefined): Permission {
  const item = getItem(deps.db, itemId);
  if (!item) return { ok: false, text: T.itemNotFound(itemId) };
  const allowed = canChangeItem(item, { userId, channelTargets: channelTargets(deps.db, channelId) }, deps.admins);
  if (!allowed) {
    deps.logger.info(`refused change of item ${itemId} by user=${userId} channel=${channelId ?? '-'}`);
    return { ok: false, text: T.notAllowed };
  }
  return { ok: true, item };
}
