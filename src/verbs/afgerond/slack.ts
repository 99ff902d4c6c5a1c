// `/motie afgerond 6 7 [met Kamerstuk 36222-45 | met https://…]`: every number gets an answer;
// the item's channels see the change after the answer (changes.ts, announce-change.ts).
import { answerLinesWithUndo } from '../../slack/blocks/answers.ts';
import { ACTION } from '../../slack/blocks/ids.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readAfgerond } from './grammar.ts';
import { markItemDone } from '../../app/index.ts';

export const afgerondSlack: SubcommandHandler = (ctx) => {
  const typed = readAfgerond(ctx.args);
  if (!typed.ok) return { text: typed.code === 'VERB_TOO_MANY_NUMBERS' ? ITEM_TEXT.tooManyNumbers(typed.max) : ITEM_TEXT.usage.afgerond };
  const { ids, reference } = typed;
  const lines: { text: string; undo: { action: string; id: number } | null }[] = [];
  for (const id of ids) {
    const result = ctx.changes.run(markItemDone, id, slashRequest(ctx), reference ? { closingReference: reference } : {});
    if (result.code === 'CLOSING_REFERENCE_UNREADABLE') return { text: answerItemResult(ctx, id, result) };
    // Like the Afgerond button: a slip is undone with "Ongedaan maken" (which reopens the item).
    lines.push({ text: answerItemResult(ctx, id, result), undo: result.code === 'ITEM_DONE' ? { action: ACTION.undo, id } : null });
  }
  const joined = lines.map((line) => line.text).join('\n');
  return lines.some((line) => line.undo) ? { text: joined, blocks: answerLinesWithUndo(lines) } : { text: joined };
};
