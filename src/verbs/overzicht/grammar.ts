// `overzicht [CODE …] [alles] [rappel]`: read once for Slack and the CLI (whose positionals read the
// same words; its flags --code, --status and --rappel say the same).
import { parseTarget } from '../../domain/codes.ts';

/** `open`: open items only; `afgerond`: done items only (as `motie list --status afgerond`); `alles`: open, done and lapsed. */
export type OverviewStatus = 'open' | 'afgerond' | 'alles';

export type OverzichtArgs =
  | { ok: true; targets: string[]; status: OverviewStatus; rappel: boolean }
  | { ok: false; code: 'OVERVIEW_WORD_UNKNOWN'; word: string };

/**
 * The words for which items: open ones only, done ones only, or all but deleted ones. `afgerond` means
 * what it means for `motie list` and `/motie status` (review 4 L6: it meant "open and done" here).
 */
const STATUS_WORDS: Readonly<Record<string, OverviewStatus>> = { open: 'open', afgerond: 'afgerond', alles: 'alles', alle: 'alles', all: 'alles' };

/** At most this many words are read. */
const MAX_WORDS = 20;

/** `alles`, `afgerond`, `open` …; null for any other word. */
export function readOverviewStatus(word: string): OverviewStatus | null {
  return STATUS_WORDS[word.trim().toLowerCase()] ?? null;
}

export function readOverzicht(text: string): OverzichtArgs {
  const words = text.split(/[\s,;]+/).filter(Boolean).slice(0, MAX_WORDS);
  let status: OverviewStatus = 'open';
  let rappel = false;
  const targets: string[] = [];
  for (const word of words) {
    const named = readOverviewStatus(word);
    if (named) status = named;
    else if (word.toLowerCase() === 'rappel') rappel = true;
    else if (parseTarget(word)) targets.push(word);
    else return { ok: false, code: 'OVERVIEW_WORD_UNKNOWN', word };
  }
  return { ok: true, targets, status, rappel };
}
