// "Ja, laten vervallen" and "Annuleren": the answers to "Vervallen" chosen in the menu of a message
// the whole channel sees (menu.ts asks in the item's place). The row becomes the lapsed row with
// "Ongedaan maken", or the item's row as it was.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { mayDelete } from '../../../app/index.ts';
import { getItem } from '../../../store/items.queries.ts';
import { buildStatusModal } from '../../blocks/modals.ts';
import { ACTION } from '../../blocks/ids.ts';
import { itemRow, lapsedItemRow } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { notAllowedText } from '../../permission.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { guarded } from '../guard.ts';
import { changeRequest, showRow, startItemClick, tell, type ActionArgs } from './place.ts';

export function registerLapse(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.lapse,
    changingListener<ActionArgs<ButtonAction>>('action lapse', deps, async (args, changes) => {
      const click = await startItemClick(deps, args);
      if (!click) return;
      const { place, value } = click;
      const result = changes.lapseItem(value.id, changeRequest(args, place));
      const today = amsterdamDate(deps.now());
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
          return tell(deps, args, place, SLACK_TEXT.itemGone);
        case 'ITEM_NOT_ALLOWED':
          return tell(deps, args, place, notAllowedText(deps, value.id));
        case 'ITEM_ALREADY_LAPSED':
        case 'ITEM_LAPSED': {
          const by = result.code === 'ITEM_ALREADY_LAPSED' && result.item.statusSetBy ? result.item.statusSetBy : slackActor(args.body.user.id);
          return showRow(deps, args, place, value, lapsedItemRow(result.item, by, today, {}), ITEM_TEXT.lapsed(value.id));
        }
      }
    }, { redrawsOrigin: true }),
  );
  app.action<BlockAction<ButtonAction>>(ACTION.statusOpen, guarded<ActionArgs<ButtonAction>>('action status open', deps, async (args) => {
    const click = await startItemClick(deps, args);
    if (!click) return;
    const { place, value } = click;
    const item = getItem(deps.db, value.id);
    if (item?.status !== 'open') return tell(deps, args, place, item && item.status !== 'deleted' ? ITEM_TEXT.notOpen(value.id) : SLACK_TEXT.itemGone);
    const request = changeRequest(args, place);
    const view = buildStatusModal(item, place.channel ? { channelId: place.channel } : {}, { initial: 'hold', mayDelete: mayDelete(deps, item, request), today: amsterdamDate(deps.now()) });
    await args.client.views.open({ trigger_id: args.body.trigger_id, view });
  }));
  app.action<BlockAction<ButtonAction>>(ACTION.lapseCancel, guarded<ActionArgs<ButtonAction>>('action lapse cancel', deps, async (args) => {
    const click = await startItemClick(deps, args);
    if (!click) return;
    const { place, value } = click;
    const item = getItem(deps.db, value.id);
    if (!item || item.status === 'deleted') return tell(deps, args, place, SLACK_TEXT.itemGone);
    const row = itemRow(item, { today: amsterdamDate(deps.now()), ...(value.snooze ? { snooze: true } : {}) });
    await showRow(deps, args, place, value, row, ITEM_TEXT.lapseCancelled(value.id));
  }));
}
