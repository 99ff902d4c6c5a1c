// Short answers to one person that carry a button: "Ongedaan maken" after a menu choice, "Toch
// opslaan" after a term in the past. Pure: text in, blocks out, within Slack's limits (SLACK.md).
import type { KnownBlock } from '@slack/types';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { ACTION, encodeItemValue, itemBlockId } from './ids.ts';
import { truncateLines } from './mrkdwn.ts';

/** Slack's limits on a section's text and a button's value. */
const SECTION_TEXT_MAX = 3000;
const BUTTON_VALUE_MAX = 2000;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: text.length <= SECTION_TEXT_MAX ? text : truncateLines(text, SECTION_TEXT_MAX) } };
}

/** The "Ongedaan maken" button that undoes a menu choice on item `id` through `action`. */
export function undoBlock(undo: { action: string; id: number }): KnownBlock {
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: undo.action, text: { type: 'plain_text', text: ITEM_TEXT.undoButton }, value: encodeItemValue({ id: undo.id }) }],
  };
}

/** An answer with an "Ongedaan maken" button under it. */
export function answerWithUndo(text: string, undo: { action: string; id: number }): KnownBlock[] {
  return [section(text), undoBlock(undo)];
}

/**
 * One answer line per item (`/motie afgerond 6 7`), each followed by its "Ongedaan maken" button
 * when it has one: at most 25 items, so at most 50 blocks.
 */
export function answerLinesWithUndo(lines: readonly { text: string; undo: { action: string; id: number } | null }[]): KnownBlock[] {
  return lines.flatMap((line) =>
    line.undo ? [section(line.text), { ...undoBlock(line.undo), block_id: itemBlockId(line.undo.id, 'actions') }] : [section(line.text)],
  );
}

/** What the "Toch opslaan" button carries: the item and the term as typed. */
export interface TermConfirmation {
  id: number;
  term: string;
}

/** Parses the button value; forged or malformed values give null. */
export function decodeTermConfirmation(raw: unknown): TermConfirmation | null {
  if (typeof raw !== 'string' || raw.length > BUTTON_VALUE_MAX) return null;
  try {
    const { id, term } = JSON.parse(raw) as Record<string, unknown>;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0 || typeof term !== 'string' || term.trim() === '') return null;
    return { id, term };
  } catch {
    return null;
  }
}

/**
 * The question about a term in the past with a "Toch opslaan" button that repeats the request
 * with the confirmation. A term too long for a button's value gets the question alone: it can be
 * typed again, shorter.
 */
export function pastTermQuestion(text: string, confirmation: TermConfirmation): KnownBlock[] {
  const value = JSON.stringify(confirmation);
  if (value.length > BUTTON_VALUE_MAX) return [section(text)];
  return [
    section(text),
    {
      type: 'actions',
      block_id: 'term_confirm',
      elements: [{ type: 'button', action_id: ACTION.termConfirmPast, text: { type: 'plain_text', text: SLACK_TEXT.termConfirmButton }, value }],
    },
  ];
}
