// "Ongedaan maken" under an item deleted from the menu: the item comes back with the status it
// had (admins, like deleting), and the channel sees it is back.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { slackActor } from '../../../domain/actor.ts';
import { ACTION, decodeItemValue } from '../../blocks/ids.ts';
import type { BotDeps } from '../../deps.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { placeOf, tell, type ActionArgs } from './place.ts';
import { restoreItem } from '../../../verbs/herstel/restore-item.ts';

export function registerRestore(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.restore,
    changingListener<ActionArgs<ButtonAction>>('action restore', deps, async (args, changes) => {
      await args.ack();
      const place = placeOf(args);
      const value = decodeItemValue(args.action.value);
      if (!value) return tell(deps, args, place, SLACK_TEXT.itemGone);
      const result = changes.run(restoreItem, value.id, {
        actor: slackActor(args.body.user.id),
        channelId: place.channel ?? null,
        context: { via: place.home ? 'home' : 'button', channel: place.channel ?? null },
      });
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
          return tell(deps, args, place, SLACK_TEXT.itemNotFound(value.id));
        case 'ITEM_DELETE_NOT_ALLOWED':
          return tell(deps, args, place, ITEM_TEXT.deleteNotAllowed);
        case 'ITEM_NOT_DELETED':
        case 'ITEM_DELETED':
          return tell(deps, args, place, ITEM_TEXT.notDeleted(value.id));
        case 'ITEM_RESTORED':
          if (place.respond) await place.respond({ response_type: 'ephemeral', replace_original: true, text: ITEM_TEXT.restored(value.id) });
          else await tell(deps, args, place, ITEM_TEXT.restored(value.id));
      }
    }),
  );
}
