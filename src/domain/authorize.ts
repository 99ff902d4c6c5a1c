// Who may mark an item done or change its term: anyone acting in a channel linked to one of the
// item's codes or ministries, and the admins anywhere.
import type { Item } from './items.ts';

export interface Actor {
  userId: string;
  /** The targets (codes and ministries) linked to the channel the action came from. */
  channelTargets: string[];
}

/**
 * Who may link and unlink channels: everyone while no admins are configured (a small team runs
 * the bot itself), only the admins once MOTIEBOT_ADMINS is set, since a link grants the right to
 * change that code's items and routes its reminders.
 */
export function canManageLinks(userId: string, admins: readonly string[]): boolean {
  return admins.length === 0 || admins.includes(userId);
}

export function canChangeItem(item: Pick<Item, 'responsible'>, actor: Actor, admins: readonly string[]): boolean {
  if (admins.includes(actor.userId)) return true;
  const targets = new Set(actor.channelTargets);
  return item.responsible.some((r) => targets.has(r.code) || targets.has(r.ministry));
}
