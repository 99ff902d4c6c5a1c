// `/motie heropen 12`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { answerItemResult, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { I } from '../../texts/items.nl.ts';
import { readItemId } from '../grammar.ts';

export const heropenSlack: SubcommandHandler = (ctx) => {
  const id = readItemId(ctx.args);
  if (id === null) return { text: I.usage.heropen };
  return { text: answerItemResult(ctx, id, ctx.changes.reopenItem(id, slashRequest(ctx))) };
};
