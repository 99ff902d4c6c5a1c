// "Afgerond": mark the item done and show it struck through with "Ongedaan maken", in place.
import type { App } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { ACTION } from '../../blocks/ids.ts';
import { actorName, doneItemRow, itemRowWithNote } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changeRequest, isRefusal, onItemButton, showRow, tell, tellRefusal } from './place.ts';
import { markItemDone } from '../../../app/index.ts';

export function registerDone(app: App, deps: BotDeps): void {
  onItemButton(app, deps, ACTION.done, 'action done', async ({ place, value }, args, changes) => {
    const result = changes.run(markItemDone, value.id, changeRequest(args, place));
    const today = amsterdamDate(deps.now());
    const context = { scope: value.scope, page: value.page };
    if (isRefusal(result)) return tellRefusal(deps, args, place, value.id, result.code);
    switch (result.code) {
      case 'ITEM_ALREADY_DONE':
        return tell(deps, args, place, SLACK_TEXT.alreadyDone(value.id, actorName(result.item.statusSetBy)));
      case 'ITEM_MOVED_TO_NEXT': {
        const moved = SLACK_TEXT.movedToNext(value.id, formatDateNl(result.movedTo));
        return showRow(deps, args, place, value, itemRowWithNote(result.item, { today, context }, moved), moved);
      }
      case 'ITEM_DONE':
        return showRow(deps, args, place, value, doneItemRow(result.item, slackActor(args.body.user.id), today, context), SLACK_TEXT.markedDone(value.id));
    }
  });
}
