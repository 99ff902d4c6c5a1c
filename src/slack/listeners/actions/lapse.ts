// "Ja, laten vervallen" and "Annuleren": the answers to "Vervallen" chosen in the menu of a message
// the whole channel sees (menu.ts asks in the item's place). The row becomes the lapsed row with
// "Ongedaan maken", or the item's row as it was.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { mayDelete } from '../../../verbs/verwijder/delete-item.ts';
import { buildStatusModal } from '../../blocks/modals.ts';
import { ACTION } from '../../blocks/ids.ts';
import { itemRow, lapsedItemRow } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { guarded } from '../guard.ts';
import { changeRequest, isRefusal, onItemButton, showRow, startItemClick, tell, tellRefusal, type ActionArgs } from './place.ts';
import { readItem } from '../../../app/read-items.ts';
import { lapseItem } from '../../../verbs/vervallen/lapse-item.ts';

export function registerLapse(app: App, deps: BotDeps): void {
  onItemButton(app, deps, ACTION.lapse, 'action lapse', async ({ place, value }, args, changes) => {
    const result = changes.run(lapseItem, value.id, changeRequest(args, place));
    const today = amsterdamDate(deps.now());
    if (isRefusal(result)) return tellRefusal(deps, args, place, value.id, result.code);
    switch (result.code) {
      case 'ITEM_ALREADY_LAPSED':
      case 'ITEM_LAPSED': {
        const by = result.code === 'ITEM_ALREADY_LAPSED' && result.item.statusSetBy ? result.item.statusSetBy : slackActor(args.body.user.id);
        return showRow(deps, args, place, value, lapsedItemRow(result.item, by, today, {}), ITEM_TEXT.lapsed(value.id));
      }
    }
  });
  app.action<BlockAction<ButtonAction>>(ACTION.statusOpen, guarded<ActionArgs<ButtonAction>>('action status open', deps, async (args) => {
    const click = await startItemClick(deps, args);
    if (!click) return;
    const { place, value } = click;
    const item = readItem(deps, value.id);
    if (item?.status !== 'open') return tell(deps, args, place, item && item.status !== 'deleted' ? ITEM_TEXT.notOpen(value.id) : SLACK_TEXT.itemGone);
    const request = changeRequest(args, place);
    const view = buildStatusModal(item, place.channel ? { channelId: place.channel } : {}, { initial: 'hold', mayDelete: mayDelete(deps, item, request), today: amsterdamDate(deps.now()) });
    await args.client.views.open({ trigger_id: args.body.trigger_id, view });
  }));
  app.action<BlockAction<ButtonAction>>(ACTION.lapseCancel, guarded<ActionArgs<ButtonAction>>('action lapse cancel', deps, async (args) => {
    const click = await startItemClick(deps, args);
    if (!click) return;
    const { place, value } = click;
    const item = readItem(deps, value.id);
    if (!item || item.status === 'deleted') return tell(deps, args, place, SLACK_TEXT.itemGone);
    const row = itemRow(item, { today: amsterdamDate(deps.now()), ...(value.snooze ? { snooze: true } : {}) });
    await showRow(deps, args, place, value, row, ITEM_TEXT.lapseCancelled(value.id));
  }));
}
