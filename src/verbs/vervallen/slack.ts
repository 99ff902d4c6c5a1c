// `/motie vervallen 12`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readItemId } from '../grammar.ts';
import { lapseItem } from './lapse-item.ts';

export const vervallenSlack: SubcommandHandler = (ctx) => {
  const id = readItemId(ctx.args);
  if (id === null) return { text: ITEM_TEXT.usage.vervallen };
  return { text: answerItemResult(ctx, id, ctx.changes.run(lapseItem, id, slashRequest(ctx))) };
};
