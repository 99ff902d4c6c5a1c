// `/motie afgerond <nr> [<nr> …] [met <Kamerbrief>]`: calls the use case through ctx.changes and
// answers in Dutch; the item's channels see the change after the answer (changes.ts,
// announce-change.ts). The other verbs about one item live in src/verbs/.
import { parseItemId } from '../../../domain/item-id.ts';
import { answerLinesWithUndo } from '../../blocks/answers.ts';
import { ACTION } from '../../blocks/ids.ts';
import { I } from '../../../texts/items.nl.ts';
import { answerItemResult, slashRequest } from './item-answer.ts';
import type { SubcommandHandler } from './types.ts';

/** At most this many numbers in one `/motie afgerond`. */
const MAX_NUMBERS = 25;

/** `/motie afgerond 6 7 [met Kamerstuk 36222-45 | met https://…]`: every number gets an answer. */
export const afgerondCommand: SubcommandHandler = (ctx) => {
  const text = ctx.args.trim();
  // Always matches (lazy words, optional `met …`); the `?.` only satisfies the types.
  const m = /^(.*?)(?:\s+met\s+(.+))?$/is.exec(text);
  const words = (m?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
  const reference = (m?.[2] ?? '').replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1').trim();
  const ids = words.map((w) => parseItemId(w));
  if (words.length === 0 || ids.some((id) => id === null)) return { text: I.usage.afgerond };
  if (ids.length > MAX_NUMBERS) return { text: I.tooManyNumbers(MAX_NUMBERS) };
  const lines: { text: string; undo: { action: string; id: number } | null }[] = [];
  for (const id of [...new Set(ids as number[])]) {
    const result = ctx.changes.markItemDone(id, slashRequest(ctx), reference ? { closingReference: reference } : {});
    if (result.code === 'CLOSING_REFERENCE_UNREADABLE') return { text: answerItemResult(ctx, id, result) };
    // Like the Afgerond button: a slip is undone with "Ongedaan maken" (which reopens the item).
    lines.push({ text: answerItemResult(ctx, id, result), undo: result.code === 'ITEM_DONE' ? { action: ACTION.undo, id } : null });
  }
  const joined = lines.map((line) => line.text).join('\n');
  return lines.some((line) => line.undo) ? { text: joined, blocks: answerLinesWithUndo(lines) } : { text: joined };
};
