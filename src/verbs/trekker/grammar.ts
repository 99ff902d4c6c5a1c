// `trekker 12 @naam`, `trekker 12 U0123ABCD`, `trekker 12 niemand`: read once for Slack and the CLI.
import { readItemArgs } from '../grammar.ts';

export type TrekkerArgs =
  /** `owner`: a Slack user id, or null for nobody. */
  | { ok: true; id: number; owner: string | null }
  | { ok: false; code: 'VERB_ID_MISSING' | 'VERB_OWNER_MISSING' }
  | { ok: false; code: 'VERB_OWNER_NOT_A_PERSON'; typed: string };

/**
 * "<@U123|sanne>", "<@U123>", "U123…" → the user id; "niemand", "geen", "-" → null. Only the
 * first word after the number counts (Slack sends a mention as one word).
 */
export function readTrekker(text: string): TrekkerArgs {
  const { id, rest } = readItemArgs(text);
  if (id === null) return { ok: false, code: 'VERB_ID_MISSING' };
  const typed = rest.trim();
  if (typed === '') return { ok: false, code: 'VERB_OWNER_MISSING' };
  if (/^(?:niemand|geen|-)$/i.test(typed)) return { ok: true, id, owner: null };
  const m = /^<@([UW][A-Z0-9]{1,30})(?:\|[^>]*)?>$/.exec(typed) ?? /^([UW][A-Z0-9]{6,30})$/.exec(typed);
  return m?.[1] ? { ok: true, id, owner: m[1] } : { ok: false, code: 'VERB_OWNER_NOT_A_PERSON', typed };
}
