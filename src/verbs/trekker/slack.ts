// `/motie trekker 12 @naam`, `/motie trekker 12 niemand`
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { refusal, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { readTrekker } from './grammar.ts';
import { editItem } from '../../app/index.ts';

export const trekkerSlack: SubcommandHandler = (ctx) => {
  const typed = readTrekker(ctx.args);
  if (!typed.ok) return { text: typed.code === 'VERB_OWNER_NOT_A_PERSON' ? ITEM_TEXT.ownerNotAPerson(typed.typed) : ITEM_TEXT.usage.trekker };
  const { id, owner } = typed;
  const result = ctx.changes.run(editItem, id, { owner }, slashRequest(ctx));
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: ITEM_TEXT.ownerNotAPerson(owner ?? '') } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: ITEM_TEXT.unchanged(id) };
  return { text: owner ? ITEM_TEXT.ownerSet(id, owner) : ITEM_TEXT.ownerCleared(id) };
};
