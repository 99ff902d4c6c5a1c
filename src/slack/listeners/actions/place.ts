// Where a click on an item came from, and how to answer there. Shared by the action listeners.
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { ChangeRequest } from '../../../app/index.ts';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { ACTION, decodeItemValue, type ItemActionValue } from '../../blocks/ids.ts';
import { noticeLine } from '../../blocks/item-row.ts';
import { replaceItemBlocks } from '../../blocks/replace-item.ts';
import type { SlackChanges } from '../../changes.ts';
import type { BotDeps } from '../../deps.ts';
import { homeFor } from '../../home-view.ts';
import { checkChange } from '../../item-changes.ts';
import { notAllowedText, rowPermission } from '../../permission.ts';
import { renderStatus } from '../../status-view.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';

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

/** Where an item button was clicked, and the item it is about. */
export interface ItemClick {
  place: Place;
  value: ItemActionValue;
}

/**
 * A button on an item's row that changes the item (Afgerond, Vervallen, Ongedaan maken): started
 * as every item click (startItemClick), its change announced after the answer; `handle` draws the
 * clicked row again itself, so the announcement leaves that message alone.
 */
export function onItemButton(
  app: App,
  deps: BotDeps,
  actionId: string,
  name: string,
  handle: (click: ItemClick, args: ActionArgs<ButtonAction>, changes: SlackChanges) => Promise<void>,
): void {
  app.action<BlockAction<ButtonAction>>(
    actionId,
    changingListener<ActionArgs<ButtonAction>>(
      name,
      deps,
      async (args, changes) => {
        const click = await startItemClick(deps, args);
        if (click) await handle(click, args, changes);
      },
      { redrawsOrigin: true },
    ),
  );
}

/**
 * The start of every item button: acknowledge, read the button's value, check that the item
 * exists and that the person may change it. Answers the person and returns null when not.
 */
export async function startItemClick(deps: BotDeps, args: ActionArgs<ButtonAction>): Promise<ItemClick | null> {
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

/** A change refused because the item is gone, or may not be changed from here. */
export function isRefusal<R extends { code: string }>(result: R): result is R & { code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED' } {
  return result.code === 'ITEM_NOT_FOUND' || result.code === 'ITEM_NOT_ALLOWED';
}

/** The answer to such a refusal at the clicked item. */
export function tellRefusal(deps: BotDeps, args: ActionArgs<ButtonAction>, place: Place, id: number, code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED'): Promise<void> {
  return tell(deps, args, place, code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemGone : notAllowedText(deps, id));
}

/** Who clicked (a button, or an item's menu ⋯), where, and what the audit log records about it. */
export function changeRequest(args: ActionArgs<ButtonAction | OverflowAction>, place: Place, via: 'button' | 'menu' = 'button'): ChangeRequest {
  return {
    actor: slackActor(args.body.user.id),
    channelId: place.channel ?? null,
    context: {
      via: place.home ? 'home' : via,
      channel: place.channel ?? null,
      message_ts: (args.body.container as { message_ts?: string } | undefined)?.message_ts ?? null,
    },
  };
}
