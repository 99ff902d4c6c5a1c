// Modal submissions: a new item, a new term, an edit and the other statuses. Input errors go back
// inline in Dutch and change nothing; the right to change the item is checked again on submission.
import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewOutput, ViewSubmitAction } from '@slack/bolt';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
import { editItemGuarded, authorizeChange, EDIT_LIMITS, type ChangeRequest, type EditedField, type EditGuard, type EditProblem, type ItemEdit } from '../../../app/index.ts';
import { addItemProblemNl } from '../../../verbs/nieuw/texts.nl.ts';
import { slackActor } from '../../../domain/actor.ts';
import { explainDate } from '../../../texts/explain-date.nl.ts';
import type { ItemKind } from '../../../domain/items.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { editedFields } from '../../announce-change.ts';
import { VIEW } from '../../blocks/ids.ts';
import { buildConfirmationModal, decodeMetadata, EDIT, editFingerprints, fingerprint, NEW_ITEM, STATUS, TERM, type EditInput, type ModalMetadata } from '../../blocks/modals.ts';
import { actorNl, PLAIN_STYLE } from '../../../texts/history.nl.ts';
import { ITEM_TEXT } from '../../../texts/items.nl.ts';
import { escapeMrkdwn } from '../../../domain/escape-mrkdwn.ts';
import type { BotDeps } from '../../deps.ts';
import { SLACK_TEXT } from '../../../texts/slack.nl.ts';
import { changingListener } from '../changing.ts';
import { registerTriageView } from './triage.ts';
import { notAllowedText } from '../../permission.ts';
import { pastTermQuestionNl, termInputNl } from '../../../texts/dates.nl.ts';
import { readItem } from '../../../app/read-items.ts';
import { addItem } from '../../../verbs/nieuw/add-item.ts';
import { deleteItem } from '../../../verbs/verwijder/delete-item.ts';
import { holdItem } from '../../../verbs/aanhouden/hold-item.ts';
import { lapseItem } from '../../../verbs/vervallen/lapse-item.ts';
import { setTerm } from '../../../verbs/termijn/set-term.ts';

type Values = ViewOutput['state']['values'];

function textValue(values: Values, ids: { block: string; action: string }): string {
  const v = values[ids.block]?.[ids.action];
  const raw = v?.value ?? v?.selected_option?.value ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is what this does
  return raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
}

/** The raw value of an input as Slack sends it: text, a chosen option, a chosen user; undefined when the block is absent. */
function rawValue(values: Values, ids: { block: string; action: string }): { present: boolean; value: string | null } {
  const v = values[ids.block]?.[ids.action] as { value?: string | null; selected_option?: { value?: string } | null; selected_user?: string | null } | undefined;
  if (!v) return { present: false, value: null };
  return { present: true, value: v.value ?? v.selected_option?.value ?? v.selected_user ?? null };
}

/** The audit log's name of each field of the edit modal. */
const EDITED_FIELD: Record<EditInput, EditedField> = {
  title: 'title',
  kind: 'kind',
  statusText: 'statusText',
  kamerstuk: 'kamerstuk',
  codes: 'responsible',
  submitters: 'submitters',
  owner: 'owner',
};

/**
 * The fields of the edit modal this person changed: those whose submitted value differs from the
 * one the modal was opened with (its fingerprint in private_metadata). A modal opened without
 * fingerprints (before they existed) counts every field as changed.
 */
function changedInputs(values: Values, opened: ModalMetadata['opened']): EditInput[] {
  return (Object.keys(EDIT) as EditInput[]).filter((input) => {
    const { present, value } = rawValue(values, EDIT[input]);
    if (!present) return false;
    const before = opened?.[input];
    return before === undefined || fingerprint(value ?? '') !== before;
  });
}

/**
 * Only what this person changed is written; a field they changed that someone else changed since
 * they opened the modal refuses the whole edit (issue 22.3: two people editing one item).
 */
function editGuard(changed: readonly EditInput[], opened: ModalMetadata['opened']): EditGuard {
  return {
    changedSince: (current) => {
      const now = editFingerprints(current);
      return changed.filter((input) => opened?.[input] !== undefined && now[input] !== opened[input]).map((input) => EDITED_FIELD[input]);
    },
  };
}

/** What the edit modal asks to change: only the fields given in `only` the form had. Line breaks stay (stand van zaken). */
function readEdit(values: Values, only: readonly EditInput[]): ItemEdit {
  const edit: ItemEdit = {};
  const wanted = new Set(only);
  const field = (input: EditInput) => (wanted.has(input) ? rawValue(values, EDIT[input]) : { present: false, value: null });
  const title = field('title');
  if (title.present) edit.title = title.value ?? '';
  const kind = field('kind');
  if (kind.present && (kind.value === 'motie' || kind.value === 'toezegging')) edit.kind = kind.value;
  const statusText = field('statusText');
  if (statusText.present) edit.statusText = statusText.value ?? '';
  const kamerstuk = field('kamerstuk');
  if (kamerstuk.present) edit.kamerstuk = kamerstuk.value ?? '';
  const codes = field('codes');
  if (codes.present) edit.codes = (codes.value ?? '').split(/[\s,;]+/).filter(Boolean);
  const submitters = field('submitters');
  if (submitters.present) edit.submitters = (submitters.value ?? '').split(/[\n;]+/);
  const owner = field('owner');
  if (owner.present) edit.owner = owner.value || null;
  return edit;
}

const EDIT_BLOCK: Record<EditProblem['field'], string> = {
  title: EDIT.title.block,
  text: EDIT.title.block,
  statusText: EDIT.statusText.block,
  kamerstuk: EDIT.kamerstuk.block,
  codes: EDIT.codes.block,
  submitters: EDIT.submitters.block,
  owner: EDIT.owner.block,
};

function editProblemText(problem: EditProblem): string {
  const P = ITEM_TEXT.edit.problem;
  switch (problem.code) {
    case 'EDIT_TITLE_EMPTY':
      return P.EDIT_TITLE_EMPTY;
    case 'EDIT_TEXT_EMPTY':
      return P.EDIT_TEXT_EMPTY;
    case 'EDIT_TOO_LONG':
      if (problem.field === 'submitters') return P.EDIT_SUBMITTERS_TOO_LONG;
      return P.EDIT_TOO_LONG(problem.field === 'title' ? EDIT_LIMITS.title : EDIT_LIMITS.statusText);
    case 'EDIT_KAMERSTUK_UNREADABLE':
      return P.EDIT_KAMERSTUK_UNREADABLE;
    case 'EDIT_CODES_EMPTY':
      return P.EDIT_CODES_EMPTY;
    case 'EDIT_CODE_UNKNOWN':
      return P.EDIT_CODE_UNKNOWN(problem.value ?? '');
    case 'EDIT_CODES_NOT_ALLOWED':
      return P.EDIT_CODES_NOT_ALLOWED(problem.value ?? '');
    case 'EDIT_OWNER_INVALID':
      return P.EDIT_OWNER_INVALID;
  }
}

export function registerViews(app: App, deps: BotDeps): void {
  /**
   * Terms in the past that a person was asked to confirm in a modal, per user and form: sending
   * the form again with the same term is the confirmation. Bounded; a restart only asks again.
   * Held per app (not per module), so two apps in one process do not share what was asked.
   */
  const askedPastTerms = new Map<string, string>();
  const confirmedPastTerm = (key: string, term: string): boolean => term !== '' && askedPastTerms.get(key) === term;
  const rememberAskedPastTerm = (key: string, term: string): void => {
    if (askedPastTerms.size > 1000) askedPastTerms.clear();
    askedPastTerms.set(key, term);
  };
  registerItemViews(app, deps);
  registerTriageView(app, deps);
  app.view(
    VIEW.newItem,
    changingListener<ViewArgs>('view new item', deps, async ({ ack, view, body }, changes) => {
      const values = view.state.values;
      const metadata = decodeMetadata(view.private_metadata);
      const kind: ItemKind = textValue(values, NEW_ITEM.kind) === 'toezegging' ? 'toezegging' : 'motie';
      const input = {
        kind,
        text: textValue(values, NEW_ITEM.text),
        title: textValue(values, NEW_ITEM.title),
        codes: textValue(values, NEW_ITEM.codes).split(/[\s,;]+/).filter(Boolean),
        term: textValue(values, NEW_ITEM.term),
        confirmPastTerm: false,
        kamerstuk: textValue(values, NEW_ITEM.kamerstuk),
        // One name per line (control characters other than line breaks go in addItem).
        submitters: (rawValue(values, NEW_ITEM.submitters).value ?? '').split(/[\n;]+/),
      };
      const askedKey = `new:${body.user.id}`;
      input.confirmPastTerm = confirmedPastTerm(askedKey, input.term);
      const result = changes.run(addItem, input, {
        actor: slackActor(body.user.id),
        channelId: metadata.channelId ?? null,
        context: { via: 'modal', channel: metadata.channelId ?? null },
      });
      if (!result.ok) {
        if (result.problems.some((p) => p.code === 'TERM_IN_PAST')) rememberAskedPastTerm(askedKey, input.term);
        const errors: Record<string, string> = {};
        for (const problem of result.problems) errors[NEW_ITEM[problem.field].block] = addItemProblemNl(problem, 'slack');
        await ack({ response_action: 'errors', errors });
        return;
      }
      const { item, expression } = result;
      const lines = [`*${SLACK_TEXT.modalCreated(item.id)}* ${escapeMrkdwn(item.title)}`];
      lines.push(expression ? `🗓 ${escapeMrkdwn(explainDate(expression))}` : SLACK_TEXT.modalCreatedNoTerm);
      await ack({ response_action: 'update', view: buildConfirmationModal(SLACK_TEXT.modalCreatedTitle, lines) });
    }),
  );

  app.view(
    VIEW.term,
    changingListener<ViewArgs>('view term', deps, async ({ ack, view, body }, changes) => {
      const metadata = decodeMetadata(view.private_metadata);
      const raw = textValue(view.state.values, TERM.term);
      if (!metadata.itemId) {
        await ack({ response_action: 'errors', errors: { [TERM.term.block]: SLACK_TEXT.itemGone } });
        return;
      }
      const itemId = metadata.itemId;
      const askedKey = `term:${body.user.id}:${itemId}`;
      const result = changes.run(setTerm, 
        itemId,
        raw,
        { actor: slackActor(body.user.id), channelId: metadata.channelId ?? null, context: { via: 'modal', channel: metadata.channelId ?? null } },
        { confirmPast: confirmedPastTerm(askedKey, raw) },
      );
      const error = (text: string) => ack({ response_action: 'errors', errors: { [TERM.term.block]: text } });
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
          return error(SLACK_TEXT.itemNotFound(itemId));
        case 'ITEM_NOT_ALLOWED':
          return error(notAllowedText(deps, itemId));
        case 'TERM_UNREADABLE':
          return error(termInputNl(result.problem).slice(0, 2000));
        case 'TERM_IN_PAST':
          rememberAskedPastTerm(askedKey, raw);
          return error(SLACK_TEXT.termConfirmAgain(pastTermQuestionNl(result.past)));
        case 'TERM_CLEARED':
          askedPastTerms.delete(askedKey);
          return ack({ response_action: 'update', view: buildConfirmationModal(SLACK_TEXT.termClearedTitle, [escapeMrkdwn(SLACK_TEXT.termCleared(itemId))]) });
        case 'TERM_SET':
          askedPastTerms.delete(askedKey);
          return ack({
            response_action: 'update',
            view: buildConfirmationModal(SLACK_TEXT.termSetTitle, [escapeMrkdwn(SLACK_TEXT.termSet(itemId, explainDate(result.expression)))]),
          });
      }
    }),
  );
}

/** The edit modal and the status modal: both change an existing item after checking again who may. */
function registerItemViews(app: App, deps: BotDeps): void {
  const requestOf = (user: string, channelId: string | undefined): ChangeRequest => ({
    actor: slackActor(user),
    channelId: channelId ?? null,
    context: { via: 'modal', channel: channelId ?? null },
  });

  app.view(
    VIEW.edit,
    changingListener<ViewArgs>('view edit', deps, async ({ ack, view, body }, changes) => {
      const metadata = decodeMetadata(view.private_metadata);
      const first = EDIT.title.block;
      if (!metadata.itemId) {
        await ack({ response_action: 'errors', errors: { [first]: SLACK_TEXT.itemGone } });
        return;
      }
      const itemId = metadata.itemId;
      const values = view.state.values;
      const changed = changedInputs(values, metadata.opened);
      const result = changes.run(editItemGuarded, itemId, readEdit(values, changed), requestOf(body.user.id, metadata.channelId), editGuard(changed, metadata.opened));
      if (!result.ok) {
        if (result.code === 'EDIT_CHANGED_MEANWHILE') {
          // Nothing written; the form stays open with what the person typed.
          const errors: Record<string, string> = {};
          const by = result.by ? actorNl(result.by, PLAIN_STYLE) : null;
          for (const input of changed) {
            if (result.fields.includes(EDITED_FIELD[input])) errors[EDIT[input].block] = ITEM_TEXT.edit.changedMeanwhile(by);
          }
          await ack({ response_action: 'errors', errors });
          return;
        }
        if (result.code === 'EDIT_INVALID') {
          const errors: Record<string, string> = {};
          for (const problem of result.problems) errors[EDIT_BLOCK[problem.field]] ??= editProblemText(problem);
          await ack({ response_action: 'errors', errors });
          return;
        }
        await ack({ response_action: 'errors', errors: { [first]: result.code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(itemId) : notAllowedText(deps, itemId) } });
        return;
      }
      if (result.code === 'ITEM_UNCHANGED') {
        await ack({ response_action: 'update', view: buildConfirmationModal(ITEM_TEXT.edit.unchangedTitle, [ITEM_TEXT.unchanged(itemId)]) });
        return;
      }
      await ack({ response_action: 'update', view: buildConfirmationModal(ITEM_TEXT.edit.savedTitle, [ITEM_TEXT.edit.saved(itemId, editedFields(result.changed))]) });
    }),
  );

  app.view(
    VIEW.status,
    changingListener<ViewArgs>('view status', deps, async ({ ack, view, body }, changes) => {
      const metadata = decodeMetadata(view.private_metadata);
      const values = view.state.values;
      const choice = textValue(values, STATUS.choice);
      const until = textValue(values, STATUS.until);
      const error = (block: string, text: string) => ack({ response_action: 'errors', errors: { [block]: text } });
      if (!metadata.itemId) return error(STATUS.choice.block, SLACK_TEXT.itemGone);
      const itemId = metadata.itemId;
      const request = requestOf(body.user.id, metadata.channelId);
      const done = (title: string, line: string) => ack({ response_action: 'update', view: buildConfirmationModal(title, [line]) });
      const refusal = (code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED') =>
        error(STATUS.choice.block, code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(itemId) : notAllowedText(deps, itemId));
      const titles = ITEM_TEXT.statusModal.doneTitle;
      if (choice === 'lapse') {
        const result = changes.run(lapseItem, itemId, request);
        if (result.code === 'ITEM_ALREADY_LAPSED') return error(STATUS.choice.block, ITEM_TEXT.alreadyLapsed(itemId));
        if (!result.ok) return refusal(result.code);
        return done(titles.lapse, ITEM_TEXT.lapsed(itemId));
      }
      if (choice === 'remove') {
        const result = changes.run(deleteItem, itemId, request);
        if (result.code === 'ITEM_DELETE_NOT_ALLOWED') return error(STATUS.choice.block, ITEM_TEXT.deleteNotAllowed);
        if (result.code !== 'ITEM_DELETED') return refusal('ITEM_NOT_FOUND');
        return done(titles.remove, ITEM_TEXT.deleted(itemId));
      }
      // Aanhouden: a date in the future; an empty date ends a hold that is on, and is asked for otherwise.
      if (!until && !readItem(deps, itemId)?.onHoldUntil) {
        const check = authorizeChange(deps, itemId, request);
        return check.ok ? error(STATUS.until.block, ITEM_TEXT.statusModal.holdDateMissing) : refusal(check.code);
      }
      const result = changes.run(holdItem, itemId, until, request);
      switch (result.code) {
        case 'ITEM_NOT_FOUND':
        case 'ITEM_NOT_ALLOWED':
          return refusal(result.code);
        case 'ITEM_NOT_OPEN':
          return error(STATUS.choice.block, ITEM_TEXT.notOpen(itemId));
        case 'HOLD_DATE_PAST':
          return error(STATUS.until.block, ITEM_TEXT.holdPast);
        case 'HOLD_DATE_UNREADABLE':
          return error(STATUS.until.block, result.problem ? ITEM_TEXT.holdUnreadable(termInputNl(result.problem)) : ITEM_TEXT.statusModal.holdDateMissing);
        case 'ITEM_HOLD_ENDED':
          return ack({ response_action: 'update', view: buildConfirmationModal(titles.holdEnded, [ITEM_TEXT.holdEnded(itemId)]) });
        case 'ITEM_ON_HOLD':
          return done(titles.hold, ITEM_TEXT.onHold(itemId, formatDateNl(result.until)));
      }
    }),
  );
}
