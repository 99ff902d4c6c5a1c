// `/motie kanaal [CODE …]` and `/motie kanaal los CODE`: about the channel the command is typed in.
import { linkChannel, unlinkChannel } from './link-channel.ts';
import { slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { readKanaal, targetName } from './grammar.ts';
import { KANAAL_TEXT } from './texts.nl.ts';
import { channelLinks } from '../../app/read-channels.ts';

export const kanaalSlack: SubcommandHandler = (ctx) => {
  const { deps, command } = ctx;
  const channel = command.channel_id;
  const typed = readKanaal(ctx.args);
  if (!typed.ok) {
    if (typed.code === 'CHANNEL_TOO_MANY_TARGETS') return { text: KANAAL_TEXT.slack.linkTooMany(typed.max) };
    return { text: typed.code === 'CHANNEL_TARGET_UNKNOWN' ? `${KANAAL_TEXT.slack.linkTargetUnknown(typed.word.slice(0, 40))}\n${KANAAL_TEXT.slack.linkUsage}` : KANAAL_TEXT.slack.linkUsage };
  }
  if (typed.action === 'show') return { text: KANAAL_TEXT.slack.channelLinks(channelLinks(deps, channel).map((l) => l.target)) };
  const { targets } = typed;
  if (typed.action === 'unlink') {
    const result = unlinkChannel(deps, channel, targets, slashRequest(ctx));
    if (!result.ok) return { text: KANAAL_TEXT.slack.linkNotAllowed };
    return { text: targets.map((t) => (result.removed.includes(t) ? KANAAL_TEXT.slack.unlinked(targetName(t)) : KANAAL_TEXT.slack.notLinked(targetName(t)))).join('\n') };
  }
  const result = linkChannel(deps, channel, targets, slashRequest(ctx));
  if (!result.ok) return { text: KANAAL_TEXT.slack.linkNotAllowed };
  const lines = [];
  if (result.created.length > 0) lines.push(KANAAL_TEXT.slack.linked(result.created.map(targetName)));
  if (result.existing.length > 0) lines.push(KANAAL_TEXT.slack.alreadyLinked(result.existing.map(targetName)));
  return { text: lines.join('\n') };
};
