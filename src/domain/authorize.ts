// Who may mark an item done or change its term: anyone acting in a channel linked to one of the
// item's codes or ministries, and the admins anywhere.
import { parseTarget } from './codes.ts';
import type { Item, Responsibility } from './items.ts';

/** A Slack user asking for a change, and where they ask. */
export interface ChangeRequester {
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

/**
 * Who may create an item for these responsibilities: the admins anywhere; anyone else only in a
 * channel linked to every code of the new item (or to its ministry), since the item's reminders
 * go to the channels of those codes and those channels may then change it. Returns the codes the
 * requester may not create items for: none means allowed.
 */
export function uncoveredCodes(responsible: readonly Responsibility[], requester: ChangeRequester, admins: readonly string[]): string[] {
  if (admins.includes(requester.userId)) return [];
  const targets = new Set(requester.channelTargets);
  return responsible.filter((r) => !targets.has(r.code) && !targets.has(r.ministry)).map((r) => r.code);
}

/** Whether opening the new-item form makes sense here: an admin, or a channel linked to something. */
export function mayOpenNewItem(requester: ChangeRequester, admins: readonly string[]): boolean {
  return admins.includes(requester.userId) || requester.channelTargets.length > 0;
}

export function canChangeItem(item: Pick<Item, 'responsible'>, requester: ChangeRequester, admins: readonly string[]): boolean {
  if (admins.includes(requester.userId)) return true;
  const targets = new Set(requester.channelTargets);
  return item.responsible.some((r) => targets.has(r.code) || targets.has(r.ministry));
}

/**
 * Who may have which codes' stand van zaken posted where (`/motie overzicht`, issue 22.13): an
 * admin any codes anywhere; anyone else only codes linked to the channel the file goes to (the
 * code itself or its ministry), and a ministry only where that ministry is linked. Returns the
 * targets as typed that are refused here; the targets must be codes or ministries (parseTarget).
 */
export function refusedOverviewTargets(targets: readonly string[], requester: ChangeRequester, admins: readonly string[]): string[] {
  if (admins.includes(requester.userId)) return [];
  const linked = new Set(requester.channelTargets);
  return targets.filter((word) => {
    const target = parseTarget(word);
    if (!target) return true;
    return target.kind === 'code' ? !linked.has(target.code) && !linked.has(target.ministry) : !linked.has(target.ministry);
  });
}
