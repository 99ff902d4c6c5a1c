// `/motie termijn 12 <Dutch expression>`: a term in the past is not saved; the answer asks, and its
// button repeats the request with the confirmation.
import { pastTermQuestion } from '../../slack/blocks/answers.ts';
import { refusal, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { pastTermQuestionNl, termInputNl } from '../../texts/dates.nl.ts';
import { explainDate } from '../../texts/explain-date.nl.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { readTermijn } from './grammar.ts';
import { TERMIJN_TEXT } from './texts.nl.ts';
import { setTerm } from './set-term.ts';

export const termijnSlack: SubcommandHandler = (ctx) => {
  const typed = readTermijn(ctx.args);
  if (!typed.ok) return { text: TERMIJN_TEXT.slack.termMissing };
  const { id, expression } = typed;
  const result = ctx.changes.run(setTerm, id, expression, slashRequest(ctx));
  switch (result.code) {
    case 'TERM_SET':
      return { text: SLACK_TEXT.termSet(id, explainDate(result.expression)) };
    case 'TERM_CLEARED':
      return { text: SLACK_TEXT.termCleared(id) };
    case 'TERM_UNREADABLE':
      return { text: SLACK_TEXT.termUnreadable(termInputNl(result.problem)) };
    case 'TERM_IN_PAST': {
      const text = TERMIJN_TEXT.slack.termInPast(id, pastTermQuestionNl(result.past), explainDate(result.expression));
      return { text, blocks: pastTermQuestion(text, { id, term: expression }) };
    }
    case 'ITEM_NOT_FOUND':
    case 'ITEM_NOT_ALLOWED':
      return refusal(ctx, id, result.code);
  }
};
