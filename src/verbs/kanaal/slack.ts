// `/motie kanaal [CODE …]` and `/motie kanaal los CODE`: about the channel the command is typed in.
import { linkChannel, unlinkChannel } from '../../app/index.ts';
import { slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { listLinks } from '../../store/channels.queries.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { readKanaal, targetName } from './grammar.ts';

export const kanaalSlack: SubcommandHandler = (ctx) => {
  const { deps, command } = ctx;
  const channel = command.channel_id;
  const typed = readKanaal(ctx.args);
  if (!typed.ok) {
    if (typed.code === 'CHANNEL_TOO_MANY_TARGETS') return { text: SLACK_TEXT.linkTooMany(typed.max) };
    return { text: typed.code === 'CHANNEL_TARGET_UNKNOWN' ? `${SLACK_TEXT.linkTargetUnknown(typed.word.slice(0, 40))}\n${SLACK_TEXT.linkUsage}` : SLACK_TEXT.linkUsage };
  }
  if (typed.action === 'show') return { text: SLACK_TEXT.channelLinks(listLinks(deps.db, channel).map((l) => l.target)) };
  const { targets } = typed;
  if (typed.action === 'unlink') {
    const result = unlinkChannel(deps, channel, targets, slashRequest(ctx));
    if (!result.ok) return { text: SLACK_TEXT.linkNotAllowed };
    return { text: targets.map((t) => (result.removed.includes(t) ? SLACK_TEXT.unlinked(targetName(t)) : SLACK_TEXT.notLinked(targetName(t)))).join('\n') };
  }
  const result = linkChannel(deps, channel, targets, slashRequest(ctx));
  if (!result.ok) return { text: SLACK_TEXT.linkNotAllowed };
  const lines = [];
  if (result.created.length > 0) lines.push(SLACK_TEXT.linked(result.created.map(targetName)));
  if (result.existing.length > 0) lines.push(SLACK_TEXT.alreadyLinked(result.existing.map(targetName)));
  return { text: lines.join('\n') };
};
