// `aanhouden 12 tot 1 maart 2026`, `aanhouden 12 uit|stop|niet meer`: read once for Slack and the CLI.
import { readItemArgs } from '../grammar.ts';

export type AanhoudenArgs =
  /** `until`: the date as typed (the use case reads it), or '' to end the hold. */
  | { ok: true; id: number; until: string }
  | { ok: false; code: 'VERB_ID_MISSING' | 'VERB_DATE_MISSING' };

/** The words that end a hold instead of naming a date. */
const END_WORDS = /^(?:uit|stop|niet meer)$/i;

export function readAanhouden(text: string): AanhoudenArgs {
  const { id, rest } = readItemArgs(text);
  if (id === null) return { ok: false, code: 'VERB_ID_MISSING' };
  const typed = rest.replace(/^tot(?:\s+|$)/i, '').trim();
  if (typed === '') return { ok: false, code: 'VERB_DATE_MISSING' };
  return { ok: true, id, until: END_WORDS.test(typed) ? '' : typed };
}
