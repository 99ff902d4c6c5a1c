import { MAX_SCOPE_WORDS } from '../../scope.ts';
import { renderStatus } from '../../status-view.ts';
import type { SubcommandHandler } from './index.ts';

/** `/motie status [CODE … | ministerie | alles]` */
export const statusCommand: SubcommandHandler = ({ deps, command, args, today }) => {
  const scope = args.split(/[\s,;]+/).filter(Boolean).slice(0, MAX_SCOPE_WORDS).join(' ');
  const result = renderStatus(deps.db, { channelId: command.channel_id, scope, page: 0, today });
  return result.ok ? { text: result.text, blocks: result.blocks } : { text: result.text };
};
