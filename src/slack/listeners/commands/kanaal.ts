import { canManageLinks } from '../../../domain/authorize.ts';
import { parseTarget, type Target } from '../../../domain/codes.ts';
import { linkChannel, listLinks, unlinkChannel } from '../../../store/channels.queries.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';

const nameOf = (t: Target) => (t.kind === 'code' ? t.code : t.ministry);

/** `/motie kanaal [CODE …]` and `/motie kanaal los CODE` */
export const kanaalCommand: SubcommandHandler = ({ deps, command, args }) => {
  const words = args.split(/[\s,;]+/).filter(Boolean);
  const channel = command.channel_id;
  const now = deps.now().getTime();
  if (words.length === 0) {
    return { text: T.channelLinks(listLinks(deps.db, channel).map((l) => l.target)) };
  }
  const unlinking = words[0]!.toLowerCase() === 'los';
  const targetWords = unlinking ? words.slice(1) : words;
  if (targetWords.length === 0) return { text: T.linkUsage };
  const targets: Target[] = [];
  for (const word of targetWords.slice(0, 20)) {
    const target = parseTarget(word);
    if (!target) return { text: `${T.scopeUnknown(word.slice(0, 40))}\n${T.linkUsage}` };
    targets.push(target);
  }
  if (!canManageLinks(command.user_id, deps.admins)) {
    deps.logger.info(`refused channel link change by user=${command.user_id} channel=${channel}`);
    return { text: T.linkNotAllowed };
  }
  if (unlinking) {
    const lines = targets.map((t) =>
      unlinkChannel(deps.db, t, channel, command.user_id, now) ? T.unlinked(nameOf(t)) : T.notLinked(nameOf(t)),
    );
    return { text: lines.join('\n') };
  }
  const created: string[] = [];
  const existing: string[] = [];
  for (const t of targets) (linkChannel(deps.db, t, channel, command.user_id, now) ? created : existing).push(nameOf(t));
  const lines = [];
  if (created.length > 0) lines.push(T.linked(created));
  if (existing.length > 0) lines.push(T.alreadyLinked(existing));
  return { text: lines.join('\n') };
};
