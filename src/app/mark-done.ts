// Mark an item done. A recurring item with a deadline stays open and moves to its next term.
import { parseClosingReference } from '../domain/closing-reference.ts';
import type { Item } from '../domain/items.ts';
import { markDone } from '../store/items.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';
import type { Announces } from './announces.ts';

export type MarkDoneResult =
  | { ok: true; code: 'ITEM_DONE'; item: Item }
  | { ok: true; code: 'ITEM_MOVED_TO_NEXT'; item: Item; movedTo: string }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' | 'CLOSING_REFERENCE_UNREADABLE' }
  /** `item.statusSetBy` says who marked it done (an Actor), when a person did. */
  | { ok: false; code: 'ITEM_ALREADY_DONE'; item: Item };

/**
 * `closingReference`: the Kamerbrief it was done with, as typed ("Kamerstuk 36222-45", a URL);
 * empty or absent for none.
 */
export function markItemDone(ctx: AppContext, itemId: number, request: ChangeRequest, options: { closingReference?: string } = {}): MarkDoneResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  let closingReference: string | undefined;
  if (options.closingReference?.trim()) {
    const parsed = parseClosingReference(options.closingReference);
    if (!parsed.ok) return { ok: false, code: parsed.code };
    closingReference = parsed.stored;
  }
  const result = markDone(ctx.db, itemId, request.actor, ctx.now().getTime(), request.context, closingReference ? { closingReference } : {});
  if (!result.ok) return result.code === 'ITEM_NOT_FOUND' || !result.item ? { ok: false, code: 'ITEM_NOT_FOUND' } : { ok: false, code: result.code, item: result.item };
  return result.movedTo
    ? { ok: true, code: 'ITEM_MOVED_TO_NEXT', item: result.item, movedTo: result.movedTo }
    : { ok: true, code: 'ITEM_DONE', item: result.item };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
markItemDone.announces = { ITEM_DONE: 'done', ITEM_MOVED_TO_NEXT: 'term' } satisfies Announces<MarkDoneResult>;
