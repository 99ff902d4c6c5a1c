// app_home_opened: publish the Home tab. Slack retries slow events, and publishing twice is harmless.
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import { listLinks } from '../../../store/channels.queries.ts';
import { attentionPage, statusByCode } from '../../../store/status.queries.ts';
import { buildHome } from '../../blocks/home.ts';
import type { BotDeps } from '../../deps.ts';
import { ALL } from '../../scope.ts';
import { guarded } from '../guard.ts';

export function registerEvents(app: App, deps: BotDeps): void {
  app.event(
    'app_home_opened',
    guarded<SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs>('event app_home_opened', deps, async ({ event, client }) => {
      if (event.tab !== 'home') return;
      const today = amsterdamDate(deps.now());
      const urgent = attentionPage(deps.db, ALL, today, 0, 40);
      const view = buildHome({
        today,
        perCode: statusByCode(deps.db, today),
        links: listLinks(deps.db),
        urgent: urgent.items,
        urgentTotal: urgent.total,
      });
      await client.views.publish({ user_id: event.user, view });
    }),
  );
}
