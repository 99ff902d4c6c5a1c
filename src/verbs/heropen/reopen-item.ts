// Reopen an item that was done (or lapsed): "Ongedaan maken", `motie heropen`.
import type { Item } from '../../domain/items.ts';
import { reopenStoredItem } from '../../store/items.queries.ts';
import { authorizeChange } from '../../app/authorize-change.ts';
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import type { Announces } from '../../app/announces.ts';

export type ReopenResult =
  | { ok: true; code: 'ITEM_REOPENED'; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' | 'ITEM_NOT_DONE' };

export function reopenItem(ctx: AppContext, itemId: number, request: ChangeRequest): ReopenResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  const result = reopenStoredItem(ctx.db, itemId, request.actor, ctx.now().getTime(), request.context);
  if (!result.ok) return { ok: false, code: result.code };
  return { ok: true, code: 'ITEM_REOPENED', item: result.item };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
reopenItem.announces = { ITEM_REOPENED: 'reopened' } satisfies Announces<ReopenResult>;
