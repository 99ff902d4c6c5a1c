// "Ongedaan maken": reopen an item that was just marked done, and show its row again.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { ACTION } from '../../blocks/ids.ts';
import { itemRowWithNote } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { changeRequest, showRow, startItemClick, tell, type ActionArgs } from './place.ts';
import { notAllowedText } from '../../permission.ts';

export function registerUndo(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.undo,
    changingListener<ActionArgs<ButtonAction>>('action undo', deps, async (args, changes) => {
      const click = await startItemClick(deps, args);
      if (!click) return;
      const { place, value } = click;
      const result = changes.reopenItem(value.id, changeRequest(args, place));
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
          return tell(deps, args, place, SLACK_TEXT.itemGone);
        case 'ITEM_NOT_ALLOWED':
          return tell(deps, args, place, notAllowedText(deps, value.id));
        case 'ITEM_NOT_DONE':
          return tell(deps, args, place, SLACK_TEXT.notDone(value.id));
        case 'ITEM_REOPENED': {
          const today = amsterdamDate(deps.now());
          const row = itemRowWithNote(result.item, { today, context: { scope: value.scope, page: value.page } }, SLACK_TEXT.reopened(value.id));
          return showRow(deps, args, place, value, row, SLACK_TEXT.reopened(value.id));
        }
      }
    }, { redrawsOrigin: true }),
  );
}
