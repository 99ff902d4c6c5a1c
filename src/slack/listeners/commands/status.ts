import { rowPermission } from '../../permission.ts';
import { renderStatus } from '../../status-view.ts';
import { mineReply } from '../../mine-view.ts';
import type { SubcommandHandler } from './types.ts';

/** At most this many characters of filter words (they travel in the paging buttons' values). */
const MAX_STATUS_ARGS = 200;

/** `/motie status [CODE … | ministerie | alles] [zonder termijn | later | moties | toezeggingen | afgerond] [indiener]` */
export const statusCommand: SubcommandHandler = ({ deps, command, args, today }) => {
  if (/^mijn$/i.test(args.trim())) return mineReply(deps.db, command.user_id, today, rowPermission(deps, command.user_id, command.channel_id));
  const scope = args.split(/[\s,;]+/).filter(Boolean).join(' ').slice(0, MAX_STATUS_ARGS);
  const result = renderStatus(deps.db, { channelId: command.channel_id, scope, page: 0, today, permission: rowPermission(deps, command.user_id, command.channel_id) });
  return result.ok ? { text: result.text, blocks: result.blocks } : { text: result.text };
};
