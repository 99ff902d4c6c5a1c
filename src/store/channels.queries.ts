// Links between a bewindspersoon code (or a ministry) and a Slack channel.
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Actor } from '../domain/actor.ts';
import type { Target } from '../domain/codes.ts';
import { inTransaction, type Db } from './db.ts';
import { writeAudit } from './items.queries.ts';
import { channelLinks, items, responsibilities } from './schema.ts';

export interface ChannelLink {
  target: string;
  targetKind: 'code' | 'ministry';
  channelId: string;
  linkedBy: Actor;
  createdAt: number;
}

function targetName(t: Target): string {
  return t.kind === 'code' ? t.code : t.ministry;
}

/** The audit entry of a link or unlink: no item, the target's name as the field, the channel as the value. */
function auditLink(
  db: Db,
  action: 'link-channel' | 'unlink-channel',
  target: string,
  values: { oldValue: string | null; newValue: string | null },
  actor: Actor,
  now: number,
): void {
  writeAudit(db, { itemId: null, actor, at: now, action, field: target, ...values });
}

/** Links a channel; returns false when the link already existed. */
export function insertChannelLink(db: Db, target: Target, channelId: string, actor: Actor, now: number): boolean {
  return inTransaction(db, () => {
    const name = targetName(target);
    const result = db
      .insert(channelLinks)
      .values({ target: name, targetKind: target.kind, channelId, linkedBy: actor, createdAt: now })
      .onConflictDoNothing()
      .run();
    if (result.changes === 0) return false;
    auditLink(db, 'link-channel', name, { oldValue: null, newValue: channelId }, actor, now);
    return true;
  });
}

/** Removes a link; returns false when there was none. */
export function deleteChannelLink(db: Db, target: Target, channelId: string, actor: Actor, now: number): boolean {
  return inTransaction(db, () => {
    const name = targetName(target);
    const result = db
      .delete(channelLinks)
      .where(and(eq(channelLinks.target, name), eq(channelLinks.channelId, channelId)))
      .run();
    if (result.changes === 0) return false;
    auditLink(db, 'unlink-channel', name, { oldValue: channelId, newValue: null }, actor, now);
    return true;
  });
}

export function listLinks(db: Db, channelId?: string): ChannelLink[] {
  const query = db.select().from(channelLinks).$dynamic();
  if (channelId) query.where(eq(channelLinks.channelId, channelId));
  return query
    .orderBy(asc(channelLinks.channelId), asc(channelLinks.target))
    .all()
    .map(({ target, targetKind, channelId: ch, linkedBy, createdAt }) => ({
      target,
      targetKind,
      channelId: ch,
      linkedBy: linkedBy as Actor,
      createdAt,
    }));
}

/** The codes and ministries linked to a channel (none without a channel). */
export function linkedTargets(db: Db, channelId: string | null | undefined): string[] {
  return channelId ? listLinks(db, channelId).map((l) => l.target) : [];
}

/**
 * The bewindspersoon codes the items of these ministries have (deleted items left out), most
 * used first: what a channel linked to a ministry works with.
 */
export function codesOfMinistries(db: Db, ministries: readonly string[]): { code: string; ministry: string; items: number }[] {
  if (ministries.length === 0) return [];
  const count = sql<number>`count(*)`;
  return db
    .select({ code: responsibilities.code, ministry: responsibilities.ministry, items: count })
    .from(responsibilities)
    .innerJoin(items, eq(items.id, responsibilities.itemId))
    .where(and(inArray(responsibilities.ministry, [...ministries]), ne(items.status, 'deleted')))
    .groupBy(responsibilities.code, responsibilities.ministry)
    .orderBy(desc(count), asc(responsibilities.code))
    .all();
}
