// `/motie stand|trekker|heropen|vervallen|aanhouden|verwijder|herstel <nr> …` and `/motie afgerond
// <nr> [<nr> …] [met <Kamerbrief>]`: each calls one use case through ctx.changes and answers in
// Dutch; the item's channels see the change after the answer (changes.ts, announce-change.ts).
import { EDIT_LIMITS, type ChangeRequest } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { answerLinesWithUndo, answerWithUndo } from '../../blocks/answers.ts';
import { ACTION } from '../../blocks/ids.ts';
import { actorName } from '../../blocks/item-row.ts';
import { escapeTruncated } from '../../blocks/mrkdwn.ts';
import { getItem } from '../../../store/items.queries.ts';
import { allowedChannels, notAllowedText } from '../../permission.ts';
import { I } from '../../../texts/items.nl.ts';
import { ITEM_RESULT, itemResultFacts, type ItemResult } from '../../../texts/item-results.nl.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { CommandContext, SubcommandHandler } from './types.ts';

/** At most this many numbers in one `/motie afgerond`. */
const MAX_NUMBERS = 25;

function request(ctx: CommandContext): ChangeRequest {
  return {
    actor: slackActor(ctx.command.user_id),
    channelId: ctx.command.channel_id,
    context: { via: 'slash', channel: ctx.command.channel_id },
  };
}

/** The words after the item number, line breaks kept (the stand van zaken is multi-line). */
function afterNumber(raw: string): { id: number | null; rest: string } {
  const m = /^\s*(#?\d{1,9})(?:[ \t]+|\n|$)([\s\S]*)$/.exec(raw);
  if (!m) return { id: null, rest: '' };
  return { id: parseItemId(m[1]), rest: (m[2] ?? '').trim() };
}

function refusal(ctx: CommandContext, id: number, code: 'ITEM_NOT_FOUND' | 'ITEM_NOT_ALLOWED'): { text: string } {
  return { text: code === 'ITEM_NOT_FOUND' ? T.itemNotFound(id) : notAllowedText(ctx.deps, id) };
}

/** The word that clears the stand van zaken (`/motie stand 7 leeg`): never an empty text by accident. */
const CLEAR_WORDS = /^(?:leeg|leegmaken|wissen|wis)$/i;

/**
 * `/motie stand 7 <tekst>`: the stand van zaken, stored whole: it gets the command's whole text
 * (rawArgs, never cut), and a text over the edit limit is refused. Without text it shows the
 * current one and how to change it; `leeg` clears it.
 */
export const standCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = afterNumber(ctx.rawArgs ?? ctx.args);
  if (id === null) return { text: I.usage.stand };
  if (rest === '') {
    const item = getItem(ctx.deps.db, id);
    if (!item || item.status === 'deleted') return { text: T.itemNotFound(id) };
    return { text: I.statusTextShown(id, item.statusText ? escapeTruncated(item.statusText, 2500) : null) };
  }
  const statusText = CLEAR_WORDS.test(rest) ? '' : rest;
  const result = ctx.changes.editItem(id, { statusText }, request(ctx));
  if (!result.ok && result.code === 'EDIT_INVALID' && result.problems.some((p) => p.code === 'EDIT_TOO_LONG')) {
    return { text: I.statusTextTooLong(id, rest.length, EDIT_LIMITS.statusText) };
  }
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: I.usage.stand } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: I.unchanged(id) };
  if (result.item.statusText) return { text: I.statusTextSet(id) };
  // Cleared on purpose, but a slip is easy: "Ongedaan maken" puts the text back.
  return { text: I.statusTextCleared(id), blocks: answerWithUndo(I.statusTextCleared(id), { action: ACTION.restoreStatusText, id }) };
};

/** "<@U123|sanne>", "<@U123>", "U123" → U123; "niemand"/"geen" → null; anything else: undefined. */
function readOwner(raw: string): string | null | undefined {
  const text = raw.trim();
  if (/^(niemand|geen|-)$/i.test(text)) return null;
  const m = /^<@([UW][A-Z0-9]{1,30})(?:\|[^>]*)?>$/.exec(text) ?? /^([UW][A-Z0-9]{6,30})$/.exec(text);
  return m?.[1];
}

/** `/motie trekker 7 @naam` */
export const trekkerCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = afterNumber(ctx.args);
  if (id === null || !rest) return { text: I.usage.trekker };
  const owner = readOwner(rest);
  if (owner === undefined) return { text: I.ownerNotAPerson(rest) };
  const result = ctx.changes.editItem(id, { owner }, request(ctx));
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: I.ownerNotAPerson(rest) } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: I.unchanged(id) };
  return { text: owner ? I.ownerSet(id, owner) : I.ownerCleared(id) };
};

/** The answer to a status change: one sentence per result code (texts/item-results.nl.ts). */
function answer(ctx: CommandContext, id: number, result: ItemResult): string {
  return ITEM_RESULT[result.code].slack(
    itemResultFacts(id, result, {
      doneBy: actorName,
      allowedIn: () => allowedChannels(ctx.deps, id),
    }),
  );
}

/** `/motie heropen 7` */
export const heropenCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.heropen };
  return { text: answer(ctx, id, ctx.changes.reopenItem(id, request(ctx))) };
};

/** `/motie vervallen 7` */
export const vervallenCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.vervallen };
  return { text: answer(ctx, id, ctx.changes.lapseItem(id, request(ctx))) };
};

/** `/motie aanhouden 7 tot 1 maart 2026`, `/motie aanhouden 7 uit` */
export const aanhoudenCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = afterNumber(ctx.args);
  if (id === null || !rest) return { text: I.usage.aanhouden };
  const until = /^(uit|stop|niet meer)$/i.test(rest) ? '' : rest.replace(/^tot\s+/i, '');
  return { text: answer(ctx, id, ctx.changes.holdItem(id, until, request(ctx))) };
};

/** `/motie verwijder 7` (admins) */
export const verwijderCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.verwijder };
  return { text: answer(ctx, id, ctx.changes.deleteItem(id, request(ctx))) };
};

/** `/motie herstel 7`: undo of a delete (admins) */
export const herstelCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.herstel };
  return { text: answer(ctx, id, ctx.changes.restoreItem(id, request(ctx))) };
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
    const result = ctx.changes.markItemDone(id, request(ctx), reference ? { closingReference: reference } : {});
    if (result.code === 'CLOSING_REFERENCE_UNREADABLE') return { text: answer(ctx, id, result) };
    // Like the Afgerond button: a slip is undone with "Ongedaan maken" (which reopens the item).
    lines.push({ text: answer(ctx, id, result), undo: result.code === 'ITEM_DONE' ? { action: ACTION.undo, id } : null });
  }
  const joined = lines.map((line) => line.text).join('\n');
  return lines.some((line) => line.undo) ? { text: joined, blocks: answerLinesWithUndo(lines) } : { text: joined };
};
