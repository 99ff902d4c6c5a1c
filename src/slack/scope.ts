// Which codes a status or Home view is about: what the user typed, else the channel's links.
import { parseTarget } from '../domain/codes.ts';
import type { Db } from '../store/db.ts';
import type { Scope } from '../store/status.queries.ts';
import { SCOPE } from '../texts/status.nl.ts';
import { SLACK_TEXT } from '../texts/slack.nl.ts';
import { channelLinks } from '../app/read-channels.ts';

export type ResolvedScope = { ok: true; scope: Scope; label: string } | { ok: false; message: string };

export const ALL: Scope = { codes: [], ministries: [] };

/** At most this many codes in one status scope (the scope travels in button values). */
const MAX_SCOPE_WORDS = 8;

/** "SOCW", "SOCW MOCW", "OCW", "alles", or '' for the channel's links. */
export function resolveScope(db: Db, channelId: string | undefined, arg: string): ResolvedScope {
  const words = arg.split(/[\s,;]+/).filter(Boolean);
  if (words.length === 1 && ['alles', 'alle'].includes(words[0]?.toLowerCase() ?? '')) {
    return { ok: true, scope: ALL, label: SCOPE.all };
  }
  if (words.length > 0) {
    const scope: Scope = { codes: [], ministries: [] };
    const labels: string[] = [];
    for (const word of words.slice(0, MAX_SCOPE_WORDS)) {
      const target = parseTarget(word);
      if (!target) return { ok: false, message: SLACK_TEXT.scopeUnknown(word) };
      if (target.kind === 'code') {
        if (!scope.codes.includes(target.code)) scope.codes.push(target.code);
        labels.push(target.code);
      } else {
        if (!scope.ministries.includes(target.ministry)) scope.ministries.push(target.ministry);
        labels.push(SCOPE.ministry(target.ministry));
      }
    }
    return { ok: true, scope, label: [...new Set(labels)].join(', ') };
  }
  const links = channelId ? channelLinks({ db }, channelId) : [];
  if (links.length === 0) return { ok: true, scope: ALL, label: SCOPE.all };
  return {
    ok: true,
    scope: {
      codes: links.filter((l) => l.targetKind === 'code').map((l) => l.target),
      ministries: links.filter((l) => l.targetKind === 'ministry').map((l) => l.target),
    },
    label: links.map((l) => l.target).join(', '),
  };
}
