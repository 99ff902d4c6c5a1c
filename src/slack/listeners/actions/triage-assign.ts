// "Toewijzen" on a triage entry of the App Home tab (admins): opens the modal the codes are given in.
// The assignment itself happens on submission (listeners/views/triage.ts), through assignTriage.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { listTriageItems } from '../../../app/index.ts';
import { ACTION } from '../../blocks/ids.ts';
import { buildTriageModal } from '../../blocks/triage.ts';
import type { BotDeps } from '../../deps.ts';
import { TK_HOME } from '../../../texts/tk.nl.ts';
import { guarded } from '../guard.ts';
import { placeOf, tell, type ActionArgs } from './place.ts';

export function registerTriageAssign(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    ACTION.triageAssign,
    guarded<ActionArgs<ButtonAction>>(`action ${ACTION.triageAssign}`, deps, async (args) => {
      await args.ack();
      const place = placeOf(args);
      if (!deps.admins.includes(args.body.user.id)) return tell(deps, args, place, TK_HOME.notAllowed);
      const entityId = args.action.value ?? '';
      const entry = listTriageItems(deps, 'pending').find((e) => e.entityId === entityId);
      if (!entry) return tell(deps, args, place, TK_HOME.gone);
      await args.client.views.open({ trigger_id: args.body.trigger_id, view: buildTriageModal(entry) });
    }),
  );
}
