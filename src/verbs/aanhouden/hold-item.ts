// `aanhouden`: on hold until a date, no reminders before it; an empty date ends the hold.
import { amsterdamDate } from '../../clock.ts';
import { authorizeChange } from '../../app/authorize-change.ts';
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import { parseTermInput, termProblem, type TermInputProblem } from '../../domain/dates/parse-term-input.ts';
import type { IsoDate } from '../../domain/dates/types.ts';
import { isOnHold } from '../../domain/due.ts';
import type { Item } from '../../domain/items.ts';
import { required } from '../../domain/required.ts';
import { updateItem } from '../../store/items.queries.ts';
import type { Announces } from '../../app/announces.ts';

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

/** The results the team is told about (slack/changes.ts runs it and announces them). */
holdItem.announces = { ITEM_ON_HOLD: 'onHold', ITEM_HOLD_ENDED: 'holdEnded' } satisfies Announces<HoldResult>;
