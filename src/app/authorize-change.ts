// The rule every change of an item goes through: the item must exist and the actor must be
// allowed (domain/authorize). People on the command line and the system act as operators.
import { describeActor } from '../domain/actor.ts';
import { canChangeItem } from '../domain/authorize.ts';
import type { Item } from '../domain/items.ts';
import { linkedTargets } from '../store/channels.queries.ts';
import { getItem } from '../store/items.queries.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

export type ChangeCheck = { ok: true; item: Item } | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' };

export function authorizeChange(ctx: AppContext, itemId: number, request: ChangeRequest): ChangeCheck {
  const item = getItem(ctx.db, itemId);
  if (!item) return { ok: false, code: 'ITEM_NOT_FOUND' };
  const who = describeActor(request.actor);
  if (who.kind !== 'slack') return { ok: true, item };
  const channelTargets = linkedTargets(ctx.db, request.channelId ?? undefined);
  if (!canChangeItem(item, { userId: who.userId, channelTargets }, ctx.admins)) {
    ctx.logger.info(`refused change of item ${itemId} by user=${who.userId} channel=${request.channelId ?? '-'}`);
    return { ok: false, code: 'ITEM_NOT_ALLOWED' };
  }
  return { ok: true, item };
}
