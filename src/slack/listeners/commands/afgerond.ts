import { markItemDone } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { actorName } from '../../blocks/item-row.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';
import { notAllowedText } from '../../permission.ts';

/** `/motie afgerond <id>` */
export const afgerondCommand: SubcommandHandler = ({ deps, command, args }) => {
  const id = parseItemId(args.split(/\s+/)[0]);
  if (id === null) return { text: T.itemIdMissing('/motie afgerond 12') };
  const result = markItemDone(deps, id, {
    actor: slackActor(command.user_id),
    channelId: command.channel_id,
    context: { via: 'slash', channel: command.channel_id },
  });
  switch (result.code) {
    case 'ITEM_DONE':
      return { text: T.markedDone(id) };
    case 'ITEM_MOVED_TO_NEXT':
      return { text: T.movedToNext(id, formatDateNl(result.movedTo)) };
    case 'ITEM_ALREADY_DONE':
      return { text: T.alreadyDone(id, actorName(result.item.statusSetBy)) };
    case 'ITEM_NOT_FOUND':
      return { text: T.itemNotFound(id) };
    case 'ITEM_NOT_ALLOWED':
      return { text: notAllowedText(deps, id) };
  }
};
