// Who may mark an item done or change its term: anyone acting in a channel linked to one of the
// item's codes or ministries, and the admins anywhere.
import type { Item } from './items.ts';

export interface Actor {
  userId: string;
  /** The targets (codes and ministries) linked to the channel the action came from. */
  channelTargets: string[];
}

export function canChangeItem(item: Pick<Item, 'responsible'>, actor: Actor, admins: readonly string[]): boolean {
  if (admins.includes(actor.userId)) return true;
  const targets = new Set(actor.channelTargets);
  return item.responsible.some((r) => targets.has(r.code) || targets.has(r.ministry));
}
