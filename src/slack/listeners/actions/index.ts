// Buttons and menus on messages and the Home tab: Afgerond, Ongedaan maken, the item menu,
// paging and sharing.
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, OverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { addDays, format, parseISO } from 'date-fns';
import { amsterdamDate, amsterdamDateTime } from '../../../clock.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import type { Item } from '../../../domain/items.ts';
import { getItem, listAudit, markDone, reopenItem } from '../../../store/items.queries.ts';
import { snoozeItem } from '../../../store/snoozes.queries.ts';
import { buildDetails } from '../../blocks/details.ts';
import { ACTION, MENU, decodeItemValue, itemBlockId, type ItemActionValue } from '../../blocks/ids.ts';
import { doneItemRow, itemRow, mention } from '../../blocks/item-row.ts';
import { buildDetailsModal, buildTermModal } from '../../blocks/modals.ts';
import { replaceItemBlocks } from '../../blocks/replace-item.ts';
import { decodeStatusValue } from '../../blocks/status.ts';
import type { BotDeps } from '../../deps.ts';
import { renderHome } from '../../home-view.ts';
import { checkChange } from '../../item-changes.ts';
import { renderStatus } from '../../status-view.ts';
import { T } from '../../texts.nl.ts';
import { guarded } from '../guard.ts';

type ActionArgs<A extends ButtonAction | OverflowAction> = SlackActionMiddlewareArgs<BlockAction<A>> & AllMiddlewareArgs;
type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** Where a click came from, and how to answer the person who clicked there. */
interface Place {
  channel: string | undefined;
  /** A button on the App Home tab: no channel and no response_url; the tab is published again. */
  home: boolean;
  /** The message Slack sent back with the click (not for ephemeral messages). */
  message: { blocks: KnownBlock[]; text: string } | null;
  respond: Respond | undefined;
}

function placeOf(args: ActionArgs<ButtonAction | OverflowAction>): Place {
  const { body } = args;
  const container = body.container as { type?: string; channel_id?: string } | undefined;
  const message = body.message as { blocks?: KnownBlock[]; text?: string } | undefined;
  return {
    channel: body.channel?.id ?? container?.channel_id,
    home: container?.type === 'view' || body.view?.type === 'home',
    message: Array.isArray(message?.blocks) ? { blocks: message.blocks, text: message.text ?? '' } : null,
    respond: args.respond as Respond | undefined,
  };
}

const contextLine = (text: string, blockId?: string): KnownBlock => ({
  type: 'context',
  ...(blockId ? { block_id: blockId } : {}),
  elements: [{ type: 'mrkdwn', text }],
});

/** Answers only the person who clicked: an ephemeral message, or a notice on their Home tab. */
async function tell(deps: BotDeps, args: ActionArgs<ButtonAction | OverflowAction>, place: Place, text: string): Promise<void> {
  if (place.respond) {
    await place.respond({ response_type: 'ephemeral', replace_original: false, text });
  } else if (place.home) {
    const view = renderHome(deps.db, amsterdamDate(deps.now()), [contextLine(text)]);
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
async function showRow(
  deps: BotDeps,
  args: ActionArgs<ButtonAction>,
  place: Place,
  value: ItemActionValue,
  row: KnownBlock[],
  fallback: string,
): Promise<void> {
  const today = amsterdamDate(deps.now());
  if (place.home) {
    await args.client.views.publish({ user_id: args.body.user.id, view: renderHome(deps.db, today, row) });
    return;
  }
  if (!place.respond) return;
  if (place.message) {
    await place.respond({ replace_original: true, text: place.message.text || fallback, blocks: replaceItemBlocks(place.message.blocks, value.id, row) });
    return;
  }
  if (value.scope !== undefined) {
    const status = renderStatus(deps.db, { channelId: place.channel, scope: value.scope, page: value.page ?? 0, today, notice: row });
    if (status.ok) {
      await place.respond({ replace_original: true, text: status.text, blocks: status.blocks });
      return;
    }
  }
  // The undo button of such a row lives in the message we sent with the row: replace that one.
  const replace = args.action.action_id === ACTION.undo;
  await place.respond({ response_type: 'ephemeral', replace_original: replace, text: fallback, blocks: row });
}

function byWhom(item: Item | null): string | null {
  const by = item?.statusSetBy;
  return by && by !== 'import' ? mention(by) : null;
}

export function registerActions(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.done,
    guarded<ActionArgs<ButtonAction>>('action done', deps, async (args) => {
      const { ack, body, action } = args;
      await ack();
      const place = placeOf(args);
      const value = decodeItemValue(action.value);
      if (!value) return tell(deps, args, place, T.itemGone);
      const permission = checkChange(deps, value.id, body.user.id, place.channel);
      if (!permission.ok) return tell(deps, args, place, permission.text);
      const now = deps.now();
      const result = markDone(deps.db, value.id, body.user.id, now.getTime(), {
        via: place.home ? 'home' : 'button',
        channel: place.channel ?? null,
        message_ts: body.container?.message_ts ?? null,
      });
      if (!result.ok) {
        return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.alreadyDone(value.id, byWhom(result.item)));
      }
      const today = amsterdamDate(now);
      const context = { scope: value.scope, page: value.page };
      if (result.movedTo) {
        const moved = T.movedToNext(value.id, formatDateNl(result.movedTo));
        const row = [...itemRow(result.item, { today, context }), contextLine(moved, itemBlockId(value.id, 'done'))];
        return showRow(deps, args, place, value, row, moved);
      }
      return showRow(deps, args, place, value, doneItemRow(result.item, body.user.id, today, context), T.markedDone(value.id));
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.undo,
    guarded<ActionArgs<ButtonAction>>('action undo', deps, async (args) => {
      const { ack, body, action } = args;
      await ack();
      const place = placeOf(args);
      const value = decodeItemValue(action.value);
      if (!value) return tell(deps, args, place, T.itemGone);
      const permission = checkChange(deps, value.id, body.user.id, place.channel);
      if (!permission.ok) return tell(deps, args, place, permission.text);
      const result = reopenItem(deps.db, value.id, body.user.id, deps.now().getTime(), {
        via: place.home ? 'home' : 'button',
        channel: place.channel ?? null,
        message_ts: body.container?.message_ts ?? null,
      });
      if (!result.ok) {
        return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.notDone(value.id));
      }
      const today = amsterdamDate(deps.now());
      const row = [
        ...itemRow(result.item, { today, context: { scope: value.scope, page: value.page } }),
        contextLine(T.reopened(value.id), itemBlockId(value.id, 'done')),
      ];
      return showRow(deps, args, place, value, row, T.reopened(value.id));
    }),
  );

  app.action<BlockAction<OverflowAction>>(
    ACTION.menu,
    guarded<ActionArgs<OverflowAction>>('action menu', deps, async (args) => {
      const { ack, body, action, client } = args;
      await ack();
      const place = placeOf(args);
      const m = /^(\w+):(\d{1,9})$/.exec(action.selected_option?.value ?? '');
      if (!m) return tell(deps, args, place, T.itemGone);
      const [, choice, rawId] = m;
      const id = Number(rawId);
      if (choice === MENU.details) {
        const item = getItem(deps.db, id);
        if (!item) return tell(deps, args, place, T.itemGone);
        const details = buildDetails(item, listAudit(deps.db, id), amsterdamDate(deps.now()), amsterdamDateTime);
        if (place.respond) {
          await place.respond({ response_type: 'ephemeral', replace_original: false, ...details });
        } else {
          await client.views.open({ trigger_id: body.trigger_id, view: buildDetailsModal(id, details) });
        }
        return;
      }
      const permission = checkChange(deps, id, body.user.id, place.channel);
      if (!permission.ok) return tell(deps, args, place, permission.text);
      if (choice === MENU.term) {
        await client.views.open({ trigger_id: body.trigger_id, view: buildTermModal(permission.item, { channelId: place.channel }) });
        return;
      }
      if (choice === MENU.snooze) {
        if (!place.channel) return tell(deps, args, place, T.snoozeNeedsChannel);
        const until = format(addDays(parseISO(amsterdamDate(deps.now())), 7), 'yyyy-MM-dd');
        snoozeItem(deps.db, id, place.channel, until, body.user.id, deps.now().getTime());
        return tell(deps, args, place, T.snoozed(id, formatDateNl(until)));
      }
      return tell(deps, args, place, T.itemGone);
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION.statusPage}:`),
    guarded<ActionArgs<ButtonAction>>('action status page', deps, async (args) => {
      const { ack, action } = args;
      await ack();
      const place = placeOf(args);
      const value = decodeStatusValue(action.value);
      if (!value || !place.respond) return tell(deps, args, place, T.itemGone);
      const status = renderStatus(deps.db, { channelId: place.channel, ...value, today: amsterdamDate(deps.now()) });
      if (!status.ok) return tell(deps, args, place, status.text);
      await place.respond({ replace_original: true, text: status.text, blocks: status.blocks });
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.statusShare,
    guarded<ActionArgs<ButtonAction>>('action status share', deps, async (args) => {
      const { ack, action } = args;
      await ack();
      const place = placeOf(args);
      const value = decodeStatusValue(action.value);
      if (!value || !place.respond) return tell(deps, args, place, T.itemGone);
      const status = renderStatus(deps.db, { channelId: place.channel, ...value, today: amsterdamDate(deps.now()), shared: true });
      if (!status.ok) return tell(deps, args, place, status.text);
      await place.respond({ response_type: 'in_channel', replace_original: false, text: status.text, blocks: status.blocks });
    }),
  );
}
