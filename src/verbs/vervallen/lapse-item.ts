// `vervallen`: the item no longer needs informing (the motie was withdrawn, the promise overtaken):
// no more reminders. Reopening is heropen's (reopen-item.ts).
import { authorizeChange } from '../../app/authorize-change.ts';
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import type { Item } from '../../domain/items.ts';
import { required } from '../../domain/required.ts';
import { updateItem } from '../../store/items.queries.ts';
import type { Announces } from '../../app/announces.ts';

export type LapseResult =
  | { ok: true; code: 'ITEM_LAPSED'; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' }
  | { ok: false; code: 'ITEM_ALREADY_LAPSED'; item: Item };

/** Vervallen: the item no longer needs informing (the motie was withdrawn, the promise overtaken). */
export function lapseItem(ctx: AppContext, itemId: number, request: ChangeRequest): LapseResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  if (check.item.status === 'deleted') return { ok: false, code: 'ITEM_NOT_FOUND' };
  if (check.item.status === 'lapsed') return { ok: false, code: 'ITEM_ALREADY_LAPSED', item: check.item };
  const result = required(updateItem(ctx.db, itemId, { status: 'lapsed', onHoldUntil: null }, request.actor, ctx.now().getTime(), request.context), `item ${itemId}`);
  return { ok: true, code: 'ITEM_LAPSED', item: result.item };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
lapseItem.announces = { ITEM_LAPSED: 'lapsed' } satisfies Announces<LapseResult>;
