// Before showing a modal or acting on a button: may this Slack user change this item here?
// The rule is the use-case layer's (app/authorize-change.ts); this turns its code into Dutch.
import { authorizeChange } from '../app/index.ts';
import { slackActor } from '../domain/actor.ts';
import type { Item } from '../domain/items.ts';
import type { BotDeps } from './deps.ts';
import { SLACK_TEXT } from '../texts/slack.nl.ts';
import { notAllowedText } from './permission.ts';

export type Permission = { ok: true; item: Item } | { ok: false; text: string };

export function checkChange(deps: BotDeps, itemId: number, userId: string, channelId: string | undefined): Permission {
  const check = authorizeChange(deps, itemId, { actor: slackActor(userId), channelId: channelId ?? null });
  if (check.ok) {
    // A deleted item (added by mistake) is gone for everything but its undo.
    if (check.item.status === 'deleted') return { ok: false, text: SLACK_TEXT.itemNotFound(itemId) };
    return check;
  }
  return { ok: false, text: check.code === 'ITEM_NOT_FOUND' ? SLACK_TEXT.itemNotFound(itemId) : notAllowedText(deps, itemId) };
}
