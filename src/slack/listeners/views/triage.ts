// The triage modal's submission: an admin assigns codes to a motie (or toezegging) the sync could not
// route. assignTriage makes the item (audited, with "triage door <who>"); the Home tab is drawn again
// without the entry. Bad codes go back inline in Dutch and change nothing.
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { assignTriage } from '../../../app/index.ts';
import { amsterdamDate } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { TK_HOME } from '../../../texts/tk.nl.ts';
import { VIEW } from '../../blocks/ids.ts';
import { buildConfirmationModal } from '../../blocks/modals.ts';
import { escapeMrkdwn } from '../../../domain/escape-mrkdwn.ts';
import { TRIAGE_CODES } from '../../blocks/triage.ts';
import type { BotDeps } from '../../deps.ts';
import { homeFor } from '../../home-view.ts';
import { guarded } from '../guard.ts';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export function registerTriageView(app: App, deps: BotDeps): void {
  app.view(
    VIEW.triageAssign,
    guarded<ViewArgs>('view triage', deps, async ({ ack, view, body, client }) => {
      const error = (text: string) => ack({ response_action: 'errors', errors: { [TRIAGE_CODES.block]: text } });
      const user = body.user.id;
      if (!deps.admins.includes(user)) return error(TK_HOME.notAllowed);
      const raw = view.state.values[TRIAGE_CODES.block]?.[TRIAGE_CODES.action]?.value ?? '';
      const result = assignTriage(deps, view.private_metadata, raw, { actor: slackActor(user), context: { via: 'modal' } });
      if (!result.ok) {
        switch (result.code) {
          case 'TRIAGE_BAD_CODES':
            return error(TK_HOME.badCodes(result.bad.map((b) => b.slice(0, 40))));
          case 'TRIAGE_NOT_ALLOWED':
            return error(TK_HOME.notAllowed);
          case 'TRIAGE_NOT_FOUND':
            return error(TK_HOME.gone);
        }
      }
      deps.logger.info(`triage ${result.reference} assigned by user=${user}: item ${String(result.item.id)}`);
      const codes = result.item.responsible.map((r) => r.code);
      await ack({ response_action: 'update', view: buildConfirmationModal(TK_HOME.assignedTitle, [escapeMrkdwn(TK_HOME.assigned(result.reference, codes, result.item.id))]) });
      await client.views.publish({ user_id: user, view: homeFor(deps, user, amsterdamDate(deps.now())) });
    }),
  );
}
