// `/motie stand <nr> …` and `/motie afgerond <nr> [<nr> …] [met <Kamerbrief>]`: each calls one use
// case through ctx.changes and answers in Dutch; the item's channels see the change after the
// answer (changes.ts, announce-change.ts). The other verbs about one item live in src/verbs/.
import { EDIT_LIMITS } from '../../../app/index.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { readItemArgs } from '../../../verbs/grammar.ts';
import { answerLinesWithUndo, answerWithUndo } from '../../blocks/answers.ts';
import { ACTION } from '../../blocks/ids.ts';
import { escapeTruncated } from '../../blocks/mrkdwn.ts';
import { getItem } from '../../../store/items.queries.ts';
import { I } from '../../../texts/items.nl.ts';
import { answerItemResult, refusal, slashRequest } from './item-answer.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { SubcommandHandler } from './types.ts';

/** At most this many numbers in one `/motie afgerond`. */
const MAX_NUMBERS = 25;

/** The word that clears the stand van zaken (`/motie stand 7 leeg`): never an empty text by accident. */
const CLEAR_WORDS = /^(?:leeg|leegmaken|wissen|wis)$/i;

/**
 * `/motie stand 7 <tekst>`: the stand van zaken, stored whole: it gets the command's whole text
 * (rawArgs, never cut), and a text over the edit limit is refused. Without text it shows the
 * current one and how to change it; `leeg` clears it.
 */
export const standCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = readItemArgs(ctx.rawArgs ?? ctx.args);
  if (id === null) return { text: I.usage.stand };
  if (rest === '') {
    const item = getItem(ctx.deps.db, id);
    if (!item || item.status === 'deleted') return { text: T.itemNotFound(id) };
    return { text: I.statusTextShown(id, item.statusText ? escapeTruncated(item.statusText, 2500) : null) };
  }
  const statusText = CLEAR_WORDS.test(rest) ? '' : rest;
  const result = ctx.changes.editItem(id, { statusText }, slashRequest(ctx));
  if (!result.ok && result.code === 'EDIT_INVALID' && result.problems.some((p) => p.code === 'EDIT_TOO_LONG')) {
    return { text: I.statusTextTooLong(id, rest.length, EDIT_LIMITS.statusText) };
  }
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: I.usage.stand } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: I.unchanged(id) };
  if (result.item.statusText) return { text: I.statusTextSet(id) };
  // Cleared on purpose, but a slip is easy: "Ongedaan maken" puts the text back.
  return { text: I.statusTextCleared(id), blocks: answerWithUndo(I.statusTextCleared(id), { action: ACTION.restoreStatusText, id }) };
};

/** `/motie afgerond 6 7 [met Kamerstuk 36222-45 | met https://…]`: every number gets an answer. */
export const afgerondCommand: SubcommandHandler = (ctx) => {
  const text = ctx.args.trim();
  // Always matches (lazy words, optional `met …`); the `?.` only satisfies the types.
  const m = /^(.*?)(?:\s+met\s+(.+))?$/is.exec(text);
  const words = (m?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
  const reference = (m?.[2] ?? '').replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1').trim();
  const ids = words.map((w) => parseItemId(w));
  if (words.length === 0 || ids.some((id) => id === null)) return { text: I.usage.afgerond };
  if (ids.length > MAX_NUMBERS) return { text: I.tooManyNumbers(MAX_NUMBERS) };
  const lines: { text: string; undo: { action: string; id: number } | null }[] = [];
  for (const id of [...new Set(ids as number[])]) {
    const result = ctx.changes.markItemDone(id, slashRequest(ctx), reference ? { closingReference: reference } : {});
    if (result.code === 'CLOSING_REFERENCE_UNREADABLE') return { text: answerItemResult(ctx, id, result) };
    // Like the Afgerond button: a slip is undone with "Ongedaan maken" (which reopens the item).
    lines.push({ text: answerItemResult(ctx, id, result), undo: result.code === 'ITEM_DONE' ? { action: ACTION.undo, id } : null });
  }
  const joined = lines.map((line) => line.text).join('\n');
  return lines.some((line) => line.undo) ? { text: joined, blocks: answerLinesWithUndo(lines) } : { text: joined };
};
