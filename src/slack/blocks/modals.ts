// Modals: a new motie or toezegging, a new term, editing an item and its other statuses. Pure builders.
import type { KnownBlock, View } from '@slack/types';
import type { IsoDate } from '../../domain/dates/types.ts';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import { isOnHold } from '../../domain/due.ts';
import type { Item } from '../../domain/items.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { VIEW } from './ids.ts';
import { escapeTruncated, plain, truncateLines } from './mrkdwn.ts';

export const NEW_ITEM = {
  kind: { block: 'kind', action: 'kind_input' },
  title: { block: 'title', action: 'title_input' },
  text: { block: 'text', action: 'text_input' },
  codes: { block: 'codes', action: 'codes_input' },
  term: { block: 'term', action: 'term_input' },
  kamerstuk: { block: 'kamerstuk', action: 'kamerstuk_input' },
  submitters: { block: 'submitters', action: 'submitters_input' },
} as const;

export const TERM = {
  term: { block: 'term', action: 'term_input' },
} as const;

/** What the modal remembers between opening and submitting (private_metadata, ≤ 3000 chars). */
export interface ModalMetadata {
  channelId?: string;
  itemId?: number;
  /** The edit modal: a fingerprint of each field as it was opened (the values do not fit in 3000 characters). */
  opened?: Partial<Record<EditInput, string>>;
}

/** The fields of the edit modal. */
export type EditInput = keyof typeof EDIT;

const FINGERPRINT = /^[0-9a-z]{1,12}$/;

/**
 * A short fingerprint of a field's text (53-bit cyrb53, base 36): equal texts give equal
 * fingerprints, a different text another one but for a chance of 1 in 2^53.
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function encodeMetadata(m: ModalMetadata): string {
  return JSON.stringify(m);
}

export function decodeMetadata(raw: unknown): ModalMetadata {
  if (typeof raw !== 'string' || raw.length > 3000) return {};
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    const out: ModalMetadata = {};
    if (typeof v.channelId === 'string' && /^[A-Z0-9]{1,30}$/.test(v.channelId)) out.channelId = v.channelId;
    if (typeof v.itemId === 'number' && Number.isSafeInteger(v.itemId) && v.itemId > 0) out.itemId = v.itemId;
    if (typeof v.opened === 'object' && v.opened !== null) {
      const opened: Partial<Record<EditInput, string>> = {};
      for (const [key, value] of Object.entries(v.opened as Record<string, unknown>)) {
        if (Object.hasOwn(EDIT, key) && typeof value === 'string' && FINGERPRINT.test(value)) opened[key as EditInput] = value;
      }
      out.opened = opened;
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * The new-item form. `defaultCodes` fill the codes field; `channelCodes` (the codes a channel
 * linked to a ministry works with) are named in its hint.
 */
export function buildNewItemModal(metadata: ModalMetadata, defaultCodes: readonly string[], channelCodes: readonly string[] = []): View {
  return {
    type: 'modal',
    callback_id: VIEW.newItem,
    private_metadata: encodeMetadata(metadata),
    title: { type: 'plain_text', text: ITEM_TEXT.newItem.title },
    submit: { type: 'plain_text', text: ITEM_TEXT.newItem.submit },
    close: { type: 'plain_text', text: ITEM_TEXT.newItem.close },
    blocks: [
      {
        type: 'input',
        block_id: NEW_ITEM.kind.block,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelKind },
        element: {
          type: 'static_select',
          action_id: NEW_ITEM.kind.action,
          initial_option: { text: { type: 'plain_text', text: ITEM_TEXT.newItem.kindMotie }, value: 'motie' },
          options: [
            { text: { type: 'plain_text', text: ITEM_TEXT.newItem.kindMotie }, value: 'motie' },
            { text: { type: 'plain_text', text: ITEM_TEXT.newItem.kindToezegging }, value: 'toezegging' },
          ],
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.text.block,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelText },
        element: {
          type: 'plain_text_input',
          action_id: NEW_ITEM.text.action,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: ITEM_TEXT.newItem.placeholderText },
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.title.block,
        optional: true,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelTitle },
        hint: { type: 'plain_text', text: ITEM_TEXT.newItem.hintTitle },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.title.action, max_length: 150 },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.codes.block,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelCodes },
        hint: { type: 'plain_text', text: plain(channelCodes.length > 1 ? ITEM_TEXT.newItem.hintCodesOfChannel(channelCodes) : ITEM_TEXT.newItem.hintCodes, 150) },
        element: {
          type: 'plain_text_input',
          action_id: NEW_ITEM.codes.action,
          max_length: 200,
          ...(defaultCodes.length > 0 ? { initial_value: plain(defaultCodes.join(', '), 200) } : {}),
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.term.block,
        optional: true,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelTerm },
        hint: { type: 'plain_text', text: ITEM_TEXT.newItem.hintTerm },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.term.action, max_length: 200 },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.kamerstuk.block,
        optional: true,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelKamerstuk },
        hint: { type: 'plain_text', text: ITEM_TEXT.newItem.hintKamerstuk },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.kamerstuk.action, max_length: 200 },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.submitters.block,
        optional: true,
        label: { type: 'plain_text', text: ITEM_TEXT.newItem.labelSubmitters },
        hint: { type: 'plain_text', text: ITEM_TEXT.newItem.hintSubmitters },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.submitters.action, multiline: true, max_length: INPUT_MAX },
      },
    ],
  };
}

export function buildTermModal(item: Item, metadata: ModalMetadata): View {
  const d = item.deadline;
  const current = d ? ITEM_TEXT.termModal.current(d.text, d.deadline ? formatDateNl(d.deadline) : null) : ITEM_TEXT.termModal.noTerm;
  return {
    type: 'modal',
    callback_id: VIEW.term,
    private_metadata: encodeMetadata({ ...metadata, itemId: item.id }),
    title: { type: 'plain_text', text: plain(ITEM_TEXT.termModal.title(item.id), 24) },
    submit: { type: 'plain_text', text: ITEM_TEXT.termModal.submit },
    close: { type: 'plain_text', text: ITEM_TEXT.termModal.close },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeTruncated(item.title, 200)}*\n${escapeTruncated(current, 1000)}` } },
      {
        type: 'input',
        block_id: TERM.term.block,
        label: { type: 'plain_text', text: ITEM_TEXT.termModal.label },
        hint: { type: 'plain_text', text: ITEM_TEXT.termModal.hint },
        // Empty (or "geen") removes the term.
        optional: true,
        element: { type: 'plain_text_input', action_id: TERM.term.action, max_length: 200 },
      },
    ],
  };
}

/** The view shown after a successful submit. */
export function buildConfirmationModal(title: string, lines: string[]): View {
  const blocks: KnownBlock[] = lines.map((line) => ({ type: 'section', text: { type: 'mrkdwn', text: truncateLines(line, 2900) } }));
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plain(title, 24) },
    close: { type: 'plain_text', text: ITEM_TEXT.closeModal },
    blocks,
  };
}

/** The details of an item in a modal (from the Home tab, where there is no message to answer in). */
export function buildDetailsModal(itemId: number, details: { blocks: KnownBlock[] }): View {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plain(ITEM_TEXT.details.modalTitle(itemId), 24) },
    close: { type: 'plain_text', text: ITEM_TEXT.closeModal },
    blocks: details.blocks,
  };
}

export const EDIT = {
  title: { block: 'edit_title', action: 'title_input' },
  kind: { block: 'edit_kind', action: 'kind_input' },
  statusText: { block: 'edit_status_text', action: 'status_text_input' },
  kamerstuk: { block: 'edit_kamerstuk', action: 'kamerstuk_input' },
  codes: { block: 'edit_codes', action: 'codes_input' },
  submitters: { block: 'edit_submitters', action: 'submitters_input' },
  owner: { block: 'edit_owner', action: 'owner_input' },
} as const;

/** Slack's most characters in a plain_text_input (a longer stand van zaken stays out of the modal). */
const INPUT_MAX = 3000;

/** The Kamerstuk as a person writes it, and as the edit reads it back unchanged. */
function kamerstukInput(ref: Item['kamerstuk']): string {
  if (!ref) return '';
  return ref.vergaderjaar ? `Kamerstukken II ${ref.vergaderjaar}, ${ref.dossier}, nr. ${ref.number}` : `${ref.dossier}, nr. ${ref.number}`;
}

const option = (text: string, value: string) => ({ text: { type: 'plain_text' as const, text: plain(text, 75) }, value });

/**
 * Each field of the edit modal as it shows the item (and as Slack sends it back untouched): what
 * the modal is filled in with, and what a submission is compared with to see what the person
 * changed, and whether someone else changed it meanwhile. A stand van zaken too long for the
 * modal is not in it ('').
 */
export function editFormValues(item: Item): Record<EditInput, string> {
  const statusText = item.statusText ?? '';
  return {
    title: plain(item.title, 300),
    kind: item.kind,
    statusText: statusText.length <= INPUT_MAX ? statusText : '',
    kamerstuk: kamerstukInput(item.kamerstuk),
    codes: plain(item.responsible.map((r) => r.code).join(', '), 200),
    submitters: item.submitters.join('\n').slice(0, INPUT_MAX),
    owner: item.owner && /^[UW][A-Z0-9]{1,30}$/.test(item.owner) ? item.owner : '',
  };
}

/** The fingerprints of the edit modal's fields for an item (ModalMetadata.opened). */
export function editFingerprints(item: Item): Record<EditInput, string> {
  const values = editFormValues(item);
  const out = {} as Record<EditInput, string>;
  for (const key of Object.keys(values) as EditInput[]) out[key] = fingerprint(values[key]);
  return out;
}

/** "Bewerken": every field of the item, filled in with what it is now. */
export function buildEditModal(item: Item, metadata: ModalMetadata): View {
  const T = ITEM_TEXT.edit;
  const motie = option(T.kindMotie, 'motie');
  const toezegging = option(T.kindToezegging, 'toezegging');
  const kinds = [motie, toezegging];
  const form = editFormValues(item);
  const statusText = item.statusText ?? '';
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: EDIT.title.block,
      label: { type: 'plain_text', text: T.labelTitle },
      element: { type: 'plain_text_input', action_id: EDIT.title.action, max_length: 300, initial_value: form.title },
    },
    {
      type: 'input',
      block_id: EDIT.kind.block,
      label: { type: 'plain_text', text: T.labelKind },
      element: { type: 'static_select', action_id: EDIT.kind.action, options: kinds, initial_option: item.kind === 'toezegging' ? toezegging : motie },
    },
  ];
  if (statusText.length <= INPUT_MAX) {
    blocks.push({
      type: 'input',
      block_id: EDIT.statusText.block,
      optional: true,
      label: { type: 'plain_text', text: T.labelStatusText },
      hint: { type: 'plain_text', text: T.hintStatusText },
      element: {
        type: 'plain_text_input',
        action_id: EDIT.statusText.action,
        multiline: true,
        max_length: INPUT_MAX,
        ...(statusText ? { initial_value: statusText } : {}),
      },
    });
  } else {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: T.statusTextTooLong(item.id) }] });
  }
  const { kamerstuk, codes, submitters } = form;
  blocks.push(
    {
      type: 'input',
      block_id: EDIT.kamerstuk.block,
      optional: true,
      label: { type: 'plain_text', text: T.labelKamerstuk },
      hint: { type: 'plain_text', text: T.hintKamerstuk },
      element: { type: 'plain_text_input', action_id: EDIT.kamerstuk.action, max_length: 200, ...(kamerstuk ? { initial_value: kamerstuk } : {}) },
    },
    {
      type: 'input',
      block_id: EDIT.codes.block,
      label: { type: 'plain_text', text: T.labelCodes },
      hint: { type: 'plain_text', text: T.hintCodes },
      element: { type: 'plain_text_input', action_id: EDIT.codes.action, max_length: 200, ...(codes ? { initial_value: codes } : {}) },
    },
    {
      type: 'input',
      block_id: EDIT.submitters.block,
      optional: true,
      label: { type: 'plain_text', text: T.labelSubmitters },
      hint: { type: 'plain_text', text: T.hintSubmitters },
      element: {
        type: 'plain_text_input',
        action_id: EDIT.submitters.action,
        multiline: true,
        max_length: INPUT_MAX,
        ...(submitters ? { initial_value: submitters } : {}),
      },
    },
    {
      type: 'input',
      block_id: EDIT.owner.block,
      optional: true,
      label: { type: 'plain_text', text: T.labelOwner },
      hint: { type: 'plain_text', text: T.hintOwner },
      element: {
        type: 'users_select',
        action_id: EDIT.owner.action,
        ...(form.owner ? { initial_user: form.owner } : {}),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: VIEW.edit,
    private_metadata: encodeMetadata({ ...metadata, itemId: item.id, opened: editFingerprints(item) }),
    title: { type: 'plain_text', text: plain(T.title(item.id), 24) },
    submit: { type: 'plain_text', text: T.submit },
    close: { type: 'plain_text', text: T.close },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${escapeTruncated(item.title, 200)}*` } }, ...blocks],
  };
}

export const STATUS = {
  choice: { block: 'status_choice', action: 'choice_input' },
  until: { block: 'status_until', action: 'until_input' },
} as const;

export type StatusChoice = 'hold' | 'lapse' | 'remove';

/** Aanhouden (with a date), Vervallen and, for who may delete, Verwijderen. */
export function buildStatusModal(item: Item, metadata: ModalMetadata, options: { initial: StatusChoice; mayDelete: boolean; today: IsoDate }): View {
  const T = ITEM_TEXT.statusModal;
  const hold = option(T.hold, 'hold');
  const choices = [hold, option(T.lapse, 'lapse'), ...(options.mayDelete ? [option(T.remove, 'remove')] : [])];
  const initial = choices.find((c) => c.value === options.initial) ?? hold;
  const held = item.onHoldUntil && isOnHold(item, options.today) ? T.currentHold(formatDateNl(item.onHoldUntil)) : null;
  return {
    type: 'modal',
    callback_id: VIEW.status,
    private_metadata: encodeMetadata({ ...metadata, itemId: item.id }),
    title: { type: 'plain_text', text: plain(T.title(item.id), 24) },
    submit: { type: 'plain_text', text: T.submit },
    close: { type: 'plain_text', text: T.close },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeTruncated(item.title, 200)}*${held ? `\n${held}` : ''}` } },
      {
        type: 'input',
        block_id: STATUS.choice.block,
        label: { type: 'plain_text', text: T.labelChoice },
        element: { type: 'radio_buttons', action_id: STATUS.choice.action, options: choices, initial_option: initial },
      },
      {
        type: 'input',
        block_id: STATUS.until.block,
        optional: true,
        label: { type: 'plain_text', text: T.labelUntil },
        hint: { type: 'plain_text', text: T.hintUntil },
        element: { type: 'plain_text_input', action_id: STATUS.until.action, max_length: 200 },
      },
    ],
  };
}
