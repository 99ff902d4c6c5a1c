// Modals: a new motie or toezegging, and a new term for an item. Pure builders.
import type { KnownBlock, View } from '@slack/types';
import { formatDateNl } from '../../domain/dates/format-date.ts';
import type { Item } from '../../domain/items.ts';
import { VIEW } from './ids.ts';
import { escapeTruncated, plain, truncateLines } from './mrkdwn.ts';

export const NEW_ITEM = {
  kind: { block: 'kind', action: 'kind_input' },
  title: { block: 'title', action: 'title_input' },
  text: { block: 'text', action: 'text_input' },
  codes: { block: 'codes', action: 'codes_input' },
  term: { block: 'term', action: 'term_input' },
} as const;

export const TERM = {
  term: { block: 'term', action: 'term_input' },
} as const;

/** What the modal remembers between opening and submitting (private_metadata, ≤ 3000 chars). */
export interface ModalMetadata {
  channelId?: string;
  itemId?: number;
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
    return out;
  } catch {
    return {};
  }
}

export function buildNewItemModal(metadata: ModalMetadata, defaultCodes: string[]): View {
  return {
    type: 'modal',
    callback_id: VIEW.newItem,
    private_metadata: encodeMetadata(metadata),
    title: { type: 'plain_text', text: 'Nieuwe motie/toezegging' },
    submit: { type: 'plain_text', text: 'Toevoegen' },
    close: { type: 'plain_text', text: 'Annuleren' },
    blocks: [
      {
        type: 'input',
        block_id: NEW_ITEM.kind.block,
        label: { type: 'plain_text', text: 'Soort' },
        element: {
          type: 'static_select',
          action_id: NEW_ITEM.kind.action,
          initial_option: { text: { type: 'plain_text', text: 'Motie' }, value: 'motie' },
          options: [
            { text: { type: 'plain_text', text: 'Motie' }, value: 'motie' },
            { text: { type: 'plain_text', text: 'Toezegging' }, value: 'toezegging' },
          ],
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.text.block,
        label: { type: 'plain_text', text: 'Verzoek of toezegging' },
        element: {
          type: 'plain_text_input',
          action_id: NEW_ITEM.text.action,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: 'De Tweede Kamer verzoekt de regering …' },
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.title.block,
        optional: true,
        label: { type: 'plain_text', text: 'Korte titel' },
        hint: { type: 'plain_text', text: 'Leeg laten: de eerste woorden van het verzoek.' },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.title.action, max_length: 150 },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.codes.block,
        label: { type: 'plain_text', text: 'Verantwoordelijk' },
        hint: { type: 'plain_text', text: "Eén of meer codes, gescheiden door komma's: SOCW, MOCW, MJenV …" },
        element: {
          type: 'plain_text_input',
          action_id: NEW_ITEM.codes.action,
          max_length: 200,
          ...(defaultCodes.length > 0 ? { initial_value: defaultCodes.join(', ') } : {}),
        },
      },
      {
        type: 'input',
        block_id: NEW_ITEM.term.block,
        optional: true,
        label: { type: 'plain_text', text: 'Termijn' },
        hint: { type: 'plain_text', text: 'In gewone taal: "voor de zomer van 2026", "eind 2026", "Q1 2027", "1-7-2026".' },
        element: { type: 'plain_text_input', action_id: NEW_ITEM.term.action, max_length: 200 },
      },
    ],
  };
}

export function buildTermModal(item: Item, metadata: ModalMetadata): View {
  const d = item.deadline;
  const current = d ? `Nu: ${d.text}${d.deadline ? ` → ${formatDateNl(d.deadline)}` : ' (nog geen datum)'}` : 'Nu: geen termijn';
  return {
    type: 'modal',
    callback_id: VIEW.term,
    private_metadata: encodeMetadata({ ...metadata, itemId: item.id }),
    title: { type: 'plain_text', text: plain(`Termijn #${item.id}`, 24) },
    submit: { type: 'plain_text', text: 'Opslaan' },
    close: { type: 'plain_text', text: 'Annuleren' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${escapeTruncated(item.title, 200)}*\n${escapeTruncated(current, 1000)}` } },
      {
        type: 'input',
        block_id: TERM.term.block,
        label: { type: 'plain_text', text: 'Nieuwe termijn' },
        hint: { type: 'plain_text', text: 'In gewone taal: "eind maart 2026", "voor het zomerreces", "Q2 2026".' },
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
    close: { type: 'plain_text', text: 'Sluiten' },
    blocks,
  };
}

/** The details of an item in a modal (from the Home tab, where there is no message to answer in). */
export function buildDetailsModal(itemId: number, details: { blocks: KnownBlock[] }): View {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: plain(`Details #${itemId}`, 24) },
    close: { type: 'plain_text', text: 'Sluiten' },
    blocks: details.blocks,
  };
}
