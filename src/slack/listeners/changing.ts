// A listener that may change items: it gets a SlackChanges to change them with, and the changes
// it made are announced to the team after it answered the person (also when it failed halfway:
// a change that was saved is never kept quiet). A listener that draws the clicked message again
// itself (the Afgerond and undo buttons put the row in place, with its undo button) says so, and
// the announcement leaves that message alone.
import type { ChatClient, MessageRef } from '../announce-change.ts';
import { SlackChanges } from '../changes.ts';
import type { BotDeps } from '../deps.ts';
import { guarded } from './guard.ts';

/** The bot message a button was clicked in (not an ephemeral one: Slack keeps no ts for those). */
function originOf(body: unknown): MessageRef | null {
  const container = (body as { container?: { type?: string; message_ts?: string; channel_id?: string; is_ephemeral?: boolean } } | undefined)
    ?.container;
  if (container?.type !== 'message' || container.is_ephemeral || !container.message_ts || !container.channel_id) return null;
  return { channelId: container.channel_id, ts: container.message_ts };
}

export function changingListener<A extends { client: unknown; body: unknown }>(
  name: string,
  deps: BotDeps,
  handler: (args: A, changes: SlackChanges) => Promise<void>,
  options: { redrawsOrigin?: boolean } = {},
): (args: A) => Promise<void> {
  return guarded<A>(name, deps, async (args) => {
    const changes = new SlackChanges(deps, args.client as ChatClient, options.redrawsOrigin ? originOf(args.body) : null);
    try {
      await handler(args, changes);
    } finally {
      await changes.announce();
    }
  });
}
