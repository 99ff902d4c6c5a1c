// Which codes a status or Home view is about: what the user typed, else the channel's links.
import { parseTarget } from '../domain/codes.ts';
import type { Db } from '../store/db.ts';
import { listLinks } from '../store/channels.queries.ts';
import type { Scope } from '../store/status.queries.ts';
import { T } from './texts.nl.ts';

export type ResolvedScope = { ok: true; scope: Scope; label: string } | { ok: false; message: string };

export const ALL: Scope = { codes: [], ministries: [] };

/** The codes and ministries linked to a channel. */
export function channelTargets(db: Db, channelId: string | undefined): string[] {
  return channelId ? listLinks(db, channelId).map((l) => l.target) : [];
}

export function resolveScope(db: Db, channelId: string | undefined, arg: string): ResolvedScope {
  const word = arg.trim();
  if (word.toLowerCase() === 'alles' || word.toLowerCase() === 'alle') {
    return { ok: true, scope: ALL, label: 'alle bewindspersonen' };
  }
  if (word) {
    const target = parseTarget(word);
    if (!target) return { ok: false, message: T.scopeUnknown(word) };
    return target.kind === 'code'
      ? { ok: true, scope: { codes: [target.code], ministries: [] }, label: target.code }
      : { ok: true, scope: { codes: [], ministries: [target.ministry] }, label: `ministerie van ${target.ministry}` };
  }
  const links = channelId ? listLinks(db, channelId) : [];
  if (links.length === 0) return { ok: true, scope: ALL, label: 'alle bewindspersonen' };
  return {
    ok: true,
    scope: {
      codes: links.filter((l) => l.targetKind === 'code').map((l) => l.target),
      ministries: links.filter((l) => l.targetKind === 'ministry').map((l) => l.target),
    },
    label: links.map((l) => l.target).join(', '),
  };
}
