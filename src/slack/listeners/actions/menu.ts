// The item menu (⋯): "Bewerken" and "Termijn wijzigen" (modals), "Aanhouden" (a modal with the
// date), "Vervallen", "Heropenen", "Verwijderen" (with "Ongedaan maken"), "Details" and "Herinner me
// volgende week". Who may change the item here is checked before a modal opens; the modal's
// submission checks again (views/index.ts).
import type { App, BlockAction, OverflowAction } from '@slack/bolt';
import { snoozeReminders } from '../../../app/index.ts';
import { deleteItem, mayDelete } from '../../../verbs/verwijder/delete-item.ts';
import { amsterdamDate, amsterdamDateTime } from '../../../clock.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import type { Item } from '../../../domain/items.ts';
import { answerWithUndo as undoAnswerBlocks, undoBlock } from '../../blocks/answers.ts';
import { buildDetails } from '../../blocks/details.ts';
import { ACTION, MENU, itemIdOfBlock } from '../../blocks/ids.ts';
import { lapseConfirmRow, noticeLine } from '../../blocks/item-row.ts';
import { replaceItemBlocks } from '../../blocks/replace-item.ts';
import { buildDetailsModal, buildEditModal, buildStatusModal, buildTermModal } from '../../blocks/modals.ts';
import type { BotDeps } from '../../deps.ts';
import { homeFor } from '../../home-view.ts';
import { checkChange } from '../../item-changes.ts';
import { notAllowedText } from '../../permission.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { changeRequest, placeOf, tell, type ActionArgs, type Place } from './place.ts';
import { readHistory, readItem } from '../../../app/read-items.ts';
import { lapseItem } from '../../../verbs/vervallen/lapse-item.ts';
import { reopenItem } from '../../../verbs/heropen/reopen-item.ts';

type MenuArgs = ActionArgs<OverflowAction>;

/** A short answer with an "Ongedaan maken" button, to the person who chose from the menu. */
async function answerWithUndo(deps: BotDeps, args: MenuArgs, place: Place, text: string, undo: { action: string; id: number }): Promise<void> {
  if (place.respond) {
    await place.respond({ response_type: 'ephemeral', replace_original: false, text, blocks: undoAnswerBlocks(text, undo) });
  } else if (place.home) {
    const view = homeFor(deps, args.body.user.id, amsterdamDate(deps.now()), [noticeLine(text), undoBlock(undo)]);
    await args.client.views.publish({ user_id: args.body.user.id, view });
  }
}

/** Replaces the item's row in the message the click came from with "laten vervallen?" and its buttons. */
async function askLapseInPlace(deps: BotDeps, place: Place, item: Item, offerHold: boolean): Promise<void> {
  if (!place.message || !place.respond) return;
  const id = item.id;
  const snooze = place.message.blocks.some((block) => block.type === 'actions' && itemIdOfBlock(block.block_id) === id && JSON.stringify(block).includes(`"${MENU.snooze}:${id}"`));
  const row = lapseConfirmRow(item, amsterdamDate(deps.now()), snooze ? { snooze } : {}, offerHold);
  await place.respond({ replace_original: true, text: place.message.text, blocks: replaceItemBlocks(place.message.blocks, id, row) });
}

export function registerMenu(app: App, deps: BotDeps): void {
  app.action<BlockAction<OverflowAction>>(
    ACTION.menu,
    changingListener<MenuArgs>('action menu', deps, async (args, changes) => {
      const { ack, body, action, client } = args;
      await ack();
      const place = placeOf(args);
      // Bolt types selected_option as always there; a forged payload may leave it out.
      const selected = (action as { selected_option?: { value?: unknown } }).selected_option?.value;
      const m = typeof selected === 'string' ? /^(\w+):(\d{1,9})$/.exec(selected) : null;
      if (!m) return tell(deps, args, place, SLACK_TEXT.itemGone);
      const [, choice, rawId] = m;
      const id = Number(rawId);
      if (choice === MENU.details) {
        // A deleted item is gone for Slack, also when a forged menu value names its id (issue 22.18).
        const item = readItem(deps, id);
        if (!item || item.status === 'deleted') return tell(deps, args, place, SLACK_TEXT.itemGone);
        const details = buildDetails(item, readHistory(deps, id), amsterdamDate(deps.now()), amsterdamDateTime);
        if (place.respond) {
          await place.respond({ response_type: 'ephemeral', replace_original: false, ...details });
        } else {
          await client.views.open({ trigger_id: body.trigger_id, view: buildDetailsModal(id, details) });
        }
        return;
      }
      // Everything else changes the item: refused before any modal opens, naming where it can.
      const permission = checkChange(deps, id, body.user.id, place.channel);
      if (!permission.ok) return tell(deps, args, place, permission.text);
      const item = permission.item;
      const metadata = { ...(place.channel ? { channelId: place.channel } : {}) };
      const request = changeRequest(args, place, 'menu');
      switch (choice) {
        case MENU.term:
          await client.views.open({ trigger_id: body.trigger_id, view: buildTermModal(item, metadata) });
          return;
        case MENU.edit:
          await client.views.open({ trigger_id: body.trigger_id, view: buildEditModal(item, metadata) });
          return;
        case MENU.hold:
        case MENU.status: {
          if (choice === MENU.status && place.message && place.respond && item.status === 'open') {
            // A message the whole channel sees: Vervallen is asked in the item's place (so the
            // message never keeps a lapsed item's "Afgerond" and snooze), Aanhouden opens the modal.
            await askLapseInPlace(deps, place, item, true);
            return;
          }
          if (item.status !== 'open') return tell(deps, args, place, ITEM_TEXT.notOpen(id));
          const today = amsterdamDate(deps.now());
          const view = buildStatusModal(item, metadata, { initial: 'hold', mayDelete: mayDelete(deps, item, request), today });
          await client.views.open({ trigger_id: body.trigger_id, view });
          return;
        }
        case MENU.lapse: {
          if (place.message && place.respond && item.status === 'open') {
            // A message the whole channel sees (a reminder, the digest): ask first, in the item's place.
            await askLapseInPlace(deps, place, item, false);
            return;
          }
          const result = changes.run(lapseItem, id, request);
          if (result.code === 'ITEM_ALREADY_LAPSED') return tell(deps, args, place, ITEM_TEXT.alreadyLapsed(id));
          if (!result.ok) return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(id) : notAllowedText(deps, id));
          await answerWithUndo(deps, args, place, ITEM_TEXT.lapsedFromMenu(id), { action: ACTION.undo, id });
          return;
        }
        case MENU.reopen: {
          const result = changes.run(reopenItem, id, request);
          if (result.code === 'ITEM_NOT_DONE') return tell(deps, args, place, SLACK_TEXT.notDone(id));
          if (!result.ok) return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(id) : notAllowedText(deps, id));
          await tell(deps, args, place, SLACK_TEXT.reopened(id));
          return;
        }
        case MENU.remove: {
          const result = changes.run(deleteItem, id, request);
          if (result.code === 'ITEM_DELETE_NOT_ALLOWED') return tell(deps, args, place, ITEM_TEXT.deleteNotAllowed);
          if (result.code !== 'ITEM_DELETED') return tell(deps, args, place, SLACK_TEXT.itemNotFound(id));
          await answerWithUndo(deps, args, place, ITEM_TEXT.deletedFromMenu(id), { action: ACTION.restore, id });
          return;
        }
        case MENU.snooze: {
          if (!place.channel) return tell(deps, args, place, SLACK_TEXT.snoozeNeedsChannel);
          const result = snoozeReminders(deps, id, place.channel, request);
          return tell(deps, args, place, result.ok ? SLACK_TEXT.snoozed(id, formatDateNl(result.until)) : SLACK_TEXT.itemNotFound(id));
        }
      }
      return tell(deps, args, place, SLACK_TEXT.itemGone);
    }),
  );
}
