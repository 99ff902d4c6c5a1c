// `/motie kanaal [CODE …]` and `/motie kanaal los CODE`: about the channel the command is typed in.
import { linkChannel, unlinkChannel } from '../../app/index.ts';
import { slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { listLinks } from '../../store/channels.queries.ts';
import { T } from '../../texts/slack.nl.ts';
import { readKanaal, targetName } from './grammar.ts';

export const kanaalSlack: SubcommandHandler = (ctx) => {
  const { deps, command } = ctx;
  const channel = command.channel_id;
  const typed = readKanaal(ctx.args);
  if (!typed.ok) return { text: typed.code === 'CHANNEL_TARGET_UNKNOWN' ? `${T.linkTargetUnknown(typed.word.slice(0, 40))}\n${T.linkUsage}` : T.linkUsage };
  if (typed.action === 'show') return { text: T.channelLinks(listLinks(deps.db, channel).map((l) => l.target)) };
  const { targets } = typed;
  if (typed.action === 'unlink') {
    const result = unlinkChannel(deps, channel, targets, slashRequest(ctx));
    if (!result.ok) return { text: T.linkNotAllowed };
    return { text: targets.map((t) => (result.removed.includes(t) ? T.unlinked(targetName(t)) : T.notLinked(targetName(t)))).join('\n') };
  }
  const result = linkChannel(deps, channel, targets, slashRequest(ctx));
  if (!result.ok) return { text: T.linkNotAllowed };
  const lines = [];
  if (result.created.length > 0) lines.push(T.linked(result.created.map(targetName)));
  if (result.existing.length > 0) lines.push(T.alreadyLinked(result.existing.map(targetName)));
  return { text: lines.join('\n') };
};
