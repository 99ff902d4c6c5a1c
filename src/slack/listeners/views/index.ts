// Modal submissions: a new item and a new term. Input errors go back inline in Dutch.
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from '@slack/bolt';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
import { amsterdamDate } from '../../../clock.ts';
import { uncoveredCodes } from '../../../domain/authorize.ts';
import { parseTarget } from '../../../domain/codes.ts';
import { explainDate } from '../../../domain/dates/explain-date.ts';
import { parseTermInput } from '../../../domain/dates/parse-term-input.ts';
import type { ItemDeadline, ItemKind, Responsibility } from '../../../domain/items.ts';
import { buildTitle } from '../../../domain/overview/build-title.ts';
import { createItem, updateItem } from '../../../store/items.queries.ts';
import { VIEW } from '../../blocks/ids.ts';
import { buildConfirmationModal, decodeMetadata, NEW_ITEM, TERM } from '../../blocks/modals.ts';
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts';
import type { BotDeps } from '../../deps.ts';
import { checkChange } from '../../item-changes.ts';
import { channelTargets } from '../../scope.ts';
import { T } from '../../texts.nl.ts';
import { guarded } from '../guard.ts';

type Values = ViewOutput['state']['values'];

function textValue(values: Values, ids: { block: string; action: string }): string {
  const v = values[ids.block]?.[ids.action];
  const raw = v?.value ?? v?.selected_option?.value ?? '';
  return String(raw).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
}

function termFrom(raw: string, today: string, deps: BotDeps): { ok: true; deadline: ItemDeadline; explanation: string } | { ok: false; message: string } {
  const parsed = parseTermInput(raw, today, deps.calendar);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const e = parsed.expression;
  return {
    ok: true,
    deadline: { earliest: e.earliest, deadline: e.deadline, text: e.text, basis: e.basis, soft: e.soft, source: 'person' },
    explanation: explainDate(e),
  };
}

export function registerViews(app: App, deps: BotDeps): void {
  app.view(
    VIEW.newItem,
    guarded<ViewArgs>('view new item', deps, async ({ ack, view, body }) => {
      const values = view.state.values;
      const today = amsterdamDate(deps.now());
      const errors: Record<string, string> = {};
      const kind = (textValue(values, NEW_ITEM.kind) === 'toezegging' ? 'toezegging' : 'motie') as ItemKind;
      const text = textValue(values, NEW_ITEM.text);
      if (!text) errors[NEW_ITEM.text.block] = T.modalTextMissing;
      const responsible: Responsibility[] = [];
      const codeWords = textValue(values, NEW_ITEM.codes).split(/[\s,;]+/).filter(Boolean);
      if (codeWords.length === 0) errors[NEW_ITEM.codes.block] = T.modalCodesMissing;
      for (const word of codeWords) {
        const target = parseTarget(word);
        if (!target || target.kind !== 'code') {
          errors[NEW_ITEM.codes.block] = T.modalCodesInvalid(word.slice(0, 40));
          break;
        }
        responsible.push({ code: target.code, ministry: target.ministry });
      }
      const metadata = decodeMetadata(view.private_metadata);
      // The same rule as opening the form, per code: a channel linked to each code (or its
      // ministry), or an admin. The channel is the one the form was opened in (our own metadata).
      const refused = uncoveredCodes(
        responsible,
        { userId: body.user.id, channelTargets: channelTargets(deps.db, metadata.channelId) },
        deps.admins,
      );
      if (!errors[NEW_ITEM.codes.block] && refused.length > 0) {
        deps.logger.info(`refused a new item for ${refused.join(',')} by user=${body.user.id} channel=${metadata.channelId ?? '-'}`);
        errors[NEW_ITEM.codes.block] = T.createNotAllowed([...new Set(refused)]);
      }
      const termRaw = textValue(values, NEW_ITEM.term);
      const term = termRaw ? termFrom(termRaw, today, deps) : null;
      if (term && !term.ok) errors[NEW_ITEM.term.block] = term.message.slice(0, 2000);
      if (Object.keys(errors).length > 0) {
        await ack({ response_action: 'errors', errors });
        return;
      }
      const title = textValue(values, NEW_ITEM.title) || buildTitle(text);
      const item = createItem(
        deps.db,
        { kind, title, text, responsible, deadline: term?.ok ? term.deadline : null },
        body.user.id,
        deps.now().getTime(),
        { via: 'modal', channel: metadata.channelId ?? null },
      );
      const lines = [`*${T.modalCreated(item.id)}* ${escapeMrkdwn(item.title)}`];
      lines.push(term?.ok ? `🗓 ${escapeMrkdwn(term.explanation)}` : '🗓 Geen termijn; stel er later een in met `/motie termijn`.');
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
      const permission = checkChange(deps, metadata.itemId, body.user.id, metadata.channelId);
      if (!permission.ok) {
        await ack({ response_action: 'errors', errors: { [TERM.term.block]: permission.text } });
        return;
      }
      const term = termFrom(raw, amsterdamDate(deps.now()), deps);
      if (!term.ok) {
        await ack({ response_action: 'errors', errors: { [TERM.term.block]: term.message.slice(0, 2000) } });
        return;
      }
      updateItem(deps.db, metadata.itemId, { deadline: term.deadline }, body.user.id, deps.now().getTime(), {
        via: 'modal',
        channel: metadata.channelId ?? null,
      });
      await ack({
        response_action: 'update',
        view: buildConfirmationModal('Termijn aangepast', [escapeMrkdwn(T.termSet(metadata.itemId, term.explanation))]),
      });
    }),
  );
}
