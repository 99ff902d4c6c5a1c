// The statuses besides done: vervallen (lapsed), aangehouden (on hold until a date: no reminders
// before it), and deleting an item added by mistake (soft, with undo; admins only once admins are
// configured). Reopening is reopen-item.ts.
import { amsterdamDate } from '../clock.ts';
import { describeActor } from '../domain/actor.ts';
import { canChangeItem } from '../domain/authorize.ts';
import { parseTermInput, termProblem, type TermInputProblem } from '../domain/dates/parse-term-input.ts';
import type { IsoDate } from '../domain/dates/types.ts';
import { isOnHold } from '../domain/due.ts';
import type { Item, ItemStatus } from '../domain/items.ts';
import { linkedTargets } from '../store/channels.queries.ts';
import { getItem, listAudit, updateItem } from '../store/items.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';
import { required } from '../domain/required.ts';

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

export type HoldResult =
  | { ok: true; code: 'ITEM_ON_HOLD'; item: Item; until: IsoDate }
  | { ok: true; code: 'ITEM_HOLD_ENDED'; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' | 'ITEM_NOT_OPEN' | 'HOLD_DATE_PAST' }
  /** `problem`: what the date parser could not read; null when it read a date without a deadline. */
  | { ok: false; code: 'HOLD_DATE_UNREADABLE'; problem: TermInputProblem | null };

/**
 * Aangehouden tot `until` (a date as a person types it: "1 maart 2026", "na het zomerreces");
 * an empty `until` ends the hold. The reminder planner sends nothing before that date.
 */
export function holdItem(ctx: AppContext, itemId: number, until: string, request: ChangeRequest): HoldResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  if (check.item.status !== 'open') return { ok: false, code: check.item.status === 'deleted' ? 'ITEM_NOT_FOUND' : 'ITEM_NOT_OPEN' };
  const now = ctx.now();
  if (!until.trim()) {
    const result = required(updateItem(ctx.db, itemId, { onHoldUntil: null }, request.actor, now.getTime(), request.context), `item ${itemId}`);
    return { ok: true, code: 'ITEM_HOLD_ENDED', item: result.item };
  }
  const today = amsterdamDate(now);
  const parsed = parseTermInput(until, today, ctx.calendar);
  if (!parsed.ok) return { ok: false, code: 'HOLD_DATE_UNREADABLE', problem: termProblem(parsed) };
  const date = parsed.expression.deadline;
  if (!date) return { ok: false, code: 'HOLD_DATE_UNREADABLE', problem: null };
  // A hold must start holding: until a day after today (the rule of due.ts).
  if (!isOnHold({ onHoldUntil: date }, today)) return { ok: false, code: 'HOLD_DATE_PAST' };
  const result = required(updateItem(ctx.db, itemId, { onHoldUntil: date }, request.actor, now.getTime(), request.context), `item ${itemId}`);
  return { ok: true, code: 'ITEM_ON_HOLD', item: result.item, until: date };
}

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
