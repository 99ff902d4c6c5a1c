// "Ongedaan maken" under a stand van zaken cleared with `/motie stand N leeg`: the text it had
// comes back (from the audit log), unless someone wrote a new one meanwhile.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { slackActor } from '../../../domain/actor.ts';
import { ACTION, decodeItemValue } from '../../blocks/ids.ts';
import type { BotDeps } from '../../deps.ts';
import { notAllowedText } from '../../permission.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { placeOf, tell, type ActionArgs } from './place.ts';
import { readHistory, readItem } from '../../../app/read-items.ts';
import { editItem } from '../../../app/index.ts';

export function registerRestoreStatusText(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.restoreStatusText,
    changingListener<ActionArgs<ButtonAction>>('action restore status text', deps, async (args, changes) => {
      await args.ack();
      const place = placeOf(args);
      const value = decodeItemValue(args.action.value);
      if (!value) return tell(deps, args, place, SLACK_TEXT.itemGone);
      const item = readItem(deps, value.id);
      if (!item || item.status === 'deleted') return tell(deps, args, place, SLACK_TEXT.itemNotFound(value.id));
      // The last change of the stand van zaken must be the clearing this button belongs to.
      const last = readHistory(deps, value.id).filter((entry) => entry.field === 'statusText').at(-1);
      if (item.statusText || !last?.oldValue || last.newValue) return tell(deps, args, place, ITEM_TEXT.statusTextNotRestored(value.id));
      const result = changes.run(editItem, value.id, { statusText: last.oldValue }, {
        actor: slackActor(args.body.user.id),
        channelId: place.channel ?? null,
        context: { via: place.home ? 'home' : 'button', channel: place.channel ?? null },
      });
      if (!result.ok) {
        return tell(deps, args, place, result.code === 'ITEM_NOT_ALLOWED' ? notAllowedText(deps, value.id) : SLACK_TEXT.itemNotFound(value.id));
      }
      const text = ITEM_TEXT.statusTextRestored(value.id);
      if (place.respond) await place.respond({ response_type: 'ephemeral', replace_original: true, text });
      else await tell(deps, args, place, text);
    }),
  );
}
