// Where a click on an item came from, and how to answer there. Shared by the action listeners.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { ChangeRequest } from '../../../app/index.ts';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { ACTION, decodeItemValue, type ItemActionValue } from '../../blocks/ids.ts';
import { noticeLine } from '../../blocks/item-row.ts';
import { replaceItemBlocks } from '../../blocks/replace-item.ts';
import type { BotDeps } from '../../deps.ts';
import { homeFor } from '../../home-view.ts';
import { checkChange } from '../../item-changes.ts';
import { rowPermission } from '../../permission.ts';
import { renderStatus } from '../../status-view.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';

export type ActionArgs<A extends ButtonAction | OverflowAction> = SlackActionMiddlewareArgs<BlockAction<A>> & AllMiddlewareArgs;
type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** Where a click came from, and how to answer the person who clicked there. */
export interface Place {
  channel: string | undefined;
  /** A button on the App Home tab: no channel and no response_url; the tab is published again. */
  home: boolean;
  /** The message Slack sent back with the click (not for ephemeral messages). */
  message: { blocks: KnownBlock[]; text: string } | null;
  respond: Respond | undefined;
}

export function placeOf(args: ActionArgs<ButtonAction | OverflowAction>): Place {
  const { body } = args;
  const container = body.container as { type?: string; channel_id?: string } | undefined;
  const message = body.message as { blocks?: KnownBlock[]; text?: string } | undefined;
  return {
    channel: body.channel?.id ?? container?.channel_id,
    home: container?.type === 'view' || body.view?.type === 'home',
    message: Array.isArray(message?.blocks) ? { blocks: message.blocks, text: message.text ?? '' } : null,
    respond: args.respond,
  };
}

/** Answers only the person who clicked: an ephemeral message, or a notice on their Home tab. */
export async function tell(deps: BotDeps, args: ActionArgs<ButtonAction | OverflowAction>, place: Place, text: string): Promise<void> {
  if (place.respond) {
    await place.respond({ response_type: 'ephemeral', replace_original: false, text });
  } else if (place.home) {
    const view = homeFor(deps, args.body.user.id, amsterdamDate(deps.now()), [noticeLine(text)]);
    await args.client.views.publish({ user_id: args.body.user.id, view });
  } else {
    deps.logger.warn(`action without a way to answer user=${args.body.user.id}`);
  }
}

/**
 * Shows an item's new row where its button was. A message Slack sent back (reminder, digest,
 * shared status) keeps everything but the item; an ephemeral status answer is drawn again with the
 * row on top; the Home tab is published again; any other ephemeral message (search results, which
 * Slack does not send back) gets the row in a new ephemeral message.
 */
export async function showRow(
  deps: BotDeps,
  args: ActionArgs<ButtonAction>,
  place: Place,
  value: ItemActionValue,
  row: KnownBlock[],
  fallback: string,
): Promise<void> {
  const today = amsterdamDate(deps.now());
  if (place.home) {
    await args.client.views.publish({ user_id: args.body.user.id, view: homeFor(deps, args.body.user.id, today, row) });
    return;
  }
  if (!place.respond) return;
  if (place.message) {
    await place.respond({ replace_original: true, text: place.message.text || fallback, blocks: replaceItemBlocks(place.message.blocks, value.id, row) });
    return;
  }
  if (value.scope !== undefined) {
    const status = renderStatus(deps.db, { channelId: place.channel, scope: value.scope, page: value.page ?? 0, today, notice: row, permission: rowPermission(deps, args.body.user.id, place.channel) });
    if (status.ok) {
      await place.respond({ replace_original: true, text: status.text, blocks: status.blocks });
      return;
    }
  }
  // The undo button of such a row lives in the message we sent with the row: replace that one.
  const replace = args.action.action_id === ACTION.undo;
  await place.respond({ response_type: 'ephemeral', replace_original: replace, text: fallback, blocks: row });
}

/**
 * The start of every item button: acknowledge, read the button's value, check that the item
 * exists and that the person may change it. Answers the person and returns null when not.
 */
export async function startItemClick(
  deps: BotDeps,
  args: ActionArgs<ButtonAction>,
): Promise<{ place: Place; value: ItemActionValue } | null> {
  await args.ack();
  const place = placeOf(args);
  const value = decodeItemValue(args.action.value);
  if (!value) {
    await tell(deps, args, place, SLACK_TEXT.itemGone);
    return null;
  }
  const permission = checkChange(deps, value.id, args.body.user.id, place.channel);
  if (!permission.ok) {
    await tell(deps, args, place, permission.text);
    return null;
  }
  return { place, value };
}

/** Who clicked, where, and what the audit log records about it. */
export function changeRequest(args: ActionArgs<ButtonAction>, place: Place): ChangeRequest {
  return {
    actor: slackActor(args.body.user.id),
    channelId: place.channel ?? null,
    context: {
      via: place.home ? 'home' : 'button',
      channel: place.channel ?? null,
      message_ts: (args.body.container as { message_ts?: string } | undefined)?.message_ts ?? null,
    },
  };
}
