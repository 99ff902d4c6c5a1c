// The answers to a proposed Kamerbrief: "Afgerond met deze brief", "Deels", "Hoort er niet bij".
// Each calls one use case (answerProposal, through SlackChanges so the team hears of a change the
// answer made); the message is drawn again with who answered what.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerProposal, type ProposalAnswer } from '../../../app/index.ts';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { noticeLine } from '../../blocks/item-row.ts';
import { homeFor } from '../../home-view.ts';
import { answeredLetterMessage, proposalView } from '../../blocks/letter-proposal.ts';
import { ACTION } from '../../blocks/ids.ts';
import type { BotDeps } from '../../deps.ts';
import { KAMERBRIEF_SLACK } from '../../../texts/kamerbrief.nl.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { notAllowedText } from '../../permission.ts';
import { changingListener } from '../changing.ts';
import { changeRequest, placeOf, tell, type ActionArgs } from './place.ts';

const ANSWERS: [string, ProposalAnswer][] = [
  [ACTION.letterDone, 'done'],
  [ACTION.letterPartly, 'partly'],
  [ACTION.letterRejected, 'rejected'],
];

export function registerLetterProposal(app: App, deps: BotDeps): void {
  for (const [actionId, answer] of ANSWERS) {
    app.action<BlockAction<ButtonAction>>(
      actionId,
      changingListener<ActionArgs<ButtonAction>>(
        `action ${actionId}`,
        deps,
        async (args, changes) => {
        await args.ack();
        const place = placeOf(args);
        const raw = args.action.value ?? '';
        const proposalId = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
        if (proposalId === null) return tell(deps, args, place, KAMERBRIEF_SLACK.gone);
        const result = changes.run(answerProposal, proposalId, answer, changeRequest(args, place), {
          partlyText: (previous, p) => KAMERBRIEF_SLACK.partlyText(previous, p.documentNummer, p.letter?.datum ?? null, p.letter?.onderwerp ?? p.letter?.titel ?? ''),
        });
        if (!result.ok) {
          switch (result.code) {
            case 'PROPOSAL_NOT_FOUND':
              return tell(deps, args, place, KAMERBRIEF_SLACK.gone);
            case 'PROPOSAL_ALREADY_ANSWERED':
              return tell(deps, args, place, KAMERBRIEF_SLACK.alreadyAnswered);
            case 'ITEM_NOT_ALLOWED':
              return tell(deps, args, place, notAllowedText(deps, result.itemId));
            case 'ITEM_ALREADY_DONE':
              return tell(deps, args, place, SLACK_TEXT.alreadyDone(result.item.id, null));
            case 'PROPOSAL_STATUS_TEXT_TOO_LONG':
              return tell(deps, args, place, KAMERBRIEF_SLACK.partlyTooLong(result.itemId, result.max));
            default:
              return tell(deps, args, place, SLACK_TEXT.itemGone);
          }
        }
        deps.logger.info(`letter proposal ${String(proposalId)} answered ${answer} by user=${args.body.user.id}`);
        if (place.home) {
          // The Home tab is drawn again: the answered proposal leaves the list, a line says what happened.
          const notice = noticeLine(KAMERBRIEF_SLACK.homeAnswered(answer, result.item.id, result.proposal.documentNummer));
          await args.client.views.publish({ user_id: args.body.user.id, view: homeFor(deps, args.body.user.id, amsterdamDate(deps.now()), [notice]) });
          return;
        }
        const message = answeredLetterMessage(proposalView(result.proposal, result.item), answer, slackActor(args.body.user.id));
        if (place.respond) await place.respond({ replace_original: true, text: message.text, blocks: message.blocks });
        },
        // The proposal message is drawn again above; the announcement leaves it alone.
        { redrawsOrigin: true },
      ),
    );
  }
}
