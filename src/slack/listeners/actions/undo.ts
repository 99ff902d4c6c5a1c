// "Ongedaan maken": reopen an item that was just marked done, and show its row again.
import type { App } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { ACTION } from '../../blocks/ids.ts';
import { itemRowWithNote } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changeRequest, isRefusal, onItemButton, showRow, tell, tellRefusal } from './place.ts';
import { reopenItem } from '../../../verbs/heropen/reopen-item.ts';

export function registerUndo(app: App, deps: BotDeps): void {
  onItemButton(app, deps, ACTION.undo, 'action undo', async ({ place, value }, args, changes) => {
    const result = changes.run(reopenItem, value.id, changeRequest(args, place));
    if (isRefusal(result)) return tellRefusal(deps, args, place, value.id, result.code);
    switch (result.code) {
      case 'ITEM_NOT_DONE':
        return tell(deps, args, place, SLACK_TEXT.notDone(value.id));
      case 'ITEM_REOPENED': {
        const today = amsterdamDate(deps.now());
        const row = itemRowWithNote(result.item, { today, context: { scope: value.scope, page: value.page } }, SLACK_TEXT.reopened(value.id));
        return showRow(deps, args, place, value, row, SLACK_TEXT.reopened(value.id));
      }
    }
  });
}
