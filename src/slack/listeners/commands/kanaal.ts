import { linkChannel, unlinkChannel } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { parseTarget, type Target } from '../../../domain/codes.ts';
import { listLinks } from '../../../store/channels.queries.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { SubcommandHandler } from './types.ts';

const nameOf = (t: Target) => (t.kind === 'code' ? t.code : t.ministry);

/** `/motie kanaal [CODE …]` and `/motie kanaal los CODE` */
export const kanaalCommand: SubcommandHandler = ({ deps, command, args }) => {
  const words = args.split(/[\s,;]+/).filter(Boolean);
  const channel = command.channel_id;
  if (words.length === 0) {
    return { text: T.channelLinks(listLinks(deps.db, channel).map((l) => l.target)) };
  }
  const unlinking = words[0]?.toLowerCase() === 'los';
  const targetWords = unlinking ? words.slice(1) : words;
  if (targetWords.length === 0) return { text: T.linkUsage };
  const targets: Target[] = [];
  for (const word of targetWords.slice(0, 20)) {
    const target = parseTarget(word);
    if (!target) return { text: `${T.linkTargetUnknown(word.slice(0, 40))}\n${T.linkUsage}` };
    targets.push(target);
  }
  const request = { actor: slackActor(command.user_id), channelId: channel, context: { via: 'slash', channel } };
  if (unlinking) {
    const result = unlinkChannel(deps, channel, targets, request);
    if (!result.ok) return { text: T.linkNotAllowed };
    return { text: targets.map((t) => (result.removed.includes(t) ? T.unlinked(nameOf(t)) : T.notLinked(nameOf(t)))).join('\n') };
  }
  const result = linkChannel(deps, channel, targets, request);
  if (!result.ok) return { text: T.linkNotAllowed };
  const lines = [];
  if (result.created.length > 0) lines.push(T.linked(result.created.map(nameOf)));
  if (result.existing.length > 0) lines.push(T.alreadyLinked(result.existing.map(nameOf)));
  return { text: lines.join('\n') };
};
