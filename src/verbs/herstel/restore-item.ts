// `herstel`: the undo of verwijder (delete-item.ts, whose rule `mayDelete` decides here too).
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import type { ItemStatus } from '../../domain/items.ts';
import { required } from '../../domain/required.ts';
import { getItem, listAudit, updateItem } from '../../store/items.queries.ts';
import { mayDelete, type DeleteResult } from '../verwijder/delete-item.ts';
import type { Announces } from '../../app/announces.ts';

/** Undo of a delete: the item comes back with the status it had. */
export function restoreItem(ctx: AppContext, itemId: number, request: ChangeRequest): DeleteResult {
  const item = getItem(ctx.db, itemId);
  if (!item) return { ok: false, code: 'ITEM_NOT_FOUND' };
  if (item.status !== 'deleted') return { ok: false, code: 'ITEM_NOT_DELETED' };
  if (!mayDelete(ctx, item, request)) return { ok: false, code: 'ITEM_DELETE_NOT_ALLOWED' };
  const deletion = listAudit(ctx.db, itemId)
    .filter((a) => a.field === 'status' && a.newValue === 'deleted')
    .at(-1);
  const previous = (deletion?.oldValue ?? 'open') as ItemStatus;
  const result = required(updateItem(ctx.db, itemId, { status: previous === 'deleted' ? 'open' : previous }, request.actor, ctx.now().getTime(), request.context), `item ${itemId}`);
  return { ok: true, code: 'ITEM_RESTORED', item: result.item };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
restoreItem.announces = { ITEM_RESTORED: 'restored' } satisfies Announces<DeleteResult>;
