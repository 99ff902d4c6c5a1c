// `kanaal` shows a channel's links, `kanaal SOCW MOCW` links it, `kanaal los SOCW` unlinks: read
// once for Slack (this channel) and the CLI (the channel id comes last).
import { parseTarget, type Target } from '../../domain/codes.ts';

export type KanaalArgs =
  | { ok: true; action: 'show' }
  | { ok: true; action: 'link' | 'unlink'; targets: Target[] }
  | { ok: false; code: 'CHANNEL_TARGETS_MISSING' }
  | { ok: false; code: 'CHANNEL_TARGET_UNKNOWN'; word: string }
  /** More codes than one command takes: refused whole (nothing is linked), never cut silently. */
  | { ok: false; code: 'CHANNEL_TOO_MANY_TARGETS'; max: number };

/** At most this many codes in one command. */
export const MAX_TARGETS = 20;

export function readKanaal(text: string): KanaalArgs {
  const words = text.split(/[\s,;]+/).filter(Boolean);
  if (words.length === 0) return { ok: true, action: 'show' };
  const unlinking = words[0]?.toLowerCase() === 'los';
  const targetWords = unlinking ? words.slice(1) : words;
  if (targetWords.length === 0) return { ok: false, code: 'CHANNEL_TARGETS_MISSING' };
  if (targetWords.length > MAX_TARGETS) return { ok: false, code: 'CHANNEL_TOO_MANY_TARGETS', max: MAX_TARGETS };
  const targets: Target[] = [];
  for (const word of targetWords) {
    const target = parseTarget(word);
    if (!target) return { ok: false, code: 'CHANNEL_TARGET_UNKNOWN', word };
    targets.push(target);
  }
  return { ok: true, action: unlinking ? 'unlink' : 'link', targets };
}

/** How a code or ministry is written back: SOCW, OCW. */
export const targetName = (t: Target): string => (t.kind === 'code' ? t.code : t.ministry);
