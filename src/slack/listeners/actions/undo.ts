// "Ongedaan maken": reopen an item that was just marked done, and show its row again.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { reopenItem } from '../../../store/items.queries.ts';
import { ACTION } from '../../blocks/ids.ts';
import { itemRowWithNote } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { T } from '../../texts.nl.ts';
import { guarded } from '../guard.ts';
import { clickContext, showRow, startItemClick, tell, type ActionArgs } from './place.ts';

export function registerUndo(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.undo,
    guarded<ActionArgs<ButtonAction>>('action undo', deps, async (args) => {
      const click = await startItemClick(deps, args);
      if (!click) return;
      const { place, value } = click;
      const result = reopenItem(deps.db, value.id, args.body.user.id, deps.now().getTime(), clickContext(args, place));
      if (!result.ok) {
        return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.notDone(value.id));
      }
      const today = amsterdamDate(deps.now());
      const row = itemRowWithNote(result.item, { today, context: { scope: value.scope, page: value.page } }, T.reopened(value.id));
      return showRow(deps, args, place, value, row, T.reopened(value.id));
    }),
  );
}
