// `/motie nieuw`: opens the form (the trigger_id lives 3 seconds, so this comes first), for an
// admin or in a channel linked to something, with the channel's codes filled in; the submission
// (slack/listeners/views) checks every code again and adds the item through the same use case as
// `motie nieuw`.
import { mayOpenNewItem } from '../../domain/authorize.ts';
import { channelCodes } from '../../domain/channel-codes.ts';
import { buildNewItemModal } from '../../slack/blocks/modals.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';

import { NIEUW_TEXT } from './texts.nl.ts';
import { channelLinks, ministryCodes } from '../../app/read-channels.ts';

export const nieuwSlack: SubcommandHandler = async ({ deps, command, client }) => {
  const links = channelLinks(deps, command.channel_id);
  const requester = { userId: command.user_id, channelTargets: links.map((l) => l.target) };
  if (!mayOpenNewItem(requester, deps.admins)) {
    deps.logger.info(`refused the new-item form to user=${command.user_id} channel=${command.channel_id}`);
    return { text: NIEUW_TEXT.slack.newItemNotHere };
  }
  const { preselected, known } = channelCodes(links, ministryCodes(deps, links.filter((l) => l.targetKind === 'ministry').map((l) => l.target)));
  await client.views.open({
    trigger_id: command.trigger_id,
    view: buildNewItemModal({ channelId: command.channel_id }, preselected, known),
  });
  return null;
};
