// `/motie status [CODE … | ministerie | alles] [filters] [indiener]` and `/motie status mijn`. Slack
// only: on the command line `motie list` and `motie zoek` list items.
import { mineReply } from '../../slack/mine-view.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { rowPermission } from '../../slack/permission.ts';
import { renderStatus } from '../../slack/status-view.ts';
import { readStatus } from './grammar.ts';

export const statusSlack: SubcommandHandler = ({ deps, command, args, today }) => {
  const typed = readStatus(args);
  const permission = rowPermission(deps, command.user_id, command.channel_id);
  if (typed.view === 'mine') return mineReply(deps.db, command.user_id, today, permission);
  const result = renderStatus(deps.db, { channelId: command.channel_id, scope: typed.scope, page: 0, today, permission });
  return result.ok ? { text: result.text, blocks: result.blocks } : { text: result.text };
};
