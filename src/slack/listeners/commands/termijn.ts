import { slackActor } from '../../../domain/actor.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { explainDate } from '../../../texts/explain-date.nl.ts';
import { pastTermQuestion } from '../../blocks/answers.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { SubcommandHandler } from './types.ts';
import { notAllowedText } from '../../permission.ts';
import { pastTermQuestionNl, termInputNl } from '../../../texts/dates.nl.ts';

/** `/motie termijn <id> <Dutch expression>` */
export const termijnCommand: SubcommandHandler = ({ deps, command, args, changes }) => {
  const [rawId = '', ...words] = args.split(/\s+/);
  const id = parseItemId(rawId);
  const expression = words.join(' ').trim();
  if (id === null || !expression) return { text: T.termMissing };
  const result = changes.setTerm(id, expression, {
    actor: slackActor(command.user_id),
    channelId: command.channel_id,
    context: { via: 'slash', channel: command.channel_id },
  });
  switch (result.code) {
    case 'TERM_SET':
      return { text: T.termSet(id, explainDate(result.expression)) };
    case 'TERM_CLEARED':
      return { text: T.termCleared(id) };
    case 'TERM_UNREADABLE':
      return { text: T.termUnreadable(termInputNl(result.problem)) };
    case 'TERM_IN_PAST': {
      // Nothing is saved; the button repeats the request with the confirmation.
      const text = T.termInPast(id, pastTermQuestionNl(result.past), explainDate(result.expression));
      return { text, blocks: pastTermQuestion(text, { id, term: expression }) };
    }
    case 'ITEM_NOT_FOUND':
      return { text: T.itemNotFound(id) };
    case 'ITEM_NOT_ALLOWED':
      return { text: notAllowedText(deps, id) };
  }
};
