// app_home_opened: publish the Home tab. Slack retries slow events, and publishing twice is harmless.
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { amsterdamDate } from '../../../clock.ts';
import type { BotDeps } from '../../deps.ts';
import { homeFor } from '../../home-view.ts';
import { guarded } from '../guard.ts';

export function registerEvents(app: App, deps: BotDeps): void {
  app.event(
    'app_home_opened',
    guarded<SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs>('event app_home_opened', deps, async ({ event, client }) => {
      if (event.tab !== 'home') return;
      await client.views.publish({ user_id: event.user, view: homeFor(deps, event.user, amsterdamDate(deps.now())) });
    }),
  );
}
