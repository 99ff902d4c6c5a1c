// Set the term (deadline) of an item from what a person typed: "eind maart 2026".
import { amsterdamDate } from '../../clock.ts';
import { parseTermInput, pastTermSpan, termProblem, type PastSpan, type TermInputProblem } from '../../domain/dates/parse-term-input.ts';
import type { DateExpression } from '../../domain/dates/types.ts';
import type { Item } from '../../domain/items.ts';
import { isNoTerm } from '../../import/layouts/read/vocabulary.ts';
import { updateItem } from '../../store/items.queries.ts';
import { authorizeChange } from '../../app/authorize-change.ts';
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';
import type { Announces } from '../../app/announces.ts';

export type SetTermResult =
  | { ok: true; code: 'TERM_SET'; item: Item; expression: DateExpression }
  /** "geen" (or an empty term field): the item has no term now; a re-import does not bring one back. */
  | { ok: true; code: 'TERM_CLEARED'; item: Item }
  | { ok: false; code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' }
  /** `problem`: what the date parser could not read (src/texts/dates.nl.ts words it). */
  | { ok: false; code: 'TERM_UNREADABLE'; parserCode: TermInputProblem['code']; problem: TermInputProblem }
  /** The typed term lies `past` in the past: nothing saved; ask, and call again with `confirmPast`. */
  | { ok: false; code: 'TERM_IN_PAST'; past: PastSpan; expression: DateExpression };

export interface SetTermOptions {
  /** The person confirmed a term in the past ("toch opslaan"). */
  confirmPast?: boolean;
}

export function setTerm(ctx: AppContext, itemId: number, input: string, request: ChangeRequest, options: SetTermOptions = {}): SetTermResult {
  const check = authorizeChange(ctx, itemId, request);
  if (!check.ok) return check;
  const now = ctx.now();
  if (input.trim() === '' || isNoTerm(input)) {
    // Audited like any term change; set by a person, so imports leave the empty term alone.
    const cleared = updateItem(ctx.db, itemId, { deadline: null }, request.actor, now.getTime(), request.context);
    if (!cleared) return { ok: false, code: 'ITEM_NOT_FOUND' };
    return { ok: true, code: 'TERM_CLEARED', item: cleared.item };
  }
  const parsed = parseTermInput(input, amsterdamDate(now), ctx.calendar);
  if (!parsed.ok) return { ok: false, code: 'TERM_UNREADABLE', parserCode: parsed.code, problem: termProblem(parsed) };
  const e = parsed.expression;
  const past = options.confirmPast ? null : pastTermSpan(e, amsterdamDate(now));
  if (past) return { ok: false, code: 'TERM_IN_PAST', past, expression: e };
  const deadline = { earliest: e.earliest, deadline: e.deadline, text: e.text, basis: e.basis, soft: e.soft, source: 'person' as const };
  const updated = updateItem(ctx.db, itemId, { deadline }, request.actor, now.getTime(), request.context);
  if (!updated) return { ok: false, code: 'ITEM_NOT_FOUND' };
  return { ok: true, code: 'TERM_SET', item: updated.item, expression: e };
}

/** The results the team is told about (slack/changes.ts runs it and announces them). */
setTerm.announces = { TERM_SET: 'term', TERM_CLEARED: 'term' } satisfies Announces<SetTermResult>;
