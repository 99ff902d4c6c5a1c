// Buttons and menus on messages: Afgerond, Ongedaan maken, the item menu, paging and sharing.
import type { App, BlockAction, OverflowAction, ButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import { addDays, format, parseISO } from 'date-fns';
import { amsterdamDate, amsterdamDateTime } from '../../../clock.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { getItem, listAudit, markDone, reopenItem } from '../../../store/items.queries.ts';
import { snoozeItem } from '../../../store/snoozes.queries.ts';
import { buildDetails } from '../../blocks/details.ts';
import { ACTION, MENU, decodeItemValue, type ItemActionValue } from '../../blocks/ids.ts';
import { doneItemRow, itemRow } from '../../blocks/item-row.ts';
import { buildTermModal } from '../../blocks/modals.ts';
import { replaceItemBlocks } from '../../blocks/replace-item.ts';
import { decodeStatusValue } from '../../blocks/status.ts';
import type { BotDeps } from '../../deps.ts';
import { checkChange } from '../../item-changes.ts';
import { renderStatus } from '../../status-view.ts';
import { T } from '../../texts.nl.ts';
import { guarded } from '../guard.ts';

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

function channelOf(body: BlockAction): string | undefined {
  return body.channel?.id ?? (body.container as { channel_id?: string } | undefined)?.channel_id;
}

function tell(respond: Respond, text: string): Promise<unknown> {
  return respond({ response_type: 'ephemeral', replace_original: false, text });
}

/**
 * Redraws the message an item button sat in. A message Slack sent back (reminder, digest, shared
 * status) keeps everything but the item; an ephemeral status answer is drawn again.
 */
async function redraw(
  deps: BotDeps,
  body: BlockAction,
  respond: Respond,
  value: ItemActionValue,
  itemBlocks: KnownBlock[],
): Promise<void> {
  const message = body.message as { blocks?: KnownBlock[]; text?: string } | undefined;
  if (message?.blocks) {
    await respond({ replace_original: true, text: message.text ?? '', blocks: replaceItemBlocks(message.blocks, value.id, itemBlocks) });
    return;
  }
  const status = renderStatus(deps.db, {
    channelId: channelOf(body),
    scope: value.scope ?? '',
    page: value.page ?? 0,
    today: amsterdamDate(deps.now()),
    notice: itemBlocks,
  });
  if (status.ok) await respond({ replace_original: true, text: status.text, blocks: status.blocks });
}

export function registerActions(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.done,
    guarded('action done', deps, async ({ ack, body, action, respond }) => {
      await ack();
      const value = decodeItemValue(action.value);
      if (!value) return void (await tell(respond, T.itemGone));
      const channel = channelOf(body);
      const permission = checkChange(deps, value.id, body.user.id, channel);
      if (!permission.ok) return void (await tell(respond, permission.text));
      const now = deps.now();
      const result = markDone(deps.db, value.id, body.user.id, now.getTime(), {
        via: 'button',
        channel: channel ?? null,
        message_ts: body.container?.message_ts ?? null,
      });
      if (!result.ok) {
        const by = result.item?.statusSetBy;
        return void (await tell(respond, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.alreadyDone(value.id, by && by !== 'import' ? `<@${by}>` : null)));
      }
      const today = amsterdamDate(now);
      const blocks = result.movedTo
        ? [
            ...itemRow(result.item, { today, context: value }),
            { type: 'context', elements: [{ type: 'mrkdwn', text: T.movedToNext(value.id, formatDateNl(result.movedTo)) }] } as KnownBlock,
          ]
        : doneItemRow(result.item, body.user.id, today, { scope: value.scope, page: value.page });
      await redraw(deps, body, respond, value, blocks);
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.undo,
    guarded('action undo', deps, async ({ ack, body, action, respond }) => {
      await ack();
      const value = decodeItemValue(action.value);
      if (!value) return void (await tell(respond, T.itemGone));
      const channel = channelOf(body);
      const permission = checkChange(deps, value.id, body.user.id, channel);
      if (!permission.ok) return void (await tell(respond, permission.text));
      const result = reopenItem(deps.db, value.id, body.user.id, deps.now().getTime(), {
        via: 'button',
        channel: channel ?? null,
        message_ts: body.container?.message_ts ?? null,
      });
      if (!result.ok) {
        return void (await tell(respond, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.notDone(value.id)));
      }
      const today = amsterdamDate(deps.now());
      await redraw(deps, body, respond, value, itemRow(result.item, { today, context: { scope: value.scope, page: value.page } }));
    }),
  );

  app.action<BlockAction<OverflowAction>>(
    ACTION.menu,
    guarded('action menu', deps, async ({ ack, body, action, respond, client }) => {
      await ack();
      const m = /^(\w+):(\d{1,9})$/.exec(action.selected_option?.value ?? '');
      if (!m) return void (await tell(respond, T.itemGone));
      const [, choice, rawId] = m;
      const id = Number(rawId);
      const channel = channelOf(body);
      if (choice === MENU.details) {
        const item = getItem(deps.db, id);
        if (!item) return void (await tell(respond, T.itemGone));
        const details = buildDetails(item, listAudit(deps.db, id), amsterdamDate(deps.now()), amsterdamDateTime);
        await respond({ response_type: 'ephemeral', replace_original: false, ...details });
        return;
      }
      const permission = checkChange(deps, id, body.user.id, channel);
      if (!permission.ok) return void (await tell(respond, permission.text));
      if (choice === MENU.term) {
        await client.views.open({ trigger_id: body.trigger_id, view: buildTermModal(permission.item, { channelId: channel }) });
        return;
      }
      if (choice === MENU.snooze && channel) {
        const until = format(addDays(parseISO(amsterdamDate(deps.now())), 7), 'yyyy-MM-dd');
        snoozeItem(deps.db, id, channel, until, body.user.id, deps.now().getTime());
        await tell(respond, T.snoozed(id, formatDateNl(until)));
        return;
      }
      await tell(respond, T.itemGone);
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION.statusPage}:`),
    guarded('action status page', deps, async ({ ack, body, action, respond }) => {
      await ack();
      const value = decodeStatusValue(action.value);
      if (!value) return void (await tell(respond, T.itemGone));
      const status = renderStatus(deps.db, { channelId: channelOf(body), ...value, today: amsterdamDate(deps.now()) });
      await respond(status.ok ? { replace_original: true, text: status.text, blocks: status.blocks } : { replace_original: false, text: status.text });
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.statusShare,
    guarded('action status share', deps, async ({ ack, body, action, respond }) => {
      await ack();
      const value = decodeStatusValue(action.value);
      if (!value) return void (await tell(respond, T.itemGone));
      const status = renderStatus(deps.db, { channelId: channelOf(body), ...value, today: amsterdamDate(deps.now()), shared: true });
      if (!status.ok) return void (await tell(respond, status.text));
      await respond({ response_type: 'in_channel', replace_original: false, text: status.text, blocks: status.blocks });
    }),
  );
}
