// The item menu: "Termijn wijzigen" (a modal), "Details", and "Herinner me volgende week".
import type { App, BlockAction, OverflowAction } from '@slack/bolt';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { amsterdamDate, amsterdamDateTime } from '../../../clock.ts';
import { slackActor } from '../../../domain/actor.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { getItem, listAudit } from '../../../store/items.queries.ts';
import { snoozeItem } from '../../../store/snoozes.queries.ts';
import { buildDetails } from '../../blocks/details.ts';
import { ACTION, MENU } from '../../blocks/ids.ts';
import { buildDetailsModal, buildTermModal } from '../../blocks/modals.ts';
import type { BotDeps } from '../../deps.ts';
import { checkChange } from '../../item-changes.ts';
import { T } from '../../../texts/slack.nl.ts';
import { guarded } from '../guard.ts';
import { placeOf, tell, type ActionArgs } from './place.ts';

export function registerMenu(app: App, deps: BotDeps): void {
  app.action<BlockAction<OverflowAction>>(
    ACTION.menu,
    guarded<ActionArgs<OverflowAction>>('action menu', deps, async (args) => {
      const { ack, body, action, client } = args;
      await ack();
      const place = placeOf(args);
      const m = /^(\w+):(\d{1,9})$/.exec(action.selected_option?.value ?? '');
      if (!m) return tell(deps, args, place, T.itemGone);
      const [, choice, rawId] = m;
      const id = Number(rawId);
      if (choice === MENU.details) {
        const item = getItem(deps.db, id);
        if (!item) return tell(deps, args, place, T.itemGone);
        const details = buildDetails(item, listAudit(deps.db, id), amsterdamDate(deps.now()), amsterdamDateTime);
        if (place.respond) {
          await place.respond({ response_type: 'ephemeral', replace_original: false, ...details });
        } else {
          await client.views.open({ trigger_id: body.trigger_id, view: buildDetailsModal(id, details) });
        }
        return;
      }
      const permission = checkChange(deps, id, body.user.id, place.channel);
      if (!permission.ok) return tell(deps, args, place, permission.text);
      if (choice === MENU.term) {
        await client.views.open({ trigger_id: body.trigger_id, view: buildTermModal(permission.item, { channelId: place.channel }) });
        return;
      }
      if (choice === MENU.snooze) {
        if (!place.channel) return tell(deps, args, place, T.snoozeNeedsChannel);
        const until = format(addDays(parseISO(amsterdamDate(deps.now())), 7), 'yyyy-MM-dd');
        snoozeItem(deps.db, id, place.channel, until, slackActor(body.user.id), deps.now().getTime());
        return tell(deps, args, place, T.snoozed(id, formatDateNl(until)));
      }
      return tell(deps, args, place, T.itemGone);
    }),
  );
}
