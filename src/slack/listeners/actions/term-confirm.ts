// "Toch opslaan": a person confirms a term that lies in the past (asked by `/motie termijn`).
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { slackActor } from '../../../domain/actor.ts';
import { explainDate } from '../../../texts/explain-date.nl.ts';
import { ACTION } from '../../blocks/ids.ts';
import type { BotDeps } from '../../deps.ts';
import { notAllowedText } from '../../permission.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { decodeTermConfirmation } from '../../blocks/answers.ts';
import { changingListener } from '../changing.ts';
import { termInputNl } from '../../../texts/dates.nl.ts';
import { setTerm } from '../../../verbs/termijn/set-term.ts';

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function registerTermConfirm(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.termConfirmPast,
    changingListener<Args>('action term confirm', deps, async ({ ack, action, body, respond }, changes) => {
      await ack();
      const value = decodeTermConfirmation(action.value);
      if (!value) {
        await respond({ response_type: 'ephemeral', replace_original: true, text: SLACK_TEXT.termConfirmStale });
        return;
      }
      const channelId = body.channel?.id ?? null;
      const result = changes.run(setTerm, 
        value.id,
        value.term,
        { actor: slackActor(body.user.id), channelId, context: { via: 'button', channel: channelId } },
        { confirmPast: true },
      );
      let text: string;
      switch (result.code) {
        case 'TERM_SET':
          text = SLACK_TEXT.termSet(value.id, explainDate(result.expression));
          break;
        case 'TERM_CLEARED':
          text = SLACK_TEXT.termCleared(value.id);
          break;
        case 'TERM_UNREADABLE':
          text = SLACK_TEXT.termUnreadable(termInputNl(result.problem));
          break;
        case 'ITEM_NOT_FOUND':
          text = SLACK_TEXT.itemNotFound(value.id);
          break;
        case 'ITEM_NOT_ALLOWED':
          text = notAllowedText(deps, value.id);
          break;
        case 'TERM_IN_PAST':
          text = SLACK_TEXT.termConfirmStale;
          break;
      }
      await respond({ response_type: 'ephemeral', replace_original: true, text });
    }),
  );
}
