// Link a Slack channel to bewindspersoon codes or ministries, or undo such links. A link decides
// where reminders go and who may change an item, so only admins may (when admins are set).
import { describeActor } from '../../domain/actor.ts';
import { canManageLinks } from '../../domain/authorize.ts';
import type { Target } from '../../domain/codes.ts';
import { deleteChannelLink, insertChannelLink } from '../../store/channels.queries.ts';
import type { AppContext } from '../../app/context.ts';
import type { ChangeRequest } from '../../app/request.ts';

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

/** Writes each target: those `write` changed and those it found as they were; null when the person may not. */
function eachTarget(
  ctx: AppContext,
  channelId: string,
  targets: readonly Target[],
  request: ChangeRequest,
  write: (target: Target, now: number) => boolean,
): { changed: Target[]; unchanged: Target[] } | null {
  if (!mayManageLinks(ctx, request, channelId)) return null;
  const now = ctx.now().getTime();
  const changed: Target[] = [];
  const unchanged: Target[] = [];
  for (const t of targets) (write(t, now) ? changed : unchanged).push(t);
  return { changed, unchanged };
}

export function linkChannel(ctx: AppContext, channelId: string, targets: readonly Target[], request: ChangeRequest): LinkChannelResult {
  const done = eachTarget(ctx, channelId, targets, request, (t, now) => insertChannelLink(ctx.db, t, channelId, request.actor, now));
  return done ? { ok: true, code: 'CHANNEL_LINKED', created: done.changed, existing: done.unchanged } : { ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' };
}

export function unlinkChannel(ctx: AppContext, channelId: string, targets: readonly Target[], request: ChangeRequest): UnlinkChannelResult {
  const done = eachTarget(ctx, channelId, targets, request, (t, now) => deleteChannelLink(ctx.db, t, channelId, request.actor, now));
  return done ? { ok: true, code: 'CHANNEL_UNLINKED', removed: done.changed, notLinked: done.unchanged } : { ok: false, code: 'CHANNEL_LINK_NOT_ALLOWED' };
}
