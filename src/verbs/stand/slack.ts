// `/motie stand 7 <tekst>`: the stand van zaken, stored whole: it gets the command's whole text
// (rawArgs, never cut), and a text over the edit limit is refused. Without text it shows the
// current one and how to change it; `leeg` clears it (with "Ongedaan maken").
import { editItem, EDIT_LIMITS } from '../../app/index.ts';
import { answerWithUndo } from '../../slack/blocks/answers.ts';
import { ACTION } from '../../slack/blocks/ids.ts';
import { escapeTruncated } from '../../slack/blocks/mrkdwn.ts';
import { refusal, slashRequest } from '../../slack/listeners/commands/item-answer.ts';
import type { SubcommandHandler } from '../../slack/listeners/commands/types.ts';
import { ITEM_TEXT } from '../../texts/items.nl.ts';
import { SLACK_TEXT } from '../../texts/slack.nl.ts';
import { readStand } from './grammar.ts';
import { readItem } from '../../app/read-items.ts';

export const standSlack: SubcommandHandler = (ctx) => {
  const typed = readStand(ctx.rawArgs ?? ctx.args);
  if (!typed.ok) return { text: ITEM_TEXT.usage.stand };
  const { id } = typed;
  if (typed.action === 'show') {
    const item = readItem(ctx.deps, id);
    if (!item || item.status === 'deleted') return { text: SLACK_TEXT.itemNotFound(id) };
    return { text: ITEM_TEXT.statusTextShown(id, item.statusText ? escapeTruncated(item.statusText, 2500) : null) };
  }
  const result = ctx.changes.run(editItem, id, { statusText: typed.statusText }, slashRequest(ctx));
  if (!result.ok && result.code === 'EDIT_INVALID' && result.problems.some((p) => p.code === 'EDIT_TOO_LONG')) {
    return { text: ITEM_TEXT.statusTextTooLong(id, typed.statusText.length, EDIT_LIMITS.statusText) };
  }
  if (!result.ok) return result.code === 'EDIT_INVALID' ? { text: ITEM_TEXT.usage.stand } : refusal(ctx, id, result.code);
  if (result.code === 'ITEM_UNCHANGED') return { text: ITEM_TEXT.unchanged(id) };
  if (result.item.statusText) return { text: ITEM_TEXT.statusTextSet(id) };
  // Cleared on purpose, but a slip is easy: "Ongedaan maken" puts the text back.
  return { text: ITEM_TEXT.statusTextCleared(id), blocks: answerWithUndo(ITEM_TEXT.statusTextCleared(id), { action: ACTION.restoreStatusText, id }) };
};
