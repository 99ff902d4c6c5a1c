import { parseItemId } from '../../../cli/db.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { markDone } from '../../../store/items.queries.ts';
import { mention } from '../../blocks/item-row.ts';
import { checkChange } from '../../item-changes.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';

/** `/motie afgerond <id>` */
export const afgerondCommand: SubcommandHandler = ({ deps, command, args }) => {
  const id = parseItemId(args.split(/\s+/)[0]);
  if (id === null) return { text: T.itemIdMissing('/motie afgerond 12') };
  const permission = checkChange(deps, id, command.user_id, command.channel_id);
  if (!permission.ok) return { text: permission.text };
  const result = markDone(deps.db, id, command.user_id, deps.now().getTime(), { via: 'slash', channel: command.channel_id });
  if (!result.ok) {
    const by = result.item?.statusSetBy;
    return { text: result.code === 'ITEM_NOT_FOUND' ? T.itemNotFound(id) : T.alreadyDone(id, by && by !== 'import' ? mention(by) : null) };
  }
  return { text: result.movedTo ? T.movedToNext(id, formatDateNl(result.movedTo)) : T.markedDone(id) };
};
