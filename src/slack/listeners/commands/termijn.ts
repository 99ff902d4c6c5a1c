import { setTerm } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { explainDate } from '../../../domain/dates/explain-date.ts';
import { T } from '../../texts.nl.ts';
import type { SubcommandHandler } from './index.ts';
import { notAllowedText } from '../../permission.ts';

/** `/motie termijn <id> <Dutch expression>` */
export const termijnCommand: SubcommandHandler = ({ deps, command, args }) => {
  const [rawId = '', ...words] = args.split(/\s+/);
  const id = parseItemId(rawId);
  const expression = words.join(' ').trim();
  if (id === null || !expression) return { text: T.termMissing };
  const result = setTerm(deps, id, expression, {
    actor: slackActor(command.user_id),
    channelId: command.channel_id,
    context: { via: 'slash', channel: command.channel_id },
  });
  switch (result.code) {
    case 'TERM_SET':
      return { text: T.termSet(id, explainDate(result.expression)) };
    case 'TERM_UNREADABLE':
      return { text: T.termUnreadable(result.message) };
    case 'ITEM_NOT_FOUND':
      return { text: T.itemNotFound(id) };
    case 'ITEM_NOT_ALLOWED':
      return { text: notAllowedText(deps, id) };
  }
};
