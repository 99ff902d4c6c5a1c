// `/motie aanhouden 12 tot 1 maart 2026`, `/motie aanhouden 12 uit`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readAanhouden } from './grammar.ts';
import { holdItem } from './hold-item.ts';

export const aanhoudenSlack: SubcommandHandler = (ctx) => {
  const typed = readAanhouden(ctx.args);
  if (!typed.ok) return { text: ITEM_TEXT.usage.aanhouden };
  return { text: answerItemResult(ctx, typed.id, ctx.changes.run(holdItem, typed.id, typed.until, slashRequest(ctx))) };
};
