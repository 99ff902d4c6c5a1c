// `overzicht [CODE …] [alles] [rappel]`: read once for Slack and the CLI (whose positionals read the
// same words; its flags --code, --status and --rappel say the same).
import { parseTarget } from '../../domain/codes.ts';

export type OverviewStatus = 'open' | 'alles';

export type OverzichtArgs =
  | { ok: true; targets: string[]; status: OverviewStatus; rappel: boolean }
  | { ok: false; code: 'OVERVIEW_WORD_UNKNOWN'; word: string };

/** The words for which items: open ones only, or done and lapsed ones too. */
const STATUS_WORDS: Readonly<Record<string, OverviewStatus>> = { open: 'open', alles: 'alles', alle: 'alles', all: 'alles', afgerond: 'alles' };

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
