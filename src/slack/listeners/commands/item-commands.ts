// `/motie stand|trekker|heropen|vervallen|aanhouden|verwijder|herstel <nr> …` and `/motie afgerond
// <nr> [<nr> …] [met <Kamerbrief>]`: each calls one use case through ctx.changes and answers in
// Dutch; the item's channels see the change after the answer (changes.ts, announce-change.ts).
import type { ChangeRequest } from '../../../app/index.ts';
import { slackActor } from '../../../domain/actor.ts';
import { formatDateNl } from '../../../domain/dates/format-date.ts';
import { parseItemId } from '../../../domain/item-id.ts';
import { actorName } from '../../blocks/item-row.ts';
import { escapeMrkdwn } from '../../blocks/mrkdwn.ts';
import { notAllowedText } from '../../permission.ts';
import { I } from '../../../texts/items.nl.ts';
import { T } from '../../../texts/slack.nl.ts';
import type { CommandContext, SubcommandHandler } from './types.ts';

/** At most this many numbers in one `/motie afgerond`. */
export const MAX_NUMBERS = 25;

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

/** `/motie stand 7 <tekst>`: the stand van zaken (an empty text clears it). */
export const standCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = afterNumber(ctx.rawArgs ?? ctx.args);
  if (id === null) return { text: I.usage.stand };
  const result = ctx.changes.editItem(id, { statusText: rest }, request(ctx));
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: I.usage.stand } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: I.unchanged(id) };
  return { text: result.item.statusText ? I.statusTextSet(id) : I.statusTextCleared(id) };
};

/** "<@U123|sanne>", "<@U123>", "U123" → U123; "niemand"/"geen" → null; anything else: undefined. */
export function readOwner(raw: string): string | null | undefined {
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

/** `/motie heropen 7` */
export const heropenCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.heropen };
  const result = ctx.changes.reopenItem(id, request(ctx));
  switch (result.code) {
    case 'ITEM_NOT_FOUND':
    case 'ITEM_NOT_ALLOWED':
      return refusal(ctx, id, result.code);
    case 'ITEM_NOT_DONE':
      return { text: T.notDone(id) };
    case 'ITEM_REOPENED':
      return { text: T.reopened(id) };
  }
};

/** `/motie vervallen 7` */
export const vervallenCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.vervallen };
  const result = ctx.changes.lapseItem(id, request(ctx));
  switch (result.code) {
    case 'ITEM_NOT_FOUND':
    case 'ITEM_NOT_ALLOWED':
      return refusal(ctx, id, result.code);
    case 'ITEM_ALREADY_LAPSED':
      return { text: I.alreadyLapsed(id) };
    case 'ITEM_LAPSED':
      return { text: I.lapsed(id) };
  }
};

/** `/motie aanhouden 7 tot 1 maart 2026`, `/motie aanhouden 7 uit` */
export const aanhoudenCommand: SubcommandHandler = (ctx) => {
  const { id, rest } = afterNumber(ctx.args);
  if (id === null || !rest) return { text: I.usage.aanhouden };
  const until = /^(uit|stop|niet meer)$/i.test(rest) ? '' : rest.replace(/^tot\s+/i, '');
  const result = ctx.changes.holdItem(id, until, request(ctx));
  switch (result.code) {
    case 'ITEM_NOT_FOUND':
    case 'ITEM_NOT_ALLOWED':
      return refusal(ctx, id, result.code);
    case 'ITEM_NOT_OPEN':
      return { text: I.notOpen(id) };
    case 'HOLD_DATE_PAST':
      return { text: I.holdPast };
    case 'HOLD_DATE_UNREADABLE':
      return { text: I.holdUnreadable(result.message) };
    case 'ITEM_HOLD_ENDED':
      return { text: I.holdEnded(id) };
    case 'ITEM_ON_HOLD':
      return { text: I.onHold(id, formatDateNl(result.until)) };
  }
};

/** `/motie verwijder 7` (admins) */
export const verwijderCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.verwijder };
  const result = ctx.changes.deleteItem(id, request(ctx));
  switch (result.code) {
    case 'ITEM_NOT_FOUND':
      return { text: T.itemNotFound(id) };
    case 'ITEM_DELETE_NOT_ALLOWED':
      return { text: I.deleteNotAllowed };
    case 'ITEM_NOT_DELETED':
    case 'ITEM_RESTORED':
      return { text: I.notDeleted(id) };
    case 'ITEM_DELETED':
      return { text: I.deleted(id) };
  }
};

/** `/motie herstel 7`: undo of a delete (admins) */
export const herstelCommand: SubcommandHandler = (ctx) => {
  const id = parseItemId(ctx.args.split(/\s+/)[0]);
  if (id === null) return { text: I.usage.herstel };
  const result = ctx.changes.restoreItem(id, request(ctx));
  switch (result.code) {
    case 'ITEM_NOT_FOUND':
      return { text: T.itemNotFound(id) };
    case 'ITEM_DELETE_NOT_ALLOWED':
      return { text: I.deleteNotAllowed };
    case 'ITEM_NOT_DELETED':
    case 'ITEM_DELETED':
      return { text: I.notDeleted(id) };
    case 'ITEM_RESTORED':
      return { text: I.restored(id) };
  }
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
  const lines: string[] = [];
  for (const id of [...new Set(ids as number[])]) {
    const result = ctx.changes.markItemDone(id, request(ctx), reference ? { closingReference: reference } : {});
    switch (result.code) {
      case 'ITEM_DONE':
        lines.push(result.item.closingReference ? I.markedDoneWith(id, escapeMrkdwn(reference)) : T.markedDone(id));
        break;
      case 'ITEM_MOVED_TO_NEXT':
        lines.push(T.movedToNext(id, formatDateNl(result.movedTo)));
        break;
      case 'ITEM_ALREADY_DONE':
        lines.push(T.alreadyDone(id, actorName(result.item.statusSetBy)));
        break;
      case 'CLOSING_REFERENCE_UNREADABLE':
        return { text: I.closingReferenceUnreadable };
      case 'ITEM_NOT_FOUND':
      case 'ITEM_NOT_ALLOWED':
        lines.push(refusal(ctx, id, result.code).text);
        break;
    }
  }
  return { text: lines.join('\n') };
};
