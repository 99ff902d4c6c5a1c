import { listLinks } from '../../../store/channels.queries.ts';
import { buildNewItemModal } from '../../blocks/modals.ts';
import type { SubcommandHandler } from './index.ts';

/** `/motie nieuw`: opens the modal (the trigger_id lives 3 seconds, so this comes first). */
export const nieuwCommand: SubcommandHandler = async ({ deps, command, client }) => {
  const codes = listLinks(deps.db, command.channel_id)
    .filter((l) => l.targetKind === 'code')
    .map((l) => l.target);
  await client.views.open({
    trigger_id: command.trigger_id,
    view: buildNewItemModal({ channelId: command.channel_id }, codes),
  });
  return null;
};
