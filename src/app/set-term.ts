// Set the term (deadline) of an item from what a person typed: "eind maart 2026".
import { amsterdamDate } from '../clock.ts';
import { parseTermInput, pastTermQuestion } from '../domain/dates/parse-term-input.ts';
import type { DateExpression } from '../domain/dates/types.ts';
import type { Item } from '../domain/items.ts';
import { updateItem } from '../store/items.queries.ts';
import { authorizeChange } from './authorize-change.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

export type SetTermResult =
  | { ok: true; code: 'TERM_SET'; item: Item; expression: DateExpression }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' }
  /** `message` is the date parser's Dutch explanation of what it could not read. */
  | { ok: false; code: 'TERM_UNREADABLE'; parserCode: string; message: string }
  /** The typed term lies in the past: nothing saved; ask `question` and call again with `confirmPast`. */
  | { ok: false; code: 'TERM_IN_PAST'; question: string; expression: DateExpression };

export interface SetTermOptions {
  /** The person confirmed a term in the past ("toch opslaan"). */
  confirmPast?: boolean;
}

export function setTerm(ctx: AppContext, itemId: number, input: string, request: ChangeRequest, options: SetTermOptions = {}): SetTermResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  const now = ctx.now();
  const parsed = parseTermInput(input, amsterdamDate(now), ctx.calendar);
  if (!parsed.ok) return { ok: false, code: 'TERM_UNREADABLE', parserCode: parsed.code, message: parsed.message };
  const e = parsed.expression;
  const question = options.confirmPast ? null : pastTermQuestion(e, amsterdamDate(now));
  if (question) return { ok: false, code: 'TERM_IN_PAST', question, expression: e };
  const deadline = { earliest: e.earliest, deadline: e.deadline, text: e.text, basis: e.basis, soft: e.soft, source: 'person' as const };
  const updated = updateItem(ctx.db, itemId, { deadline }, request.actor, now.getTime(), request.context);
  if (!updated) return { ok: false, code: 'ITEM_NOT_FOUND' };
  return { ok: true, code: 'TERM_SET', item: updated.item, expression: e };
}
