// `/motie verwijder 12`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readItemId } from '../grammar.ts';
import { deleteItem } from './delete-item.ts';

export const verwijderSlack: SubcommandHandler = (ctx) => {
  const id = readItemId(ctx.args);
  if (id === null) return { text: ITEM_TEXT.usage.verwijder };
  return { text: answerItemResult(ctx, id, ctx.changes.run(deleteItem, id, slashRequest(ctx))) };
};
