// `/motie herstel 12`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readItemId } from '../grammar.ts';
import { restoreItem } from './restore-item.ts';

export const herstelSlack: SubcommandHandler = (ctx) => {
  const id = readItemId(ctx.args);
  if (id === null) return { text: ITEM_TEXT.usage.herstel };
  return { text: answerItemResult(ctx, id, ctx.changes.run(restoreItem, id, slashRequest(ctx))) };
};
