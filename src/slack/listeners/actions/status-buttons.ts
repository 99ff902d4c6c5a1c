// The buttons under a status answer: "Vorige" / "Volgende" and "Deel in kanaal".
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { ACTION } from '../../blocks/ids.ts';
import { decodeStatusValue } from '../../blocks/status.ts';
import type { BotDeps } from '../../deps.ts';
import { rowPermission } from '../../permission.ts';
import { renderStatus } from '../../status-view.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { guarded } from '../guard.ts';
import { placeOf, tell, type ActionArgs } from './place.ts';

/** The most messages "Deel in kanaal" posts (Slack takes five posts per response_url). */
const SHARE_MAX_PAGES = 4;

/** The start of both buttons: acknowledge, read the list the button belongs to; answers and returns null when it cannot. */
async function startStatusClick(deps: BotDeps, args: ActionArgs<ButtonAction>) {
  await args.ack();
  const place = placeOf(args);
  const value = decodeStatusValue(args.action.value);
  if (!value || !place.respond) {
    await tell(deps, args, place, SLACK_TEXT.itemGone);
    return null;
  }
  return { place, value, respond: place.respond };
}

export function registerStatusButtons(app: App, deps: BotDeps): void {
  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION.statusPage}:`),
    guarded<ActionArgs<ButtonAction>>('action status page', deps, async (args) => {
      const click = await startStatusClick(deps, args);
      if (!click) return;
      const { place, value, respond } = click;
      const status = renderStatus(deps.db, { channelId: place.channel, ...value, today: amsterdamDate(deps.now()), permission: rowPermission(deps, args.body.user.id, place.channel) });
      if (!status.ok) return tell(deps, args, place, status.text);
      await respond({ replace_original: true, text: status.text, blocks: status.blocks });
    }),
  );

  app.action<BlockAction<ButtonAction>>(
    ACTION.statusShare,
    guarded<ActionArgs<ButtonAction>>('action status share', deps, async (args) => {
      const click = await startStatusClick(deps, args);
      if (!click) return;
      const { place, value, respond } = click;
      // The whole list from its first page, whichever page the button was on: one message per page,
      // at most SHARE_MAX_PAGES (a response_url takes five posts); the last one counts the rest.
      const today = amsterdamDate(deps.now());
      const render = (page: number) =>
        renderStatus(deps.db, { channelId: place.channel, scope: value.scope, page, today, shared: true, permission: rowPermission(deps, null, place.channel) });
      const first = render(0);
      if (!first.ok) return tell(deps, args, place, first.text);
      await respond({ response_type: 'in_channel', replace_original: false, text: first.text, blocks: first.blocks });
      for (let page = 1; page < Math.min(first.pages, SHARE_MAX_PAGES); page += 1) {
        const next = render(page);
        if (!next.ok) break;
        await respond({ response_type: 'in_channel', replace_original: false, text: next.text, blocks: next.blocks });
      }
    }),
  );
}
