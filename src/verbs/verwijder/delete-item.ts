// `verwijder`: deleting an item added by mistake (soft, with undo: herstel's restore-item.ts);
// admins only once admins are configured. `mayDelete` is the rule both use, and the menus ask it
// before they offer the button.
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import { describeActor } from '../../domain/actor.ts';
import { canChangeItem } from '../../domain/authorize.ts';
import type { Item } from '../../domain/items.ts';
import { required } from '../../domain/required.ts';
import { linkedTargets } from '../../store/channels.queries.ts';
import { getItem, updateItem } from '../../store/items.queries.ts';
import type { Announces } from '../../app/announces.ts';

export type DeleteResult =
  | { ok: true; code: 'ITEM_DELETED' | 'ITEM_RESTORED'; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_DELETE_NOT_ALLOWED' | 'ITEM_NOT_DELETED' };

/** Deleting is for admins (anyone who may change the item while no admins are configured). */
export function mayDelete(ctx: AppContext, item: Item, request: ChangeRequest): boolean {
  const who = describeActor(request.actor);
  if (who.kind !== 'slack') return true;
  if (ctx.admins.includes(who.userId)) return true;
  if (ctx.admins.length > 0) return false;
  return canChangeItem(item, { userId: who.userId, channelTargets: linkedTargets(ctx.db, request.channelId ?? undefined) }, ctx.admins);
}

/** Soft delete: the item disappears from every list, digest and reminder; the audit log keeps it. */
export function deleteItem(ctx: AppContext, itemId: number, request: ChangeRequest): DeleteResult {
  const item = getItem(ctx.db, itemId);
  if (!item || item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND' };
  if (!mayDelete(ctx, item, request)) {
    ctx.logger.info(`refused delete of item ${itemId} by ${request.actor}`);
    return { ok: false, code: 'ITEM_DELETE_NOT_ALLOWED' };
  }
  const result = required(updateItem(ctx.db, itemId, { status: 'deleted' }, request.actor, ctx.now().getTime(), request.context), `item ${itemId}`);
  return { ok: true, code: 'ITEM_DELETED', item: result.item };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
deleteItem.announces = { ITEM_DELETED: 'deleted' } satisfies Announces<DeleteResult>;
