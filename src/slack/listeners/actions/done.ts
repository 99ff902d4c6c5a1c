// "Afgerond": mark the item done and show it struck through with "Ongedaan maken", in place.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import type { Item } from '../../../domain/items.ts';
import { markDone } from '../../../store/items.queries.ts';
import { ACTION } from '../../blocks/ids.ts';
import { doneItemRow, itemRowWithNote, mention } from '../../blocks/item-row.ts';
import type { BotDeps } from '../../deps.ts';
import { T } from '../../texts.nl.ts';
import { guarded } from '../guard.ts';
import { clickContext, showRow, startItemClick, tell, type ActionArgs } from './place.ts';

function byWhom(item: Item | null): string | null {
  const by = item?.statusSetBy;
  return by && by !== 'import' ? mention(by) : null;
}

export function registerDone(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.done,
    guarded<ActionArgs<ButtonAction>>('action done', deps, async (args) => {
      const click = await startItemClick(deps, args);
      if (!click) return;
      const { place, value } = click;
      const now = deps.now();
      const result = markDone(deps.db, value.id, args.body.user.id, now.getTime(), clickContext(args, place));
      if (!result.ok) {
        return tell(deps, args, place, result.code === 'ITEM_NOT_FOUND' ? T.itemGone : T.alreadyDone(value.id, byWhom(result.item)));
      }
      const today = amsterdamDate(now);
      const context = { scope: value.scope, page: value.page };
      if (result.movedTo) {
        const moved = T.movedToNext(value.id, formatDateNl(result.movedTo));
        const row = itemRowWithNote(result.item, { today, context }, moved);
        return showRow(deps, args, place, value, row, moved);
      }
      return showRow(deps, args, place, value, doneItemRow(result.item, args.body.user.id, today, context), T.markedDone(value.id));
    }),
  );
}
