// Link a Slack channel to bewindspersoon codes or ministries, or undo such links. A link decides
// where reminders go and who may change an item, so only admins may (when admins are set).
import { describeActor } from '../domain/actor.ts';
import { canManageLinks } from '../domain/authorize.ts';
import type { Target } from '../domain/codes.ts';
import { deleteChannelLink, insertChannelLink } from '../store/channels.queries.ts';
import type { AppContext } from './context.ts';
import type { ChangeRequest } from './request.ts';

export type LinkChannelResult =
  | { ok: true; code: 'CHANNEL_LINKED'; created: Target[]; existing: Target[] }
  | { ok: false; code: 'CHANNEL_LINK_NOT_ALLOWED' };

export type UnlinkChannelResult =
  | { ok: true; code: 'CHANNEL_UNLINKED'; removed: Target[]; notLinked: Target[] }
  | { ok: false; code: 'CHANNEL_LINK_NOT_ALLOWED' };

function mayManageLinks(ctx: AppContext, request: ChangeRequest, channelId: string): boolean {
  const who = describeActor(request.actor);
  if (who.kind !== 'slack' || canManageLinks(who.userId, ctx.admins)) return true;
  ctx.logger.info(`refused channel link change by user=${who.userId} channel=${channelId}`);
  return false;
}

export function linkChannel(ctx: AppContext, channelId: string, targets: readonly Target[], request: ChangeRequest): LinkChannelResult {
  if (!mayManageLinks(ctx, request, channelId)) return { ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' };
  const now = ctx.now().getTime();
  const created: Target[] = [];
  const existing: Target[] = [];
  for (const t of targets) (insertChannelLink(ctx.db, t, channelId, request.actor, now) ? created : existing).push(t);
  return { ok: true, code: 'CHANNEL_LINKED', created, existing };
}

export function unlinkChannel(ctx: AppContext, channelId: string, targets: readonly Target[], request: ChangeRequest): UnlinkChannelResult {
  if (!mayManageLinks(ctx, request, channelId)) return { ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' };
  const now = ctx.now().getTime();
  const removed: Target[] = [];
  const notLinked: Target[] = [];
  for (const t of targets) (deleteChannelLink(ctx.db, t, channelId, request.actor, now) ? removed : notLinked).push(t);
  return { ok: true, code: 'CHANNEL_UNLINKED', removed, notLinked };
}
