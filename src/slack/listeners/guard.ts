// Every listener runs inside `guarded`: an error is logged in English with ids (never tokens or
// whole payloads) and the user gets a short Dutch apology instead of silence or a stack trace.
//
// A database that another process holds locked (issue 17): the bot's connection gives up on a
// lock after a few milliseconds (BOT_BUSY_TIMEOUT_MS), so the event loop stays free for everyone
// else, and the listener runs again from a timer until the lock is gone or DEFAULT_LOCK_WAIT_MS
// has passed. Each change is one transaction, so a run that failed on the lock changed nothing.
// Slack hears from us within its 3 seconds whatever happens: a request still waiting after
// ACK_DEADLINE_MS is acknowledged (a form shows "Even geduld"), the person is told once that their
// change waits, and then either gets the normal answer or is told plainly that it did not happen.
// A listener must therefore do its database work before anything it says in Slack that depends
// on it, and acknowledge through the `ack` it is given (a second acknowledgement is ignored; a
// form's answer that comes after "Even geduld" is shown with views.update).
import type { View } from '@slack/types';
import { DatabaseBusyError, DEFAULT_LOCK_WAIT_MS, retryWhileBusy } from '../../store/busy.ts';
import { DATABASE_BUSY } from '../../texts/database-busy.nl.ts';
import { buildConfirmationModal } from '../blocks/modals.ts';
import type { BotDeps } from '../deps.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';

interface Ids {
  user?: string;
  channel?: string;
  team?: string;
}

type Respond = (message: { text: string; response_type?: 'ephemeral'; replace_original?: boolean }) => Promise<unknown>;
type Ack = (response?: unknown) => Promise<void>;
interface ViewsClient {
  views?: { update(args: { view_id: string; view: View }): Promise<unknown> };
}

/** Slack gives 3 seconds to acknowledge; this leaves room for the network and a busy machine. */
const ACK_DEADLINE_MS = 2000;

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
    const body = args.body as { type?: string; view?: { id?: string } } | undefined;
    const isViewSubmission = body?.type === 'view_submission';
    const slackAck = args.ack as Ack | undefined;
    const respond = args.respond as Respond | undefined;
    const client = args.client as ViewsClient | undefined;
    const log = (what: string, error: unknown) => {
      deps.logger.warn(`listener ${name}: ${what}: ${(error as Error).message}`);
    };

    let acked = false;
    // The form was answered with "Even geduld": what the listener answers later goes to that modal.
    let formWaiting = false;
    const updateForm = async (view: View) => {
      const viewId = body?.view?.id;
      if (viewId && client?.views) await client.views.update({ view_id: viewId, view });
    };
    const ack: Ack = async (response) => {
      if (!acked) {
        acked = true;
        if (slackAck) await slackAck(response);
        return;
      }
      if (!formWaiting || !response) return; // Slack takes one acknowledgement per request
      const r = response as { response_action?: string; view?: View; errors?: Record<string, string> };
      if ((r.response_action === 'update' || r.response_action === 'push') && r.view) await updateForm(r.view);
      else if (r.response_action === 'errors' && r.errors) {
        await updateForm(buildConfirmationModal(DATABASE_BUSY.notSaved, [DATABASE_BUSY.notSavedIntro, ...Object.values(r.errors)]));
      }
    };

    // Waiting for a lock: acknowledge before Slack's deadline and say once that the change waits.
    const started = performance.now();
    let deadline: NodeJS.Timeout | undefined;
    const tellWaiting = async () => {
      if (!acked) {
        formWaiting = isViewSubmission;
        await ack(isViewSubmission ? { response_action: 'update', view: buildConfirmationModal(DATABASE_BUSY.waitingTitle, [DATABASE_BUSY.waiting]) } : undefined).catch(
          (e: unknown) => {
            log('could not acknowledge while waiting', e);
          },
        );
      }
      if (!formWaiting && respond) {
        await respond({ text: DATABASE_BUSY.waiting, response_type: 'ephemeral', replace_original: false }).catch((e: unknown) => {
          log('could not say that the change waits', e);
        });
      }
    };
    const onBusy = (attempt: number) => {
      if (attempt !== 1) return;
      deps.logger.warn(`listener ${name}: the database is locked by another process; waiting for it`);
      deadline = setTimeout(() => void tellWaiting(), Math.max(0, ACK_DEADLINE_MS - (performance.now() - started)));
    };

    const maxWaitMs = deps.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    try {
      await retryWhileBusy(() => handler({ ...listenerArgs, ack }), { maxWaitMs, onBusy });
    } catch (error) {
      clearTimeout(deadline);
      const ids = idsOf(args);
      if (error instanceof DatabaseBusyError) {
        deps.logger.error(`listener ${name} gave up user=${ids.user ?? '-'} channel=${ids.channel ?? '-'}: ${error.message}`);
        await answer(DATABASE_BUSY.gaveUpTitle, DATABASE_BUSY.gaveUp(Math.round(maxWaitMs / 1000)), 'that the change did not happen');
        return;
      }
      const e = error as Error & { code?: string; data?: { error?: string } };
      deps.logger.error(
        `listener ${name} failed user=${ids.user ?? '-'} channel=${ids.channel ?? '-'} team=${ids.team ?? '-'}: ${e.code ?? e.name}: ${e.data?.error ?? e.message}`,
      );
      await answer(SLACK_TEXT.apologyTitle, SLACK_TEXT.apology, 'the apology');
    } finally {
      clearTimeout(deadline);
    }

    /** The last word after a failure: in the form (a modal that closed without a word would look saved), or to the person. */
    async function answer(title: string, text: string, what: string): Promise<void> {
      if (isViewSubmission && (!acked || formWaiting)) {
        try {
          await ack({ response_action: 'update', view: buildConfirmationModal(title, [text]) });
        } catch (e) {
          log('could not answer in the form', e);
        }
        return;
      }
      if (!acked) await ack().catch(() => undefined);
      if (respond) {
        try {
          await respond({ text, response_type: 'ephemeral', replace_original: false });
        } catch (respondError) {
          log(`could not send ${what}`, respondError);
        }
      }
    }
  };
}
