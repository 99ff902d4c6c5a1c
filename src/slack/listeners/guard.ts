// Every listener runs inside `guarded`: an error is logged in English with ids (never tokens or
// whole payloads) and the user gets a short Dutch apology instead of silence or a stack trace.
import { buildConfirmationModal } from '../blocks/modals.ts';
import type { BotDeps } from '../deps.ts';
import { T } from '../../texts/slack.nl.ts';

interface Ids {
  user?: string;
  channel?: string;
  team?: string;
}

type Respond = (message: { text: string; response_type?: 'ephemeral'; replace_original?: boolean }) => Promise<unknown>;

function idsOf(args: Record<string, unknown>): Ids {
  const body = (args.body ?? {}) as Record<string, unknown>;
  // Events carry the user and channel in body.event, as plain ids.
  const event = (body.event ?? {}) as { user?: unknown; channel?: unknown };
  const user = (body.user_id ?? (body.user as { id?: string } | undefined)?.id ?? (typeof event.user === 'string' ? event.user : undefined)) as string | undefined;
  const channel = (body.channel_id ??
    (body.channel as { id?: string } | undefined)?.id ??
    (body.container as { channel_id?: string } | undefined)?.channel_id ??
    (typeof event.channel === 'string' ? event.channel : undefined)) as string | undefined;
  const team = (body.team_id ?? (body.team as { id?: string } | undefined)?.id) as string | undefined;
  return { user, channel, team };
}

export function guarded<A>(
  name: string,
  deps: BotDeps,
  handler: (args: A) => Promise<void>,
): (args: A) => Promise<void> {
  return async (listenerArgs) => {
    const args = listenerArgs as Record<string, unknown>;
    try {
      await handler(listenerArgs);
    } catch (error) {
      const ids = idsOf(args);
      const e = error as Error & { code?: string; data?: { error?: string } };
      deps.logger.error(
        `listener ${name} failed user=${ids.user ?? '-'} channel=${ids.channel ?? '-'} team=${ids.team ?? '-'}: ${e.code ?? e.name}: ${e.data?.error ?? e.message}`,
      );
      const ack = args.ack as ((response?: unknown) => Promise<void>) | undefined;
      // A modal that closed without a word would look saved: show the apology in it instead.
      const isViewSubmission = (args.body as { type?: string } | undefined)?.type === 'view_submission';
      const response = isViewSubmission ? { response_action: 'update', view: buildConfirmationModal(T.apologyTitle, [T.apology]) } : undefined;
      if (ack) await ack(response).catch(() => undefined); // already acknowledged: Bolt refuses a second ack
      const respond = args.respond as Respond | undefined;
      if (respond) {
        try {
          await respond({ text: T.apology, response_type: 'ephemeral', replace_original: false });
        } catch (respondError) {
          deps.logger.warn(`listener ${name}: could not send the apology: ${(respondError as Error).message}`);
        }
      }
    }
  };
}
