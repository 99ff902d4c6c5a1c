// What the `/motie` verbs about one item share: the request they change it under, and the answer
// to a status change (one sentence per result code, texts/item-results.nl.ts).
import type { ChangeRequest } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { actorName } from '../../blocks/item-row.ts';
import { allowedChannels, notAllowedText } from '../../permission.ts';
import { ITEM_RESULT, itemResultFacts, type ItemResult } from '../../../texts/item-results.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import type { CommandContext } from './types.ts';

/** The change request of a slash command: who, from which channel. */
export function slashRequest(ctx: CommandContext): ChangeRequest {
  return {
    actor: slackActor(ctx.command.user_id),
    channelId: ctx.command.channel_id,
    context: { via: 'slash', channel: ctx.command.channel_id },
  };
}

/** The answer when the item does not exist or may not be changed from here. */
export function refusal(ctx: CommandContext, id: number, code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED'): { text: string } {
  return { text: code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(id) : notAllowedText(ctx.deps, id) };
}

/** The answer to a status change. */
export function answerItemResult(ctx: CommandContext, id: number, result: ItemResult): string {
  return ITEM_RESULT[result.code].slack(
    itemResultFacts(id, result, {
      doneBy: actorName,
      allowedIn: () => allowedChannels(ctx.deps, id),
    }),
  );
}
