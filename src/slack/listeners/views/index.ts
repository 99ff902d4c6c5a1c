// Modal submissions: a new item and a new term. Input errors go back inline in Dutch.
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from '@slack/bolt';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
import { addItem, setTerm, type AddItemProblem } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { explainDate } from '../../../domain/dates/explain-date.ts';
import type { ItemKind } from '../../../domain/items.ts';
import { VIEW } from '../../blocks/ids.ts';
import { buildConfirmationModal, decodeMetadata, NEW_ITEM, TERM } from '../../blocks/modals.ts';
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts';
import type { BotDeps } from '../../deps.ts';
import { T } from '../../../texts/slack.nl.ts';
import { guarded } from '../guard.ts';
import { notAllowedText } from '../../permission.ts';

type Values = ViewOutput['state']['values'];

function textValue(values: Values, ids: { block: string; action: string }): string {
  const v = values[ids.block]?.[ids.action];
  const raw = v?.value ?? v?.selected_option?.value ?? '';
  return String(raw).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
}

function problemText(problem: AddItemProblem): string {
  switch (problem.code) {
    case 'ITEM_TEXT_MISSING':
      return T.modalTextMissing;
    case 'ITEM_CODES_MISSING':
      return T.modalCodesMissing;
    case 'ITEM_CODE_UNKNOWN':
      return T.modalCodesInvalid(problem.word.slice(0, 40));
    case 'ITEM_CODES_NOT_ALLOWED':
      return T.createNotAllowed(problem.codes);
    case 'TERM_UNREADABLE':
      return problem.message.slice(0, 2000);
    case 'TERM_IN_PAST':
      return T.termConfirmAgain(problem.question);
  }
}

/**
 * Terms in the past that a person was asked to confirm in a modal, per user and form: sending
 * the form again with the same term is the confirmation. Bounded; a restart only asks again.
 */
const askedPastTerms = new Map<string, string>();

function confirmedPastTerm(key: string, term: string): boolean {
  return term !== '' && askedPastTerms.get(key) === term;
}

function rememberAskedPastTerm(key: string, term: string): void {
  if (askedPastTerms.size > 1000) askedPastTerms.clear();
  askedPastTerms.set(key, term);
}

export function registerViews(app: App, deps: BotDeps): void {
  app.view(
    VIEW.newItem,
    guarded<ViewArgs>('view new item', deps, async ({ ack, view, body }) => {
      const values = view.state.values;
      const metadata = decodeMetadata(view.private_metadata);
      const input = {
        kind: (textValue(values, NEW_ITEM.kind) === 'toezegging' ? 'toezegging' : 'motie') as ItemKind,
        text: textValue(values, NEW_ITEM.text),
        title: textValue(values, NEW_ITEM.title),
        codes: textValue(values, NEW_ITEM.codes).split(/[\s,;]+/).filter(Boolean),
        term: textValue(values, NEW_ITEM.term),
        confirmPastTerm: false,
      };
      const askedKey = `new:${body.user.id}`;
      input.confirmPastTerm = confirmedPastTerm(askedKey, input.term);
      const result = addItem(deps, input, {
        actor: slackActor(body.user.id),
        channelId: metadata.channelId ?? null,
        context: { via: 'modal', channel: metadata.channelId ?? null },
      });
      if (!result.ok) {
        if (result.problems.some((p) => p.code === 'TERM_IN_PAST')) rememberAskedPastTerm(askedKey, input.term);
        const errors: Record<string, string> = {};
        for (const problem of result.problems) errors[NEW_ITEM[problem.field].block] = problemText(problem);
        await ack({ response_action: 'errors', errors });
        return;
      }
      const { item, expression } = result;
      const lines = [`*${T.modalCreated(item.id)}* ${escapeMrkdwn(item.title)}`];
      lines.push(expression ? `🗓 ${escapeMrkdwn(explainDate(expression))}` : '🗓 Geen termijn; stel er later een in met `/motie termijn`.');
      await ack({ response_action: 'update', view: buildConfirmationModal('Toegevoegd', lines) });
    }),
  );

  app.view(
    VIEW.term,
    guarded<ViewArgs>('view term', deps, async ({ ack, view, body }) => {
      const metadata = decodeMetadata(view.private_metadata);
      const raw = textValue(view.state.values, TERM.term);
      if (!metadata.itemId) {
        await ack({ response_action: 'errors', errors: { [TERM.term.block]: T.itemGone } });
        return;
      }
      const itemId = metadata.itemId;
      const askedKey = `term:${body.user.id}:${itemId}`;
      const result = setTerm(
        deps,
        itemId,
        raw,
        { actor: slackActor(body.user.id), channelId: metadata.channelId ?? null, context: { via: 'modal', channel: metadata.channelId ?? null } },
        { confirmPast: confirmedPastTerm(askedKey, raw) },
      );
      const error = (text: string) => ack({ response_action: 'errors', errors: { [TERM.term.block]: text } });
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
          return error(T.itemNotFound(itemId));
        case 'ITEM_NOT_ALLOWED':
          return error(notAllowedText(deps, itemId));
        case 'TERM_UNREADABLE':
          return error(result.message.slice(0, 2000));
        case 'TERM_IN_PAST':
          rememberAskedPastTerm(askedKey, raw);
          return error(T.termConfirmAgain(result.question));
        case 'TERM_SET':
          askedPastTerms.delete(askedKey);
          return ack({
            response_action: 'update',
            view: buildConfirmationModal('Termijn aangepast', [escapeMrkdwn(T.termSet(itemId, explainDate(result.expression)))]),
          });
      }
    }),
  );
}
